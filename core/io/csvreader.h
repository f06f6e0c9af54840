#pragma once

#include "reader.h"

#include <QByteArray>
#include <QChar>
#include <QString>

namespace tuoyu::io {

/// Reads a delimited text file (.csv, .tsv, .txt) into one Table named after the file. Every
/// cell is Text: CSV has no types, and the mapper decides what a column means.
/// Encoding: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or without, when every other byte
/// is zero), otherwise GB18030 (a superset of GBK and GB2312) when the bytes are not valid UTF-8.
/// Separator: an Excel `sep=;` first line, else the one of comma, semicolon and tab that splits
/// the first lines most consistently (tab preferred for .tsv). Quoting per RFC 4180 (quoted
/// separators and newlines, doubled quotes); CRLF, LF or CR line ends.
ReadResult readDelimitedText(const QString &path, const ReadOptions &options = {});

/// Decodes file bytes as described above; `encoding` receives "UTF-8", "UTF-16LE", "UTF-16BE"
/// or "GB18030".
QString decodeText(const QByteArray &bytes, QString *encoding = nullptr);

/// The separator among ',', ';' and '\t' that best splits the first lines of `text`;
/// `preferred` wins ties.
QChar detectSeparator(QStringView text, QChar preferred = QLatin1Char(','));

/// Splits delimited text into rows of Text cells (RFC 4180). A final line ending does not make
/// an extra row; an empty line in the middle is an empty row.
Table parseDelimited(QStringView text, QChar separator, qint64 maxCells = 20'000'000,
                     QString *error = nullptr);

} // namespace tuoyu::io

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

/// A text file decoded line by line where its lines disagree: a GBK file with one line typed
/// in a UTF-8 editor, or the reverse.
struct DecodedText
{
    QString text;
    QString encoding; ///< the file's: the one most of its lines are in
    /// Lines in another encoding than the file's, each read in its own: where the line starts in
    /// `text`, and that encoding's name.
    QList<std::pair<qsizetype, QString>> otherLines;
};

/// decodeText, and where a file that is not UTF-8 throughout has lines that are (or a UTF-8 file
/// lines that are not), each line in the encoding its bytes are valid in. Lines of plain ASCII
/// fit either. A file in one encoding costs one decoding, as with decodeText.
DecodedText decodeLines(const QByteArray &bytes);

/// Splits delimited text into rows of Text cells (RFC 4180). A final line ending does not make
/// an extra row; an empty line in the middle is an empty row. Cells, a cell's text, a row's
/// text and a row's cells are counted against the limits of `options` (an error naming the
/// line and an empty table past them). `rowStarts`, when given, receives where each row starts
/// in `text` (one more entry after the last row).
Table parseDelimited(QStringView text, QChar separator, const ReadOptions &options = {},
                     QString *error = nullptr, QList<qsizetype> *rowStarts = nullptr);

} // namespace tuoyu::io

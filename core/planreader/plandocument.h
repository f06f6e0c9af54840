#pragma once

#include "io/table.h"

#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

/// A 实施方案 as text: its paragraphs in order (with the numbers Word's list numbering prints
/// before them) and its tables, whether it came from a .docx, a .txt file or pasted text. What
/// the plan reader reads; a source span names a paragraph of it.
struct PlanDocument
{
    struct Paragraph
    {
        QString text;
        QString listLabel; ///< "一、", "（1）" … printed by Word's list numbering, else empty
        int table = -1;    ///< index into tables when this paragraph is where a table stands
        /// A heading shown only by bold type, numbered by boldOutline: its listLabel is the
        /// reader's, not printed.
        bool boldHeading = false;
    };

    QString name;    ///< the file's name, or 粘贴的文本
    QString version; ///< what tells this copy apart: sha256 of the bytes and the file's date
    QList<Paragraph> paragraphs;
    QList<io::Table> tables;

    /// Reads .docx, .txt (UTF-8 or GB18030); .doc, .wps and .pdf are refused with a message
    /// saying how to save them as .docx. nullopt with a Chinese message naming the file.
    static std::optional<PlanDocument> open(const QString &path, QString *error);
    /// Text as pasted or read from a .txt file: one paragraph per line; runs of tab-led lines
    /// (tables copied out of Word, one cell per line) become tables.
    static PlanDocument fromText(const QString &text, const QString &name);
};

} // namespace tuoyu

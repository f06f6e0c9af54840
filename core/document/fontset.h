#pragma once

#include "fontchoice.h"

#include <QFont>
#include <QString>
#include <QStringList>

namespace tuoyu::document {

/// The five typefaces of GB/T 9704 and what stands in for them.
enum class FontRole
{
    FangSong,    ///< 仿宋: body
    Song,        ///< 宋体: page numbers, table cells
    Hei,         ///< 黑体: first-level headings, table headers, captions
    Kai,         ///< 楷体: second-level headings
    XiaoBiaoSong ///< 方正小标宋: title (bold Song stands in when it is missing)
};

/// Resolves each role once per choice to an installed family: the officer's FontChoice where it
/// names an installed family, else the fallback chains documented in docs/reports-layout.md
/// (Windows names first, then Debian's packaged fonts). The one place report fonts are picked.
///
/// Copy-and-search fidelity: Qt 6.4's PDF writer gives every glyph the lowest code point that maps
/// to it, so a font whose character map also sends the Kangxi radicals (U+2F00–2FDF) or the CJK
/// radicals supplement (U+2E80–2EFF) to ordinary characters' glyphs makes 工 come out as ⼯ when
/// the PDF's text is copied; control characters mapped to the space glyph make spaces U+0001.
/// For such a font FontSet builds an in-memory copy whose cmap lacks those entries (new family
/// name "Tuoyu <family>") and registers it with QFontDatabase::addApplicationFontFromData, so
/// whatever font a machine has, the PDF's text is exact.
class FontSet
{
public:
    /// The family to use for a role (a patched copy's family when patching was needed).
    static QString family(FontRole role);
    /// A font of the role at `pointSize`; the title role is bold when it falls back to a Song face.
    static QFont font(FontRole role, double pointSize);
    /// The family name written into .docx files (the Windows name officers' machines have).
    static QString docxFamily(FontRole role);
    /// The candidate chain for a role, in order.
    static QStringList chain(FontRole role);
    /// One line per role: "FangSong → AR PL UMing CN (as installed)" etc., for logs and tests.
    static QStringList report();

    /// Makes `choice` the one in effect (the program reads it from its settings at start and
    /// again when 设置 changes it); the roles are resolved afresh.
    static void use(const FontChoice &choice);
    static FontChoice choice();
    /// The installed family a role gets without a choice (what 设置 calls 自动).
    static QString automaticFamily(FontRole role);
    /// What a document was set in, for its properties (docx core properties, PDF metadata):
    /// "字体：标题 方正小标宋简体；正文 仿宋；…" with the names written into a .docx
    /// (`forDocx`) or the installed families painted into a PDF.
    static QString properties(bool forDocx);
};

/// Rebuilds an sfnt (TrueType/OpenType) font from its tables with the cmap entries for
/// U+0000–001F and U+2E80–2FDF removed and the name table replaced so the family is
/// `newFamily`. `tables` maps 4-byte tags to table data. Returns an empty array when the font has
/// no usable Unicode cmap. Exposed for tests.
QByteArray buildSanitizedFont(const QList<QPair<QByteArray, QByteArray>> &tables,
                              const QString &newFamily);
/// True when the cmap table maps any code point in U+0000–001F or U+2E80–2FDF.
bool cmapHasLookalikes(const QByteArray &cmap);

} // namespace tuoyu::document

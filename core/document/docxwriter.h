#pragma once

#include "officialdocument.h"

#include <QString>

namespace tuoyu::document {

/// Writes `doc` as a WordprocessingML (.docx) file in the same GB/T 9704 layout as the PDF:
/// A4 with the standard margins and a 22 × 28 document grid, styles for the title, headings and
/// body (so officers keep editing with Word's or WPS's own styles), "— N —" page numbers in the
/// footers (odd pages right, even pages left), landscape sections for wide tables, repeated
/// table header rows and figures as PNG images. The file appears complete or not at all.
bool writeDocx(const OfficialDocument &doc, const QString &path, QString *error = nullptr);

/// Resolution at which figures are rasterised for .docx.
inline constexpr int kDocxFigureDpi = 200;

} // namespace tuoyu::document

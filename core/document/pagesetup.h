#pragma once

// GB/T 9704-2012 page setup, in one place. Every renderer (PDF/QPagedPaintDevice and docx) reads
// these values, so the two outputs cannot drift apart.

namespace tuoyu::document::page {

// A4 portrait, millimetres.
inline constexpr double kPageWidthMm = 210.0;
inline constexpr double kPageHeightMm = 297.0;

// Type area (版心) 156 × 225 mm; top margin 37 mm, left (binding side) 28 mm. The right and
// bottom margins follow from the page size.
inline constexpr double kTypeWidthMm = 156.0;
inline constexpr double kTypeHeightMm = 225.0;
inline constexpr double kTopMarginMm = 37.0;
inline constexpr double kLeftMarginMm = 28.0;
inline constexpr double kRightMarginMm = kPageWidthMm - kLeftMarginMm - kTypeWidthMm;   // 26
inline constexpr double kBottomMarginMm = kPageHeightMm - kTopMarginMm - kTypeHeightMm; // 35

// Landscape pages (wide tables) keep the same type area turned by 90°: the portrait binding
// margin (28 mm) becomes the top margin, so a landscape sheet bound with portrait ones along
// its top edge keeps the binding clear.
inline constexpr double kLandscapeTopMarginMm = kLeftMarginMm;     // 28
inline constexpr double kLandscapeLeftMarginMm = kTopMarginMm;     // 37
inline constexpr double kLandscapeRightMarginMm = kBottomMarginMm; // 35
inline constexpr double kLandscapeBottomMarginMm = kRightMarginMm; // 26

// 22 lines of 28 characters on a page.
inline constexpr int kLinesPerPage = 22;
inline constexpr int kCharsPerLine = 28;
inline constexpr double kLinePitchMm = kTypeHeightMm / kLinesPerPage; // 10.227 mm = 28.99 pt
inline constexpr double kCharPitchMm = kTypeWidthMm / kCharsPerLine;  // 5.571 mm = 15.79 pt

// Font sizes in points (号 → pt).
inline constexpr double kTitlePt = 22.0;           // 二号 小标宋
inline constexpr double kBodyPt = 16.0;            // 三号 仿宋
inline constexpr double kPageNumberPt = 14.0;      // 四号 宋体
inline constexpr double kNotePt = 14.0;            // 四号
inline constexpr double kAttachmentTitlePt = 18.0; // 小二 小标宋: attachment (table) titles
inline constexpr double kTableCellPt = 10.5;       // 五号: table cells (宋体), header in 黑体
inline constexpr double kCaptionPt = 14.0;         // 四号 黑体: table and figure captions

// Page number "— N —": its top edge 7 mm below the type area, one character (of its own size)
// in from the outside edge: odd pages right, even pages left.
inline constexpr double kPageNumberGapMm = 7.0;

// Body paragraphs indent their first line by two characters.
inline constexpr int kFirstLineIndentChars = 2;
// 成文日期 is right-aligned with four characters of space on its right.
inline constexpr int kDateRightIndentChars = 4;

// Table cells.
inline constexpr double kCellPaddingXMm = 1.5;
inline constexpr double kCellPaddingYMm = 1.0;
inline constexpr double kTableBorderPt = 0.5;

inline constexpr double kPointsPerMm = 72.0 / 25.4;
inline constexpr double kTwipsPerMm = 1440.0 / 25.4;

} // namespace tuoyu::document::page

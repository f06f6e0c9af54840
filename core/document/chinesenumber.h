#pragma once

#include <QString>

namespace tuoyu::document {

/// Chinese numerals for 1…99 as used in headings: 一 … 十 … 二十一 … 九十九 (other numbers in
/// digits). Apart from officialdocument.h so that the readers, which print Word's list numbers
/// with it, need Qt Core only (the fuzz targets build them alone).
QString chineseNumber(int n);

} // namespace tuoyu::document

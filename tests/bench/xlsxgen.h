#pragma once

#include <QString>

namespace tuoyu::bench {

/// Writes an N-row × 10-column workbook shaped like an office suite's: a header row, then rows
/// of 序号 (number), 机构名称 / 地址 / 联系人 (unique strings, through the shared-string table),
/// 属性 (one of a few repeated strings), 托位数, 普惠托位, 在托人数 (numbers), 电话 (11-digit
/// number) and 备案日期 (a date serial with a yyyy-mm-dd style). The XML parts are written directly
/// through QuaZip, so 100,000 rows take well under a second. Deterministic for a given N.
/// Returns false with a message in `error` when the file cannot be written.
bool writeGeneratedXlsx(const QString &path, int rows, QString *error = nullptr);

} // namespace tuoyu::bench

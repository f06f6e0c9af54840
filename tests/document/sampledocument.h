#pragma once

#include "document/officialdocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tuoyu::document::test {

/// A progress report like the ones officers send upward: title, 主送, headings, body long
/// enough for several pages, a figure, signature, date and two attachments (a wide 40-row
/// institution list on landscape pages with a 合计 row, and a narrow indicator table).
OfficialDocument sampleDocument();
/// The same with a 1,000-row institution list, for timing.
OfficialDocument largeDocument(int rows = 1000);
/// The institution list table with `rows` rows.
TableBlock institutionTable(int rows);

/// Runs a tool and returns its standard output; sets *ok false when it could not run.
QByteArray runTool(const QString &program, const QStringList &args, bool *ok = nullptr);
/// True when the program is on PATH.
bool haveTool(const QString &program);

} // namespace tuoyu::document::test

#pragma once

#include <QString>

namespace tuoyu {

/// Words the core gives in Chinese — a task's status, an institution's type, a ledger line's
/// status, a report's kind, an outline level, a data check's severity, the due-soon window … —
/// as the window shows them: in the interface language. The core keeps them Chinese for the
/// reports and exports it writes; only what the window shows goes through here. Words it does
/// not know (names typed by the officer) come back unchanged.
QString shownWords(const QString &coreWords);

} // namespace tuoyu

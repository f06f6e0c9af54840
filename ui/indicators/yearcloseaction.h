#pragma once

#include "yearclose/yearclose.h"

#include <QDate>
#include <QString>

class QWidget;

namespace tuoyu {

class Workspace;

/// 年度结转… in the window: which year, what will carry and what is unmet, then the command.
namespace yearcloseaction {

/// The years of the plan that can be closed on `asOf` (ended, not closed yet), each with what
/// closing it would do; `why` says why there is none.
QList<yearclose::Preview> closable(Workspace *workspace, qint64 planId, const QDate &asOf,
                                   QString *why);
/// The confirmation's words: the tasks that will carry (or stay, in the plan's last year) and
/// the targets not met, each named.
QString confirmationText(const yearclose::Preview &preview);
/// Asks for the year and for confirmation, then closes it; true when a year was closed.
bool run(QWidget *parent, Workspace *workspace, qint64 planId, const QDate &asOf);

} // namespace yearcloseaction
} // namespace tuoyu

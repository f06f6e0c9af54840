#include "subsidytab.h"

#include "commands/workspacecommand.h"
#include "domain/money.h"
#include "session/workspace.h"
#include "subsidy/fundcheck.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>
#include <QTableWidget>

namespace tuoyu {

void SubsidyTab::setContext(Workspace *workspace, qint64 planId, int year)
{
    m_workspace = workspace;
    m_planId = planId;
    m_year = year;
    reload();
}

void SubsidyTab::refresh(const QSet<QString> &tables)
{
    if (tables.intersects(m_shows))
        reload();
}

bool SubsidyTab::run(std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    return command && m_workspace && m_workspace->execute(std::move(command), error);
}

void SubsidyTab::report(bool ok, const QString &done, const QString &error)
{
    if (ok)
        Q_EMIT statusMessage(done);
    else
        QMessageBox::warning(this, tr("奖补"), error);
}

namespace subsidyui {

bool touched(const QSet<QString> &tables, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        if (tables.contains(QLatin1String(n)))
            return true;
    return false;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem *moneyItem(qint64 fen)
{
    auto *item = readOnly(Fen(fen).toString(Fen::Style::Grouped));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *editableView(QAbstractItemModel *model, const QString &objectName,
                         QAbstractItemView::SelectionBehavior selection)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(selection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->setVisible(false);
    view->setAlternatingRowColors(true);
    return view;
}

QString periodText(const QString &period)
{
    if (period.size() == 7)
        return QCoreApplication::translate("tuoyu::SubsidyTab", "%1年%2月")
            .arg(period.left(4))
            .arg(period.mid(5).toInt());
    return period + QCoreApplication::translate("tuoyu::SubsidyTab", "年");
}

QComboBox *fundChooser(Workspace *ws, qint64 planId, int year, bool allowNone)
{
    auto *box = new QComboBox;
    if (allowNone)
        box->addItem(QCoreApplication::translate("tuoyu::SubsidyTab", "暂不指定资金"), qint64(0));
    qint64 preselect = 0;
    for (const FundBalance &f : FundCheck::balances(ws, planId)) {
        box->addItem(QCoreApplication::translate("tuoyu::SubsidyTab", "%1（%2，%3年，余额 %4 元）")
                         .arg(f.name, f.source)
                         .arg(f.year)
                         .arg(Fen(f.remainingFen()).toString(Fen::Style::Grouped)),
                     f.id);
        // The year's own funds first in mind, chosen by the fund's year and id: a fund whose
        // name happens to contain "，2025年" must not be taken for a 2025 fund.
        if (!preselect && f.year == year)
            preselect = f.id;
    }
    if (preselect)
        box->setCurrentIndex(box->findData(preselect));
    return box;
}

} // namespace subsidyui
} // namespace tuoyu

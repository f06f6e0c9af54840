#pragma once

#include <QAbstractItemView>
#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QTableView;
class QTableWidget;
class QTableWidgetItem;

namespace tuoyu {

class Workspace;
class WorkspaceCommand;

/// One tab of the 奖补 page. The page hands every tab the workspace, the plan and the year, and
/// passes on the tables each command changed; a tab reads what it shows from the core and
/// changes it only through subsidy commands.
class SubsidyTab : public QWidget
{
    Q_OBJECT

public:
    /// `shows`: the tables the tab reads, so that a change to none of them leaves it as it is.
    explicit SubsidyTab(const QSet<QString> &shows, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_shows(shows)
    {
    }

    /// A new workspace, plan or year: the tab reads everything again.
    void setContext(Workspace *workspace, qint64 planId, int year);
    /// After a command: the tab reads everything again when `tables` touch what it shows.
    virtual void refresh(const QSet<QString> &tables);

    Workspace *workspace() const { return m_workspace; }
    qint64 planId() const { return m_planId; }
    int year() const { return m_year; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    virtual void reload() = 0;
    /// Executes a command built by a subsidy command builder (null: refused, `error` says why).
    bool run(std::unique_ptr<WorkspaceCommand> command, QString *error);
    /// The status bar on success, a warning naming the tab on failure.
    void report(bool ok, const QString &done, const QString &error);
    bool hasPlan() const { return m_workspace && m_planId; }

private:
    QSet<QString> m_shows;
    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    int m_year = 0;
};

/// 申报 and 资金 need nothing beyond SubsidyTab: their classes live in claimstab.cpp and
/// fundstab.cpp.
SubsidyTab *newClaimsTab();
SubsidyTab *newFundsTab();

/// What the 奖补 tabs' tables and dialogs share.
namespace subsidyui {

/// Does `names` contain one of the tables a command changed?
bool touched(const QSet<QString> &tables, std::initializer_list<const char *> names);
QTableWidgetItem *readOnly(const QString &text);
/// Money in fen as a right-aligned, read-only 1,234.50.
QTableWidgetItem *moneyItem(qint64 fen);
/// A view over a CommandTableModel, named `objectName`: typing in a cell starts editing it
/// and Enter saves it (a command), no row numbers, alternating rows.
QTableView *editableView(QAbstractItemModel *model, const QString &objectName,
                         QAbstractItemView::SelectionBehavior selection);
/// "2025年3月" for a month, "2025年" for a year's one-off lines.
QString periodText(const QString &period);
/// A fund chooser listing each fund with its source, year and what remains, by fund id
/// (Qt::UserRole); the first fund of `year` is preselected.
QComboBox *fundChooser(Workspace *workspace, qint64 planId, int year, bool allowNone);

} // namespace subsidyui
} // namespace tuoyu

#pragma once

#include "shell/page.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace tuoyu {

/// 计划: the plan's title and period, the district's population figures per year (asked for
/// where a template gives none), the departments, the areas and the leading group.
class PlanSettingsPage : public Page
{
    Q_OBJECT

public:
    explicit PlanSettingsPage(QWidget *parent = nullptr);
    QString title() const override { return QStringLiteral("计划"); }
    QString key() const override { return QStringLiteral("plan"); }
    void setContext(Workspace *workspace, qint64 planId) override;
    void refresh(const QSet<QString> &tables) override;

    bool savePlan(const QString &title, const QDate &start, const QDate &end, QString *error);
    bool saveSigner(const QString &signer, QString *error);
    /// The workspace's due-soon window (settingcommands: audited, undoable).
    bool setDueSoonWorkingDays(int workingDays, QString *error);
    bool addDepartment(const QString &name, QString *error);
    QTableWidget *populationTable() const { return m_population; }

private:
    void reload();

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLineEdit *m_signer = nullptr;
    QSpinBox *m_dueSoon = nullptr;
    QLabel *m_populationNote = nullptr;
    QTableWidget *m_population = nullptr;
    QTableWidget *m_departments = nullptr;
    QTableWidget *m_areas = nullptr;
    QTableWidget *m_group = nullptr;
    bool m_filling = false;
};

} // namespace tuoyu

#pragma once

#include "domain/plan.h"
#include "shell/page.h"

class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace tuoyu {

class PopulationTableModel;

/// 计划: the plan's title and period, the district's population figures per year (asked for
/// where a template gives none), the departments, the areas and the leading group.
class PlanSettingsPage : public Page
{
    Q_OBJECT

public:
    explicit PlanSettingsPage(QWidget *parent = nullptr);

    bool savePlan(const QString &title, const QDate &start, const QDate &end, QString *error);
    bool saveSigner(const QString &signer, QString *error);
    /// The workspace's due-soon window (settingcommands: audited, undoable).
    bool setDueSoonWorkingDays(int workingDays, QString *error);
    bool addDepartment(const QString &name, QString *error);
    /// The population list's model: a figure typed in (setData) is a command.
    PopulationTableModel *populationTable() const { return m_populationModel; }

    /// The plan's header as the form shows it, and saving it (title, short title, period,
    /// source document, issuing units).
    Plan header() const;
    bool saveHeader(const Plan &header, QString *error);
    /// Areas (乡镇/街道) and leading-group members by their row in the page's lists.
    bool addArea(const QString &name, const QString &kind, QString *error);
    bool editArea(int row, const QString &name, const QString &kind, QString *error);
    bool removeArea(int row, QString *error);
    bool addMember(const LeadingGroupMember &member, QString *error);
    bool editMember(int row, const LeadingGroupMember &member, QString *error);
    bool removeMember(int row, QString *error);
    QTableWidget *areasTable() const { return m_areas; }
    QTableWidget *groupTable() const { return m_group; }

private:
    void reload() override;
    QHBoxLayout *buildHeaderRow(); ///< 简称 and 来源文件
    /// 添加 / 修改 / 删除 under the areas (`what` "Area") or the group ("Member").
    QHBoxLayout *buildListButtons(const QString &what);
    void editAreaDialog(int row);
    void editMemberDialog(int row);

    QLineEdit *m_title = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLineEdit *m_signer = nullptr;
    QSpinBox *m_dueSoon = nullptr;
    QLabel *m_populationNote = nullptr;
    QTableView *m_population = nullptr;
    PopulationTableModel *m_populationModel = nullptr;
    QTableWidget *m_departments = nullptr;
    QTableWidget *m_areas = nullptr;
    QTableWidget *m_group = nullptr;
    bool m_filling = false;
    QLineEdit *m_shortTitle = nullptr;
    QLineEdit *m_sourceDocument = nullptr;
    QLineEdit *m_issuingUnits = nullptr;
    QList<qint64> m_areaIds;   ///< parallel to m_areas' rows
    QList<qint64> m_memberIds; ///< parallel to m_group's rows
};

} // namespace tuoyu

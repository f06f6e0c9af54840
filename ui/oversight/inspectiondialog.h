#pragma once

#include "oversight/oversight.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace tuoyu {

class Workspace;

/// 新增检查 / 编辑检查: one inspection's institution, date, type, inspectors, findings and 整改
/// (deadline, status, the date it was done). The core's addInspection and editInspection judge
/// what is entered.
class InspectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// `institutions`: (id, name) of the registry, for the 机构 choice.
    InspectionDialog(const QList<QPair<qint64, QString>> &institutions, QWidget *parent = nullptr);

    void setInspection(const Inspection &inspection);
    Inspection inspection() const;

    /// 编辑检查 over `inspection` until the core takes the change (editInspection: undoable,
    /// audited) or the form is cancelled; a refusal is shown and the form stays open. True when
    /// a change was made. The 监督检查 page and an institution's 检查与人员 both edit so.
    static bool edit(QWidget *parent, Workspace *workspace, const Inspection &inspection);
    /// The registry's institutions as (id, name), for the 机构 choice.
    static QList<QPair<qint64, QString>> institutionChoices(Workspace *workspace);

private:
    void updateEnabled();

    Inspection m_inspection;
    // The form's fields, by kind of box.
    QComboBox *m_institution = nullptr, *m_kind = nullptr, *m_status = nullptr;
    QDateEdit *m_date = nullptr, *m_rectifyBy = nullptr, *m_rectifiedOn = nullptr;
    QLineEdit *m_inspectors = nullptr;
    QPlainTextEdit *m_findings = nullptr;
};

} // namespace tuoyu

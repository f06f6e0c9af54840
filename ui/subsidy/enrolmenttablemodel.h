#pragma once

#include "domain/institution.h"

#include "commandtablemodel.h"
#include "shell/recordtablemodel.h"

#include <QHash>

namespace tuoyu {

class Workspace;

/// One month's enrolment: a row per institution, a column per class band and per category the
/// rules pay for. A typed count is a subsidy command (setEnrolment), audited and undoable.
class EnrolmentTableModel : public RecordTableModel<Institution, CommandTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        InstitutionColumn,
        Infant,
        Toddler,
        Older,
        SecondChild,
        ThirdChild,
        ThreeChildFamily,
        SpecialFamily,
        Disabled,
        ColumnCount
    };
    explicit EnrolmentTableModel(QObject *parent = nullptr)
        : RecordTableModel(ColumnCount, parent)
    {
    }

    /// Reads the month ("2025-03") again. The same institutions keep their rows (only the
    /// counts change), so the current cell stays where the officer is typing.
    void reload(Workspace *workspace, qint64 planId, int year, const QString &month);
    QString month() const { return m_month; }

    /// One count typed in: a whole number ≥ 0, else refused with the institution, the month and
    /// the column named.
    bool setCell(int row, int column, const QVariant &value, QString *error) override;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    QVariant cell(const Institution &i, const QModelIndex &index, int role) const override;

private:
    Workspace *m_workspace = nullptr;
    QString m_month;
    QHash<qint64, QHash<QString, qint64>> m_counts; ///< institution → field → count
};

} // namespace tuoyu

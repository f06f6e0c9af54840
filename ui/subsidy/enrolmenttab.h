#pragma once

#include "subsidytab.h"

class QComboBox;
class QTableView;

namespace tuoyu {

class EnrolmentTableModel;

/// 月度收托: a month's enrolment of every institution, typed into the grid cell by cell; each
/// count is saved at once as a command and can be undone.
class EnrolmentTab : public SubsidyTab
{
    Q_OBJECT

public:
    explicit EnrolmentTab(QWidget *parent = nullptr);
    EnrolmentTableModel *model() const { return m_model; }

    void showMonth(int month);
    /// One cell typed in (see EnrolmentTableModel::setCell).
    bool setCell(int row, int column, const QString &text, QString *error);

protected:
    void reload() override;

private:
    QComboBox *m_monthBox = nullptr;
    QTableView *m_view = nullptr;
    EnrolmentTableModel *m_model = nullptr;
};

} // namespace tuoyu

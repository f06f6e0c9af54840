#pragma once

#include "shell/page.h"

class QTableView;

namespace tuoyu {

class InstitutionTableModel;

/// The institution registry as a sortable table (read-only here).
class InstitutionsPage : public Page
{
    Q_OBJECT

public:
    explicit InstitutionsPage(QWidget *parent = nullptr);
    QString title() const override { return QStringLiteral("机构"); }
    QString key() const override { return QStringLiteral("institutions"); }
    void setContext(Workspace *workspace, qint64 planId) override;

private:
    QTableView *m_view = nullptr;
    InstitutionTableModel *m_model = nullptr;
};

} // namespace tuoyu

#pragma once

#include "shell/page.h"

class QTableWidget;

namespace tuoyu {

/// The plan's indicators by tier with target, actual and status (read-only here).
class IndicatorsPage : public Page
{
    Q_OBJECT

public:
    explicit IndicatorsPage(QWidget *parent = nullptr);
    QString title() const override { return QStringLiteral("指标"); }
    QString key() const override { return QStringLiteral("indicators"); }
    void setContext(Workspace *workspace, qint64 planId) override;
    void refresh(const QSet<QString> &tables) override;

private:
    void reload();
    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    QTableWidget *m_table = nullptr;
};

} // namespace tuoyu

#pragma once

#include "shell/page.h"

class QLabel;
class QTreeWidget;

namespace tuoyu {

/// The plan's 工程 → 项目 → 任务 tree with deadlines, departments and status (read-only).
class PlanTreePage : public Page
{
    Q_OBJECT

public:
    explicit PlanTreePage(QWidget *parent = nullptr);
    QString title() const override { return QStringLiteral("计划"); }
    QString key() const override { return QStringLiteral("plan"); }
    void setContext(Workspace *workspace, qint64 planId) override;
    void refresh(const QSet<QString> &tables) override;

private:
    void reload();
    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    QLabel *m_header = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace tuoyu

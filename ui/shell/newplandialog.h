#pragma once

#include "templates/plandraft.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLineEdit;

namespace tuoyu {

/// 文件 → 新建计划…: where a second plan in the open workspace starts from — nothing, a shipped
/// template, a template file (a colleague's plan, in the shipped templates' format) or a task
/// table (handed to the import dialog) — and its title.
class NewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Blank,
        Template,
        TemplateFile,
        TaskTable
    };

    explicit NewPlanDialog(QWidget *parent = nullptr);

    Source source() const;
    void setSource(Source source);
    /// The title typed, empty to keep the template's own.
    QString title() const;
    void setTitle(const QString &title);
    void setTemplateId(const QString &id);
    void setTemplateFile(const QString &path);
    /// The plan the choice gives (not for a task table); nullopt with a message naming the file.
    std::optional<PlanDraft> draft(QString *error) const;

private:
    QButtonGroup *m_sources = nullptr; ///< a radio button per Source, its id the Source
    QComboBox *m_templates = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_title = nullptr;
};

} // namespace tuoyu

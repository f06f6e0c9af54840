#include "newplandialog.h"

#include "templates/templatelibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace tuoyu {

NewPlanDialog::NewPlanDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(QStringLiteral("新建计划"));
    m_blank = new QRadioButton(QStringLiteral("空白计划：从头逐项填写"));
    m_blank->setObjectName(QStringLiteral("newPlanBlank"));
    m_template = new QRadioButton(QStringLiteral("内置模板："));
    m_template->setObjectName(QStringLiteral("newPlanTemplate"));
    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("newPlanTemplates"));
    for (const auto &e : TemplateLibrary::entries())
        if (e.id != QLatin1String("blank"))
            m_templates->addItem(QStringLiteral("%1（%2）").arg(e.title, e.id), e.id);
    m_file = new QRadioButton(QStringLiteral("模板文件："));
    m_file->setObjectName(QStringLiteral("newPlanFile"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("newPlanPath"));
    m_path->setPlaceholderText(QStringLiteral("同事另存的模板（.json）"));
    auto *browse = new QPushButton(QStringLiteral("浏览…"));
    m_table = new QRadioButton(
        QStringLiteral("从任务表导入…（重点任务分工表、任务清单，Excel 或 Word）"));
    m_table->setObjectName(QStringLiteral("newPlanTable"));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("newPlanTitle"));
    m_title->setPlaceholderText(QStringLiteral("不填则用模板中的标题"));
    m_blank->setChecked(true);

    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template);
    templateRow->addWidget(m_templates, 1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *titleRow = new QFormLayout;
    titleRow->addRow(QStringLiteral("计划标题："), m_title);
    auto *note = new QLabel(QStringLiteral(
        "新计划与本工作区的其他计划共用乡镇（街道）和机构名单；模板自带的机构名单不导入。"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(QStringLiteral("新建"));
    buttons->button(QDialogButtonBox::Cancel)->setText(QStringLiteral("取消"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_blank);
    layout->addLayout(templateRow);
    layout->addLayout(fileRow);
    layout->addWidget(m_table);
    layout->addSpacing(8);
    layout->addLayout(titleRow);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(620, 300);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_templates, &QComboBox::activated, this, [this] { m_template->setChecked(true); });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_file->setChecked(true); });
    connect(m_table, &QRadioButton::toggled, m_title,
            [this](bool on) { m_title->setDisabled(on); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, QStringLiteral("选择模板文件"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            QStringLiteral("计划模板 (*.json);;所有文件 (*)"));
        if (!path.isEmpty())
            setTemplateFile(path);
    });
}

NewPlanDialog::Source NewPlanDialog::source() const
{
    return m_template->isChecked() ? Source::Template
           : m_file->isChecked()   ? Source::TemplateFile
           : m_table->isChecked()  ? Source::TaskTable
                                   : Source::Blank;
}

void NewPlanDialog::setSource(Source source)
{
    (source == Source::Template       ? m_template
     : source == Source::TemplateFile ? m_file
     : source == Source::TaskTable    ? m_table
                                      : m_blank)
        ->setChecked(true);
}

QString NewPlanDialog::title() const
{
    return m_title->text().trimmed();
}

void NewPlanDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void NewPlanDialog::setTemplateId(const QString &id)
{
    m_templates->setCurrentIndex(std::max(0, m_templates->findData(id)));
    m_template->setChecked(true);
}

void NewPlanDialog::setTemplateFile(const QString &path)
{
    m_path->setText(path);
    m_file->setChecked(true);
}

std::optional<PlanDraft> NewPlanDialog::draft(QString *error) const
{
    switch (source()) {
    case Source::Template:
        return TemplateLibrary::load(m_templates->currentData().toString(), error);
    case Source::TemplateFile:
        if (m_path->text().trimmed().isEmpty()) {
            *error = QStringLiteral("请选择模板文件");
            return std::nullopt;
        }
        return TemplateLibrary::loadFile(m_path->text().trimmed(), error);
    case Source::TaskTable:
        *error = QStringLiteral("任务表在导入对话框中读取");
        return std::nullopt;
    case Source::Blank:
        break;
    }
    return TemplateLibrary::load(QStringLiteral("blank"), error);
}

} // namespace tuoyu

#include "newplandialog.h"

#include "templates/templatelibrary.h"

#include "shell/forms.h"

#include <QButtonGroup>
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
    setWindowTitle(tr("新建计划"));
    // One radio button per Source, its id the Source.
    m_sources = new QButtonGroup(this);
    auto radio = [this](Source source, const QString &text, const QString &name) {
        auto *button = new QRadioButton(text);
        button->setObjectName(name);
        m_sources->addButton(button, int(source));
        return button;
    };
    auto *blank =
        radio(Source::Blank, tr("空白计划：从头逐项填写"), QStringLiteral("newPlanBlank"));
    auto *fromTemplate =
        radio(Source::Template, tr("内置模板："), QStringLiteral("newPlanTemplate"));
    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("newPlanTemplates"));
    for (const auto &e : TemplateLibrary::entries())
        if (e.id != QLatin1String("blank"))
            m_templates->addItem(tr("%1（%2）").arg(e.title, e.id), e.id);
    auto *fromFile = radio(Source::TemplateFile, tr("模板文件："), QStringLiteral("newPlanFile"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("newPlanPath"));
    m_path->setPlaceholderText(tr("同事另存的模板（.json）"));
    auto *browse = new QPushButton(tr("浏览…"));
    auto *fromTable =
        radio(Source::TaskTable, tr("从任务表导入…（重点任务分工表、任务清单，Excel 或 Word）"),
              QStringLiteral("newPlanTable"));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("newPlanTitle"));
    m_title->setPlaceholderText(tr("不填则用模板中的标题"));
    blank->setChecked(true);

    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(fromTemplate);
    templateRow->addWidget(m_templates, 1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fromFile);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *titleRow = new QFormLayout;
    titleRow->addRow(tr("计划标题："), m_title);
    auto *note = new QLabel(
        tr("新计划与本工作区的其他计划共用乡镇（街道）和机构名单；模板自带的机构名单不导入。"));
    note->setWordWrap(true);
    auto *buttons = forms::acceptCancel(this, tr("新建"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(blank);
    layout->addLayout(templateRow);
    layout->addLayout(fileRow);
    layout->addWidget(fromTable);
    layout->addSpacing(8);
    layout->addLayout(titleRow);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(620, 300);

    connect(m_templates, &QComboBox::activated, this, [this] { setSource(Source::Template); });
    connect(m_path, &QLineEdit::textEdited, this, [this] { setSource(Source::TemplateFile); });
    connect(fromTable, &QRadioButton::toggled, m_title,
            [this](bool on) { m_title->setDisabled(on); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            forms::openFile(this, tr("选择模板文件"), tr("计划模板 (*.json);;所有文件 (*)"));
        if (!path.isEmpty())
            setTemplateFile(path);
    });
}

NewPlanDialog::Source NewPlanDialog::source() const
{
    return Source(m_sources->checkedId());
}

void NewPlanDialog::setSource(Source source)
{
    m_sources->button(int(source))->setChecked(true);
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
    setSource(Source::Template);
}

void NewPlanDialog::setTemplateFile(const QString &path)
{
    m_path->setText(path);
    setSource(Source::TemplateFile);
}

std::optional<PlanDraft> NewPlanDialog::draft(QString *error) const
{
    switch (source()) {
    case Source::Template:
        return TemplateLibrary::load(m_templates->currentData().toString(), error);
    case Source::TemplateFile:
        if (m_path->text().trimmed().isEmpty()) {
            *error = tr("请选择模板文件");
            return std::nullopt;
        }
        return TemplateLibrary::loadFile(m_path->text().trimmed(), error);
    case Source::TaskTable:
        *error = tr("任务表在导入对话框中读取");
        return std::nullopt;
    case Source::Blank:
        break;
    }
    return TemplateLibrary::load(QStringLiteral("blank"), error);
}

} // namespace tuoyu

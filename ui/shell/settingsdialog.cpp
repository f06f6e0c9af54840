#include "settingsdialog.h"

#include "commands/settingcommands.h"
#include "document/fontset.h"
#include "platform/usersettings.h"
#include "session/workspace.h"
#include "storage/postgresql/postgresqlurl.h"
#include "storage/workspacesettings.h"

#include "shell/forms.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace tuoyu {

using document::FontChoice;
using document::FontRole;
using document::FontSet;
using AsOfRule = usersettings::ReportAsOf::Rule;

namespace {

/// Roles in the order an officer reads a document: title, body, headings, tables.
const FontRole kRoles[] = {FontRole::XiaoBiaoSong, FontRole::FangSong, FontRole::Hei, FontRole::Kai,
                           FontRole::Song};

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// A titled group of settings with a note below it that says where they take effect.
QGroupBox *section(const QString &title, QLayout *content, const QString &noteText)
{
    auto *box = new QGroupBox(title);
    auto *column = new QVBoxLayout(box);
    column->addLayout(content);
    column->addWidget(note(noteText));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("设置"));
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("界面与工作区"));
    auto *form = new QFormLayout(general);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    const QStringList names = {tr("跟随系统"), tr("中文"), QStringLiteral("English")};
    for (int i = 0; i < names.size(); ++i)
        m_language->addItem(names.at(i), usersettings::languages().at(i));
    m_language->setCurrentIndex(m_language->findData(usersettings::language()));
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(note(tr("重新启动程序后生效")), 1);
    form->addRow(tr("界面语言："), languageRow);

    m_dueSoon = new QSpinBox;
    m_dueSoon->setObjectName(QStringLiteral("dueSoonWorkingDays"));
    m_dueSoon->setRange(1, workspacesettings::kMaxDueSoonWorkingDays);
    m_dueSoon->setSuffix(tr(" 个工作日内到期"));
    m_dueSoon->setValue(m_workspace ? workspacesettings::dueSoonWorkingDays(*m_workspace)
                                    : workspacesettings::kDefaultDueSoonWorkingDays);
    m_dueSoon->setEnabled(m_workspace && !m_workspace->isReadOnly());
    auto *dueSoonRow = new QHBoxLayout;
    dueSoonRow->addWidget(m_dueSoon);
    dueSoonRow->addWidget(note(m_workspace ? tr("本工作区的设置，概览、任务、汇报和督办单都按它算；"
                                                "修改记入修改记录，可撤销")
                                           : tr("请先打开工作区")),
                          1);
    form->addRow(tr("即将到期："), dueSoonRow);
    layout->addWidget(general);
    layout->addWidget(buildFonts());
    layout->addWidget(buildBackups());
    layout->addWidget(buildAsOf());

    layout->addWidget(forms::acceptCancel(this, tr("确定")));
}

QWidget *SettingsDialog::buildFonts()
{
    auto *form = new QFormLayout;
    QStringList families;
    for (const QString &f : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
        if (!f.startsWith(QLatin1String("Tuoyu "))) // our text-safe copies (FontSet)
            families << f;
    const FontChoice chosen = FontSet::choice();
    m_fonts.resize(5);
    for (FontRole role : kRoles) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("font_") +
                             FontChoice::settingsKey(role).section(QLatin1Char('/'), -1));
        combo->addItem(tr("自动（%1）").arg(FontSet::automaticFamily(role)), QString());
        for (const QString &f : std::as_const(families))
            combo->addItem(f, f);
        const QString current = chosen.family(role);
        if (!current.isEmpty() && combo->findData(current) < 0)
            combo->addItem(tr("%1（本机未安装）").arg(current), current);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        m_fonts[int(role)] = combo;
        form->addRow(FontChoice::roleLabel(role) + tr("："), combo);
    }
    return section(tr("报告字体（GB/T 9704 公文格式）"), form,
                   tr("“自动”按公文格式选用本机已安装的字体：Windows 上为方正小标宋（如已安装）、"
                      "仿宋_GB2312（如已安装）或仿宋、黑体、楷体、宋体。所用字体写入 PDF 和 Word "
                      "文件的属性。"));
}

QWidget *SettingsDialog::buildBackups()
{
    m_backupBeside = new QRadioButton(tr("工作区文件旁的“名称-备份”文件夹"));
    m_backupBeside->setObjectName(QStringLiteral("backupBeside"));
    m_backupChosen = new QRadioButton(tr("指定文件夹："));
    m_backupChosen->setObjectName(QStringLiteral("backupChosen"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_backupBeside);
    group->addButton(m_backupChosen);
    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(usersettings::backupFolder()));
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    auto *browse = new QPushButton(tr("浏览…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("备份位置"), m_backupFolder->text());
        if (!folder.isEmpty()) {
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
            m_backupChosen->setChecked(true);
        }
    });
    (usersettings::backupFolder().isEmpty() ? m_backupBeside : m_backupChosen)->setChecked(true);
    auto toggle = [this, browse] {
        m_backupFolder->setEnabled(m_backupChosen->isChecked());
        browse->setEnabled(m_backupChosen->isChecked());
    };
    connect(m_backupChosen, &QRadioButton::toggled, this, toggle);
    toggle();
    auto *chosenRow = new QHBoxLayout;
    chosenRow->addWidget(m_backupChosen);
    chosenRow->addWidget(m_backupFolder, 1);
    chosenRow->addWidget(browse);
    auto *column = new QVBoxLayout;
    column->addWidget(m_backupBeside);
    column->addLayout(chosenRow);
    QString about = tr("每天第一次打开工作区时备份一次，保留最近 7 天和每月第一份；无法写入时改存到"
                       "本机用户数据文件夹。原来位置的备份仍列在“从备份恢复”中。");
    if (m_workspace && PostgresqlUrl::isUrl(m_workspace->path()))
        about += QLatin1Char('\n') + tr("当前工作区在服务器上，由服务器管理员用 pg_dump 备份；"
                                        "这里的设置只对本机的工作区文件有效。");
    return section(tr("备份位置"), column, about);
}

QWidget *SettingsDialog::buildAsOf()
{
    auto *box = new QGroupBox(tr("汇报材料默认截至日期"));
    auto *row = new QHBoxLayout(box);
    using usersettings::ReportAsOf;
    auto *rule = forms::named(new QComboBox, QStringLiteral("reportAsOf"));
    rule->addItem(tr("今天"), int(AsOfRule::Today));
    rule->addItem(tr("上月末"), int(AsOfRule::EndOfLastMonth));
    rule->addItem(tr("固定日期"), int(AsOfRule::FixedDate));
    m_asOf.bind(rule, &ReportAsOf::rule);
    auto *date = m_asOf.bind(forms::named(new QDateEdit, QStringLiteral("reportAsOfDate")),
                             &ReportAsOf::fixed);
    date->setCalendarPopup(true);
    date->setDisplayFormat(tr("yyyy年M月d日"));
    ReportAsOf asOf = usersettings::reportAsOf();
    if (!asOf.fixed.isValid())
        asOf.fixed = QDate::currentDate(); // where the officer starts picking one
    m_asOf.load(asOf);
    auto toggle = [rule, date] {
        date->setEnabled(rule->currentData().toInt() == int(AsOfRule::FixedDate));
    };
    connect(rule, &QComboBox::currentIndexChanged, this, toggle);
    toggle();
    row->addWidget(rule);
    row->addWidget(date);
    row->addWidget(note(tr("“汇报”页和命令行 report 未指定日期时用它")), 1);
    return box;
}

FontChoice SettingsDialog::fontChoice() const
{
    FontChoice choice;
    for (FontRole role : kRoles)
        choice.setFamily(role, m_fonts.at(int(role))->currentData().toString());
    return choice;
}

bool SettingsDialog::apply(QString *error)
{
    m_languageChanged = m_language->currentData().toString() != usersettings::language();
    usersettings::setLanguage(m_language->currentData().toString());

    const FontChoice fonts = fontChoice();
    fonts.toSettings();
    FontSet::use(fonts);

    usersettings::setBackupFolder(m_backupChosen->isChecked()
                                      ? QDir::fromNativeSeparators(m_backupFolder->text())
                                      : QString());
    usersettings::ReportAsOf asOf;
    m_asOf.read(&asOf); // a rule and a date are always taken
    usersettings::setReportAsOf(asOf);

    if (!m_workspace || !m_dueSoon->isEnabled() ||
        m_dueSoon->value() == workspacesettings::dueSoonWorkingDays(*m_workspace))
        return true;
    auto command = settingcommands::setDueSoonWorkingDays(m_workspace, m_dueSoon->value(), error);
    return command && m_workspace->execute(std::move(command), error);
}

void SettingsDialog::accept()
{
    if (m_backupChosen->isChecked() && m_backupFolder->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("设置"), tr("请选择备份文件夹，或改回“工作区文件旁”。"));
        return;
    }
    QString error;
    if (!apply(&error)) {
        QMessageBox::warning(this, tr("设置"), tr("即将到期的工作日数未能保存：%1").arg(error));
        return;
    }
    if (m_languageChanged)
        QMessageBox::information(this, tr("设置"), tr("界面语言将在重新启动程序后改变。"));
    QDialog::accept();
}

} // namespace tuoyu

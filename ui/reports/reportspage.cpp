#include "reportspage.h"

#include "calendar/duesoon.h"
#include "commands/settingcommands.h"
#include "document/docxwriter.h"
#include "document/renderer.h"
#include "document/richtext.h"
#include "platform/usersettings.h"
#include "report/reportbuilder.h"
#include "report/reportstore.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "storage/planrepository.h"
#include "storage/workspacesettings.h"

#include "shell/forms.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace tuoyu {

ReportsPage::ReportsPage(QWidget *parent)
    : Page(tr("汇报"), QStringLiteral("reports"),
           {QStringLiteral("workspace_setting"), QStringLiteral("holiday")}, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (ReportKind k : {ReportKind::Progress, ReportKind::Supervision, ReportKind::Circular,
                         ReportKind::Institutions, ReportKind::Tasks, ReportKind::Indicators,
                         ReportKind::Decomposition})
        m_kind->addItem(shownWords(reportKindLabel(k)), reportKindCode(k));
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("reportDepartment"));
    m_asOf = new QDateEdit(usersettings::reportAsOf().dateFor(QDate::currentDate()));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(tr("yyyy年M月d日"));
    auto *generateButton = new QPushButton(tr("生成 / 刷新数字"));
    auto *previewButton = new QPushButton(tr("打印预览…"));
    auto *saveButton = new QPushButton(tr("另存为 PDF 或 Word…"));
    forms::addLabelled(bar, tr("材料："), m_kind);
    forms::addLabelled(bar, tr("督办对象："), m_department);
    forms::addLabelled(bar, tr("截至："), m_asOf);
    bar->addWidget(generateButton);
    bar->addStretch(1);
    bar->addWidget(previewButton);
    bar->addWidget(saveButton);
    layout->addLayout(bar);
    // The three colours of 督办 practice: how near a deadline is blue (the workspace's due-soon
    // window, set on the 计划 page with everything else that counts "due soon"), how late is
    // red. Both are the workspace's settings, since each office sets its own.
    m_dueSoonLabel = new QLabel;
    m_dueSoonLabel->setObjectName(QStringLiteral("reportDueSoon"));
    m_dueSoonLabel->setToolTip(tr("即将到期的工作日数在“计划”页设定"));
    m_seriousDays = new QSpinBox;
    m_seriousDays->setObjectName(QStringLiteral("reportSeriousDays"));
    m_seriousDays->setRange(1, workspacesettings::kMaxSeriousOverdueDays);
    m_seriousDays->setSuffix(tr(" 天以上逾期为红色"));
    m_seriousDays->setKeyboardTracking(false); // one command per value, not per keystroke
    auto *history = new QHBoxLayout;
    history->addWidget(new QLabel(tr("已保存的材料：")));
    m_kept = new QComboBox;
    m_kept->setObjectName(QStringLiteral("keptReports"));
    m_kept->setMinimumWidth(360);
    history->addWidget(m_kept);
    history->addStretch(1);
    history->addWidget(new QLabel(tr("督办单：")));
    history->addWidget(m_dueSoonLabel);
    history->addWidget(m_seriousDays);
    connect(m_seriousDays, &QSpinBox::valueChanged, this, [this](int days) {
        if (!m_workspace || m_loading)
            return;
        QString error;
        if (!setSeriousOverdueDays(days, &error)) {
            reload(); // the box shows what the workspace holds again
            QMessageBox::warning(this, tr("督办单"), error);
        }
    });
    layout->addLayout(history);
    connect(m_kept, &QComboBox::activated, this, [this](int index) {
        QString error;
        const qint64 id = m_kept->itemData(index).toLongLong();
        if (id > 0 && !reopen(id, &error))
            QMessageBox::warning(this, tr("无法打开"), error);
    });
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1200);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        saveWords(&error);
    });
    m_status = new QLabel(
        tr("选择材料和日期后点“生成”。生成后可直接修改文字；再次生成只刷新数字，保留您写的段落。"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_editor = new QTextEdit;
    m_editor->setObjectName(QStringLiteral("reportEditor"));
    layout->addWidget(m_editor, 1);
    // The officer's words are kept with the report a moment after typing stops.
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (!m_loading && m_keptId > 0)
            m_saveTimer->start();
    });

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_department->setEnabled(m_kind->currentData().toString() == QLatin1String("supervision"));
        m_hasDocument = false; // another kind of report starts afresh
        m_keptId = 0;
    });
    m_department->setEnabled(false);
    connect(generateButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!generate(&error))
            QMessageBox::warning(this, tr("无法生成"), error);
    });
    connect(previewButton, &QPushButton::clicked, this, [this] { print(); });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (!m_hasDocument)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("保存"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                m_kind->currentText() + QStringLiteral(".pdf"),
            tr("PDF (*.pdf);;Word 文档 (*.docx)"));
        QString error;
        if (!path.isEmpty() && !save(path, &error))
            QMessageBox::warning(this, tr("无法保存"), error);
        else if (!path.isEmpty())
            Q_EMIT statusMessage(tr("已保存 %1").arg(path));
    });
}

void ReportsPage::contextChanged(Workspace *)
{
    m_hasDocument = false;
    m_keptId = 0;
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    fillDepartments();
    fillKept();
    reload();
}

void ReportsPage::reload()
{
    m_loading = true;
    m_seriousDays->setValue(m_workspace ? workspacesettings::seriousOverdueDays(*m_workspace)
                                        : workspacesettings::kDefaultSeriousOverdueDays);
    m_dueSoonLabel->setText(
        tr("%1为蓝色").arg(shownWords(DueSoon::forWorkspace(m_workspace).label())));
    m_loading = false;
}

bool ReportsPage::setSeriousOverdueDays(int days, QString *error)
{
    if (!m_workspace) {
        *error = tr("请先打开工作区");
        return false;
    }
    auto command = settingcommands::setSeriousOverdueDays(m_workspace, days, error);
    return command && m_workspace->execute(std::move(command), error);
}

void ReportsPage::fillKept()
{
    m_kept->clear();
    m_kept->addItem(tr("（新材料）"), 0);
    if (!m_workspace || m_planId == 0)
        return;
    for (const KeptReport &r : ReportStore::list(m_workspace, m_planId))
        m_kept->addItem(
            tr("%1 截至%2%3")
                .arg(shownWords(reportKindLabel(r.kind)), document::formatDate(r.asOf),
                     r.department.isEmpty() ? QString() : tr("（%1）").arg(r.department)),
            r.id);
    const int at = m_kept->findData(m_keptId);
    m_kept->setCurrentIndex(at >= 0 ? at : 0);
}

bool ReportsPage::reopen(qint64 keptId, QString *error)
{
    const auto kept = ReportStore::byId(m_workspace, keptId);
    if (!kept) {
        *error = tr("找不到保存的材料");
        return false;
    }
    const document::OfficialDocument doc = ReportStore::reopen(m_workspace, *kept, error);
    if (!error->isEmpty())
        return false;
    m_loading = true;
    setKind(reportKindCode(kept->kind)); // resets the kept id, set again below
    m_asOf->setDate(kept->asOf);
    m_document = doc;
    m_hasDocument = true;
    m_keptId = keptId;
    document::toTextDocument(m_document.blocks, m_editor->document());
    m_loading = false;
    m_status->setText(
        tr("已打开保存的%1（截至%2）。")
            .arg(shownWords(reportKindLabel(kept->kind)), document::formatDate(kept->asOf)));
    return true;
}

bool ReportsPage::saveWords(QString *error)
{
    m_saveTimer->stop();
    if (!m_hasDocument || m_keptId == 0)
        return false;
    auto command = ReportStore::saveWords(m_workspace, m_keptId, currentDocument().blocks, error);
    return command && m_workspace->execute(std::move(command), error);
}

void ReportsPage::fillDepartments()
{
    m_department->clear();
    m_department->addItem(tr("全部有未完成任务的部门"), QString());
    if (!m_workspace || m_planId == 0)
        return;
    for (const Department &d : PlanRepository(m_workspace).departments(m_planId))
        m_department->addItem(d.name, d.name);
}

void ReportsPage::setKind(const QString &code)
{
    m_kind->setCurrentIndex(m_kind->findData(code));
}

void ReportsPage::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

bool ReportsPage::generate(QString *error)
{
    if (!m_workspace || m_planId == 0) {
        *error = tr("请先打开工作区");
        return false;
    }
    ReportOptions options;
    reportKindFromCode(m_kind->currentData().toString(), &options.kind);
    options.planId = m_planId;
    options.asOf = m_asOf->date();
    options.department =
        m_department->isEnabled() ? m_department->currentData().toString() : QString();
    options.thresholds.seriousDays = workspacesettings::seriousOverdueDays(*m_workspace);
    document::OfficialDocument fresh = ReportBuilder::build(m_workspace, options, error);
    if (!error->isEmpty())
        return false;
    if (m_hasDocument) {
        // The officer's words stay; the generated paragraphs get today's numbers.
        const document::OfficialDocument edited = currentDocument();
        fresh.blocks = document::mergeRegenerated(edited.blocks, fresh.blocks);
    }
    m_document = fresh;
    m_hasDocument = true;
    m_loading = true;
    document::toTextDocument(m_document.blocks, m_editor->document());
    m_loading = false;
    // Every generation is kept in the workspace with the figures it states.
    KeptReport kept;
    kept.planId = m_planId;
    kept.kind = options.kind;
    kept.asOf = options.asOf;
    kept.department = options.department;
    kept.title = m_document.title;
    kept.paragraphs = m_document.blocks;
    kept.figures = ReportStore::figures(m_workspace, m_planId, options.asOf);
    qint64 id = 0;
    if (!m_workspace->execute(ReportStore::keep(m_workspace, kept, &id), error))
        return false;
    m_keptId = id;
    fillKept();
    m_status->setText(
        tr("%1（截至%2）。可直接修改文字；“生成 / 刷新数字”会保留您写的段落。")
            .arg(shownWords(reportKindLabel(options.kind)), document::formatDate(options.asOf)));
    return true;
}

document::OfficialDocument ReportsPage::currentDocument() const
{
    document::OfficialDocument doc = m_document;
    if (m_hasDocument)
        doc.blocks = document::fromTextDocument(m_editor->document(), m_document.blocks);
    return doc;
}

bool ReportsPage::save(const QString &path, QString *error) const
{
    if (!m_hasDocument) {
        *error = tr("请先生成材料");
        return false;
    }
    const document::OfficialDocument doc = currentDocument();
    return path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)
               ? document::writeDocx(doc, path, error)
               : document::writePdf(doc, path, error);
}

bool ReportsPage::print()
{
    if (!m_hasDocument)
        return false;
    const document::OfficialDocument doc = currentDocument();
    forms::printPreview(this, tr("打印预览"), [&doc](QPrinter *p) { document::render(doc, p); });
    return true;
}

} // namespace tuoyu

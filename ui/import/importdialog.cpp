#include "importdialog.h"

#include "import/importcontext.h"
#include "import/importkind.h"
#include "io/reader.h"
#include "mapping/fields.h"
#include "mapping/tablemapper.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include "shell/forms.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <exception>
#include <memory>

namespace tuoyu {

namespace {
constexpr int kPreviewRows = 200;
} // namespace

ImportDialog::ImportDialog(Workspace *workspace, qint64 planId, const QString &path,
                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_planId(planId)
    , m_path(path)
{
    setWindowTitle(tr("导入 %1").arg(QFileInfo(path).fileName()));
    resize(1000, 640);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_tableBox = new QComboBox;
    m_tableBox->setObjectName(QStringLiteral("tableBox"));
    m_kindBox = new QComboBox;
    m_kindBox->setObjectName(QStringLiteral("kindBox"));
    for (const ImportKind *kind : importKinds())
        m_kindBox->addItem(kind->label(), int(kind->kind()));
    form->addRow(tr("表格："), m_tableBox);
    form->addRow(tr("内容："), m_kindBox);
    // A task table is written into a plan the officer picks, or into a new one named by its title.
    m_planBox = new QComboBox;
    m_planBox->setObjectName(QStringLiteral("planBox"));
    for (const Plan &p : PlanRepository(workspace).plans())
        m_planBox->addItem(p.title, p.id);
    m_planBox->addItem(tr("新建计划（以表格标题为名）"), ImportRequest::kNewPlan);
    m_planBox->setCurrentIndex(std::max(0, m_planBox->findData(planId)));
    m_planId = m_planBox->currentData().toLongLong();
    form->addRow(tr("写入计划："), m_planBox);
    m_form = form;
    layout->addLayout(form);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget;
    m_mappingTable = new QTableWidget;
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({tr("列"), tr("表头"), tr("导入为")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->setVisible(false);
    m_previewTable = new QTableWidget;
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->setVisible(false);
    m_refusedTable = forms::listTable(QStringLiteral("refusedTable"), {tr("行"), tr("原因")}, 1);
    m_tabs->addTab(m_previewTable, tr("预览"));
    m_tabs->addTab(m_mappingTable, tr("列对应"));
    m_tabs->addTab(m_refusedTable, tr("不导入的行"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("导入"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (commit(&error))
            accept();
        else
            QMessageBox::warning(this, tr("导入失败"), error);
    });
    layout->addWidget(buttons);

    connect(m_tableBox, &QComboBox::activated, this, &ImportDialog::chooseTable);
    connect(m_planBox, &QComboBox::activated, this, [this] {
        m_planId = m_planBox->currentData().toLongLong();
        prepare(m_tableIndex, m_mapping);
    });
    connect(m_kindBox, &QComboBox::activated, this, [this] {
        mapping::ColumnMapping corrected = m_mapping;
        corrected.kind = mapping::TableKind(m_kindBox->currentData().toInt());
        // A different kind of table means different fields: start from what the mapper proposes
        // for the table read as that kind, keeping the header rows it found.
        for (auto &c : corrected.columns)
            c.field = mapping::matchHeader(corrected.kind, c.header);
        if (!prepare(m_tableIndex, corrected))
            m_kindBox->setCurrentIndex(m_kindBox->findData(int(m_mapping.kind)));
    });
}

bool ImportDialog::runOffGuiThread(const QString &label, std::function<void()> work,
                                   std::atomic_bool *cancelled)
{
    // A query that fails on the worker (a damaged page of the registry) must not end the
    // program there: it is carried over and thrown again on the GUI thread, where the window's
    // event dispatch reports it (ui/shell/application.cpp).
    auto failure = std::make_shared<std::exception_ptr>();
    QThread *worker = QThread::create([work = std::move(work), failure] {
        try {
            work();
        } catch (...) {
            *failure = std::current_exception();
        }
    });
    QProgressDialog progress(label, tr("取消"), 0, 0, isVisible() ? this : parentWidget());
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_quiet ? 1000000 : 400);
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [&loop, cancelled] {
        cancelled->store(true);
        loop.quit();
    });
    worker->start();
    loop.exec();
    if (cancelled->load()) {
        // Neither the reader nor the mapper can be interrupted mid-stage; the worker stops at
        // the next stage and what it made is dropped with it.
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        if (worker->isFinished())
            worker->deleteLater();
        return false;
    }
    worker->wait();
    delete worker;
    if (*failure)
        std::rethrow_exception(*failure);
    return true;
}

bool ImportDialog::load()
{
    // Reading runs on a worker thread so the window stays responsive; the officer can walk away
    // from a large file (the result is then discarded).
    auto result = std::make_shared<io::ReadResult>();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    if (!runOffGuiThread(
            tr("正在读取 %1 …").arg(QFileInfo(m_path).fileName()),
            [result, path = m_path, cancelled] { *result = io::readFile(path); },
            cancelled.get())) {
        m_error = tr("已取消");
        return false;
    }

    if (!result->ok() || result->tables.isEmpty()) {
        m_error =
            result->ok() ? tr("%1 中没有表格").arg(QFileInfo(m_path).fileName()) : result->error;
        if (!m_quiet)
            QMessageBox::warning(parentWidget(), tr("无法导入"), m_error);
        return false;
    }
    m_tables = result->tables;
    for (const io::Table &t : std::as_const(m_tables))
        m_tableBox->addItem(tr("%1（%2 行）%3")
                                .arg(t.name)
                                .arg(t.rowCount())
                                .arg(t.hidden ? tr("［隐藏］") : QString()));
    const int proposed = mapping::proposeTable(m_tables);
    if (!prepare(proposed >= 0 ? proposed : 0, std::nullopt)) {
        m_error = tr("已取消");
        return false;
    }
    return true;
}

void ImportDialog::chooseTable(int index)
{
    if (!prepare(index, std::nullopt))
        m_tableBox->setCurrentIndex(m_tableIndex);
}

void ImportDialog::setColumnField(int column, const QString &field)
{
    mapping::ColumnMapping corrected = m_mapping;
    corrected.setField(column, field);
    if (!prepare(m_tableIndex, corrected))
        showMapping(); // the combo box shows the officer's choice; put back the one in force
}

bool ImportDialog::prepare(int index, std::optional<mapping::ColumnMapping> columns)
{
    if (index < 0 || index >= m_tables.size())
        return false;
    // What the worker uses it owns: the table shares its rows with m_tables (implicitly shared,
    // read only, so not copied), and the context reads the workspace through a connection of
    // its own and hands out ids reserved here.
    struct Stage
    {
        io::Table table;
        std::unique_ptr<ImportContext> context;
        ImportRequest request;
        std::atomic_bool cancelled{false};
        mapping::MappingResult mapped;
        ImportPlan plan;
        QString error;
    };
    auto stage = std::make_shared<Stage>();
    stage->table = m_tables[index];
    stage->context = ImportContext::forWorker(m_workspace);
    stage->request.sourceName = QFileInfo(m_path).fileName();
    stage->request.planId = m_planId;
    stage->request.mapping = std::move(columns);
    stage->request.cancelled = &stage->cancelled;
    const bool done = runOffGuiThread(
        tr("正在对应各列并与工作区核对 %1 …").arg(stage->request.sourceName),
        [stage] {
            if (!stage->context->attach(&stage->error))
                return;
            if (!stage->request.mapping) {
                mapping::ColumnMapping proposed =
                    Importer::mappingFor(stage->context->db(), stage->table);
                // A table the mapper cannot place is shown as the first kind, for the officer
                // to assign its columns.
                if (proposed.kind == mapping::TableKind::Unknown)
                    proposed.kind = importKinds().constFirst()->kind();
                stage->request.mapping = std::move(proposed);
            }
            stage->plan = Importer::prepare(*stage->context, stage->table, stage->request,
                                            &stage->mapped, &stage->error);
            stage->context->detach();
        },
        &stage->cancelled);
    if (!done)
        return false;

    QString error = stage->error;
    if (stage->plan.command && !stage->context->settle(&error))
        stage->plan.command.reset();
    m_tableIndex = index;
    m_tableBox->setCurrentIndex(index);
    if (stage->request.mapping)
        m_mapping = *stage->request.mapping;
    m_result = std::move(stage->mapped);
    m_plan = std::move(stage->plan);
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(m_mapping.kind)));
    m_form->setRowVisible(m_planBox, m_mapping.kind == mapping::TableKind::TaskTable);
    showMapping();
    showPreview();
    if (!m_plan.command)
        m_summary->setText(
            QStringLiteral("<span style='color:#c62828'>%1</span>").arg(error.toHtmlEscaped()));
    return true;
}

void ImportDialog::showMapping()
{
    m_updating = true;
    const auto &fields = mapping::fieldsFor(m_mapping.kind);
    m_mappingTable->setRowCount(int(m_mapping.columns.size()));
    for (int c = 0; c < m_mapping.columns.size(); ++c) {
        const auto &assignment = m_mapping.columns[c];
        QString letters;
        for (int n = c + 1; n > 0; n = (n - 1) / 26)
            letters.prepend(QChar(u'A' + (n - 1) % 26));
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(letters));
        QString header = assignment.header;
        if (assignment.year > 0)
            header += tr("（%1年 %2）").arg(assignment.year).arg(assignment.area);
        m_mappingTable->setItem(c, 1, new QTableWidgetItem(header));
        auto *box = new QComboBox;
        box->addItem(tr("（不导入）"), QString());
        for (const auto &f : fields)
            box->addItem(f.label, f.key);
        const int at = box->findData(assignment.field);
        box->setCurrentIndex(at >= 0 ? at : 0);
        connect(box, &QComboBox::activated, this, [this, c, box] {
            // Rebuilding the table deletes this combo box: do it after its signal returns.
            if (!m_updating)
                QMetaObject::invokeMethod(
                    this,
                    [this, c, field = box->currentData().toString()] { setColumnField(c, field); },
                    Qt::QueuedConnection);
        });
        m_mappingTable->setCellWidget(c, 2, box);
    }
    m_mappingTable->resizeColumnToContents(0);
    m_mappingTable->setColumnWidth(2, 180);
    m_updating = false;
}

void ImportDialog::showPreview()
{
    QStringList keys;
    QStringList labels{tr("行"), tr("导入后")};
    if (const ImportKind *kind = importKind(m_mapping.kind))
        for (const mapping::FieldInfo &f : kind->previewColumns(m_mapping)) {
            keys << f.key;
            labels << f.label;
        }
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(labels.size()));
    m_previewTable->setHorizontalHeaderLabels(labels);
    const int rows = int(std::min<qsizetype>(m_result.records.size(), kPreviewRows));
    m_previewTable->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const auto &record = m_result.records[r];
        m_previewTable->setItem(r, 0, new QTableWidgetItem(QString::number(record.row)));
        QString action;
        if (r < m_plan.changes.size()) {
            const ImportChange &change = m_plan.changes[r];
            action = change.action == ImportChange::Action::Insert ? tr("新增")
                     : change.action == ImportChange::Action::Update
                         ? tr("更新：") + change.changes.join(tr("；"))
                         : tr("不变");
        }
        auto *actionItem = new QTableWidgetItem(action);
        if (!record.warnings.isEmpty()) {
            actionItem->setText(action + tr("（请核对）"));
            actionItem->setToolTip(record.warnings.join(QLatin1Char('\n')));
            actionItem->setForeground(QColor(0xB2, 0x6A, 0x00));
        }
        m_previewTable->setItem(r, 1, actionItem);
        for (int k = 0; k < keys.size(); ++k) {
            const QVariant v = record.values.value(keys[k]);
            m_previewTable->setItem(r, k + 2,
                                    new QTableWidgetItem(v.typeId() == QMetaType::QDate
                                                             ? v.toDate().toString(Qt::ISODate)
                                                             : v.toString()));
        }
    }
    m_previewTable->resizeColumnsToContents();

    m_refusedTable->setRowCount(int(m_plan.refused.size()));
    for (int r = 0; r < m_plan.refused.size(); ++r) {
        m_refusedTable->setItem(r, 0, new QTableWidgetItem(QString::number(m_plan.refused[r].row)));
        m_refusedTable->setItem(r, 1, new QTableWidgetItem(m_plan.refused[r].reason));
    }
    m_tabs->setTabText(2, tr("不导入的行（%1）").arg(m_plan.refused.size()));

    QString summary = tr("将新增 <b>%1</b>，更新 <b>%2</b>，不变 %3，不导入 <b>%4</b> 行。")
                          .arg(m_plan.inserted)
                          .arg(m_plan.updated)
                          .arg(m_plan.unchanged)
                          .arg(m_plan.refused.size());
    if (m_result.records.size() > kPreviewRows)
        summary += tr("预览显示前 %1 行。").arg(kPreviewRows);
    for (const QString &f : std::as_const(m_plan.findings))
        summary += tr("<br><span style='color:#b26a00'>注意：%1</span>").arg(f.toHtmlEscaped());
    m_summary->setText(summary);
    m_importButton->setEnabled(m_plan.command && (m_plan.inserted + m_plan.updated) > 0);
}

bool ImportDialog::commit(QString *error)
{
    if (!m_plan.command) {
        *error = tr("没有可导入的内容");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_workspace->execute(std::move(m_plan.command), error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        *error = tr("导入失败，工作区未改动：%1").arg(*error);
    return ok;
}

} // namespace tuoyu

#include "cityledgertab.h"

#include "city/cityview.h"
#include "io/csvexporter.h"
#include "io/xlsxexporter.h"
#include "ledgers/ledgeritemmodel.h"
#include "shell/corewords.h"
#include "shell/forms.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tuoyu {

CityLedgerTab::CityLedgerTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_choice = forms::named(new QComboBox, QStringLiteral("cityLedgerChoice"));
    // The ledgers every district has with the same columns (the 任务分解表's are its areas).
    m_choice->addItem(tr("机构名单"), QStringLiteral("institutions"));
    m_choice->addItem(tr("任务台账"), QStringLiteral("tasks"));
    m_choice->addItem(tr("绩效指标"), QStringLiteral("indicators"));
    m_choice->addItem(tr("奖补台账"), QStringLiteral("subsidies"));
    forms::addLabelled(row, tr("台账："), m_choice);
    row->addStretch(1);
    QPushButton *exportButton =
        forms::addButton(row, tr("导出到 Excel…"), QStringLiteral("cityLedgerExport"));
    layout->addLayout(row);
    m_note = forms::named(new QLabel, QStringLiteral("cityLedgerNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_model = new LedgerItemModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(Qt::UserRole);
    m_view = forms::named(new QTableView, QStringLiteral("cityLedger"));
    m_view->setModel(sorted);
    // The districts in the server's order until the officer sorts by a column.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);

    connect(m_choice, &QComboBox::activated, this, [this] {
        QString error;
        if (!load(&error))
            Q_EMIT statusMessage(error);
    });
    connect(exportButton, &QPushButton::clicked, this, &CityLedgerTab::chooseAndExport);
}

void CityLedgerTab::setSource(const QString &address, const QString &password, const QDate &asOf)
{
    m_address = address;
    m_password = password;
    m_asOf = asOf;
}

void CityLedgerTab::clear()
{
    m_address.clear();
    m_password.fill(QLatin1Char(' '));
    m_password.clear();
    m_model->setTable({});
    m_note->clear();
}

const ledgers::LedgerTable &CityLedgerTab::table() const
{
    return m_model->table();
}

bool CityLedgerTab::showLedger(const QString &code, QString *error)
{
    const int at = m_choice->findData(code);
    if (at < 0) {
        *error = tr("没有名为“%1”的台账").arg(code);
        return false;
    }
    m_choice->setCurrentIndex(at);
    return load(error);
}

bool CityLedgerTab::load(QString *error)
{
    if (m_address.isEmpty())
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QStringList unreadable;
    const auto ledger = CityFigures::ledger(m_address, m_choice->currentData().toString(), m_asOf,
                                            m_asOf.year(), &unreadable, error, m_password);
    QApplication::restoreOverrideCursor();
    m_model->setTable(ledger ? *ledger : ledgers::LedgerTable{});
    m_view->resizeColumnsToContents();
    QString note = ledger ? tr("%1：%2 行，各区县依次相接，第一列为区县。")
                                .arg(shownWords(ledger->name))
                                .arg(ledger->rows.size())
                          : *error;
    if (!unreadable.isEmpty())
        note += QLatin1Char(' ') + tr("未能读取：%1").arg(unreadable.join(tr("；")));
    m_note->setText(note);
    return ledger.has_value();
}

bool CityLedgerTab::exportTo(const QString &path, QString *error) const
{
    if (m_model->table().columns.isEmpty()) {
        *error = tr("请先选择台账");
        return false;
    }
    const io::ExportSheet sheet = ledgers::toSheet(m_model->table());
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
               ? io::writeCsv(path, sheet, error)
               : io::writeXlsx(path, {sheet}, error);
}

void CityLedgerTab::chooseAndExport()
{
    const QString name = tr("全市%1").arg(m_choice->currentText());
    const QString path =
        forms::saveFile(this, tr("导出%1").arg(name), name + QStringLiteral(".xlsx"),
                        tr("Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)"),
                        [this](const QString &to, QString *error) { return exportTo(to, error); });
    if (!path.isEmpty())
        Q_EMIT statusMessage(tr("已导出到 %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace tuoyu

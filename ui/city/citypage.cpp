#include "citypage.h"

#include "city/citywatch.h"
#include "cityledgertab.h"
#include "document/docxwriter.h"
#include "document/renderer.h"
#include "shell/corewords.h"
#include "shell/forms.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tuoyu {

namespace {

/// How long after a district's commit the city is read again: an import or a burst of edits
/// announces many commits, and reading every district once is enough.
constexpr int kDebounceMs = 300;
/// Rows of the districts' table shown before it scrolls (the page fits a 1366×768 screen).
constexpr int kDistrictRowsShown = 8;

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// A core table (its rows, then its 合计 rows in bold) in a read-only listing.
void fill(QTableWidget *table, const document::TableBlock &block)
{
    QStringList headers;
    for (const QString &h : block.headerRows.value(0))
        headers << shownWords(h);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    const QList<QStringList> totals = block.totalRows();
    table->setRowCount(int(block.rows.size() + totals.size()));
    int r = 0;
    for (const QStringList &row : block.rows + totals) {
        const bool total = r >= block.rows.size();
        for (int c = 0; c < row.size(); ++c) {
            QTableWidgetItem *item = cell(total && c == 0 ? shownWords(row[c]) : row[c], c > 0);
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(r, c, item);
        }
        ++r;
    }
}

} // namespace

CityPage::CityPage(QWidget *parent)
    : Page(tr("全市概览"), QStringLiteral("city"), {}, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_asOf = forms::dateEdit(QDate::currentDate());
    m_asOf->setObjectName(QStringLiteral("cityAsOfDate"));
    m_asOf->setDisplayFormat(tr("yyyy年M月d日"));
    forms::addLabelled(top, tr("截至："), m_asOf);
    QPushButton *refresh = forms::addButton(top, tr("刷新"), QStringLiteral("cityRefresh"));
    refresh->setToolTip(tr("重新读取各区县（F5）"));
    top->addStretch(1);
    QPushButton *exportReport =
        forms::addButton(top, tr("导出汇报…"), QStringLiteral("cityExportReport"));
    QPushButton *printReport = forms::addButton(top, tr("打印汇报…"), QStringLiteral("cityPrint"));
    layout->addLayout(top);

    m_unreadable = forms::named(new QLabel, QStringLiteral("cityUnreadable"));
    m_unreadable->setWordWrap(true);
    m_unreadable->setStyleSheet(
        QStringLiteral("QLabel { background: #FFF4E5; border: 1px solid #EF8F00; "
                       "border-radius: 4px; padding: 6px; }"));
    m_unreadable->hide();
    layout->addWidget(m_unreadable);
    m_status = forms::named(new QLabel, QStringLiteral("cityStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_tabs = forms::named(new QTabWidget, QStringLiteral("cityTabs"));
    auto *overview = new QWidget;
    auto *column = new QVBoxLayout(overview);
    m_figures = new QGridLayout;
    column->addLayout(m_figures);
    m_districts = forms::listTable(QStringLiteral("cityDistricts"), {tr("区县")}, 0);
    m_indicators = forms::listTable(QStringLiteral("cityIndicators"),
                                    {tr("指标"), tr("全市"), tr("计算方法或缺数原因")});
    column->addWidget(new QLabel(tr("各区县（合计行的比率按全市合计数计算）：")));
    m_districts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    column->addWidget(m_districts);
    column->addWidget(new QLabel(tr("全市指标（按全市合计数计算，不取各区县比率的平均数）：")));
    column->addWidget(m_indicators, 1);
    m_tabs->addTab(overview, tr("概览"));
    m_ledgers = new CityLedgerTab;
    m_tabs->addTab(m_ledgers, tr("台账"));
    layout->addWidget(m_tabs, 1);

    m_watch = new CityWatch(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_watch, &CityWatch::districtChanged, m_debounce, qOverload<>(&QTimer::start));
    const auto again = [this] {
        QString error;
        if (!readAgain(&error))
            Q_EMIT statusMessage(error);
    };
    connect(m_debounce, &QTimer::timeout, this, again);
    connect(refresh, &QPushButton::clicked, this, again);
    connect(m_asOf, &QDateEdit::dateChanged, this, again);
    connect(exportReport, &QPushButton::clicked, this, &CityPage::chooseAndExportReport);
    connect(printReport, &QPushButton::clicked, this, &CityPage::print);
    connect(m_ledgers, &CityLedgerTab::statusMessage, this, &Page::statusMessage);
    // The ledger is read when first looked at, not with every district's commit before.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) != m_ledgers || !m_ledgers->table().columns.isEmpty())
            return;
        QString error;
        if (!m_ledgers->load(&error))
            Q_EMIT statusMessage(error);
    });
}

CityPage::~CityPage() = default;

void CityPage::open(const QString &address, const QString &password, CityFigures figures)
{
    m_address = address;
    m_password = password;
    QString why;
    m_followed = m_watch->follow(address, password, &why);
    const QSignalBlocker quiet(m_asOf);
    m_asOf->setDate(figures.asOf);
    m_ledgers->clear();
    m_ledgers->setSource(address, password, figures.asOf);
    m_tabs->setCurrentIndex(0);
    display(figures);
}

void CityPage::close()
{
    m_debounce->stop();
    m_watch->stop();
    m_followed = false;
    m_address.clear();
    m_password.fill(QLatin1Char(' '));
    m_password.clear();
    m_city.reset();
    m_ledgers->clear();
}

bool CityPage::readAgain(QString *error)
{
    if (m_address.isEmpty())
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto city = CityFigures::read(m_address, m_asOf->date(), error, m_password);
    QApplication::restoreOverrideCursor();
    if (!city)
        return false;
    m_ledgers->setSource(m_address, m_password, city->asOf);
    display(*city);
    // The ledger on screen follows; one not looked at yet is read when it is.
    if (!m_ledgers->table().columns.isEmpty())
        return m_ledgers->load(error);
    return true;
}

void CityPage::display(const CityFigures &city)
{
    m_city = city;
    m_readAt = QDateTime::currentDateTime();
    m_unreadable->setText(tr("未能读取的区县：%1").arg(city.unreadable.join(tr("；"))));
    m_unreadable->setVisible(!city.unreadable.isEmpty());
    m_status->setText(tr("全市 %1 个区县，数据截至%2，%3 读取。%4")
                          .arg(city.districts.size())
                          .arg(document::formatDate(city.asOf),
                               m_readAt.toString(QStringLiteral("HH:mm:ss")),
                               m_followed ? tr("各区县保存修改后自动刷新。")
                                          : tr("服务器不转达修改：请按“刷新”（F5）。")));
    showFigures(city);
    fill(m_districts, city.districtTable());
    // As tall as its rows (a city has a handful of districts), up to kDistrictRowsShown rows
    // before it scrolls; the indicators take the rest.
    const int rows = std::min(m_districts->rowCount(), kDistrictRowsShown);
    m_districts->setFixedHeight(m_districts->horizontalHeader()->sizeHint().height() +
                                rows * m_districts->verticalHeader()->defaultSectionSize() +
                                2 * m_districts->frameWidth());
    m_indicators->setRowCount(int(city.indicators.size()));
    for (int r = 0; r < city.indicators.size(); ++r) {
        const CityIndicator &c = city.indicators.at(r);
        m_indicators->setItem(r, 0, cell(shownWords(c.formula.name), false));
        m_indicators->setItem(r, 1, cell(c.value ? c.label() : tr("—"), true));
        m_indicators->setItem(r, 2, cell(c.value ? c.formula.definition : c.missing, false));
    }
    m_indicators->resizeColumnToContents(0);
    m_indicators->resizeColumnToContents(1);
}

void CityPage::showFigures(const CityFigures &city)
{
    while (QLayoutItem *item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto count = [&city](const char *key) {
        return city.progress.value(QLatin1String(key)).toInteger();
    };
    const QList<std::pair<QString, qint64>> shown = {{tr("托育机构"), city.totals.institutions},
                                                     {tr("已备案"), city.totals.filed},
                                                     {tr("托位"), city.totals.slots},
                                                     {tr("普惠托位"), city.totals.puhuiSlots},
                                                     {tr("任务"), count("tasks")},
                                                     {tr("已完成"), count("tasks_done")},
                                                     {tr("逾期"), count("tasks_overdue")},
                                                     {tr("临期"), count("tasks_due_soon")}};
    for (int i = 0; i < shown.size(); ++i) {
        auto *value = forms::named(new QLabel(QString::number(shown[i].second)),
                                   QStringLiteral("cityFigure%1").arg(i));
        value->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
        value->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(shown[i].first);
        caption->setAlignment(Qt::AlignCenter);
        m_figures->addWidget(value, 0, i);
        m_figures->addWidget(caption, 1, i);
    }
}

bool CityPage::exportReport(const QString &path, QString *error) const
{
    if (!m_city) {
        *error = tr("没有打开全市视图");
        return false;
    }
    const document::OfficialDocument doc = m_city->progressReport();
    return path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)
               ? document::writeDocx(doc, path, error)
               : document::writePdf(doc, path, error);
}

void CityPage::chooseAndExportReport()
{
    if (!m_city)
        return;
    const QString path = forms::saveFile(
        this, tr("导出全市工作进展情况汇报"), tr("全市工作进展情况汇报") + QStringLiteral(".pdf"),
        tr("PDF 文件 (*.pdf);;Word 文档 (*.docx)"),
        [this](const QString &to, QString *error) { return exportReport(to, error); });
    if (!path.isEmpty())
        Q_EMIT statusMessage(tr("已导出到 %1").arg(QDir::toNativeSeparators(path)));
}

bool CityPage::print()
{
    if (!m_city)
        return false;
    const document::OfficialDocument doc = m_city->progressReport();
    forms::printPreview(this, tr("打印预览"), [&doc](QPrinter *p) { document::render(doc, p); });
    return true;
}

} // namespace tuoyu

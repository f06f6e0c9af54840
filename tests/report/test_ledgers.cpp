// One ledger, three renderings: the report's table, the exported sheet and the page's model all
// come from the ledger built in core/ledgers, so a column added there appears in all three.

#include "commands/demoworkspace.h"
#include "exporting/ledgersheets.h"
#include "institutions/institutionspage.h"
#include "institutions/institutiontablemodel.h"
#include "io/reader.h"
#include "io/xlsxexporter.h"
#include "ledgers/ledgeritemmodel.h"
#include "ledgers/ledgers.h"
#include "report/reportbuilder.h"
#include "session/workspace.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"
#include "subsidy/ledgertablemodel.h"

#include "templateworkspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

/// The tunliu plan filled as the demo: institutions, tasks with 进展, indicators, 奖补 lines.
struct Demo : test::TemplateWorkspace
{
    QDate asOf = demoworkspace::asOf();
    Demo()
        : TemplateWorkspace(QStringLiteral("tunliu"), true)
    {
    }
};

QStringList modelHeaders(const QAbstractItemModel &model)
{
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return headers;
}

/// The header row of an exported sheet as the project's reader reads the xlsx back (the title
/// is the first row, the headers the second).
QStringList xlsxHeaders(const ledgers::LedgerTable &table, QList<QStringList> *body = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.xlsx"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(io::writeXlsx(path, {ledgers::toSheet(table)}, &error));
    const io::ReadResult read = io::readFile(path);
    REQUIRE(read.ok());
    const io::Table &t = read.tables.first();
    const int headerRow = table.title.isEmpty() ? 0 : 1;
    auto rowText = [&](int r) {
        QStringList cells;
        for (int c = 0; c < t.columnCount(); ++c)
            cells << t.cell(r, c).text;
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        return cells;
    };
    if (body)
        for (int r = headerRow + 1; r < t.rowCount(); ++r)
            body->append(rowText(r));
    return rowText(headerRow);
}

} // namespace

TEST_CASE("Each ledger's document table, sheet and page model show the ledger's columns")
{
    Demo d;
    for (const QString &code : ledgers::codes()) {
        INFO(code.toStdString());
        const ledgers::LedgerTable t =
            ledgers::byCode(code, d.ws.get(), d.plan, d.asOf, d.asOf.year());
        REQUIRE_FALSE(t.columns.isEmpty());
        CHECK(ledgers::toDocumentTable(t).headerRows.first() == t.headersIn(ledgers::InDocument));
        CHECK(ledgers::toSheet(t).headers == t.headersIn(ledgers::InSheet));
        CHECK(xlsxHeaders(t) == t.headersIn(ledgers::InSheet));
        LedgerItemModel model;
        model.setTable(t);
        CHECK(modelHeaders(model) == t.headersIn(ledgers::OnPage));
        CHECK(model.rowCount() == t.rows.size());
    }
    CHECK(ledgers::byCode(QStringLiteral("nothing"), d.ws.get(), d.plan, d.asOf, 2024)
              .columns.isEmpty());
}

TEST_CASE("The report's task ledger is the core ledger's document rendering")
{
    Demo d;
    ReportOptions o;
    o.kind = ReportKind::Tasks;
    o.planId = d.plan;
    o.asOf = d.asOf;
    QString error;
    const document::OfficialDocument doc = ReportBuilder::build(d.ws.get(), o, &error);
    REQUIRE(error.isEmpty());
    const document::TableBlock *printed = doc.blocks.first().asTable();
    REQUIRE(printed);
    const ledgers::LedgerTable t = ledgers::tasks(d.ws.get(), d.plan, d.asOf);
    const document::TableBlock rendered = ledgers::toDocumentTable(t);
    CHECK(printed->headerRows == rendered.headerRows);
    CHECK(printed->rows == rendered.rows);
    CHECK(printed->rows.size() == t.rows.size());
}

TEST_CASE("A column added to a ledger appears in the document, the xlsx and the page model")
{
    Demo d;
    ledgers::LedgerTable t = ledgers::tasks(d.ws.get(), d.plan, d.asOf);
    REQUIRE(t.rows.size() > 2);
    const QStringList documentBefore = ledgers::toDocumentTable(t).headerRows.first();
    const QStringList sheetBefore = xlsxHeaders(t);
    LedgerItemModel model;
    model.setTable(t);
    const QStringList modelBefore = modelHeaders(model);

    const int added = t.addColumn({QStringLiteral("督办次数"), ledgers::ColumnType::Count});
    for (int r = 0; r < t.rows.size(); ++r)
        t.rows[r][added] = qint64(r + 1);

    const document::TableBlock printed = ledgers::toDocumentTable(t);
    CHECK(printed.headerRows.first() == documentBefore + QStringList{QStringLiteral("督办次数")});
    CHECK(printed.rows.at(1).constLast() == QStringLiteral("2"));
    QList<QStringList> body;
    CHECK(xlsxHeaders(t, &body) == sheetBefore + QStringList{QStringLiteral("督办次数")});
    REQUIRE(body.size() == t.rows.size());
    CHECK(body.at(2).size() == sheetBefore.size() + 1);
    CHECK(body.at(2).constLast() == QStringLiteral("3"));
    model.setTable(t);
    CHECK(modelHeaders(model) == modelBefore + QStringList{QStringLiteral("督办次数")});
    CHECK(model.index(0, model.columnCount() - 1).data().toString() == QStringLiteral("1"));
    CHECK(model.index(0, model.columnCount() - 1).data(Qt::UserRole).toLongLong() == 1);
}

TEST_CASE("The 奖补 page's ledger model has the exported ledger's columns and cells")
{
    Demo d;
    const QList<LedgerLine> lines = Ledger::lines(d.ws.get(), d.plan, d.asOf.year(), true);
    REQUIRE_FALSE(lines.isEmpty());
    QHash<qint64, QString> funds;
    for (const FundBalance &f : FundCheck::balances(d.ws.get(), d.plan))
        funds.insert(f.id, QStringLiteral("%1（%2）").arg(f.name, f.source));
    LedgerTableModel model;
    // The page sizes its columns before it has lines: they are there from the start.
    CHECK(model.columnCount() == LedgerTableModel::ColumnCount);
    CHECK(model.rowCount() == 0);
    model.setLines(lines, funds);
    const ledgers::LedgerTable t = ledgers::subsidies(d.ws.get(), d.plan, d.asOf.year());
    CHECK(model.columnCount() == LedgerTableModel::ColumnCount);
    CHECK(modelHeaders(model) == t.headersIn(ledgers::OnPage));
    // The sheet numbers its lines (序号); the page sorts them, and has every other column.
    QStringList sheet = ledgers::toSheet(t).headers;
    CHECK(sheet.takeFirst() == QStringLiteral("序号"));
    // The page shows the selected line's 佐证材料 in its pane, not as a column.
    CHECK(sheet.takeLast() == QStringLiteral("佐证材料"));
    CHECK(modelHeaders(model) == sheet);
    CHECK(model.headerData(LedgerTableModel::AmountColumn, Qt::Horizontal).toString() ==
          QStringLiteral("金额（元）"));
    CHECK(model.headerData(LedgerTableModel::RejectReasonColumn, Qt::Horizontal).toString() ==
          QStringLiteral("不予拨付原因"));
    REQUIRE(model.rowCount() == lines.size());
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            CHECK(model.index(r, c).data().toString() ==
                  ledgers::cellText(t.columns.at(c + 1), t.cell(r, c + 1), ledgers::OnPage));
    CHECK(model.index(0, LedgerTableModel::AmountColumn).data(Qt::UserRole).toLongLong() ==
          lines.first().amountFen);
}

TEST_CASE("The 机构 page shows the institution list's headers and cells")
{
    Demo d;
    InstitutionTableModel model;
    model.setWorkspace(d.ws.get());
    const ledgers::LedgerTable t = ledgers::institutions(d.ws.get());
    REQUIRE(model.rowCount() == t.rows.size()); // the demo's 21 fit in the first page
    const QStringList headers = t.headersIn(ledgers::OnPage);
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString header = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        INFO(header.toStdString());
        const int column = int(headers.indexOf(header));
        REQUIRE(column >= 0);
        const int ledgerColumn = t.columnsIn(ledgers::OnPage).at(column);
        for (int r = 0; r < model.rowCount(); ++r)
            CHECK(model.index(r, c).data().toString() ==
                  ledgers::cellText(t.columns.at(ledgerColumn), t.cell(r, ledgerColumn),
                                    ledgers::OnPage));
    }
    // A puhui institution that states no 普惠托位 has them all: counted in the sheet, said so
    // on the page.
    CHECK(model.index(0, InstitutionTableModel::PuhuiSlots).data().toString() ==
          QStringLiteral("90（全部）"));
    CHECK(ledgers::toSheet(t).rows.at(0).at(ledgers::InstitutionColumn::PuhuiSlots).toLongLong() ==
          90);
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) { // to look at the page as users see it
        InstitutionsPage page;
        page.setContext(d.ws.get(), d.plan);
        page.resize(1230, 690);
        page.show();
        QCoreApplication::processEvents();
        page.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                         QStringLiteral("/institutions-ledger.png"));
    }
}

TEST_CASE("The printed 任务分解表 is a core ledger: the report prints it, a 合计 row per unit")
{
    test::TemplateWorkspace t(QStringLiteral("tianning"));
    const QList<ledgers::LedgerTable> years = ledgers::decompositionByYear(t.ws.get(), t.plan);
    REQUIRE(years.size() > 1);
    ReportOptions o;
    o.kind = ReportKind::Decomposition;
    o.planId = t.plan;
    o.asOf = QDate(2025, 6, 30);
    QString error;
    const document::OfficialDocument doc = ReportBuilder::build(t.ws.get(), o, &error);
    REQUIRE(error.isEmpty());
    for (int y = 0; y < years.size(); ++y) {
        const ledgers::LedgerTable &ledger = years.at(y);
        INFO(ledger.name.toStdString());
        const document::TableBlock *printed = doc.blocks.at(y).asTable();
        REQUIRE(printed);
        const document::TableBlock rendered = ledgers::toDocumentTable(ledger);
        CHECK(printed->caption == ledger.name);
        CHECK(printed->headerRows == rendered.headerRows);
        CHECK(printed->rows == rendered.rows);
        CHECK(printed->totalRows() == rendered.totalRows());
        // 家, 个 and 班 are never added together: one 合计 row per unit, in the document and in
        // the sheet.
        QStringList units;
        for (const QList<ledgers::Cell> &row : ledger.rows)
            if (const QString unit = row.at(1).value.toString().trimmed(); !units.contains(unit))
                units << unit;
        CHECK(rendered.totalRows().size() == units.size());
        CHECK(ledgers::toSheet(ledger).rows.size() == ledger.rows.size() + units.size());
    }
}

TEST_CASE("The exported 任务分解表 is the printed ledger, a sheet a year, then its 分解明细")
{
    test::TemplateWorkspace t(QStringLiteral("tianning"));
    const QList<ledgers::LedgerTable> years = ledgers::decompositionByYear(t.ws.get(), t.plan);
    REQUIRE(years.size() > 1);
    const QDate asOf(2025, 6, 30);
    const QList<io::ExportSheet> sheets =
        ledgersheets::byCode(QStringLiteral("decomposition"), ledgersheets::Format::Xlsx,
                             t.ws.get(), t.plan, asOf, asOf.year());
    REQUIRE(sheets.size() == years.size() + 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decomposition.xlsx"));
    QString error;
    REQUIRE(io::writeXlsx(path, sheets, &error));
    const io::ReadResult read = io::readFile(path);
    REQUIRE(read.ok());
    REQUIRE(read.tables.size() == sheets.size());
    for (int y = 0; y < years.size(); ++y) {
        const ledgers::LedgerTable &ledger = years.at(y);
        INFO(ledger.name.toStdString());
        // The same headers, rows and 合计 rows the report prints for the year.
        const io::ExportSheet expected = ledgers::toSheet(ledger);
        CHECK(sheets.at(y).name == ledger.name);
        CHECK(sheets.at(y).headers == expected.headers);
        CHECK(sheets.at(y).rows == expected.rows);
        CHECK(sheets.at(y).title.endsWith(QStringLiteral("（%1）").arg(ledger.name)));
        const io::Table &back = read.tables.at(y);
        CHECK(back.name == ledger.name);
        // Title, headers, the items, one 合计 row per unit.
        CHECK(back.rowCount() == 2 + expected.rows.size());
        CHECK(back.cell(1, 0).text == QStringLiteral("项目"));
    }
    // Every figure, targets and actuals, one row per item × year × area: what a csv holds.
    const io::ExportSheet detail = ledgers::toSheet(ledgers::decomposition(t.ws.get(), t.plan));
    CHECK(sheets.constLast().name == QStringLiteral("分解明细"));
    CHECK(sheets.constLast().rows == detail.rows);
    CHECK(read.tables.constLast().name == QStringLiteral("分解明细"));
    const QList<io::ExportSheet> csv =
        ledgersheets::byCode(QStringLiteral("decomposition"), ledgersheets::Format::Csv, t.ws.get(),
                             t.plan, asOf, asOf.year());
    REQUIRE(csv.size() == 1);
    CHECK(csv.constFirst().rows == detail.rows);
}

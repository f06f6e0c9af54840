// The 奖补 page driven as an officer would: enrolment typed in the grid, the ledger computed,
// filtered, approved, paid and refused from a central fund, rules switched off and back by undo.

#include "commands/plancommands.h"
#include "commands/subsidycommands.h"
#include "evidence/evidence.h"
#include "evidence/evidencepane.h"
#include "session/workspace.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "subsidy/enrolmenttab.h"
#include "subsidy/ledgertab.h"
#include "subsidy/rulestab.h"
#include "subsidy/ruletablemodel.h"
#include "subsidy/subsidypage.h"
#include "subsidy/subsidytab.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

QString makeWorkspace(const test::WorkspaceFolder &dir, const QString &templateId,
                      const QStringList &statements)
{
    const QString path = dir.workspace(templateId + QStringLiteral(".tuoyu"));
    QString error;
    auto ws = Workspace::create(path, &error);
    REQUIRE(ws);
    REQUIRE(ws->execute(
        plancommands::create(ws.get(), *TemplateLibrary::load(templateId, &error), &error),
        &error));
    QSqlQuery q(ws->db());
    for (const QString &sql : statements) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    return path;
}

SubsidyPage *subsidyPage(const MainWindow &window)
{
    for (Page *p : window.pages())
        if (auto *s = qobject_cast<SubsidyPage *>(p))
            return s;
    return nullptr;
}

QVariant value(Workspace *ws, const QString &sql)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

/// The row whose `column` shows `name`, -1 when none.
int rowOf(const QAbstractItemModel *model, const QString &name, int column = 0)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, column).data().toString() == name)
            return r;
    return -1;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

/// With TUOYU_SHOTS_DIR set, the window at 1366×768 on each of the five tabs.
void shoot(MainWindow &window, SubsidyPage *page, const QString &name)
{
    if (!qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR"))
        return;
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("subsidyTabs"));
    REQUIRE(tabs);
    window.resize(1366, 768);
    window.show();
    const QStringList names = {QStringLiteral("ledger"), QStringLiteral("rules"),
                               QStringLiteral("claims"), QStringLiteral("enrolment"),
                               QStringLiteral("funds")};
    for (int tab = int(names.size()) - 1; tab >= 0; --tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/subsidies-%1-%2.png").arg(name, names.at(tab)));
    }
}

} // namespace

TEST_CASE("The 奖补 page: enrolment grid, ledger, filters, totals, approve and pay")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(
        makeWorkspace(
            dir, QStringLiteral("quanzhou-taishang"),
            {QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) "
                            "VALUES (1, '甲公办托育园', 'public', 80, 1, 1), "
                            "(2, '乙民办托育园', 'private', 50, 1, 1)"),
             QStringLiteral("INSERT INTO enrolment_record (institution_id, month, "
                            "infant, toddler) VALUES (1, '2025-03', 5, 12)")}),
        true));
    Workspace *ws = window.workspace();
    SubsidyPage *page = subsidyPage(window);
    REQUIRE(page);
    CHECK(window.showPage(QStringLiteral("subsidies")));
    // The rules are valid in 2025 only: the page opens on 2025, not on today's year.
    CHECK(page->year() == 2025);

    // The grid shows March as stored and takes typed counts as commands.
    page->enrolmentTab()->showMonth(3);
    auto *gridView = page->findChild<QTableView *>(QStringLiteral("enrolmentTable"));
    REQUIRE(gridView);
    QAbstractItemModel *grid = gridView->model();
    const int jia = rowOf(grid, QStringLiteral("甲公办托育园"));
    const int yi = rowOf(grid, QStringLiteral("乙民办托育园"));
    REQUIRE(jia >= 0);
    REQUIRE(yi >= 0);
    CHECK(cell(grid, jia, 1) == QStringLiteral("5"));
    CHECK(cell(grid, jia, 2) == QStringLiteral("12"));
    // As if typed: the view's editor gives the model the text, and the model a command.
    CHECK(grid->flags(grid->index(yi, 2)).testFlag(Qt::ItemIsEditable));
    gridView->setCurrentIndex(grid->index(yi, 2));
    REQUIRE(grid->setData(grid->index(yi, 2), QStringLiteral("10")));
    CHECK(value(ws, QStringLiteral("SELECT toddler FROM enrolment_record WHERE institution_id = 2 "
                                   "AND month = '2025-03'"))
              .toInt() == 10);
    CHECK(cell(grid, yi, 2) == QStringLiteral("10"));
    // The same institutions keep their rows: the cell being typed in stays current.
    CHECK(gridView->currentIndex() == grid->index(yi, 2));
    ws->undoStack()->undo();
    CHECK(cell(grid, yi, 2).isEmpty());
    ws->undoStack()->redo();
    CHECK(cell(grid, yi, 2) == QStringLiteral("10"));
    QString error;
    CHECK_FALSE(page->enrolmentTab()->setCell(yi, 1, QStringLiteral("三"), &error));
    CHECK(error.contains(QStringLiteral("乙民办托育园")));
    CHECK(error.contains(QStringLiteral("乳儿班")));
    CHECK(value(ws, QStringLiteral("SELECT infant FROM enrolment_record WHERE institution_id = 2"))
              .isNull());
    auto *stale = page->findChild<QLabel *>(QStringLiteral("ledgerStaleLabel"));
    REQUIRE(stale);
    CHECK_FALSE(stale->isHidden());

    // 计算台账: 甲 5×300 + 12×200, 乙 10×200.
    REQUIRE(page->ledgerTab()->computeLedger(&error));
    CHECK(stale->isHidden());
    CHECK(page->ledgerTab()->visibleLineIds().size() == 3);
    auto *totals = page->findChild<QLabel *>(QStringLiteral("ledgerTotals"));
    REQUIRE(totals);
    CHECK(totals->text().contains(QStringLiteral("5,900.00")));

    // Filters: the search box and the rule filter narrow the rows and the totals with them.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("ledgerSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("乙民办"));
    REQUIRE(page->ledgerTab()->visibleLineIds().size() == 1);
    CHECK(totals->text().contains(QStringLiteral("2,000.00")));
    search->clear();
    auto *ruleFilter = page->findChild<QComboBox *>(QStringLiteral("ledgerRuleFilter"));
    REQUIRE(ruleFilter);
    ruleFilter->setCurrentIndex(ruleFilter->findText(QStringLiteral("托小班专项奖补")));
    CHECK(page->ledgerTab()->visibleLineIds().size() == 2);
    auto *groups = page->findChild<QTableWidget *>(QStringLiteral("ledgerGroupTable"));
    REQUIRE(groups);
    CHECK(groups->rowCount() == 2); // per institution
    ruleFilter->setCurrentIndex(0);

    // Approve 乙's line, then pay it from the district fund with a voucher.
    REQUIRE(ws->execute(subsidycommands::addFund(ws, window.currentPlanId(),
                                                 QStringLiteral("区级托育奖补资金"),
                                                 QStringLiteral("区"), 2025, 100000, &error),
                        &error)); // 1000.00 元: not enough for 乙's 2000 元
    const qint64 fund = value(ws, QStringLiteral("SELECT id FROM fund")).toLongLong();
    const qint64 yiLine =
        value(ws, QStringLiteral("SELECT id FROM ledger_line WHERE institution_id = 2"))
            .toLongLong();
    page->ledgerTab()->selectLines({yiLine});
    CHECK(page->ledgerTab()->selectedLineIds() == QList<qint64>{yiLine});
    CHECK_FALSE(
        page->ledgerTab()->paySelected(fund, QDate(2025, 6, 30), QStringLiteral("记-001"), &error));
    CHECK(error.contains(QStringLiteral("尚未审核")));
    REQUIRE(page->ledgerTab()->approveSelected(0, &error));
    page->ledgerTab()->selectLines({yiLine});
    CHECK_FALSE(
        page->ledgerTab()->paySelected(fund, QDate(2025, 6, 30), QStringLiteral("记-001"), &error));
    CHECK(error.contains(QStringLiteral("余额"))); // 1000 元 cannot pay 2000 元
    CHECK(value(ws, QStringLiteral("SELECT status FROM ledger_line WHERE id = %1").arg(yiLine))
              .toString() == QStringLiteral("approved"));
    REQUIRE(ws->execute(subsidycommands::addFund(ws, window.currentPlanId(),
                                                 QStringLiteral("市级托育补助"),
                                                 QStringLiteral("市"), 2025, 1000000, &error),
                        &error));
    const qint64 city =
        value(ws, QStringLiteral("SELECT id FROM fund WHERE source = '市'")).toLongLong();
    page->ledgerTab()->selectLines({yiLine});
    REQUIRE(
        page->ledgerTab()->paySelected(city, QDate(2025, 6, 30), QStringLiteral("记-001"), &error));
    CHECK(value(ws, QStringLiteral("SELECT voucher_no FROM ledger_line WHERE id = %1").arg(yiLine))
              .toString() == QStringLiteral("记-001"));

    // The funds tab shows the balance and the chart its bars.
    auto *funds = page->findChild<QTableWidget *>(QStringLiteral("fundTable"));
    REQUIRE(funds);
    REQUIRE(funds->rowCount() == 2);
    const int cityRow = rowOf(funds->model(), QStringLiteral("市级托育补助"));
    REQUIRE(cityRow >= 0);
    CHECK(funds->item(cityRow, 5)->text() == QStringLiteral("2,000.00"));
    CHECK(funds->item(cityRow, 6)->text() == QStringLiteral("8,000.00"));
    auto *chart = page->findChild<QChartView *>(QStringLiteral("fundChart"));
    REQUIRE(chart);
    CHECK(chart->chart()->series().size() == 1);

    // Paid lines cannot be refused; a computed one can, with a reason.
    page->ledgerTab()->selectLines({yiLine});
    CHECK_FALSE(page->ledgerTab()->rejectSelected(QStringLiteral("材料不全"), &error));
    const qint64 jiaLine = value(ws, QStringLiteral("SELECT id FROM ledger_line WHERE "
                                                    "institution_id = 1 ORDER BY id"))
                               .toLongLong();
    page->ledgerTab()->selectLines({jiaLine});
    REQUIRE(page->ledgerTab()->rejectSelected(QStringLiteral("材料不全"), &error));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("ledgerStatusFilter"));
    REQUIRE(status);
    status->setCurrentIndex(status->findText(QStringLiteral("不予拨付")));
    CHECK(page->ledgerTab()->visibleLineIds() == QList<qint64>{jiaLine});
    status->setCurrentIndex(0);

    // Undo walks back: the refusal, then the payment.
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    CHECK(value(ws, QStringLiteral("SELECT status FROM ledger_line WHERE id = %1").arg(yiLine))
              .toString() == QStringLiteral("approved"));
    CHECK(funds->item(rowOf(funds->model(), QStringLiteral("市级托育补助")), 5)->text() ==
          QStringLiteral("0.00"));
}

TEST_CASE("The 奖补 page refuses central money for 运营补助 and switches rules off as commands")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(
        makeWorkspace(
            dir, QStringLiteral("tianning"),
            {QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) "
                            "VALUES (1, '丙托育中心', 'private', 130, 1, 1)")}),
        true));
    Workspace *ws = window.workspace();
    SubsidyPage *page = subsidyPage(window);
    REQUIRE(page);
    REQUIRE(window.showPage(QStringLiteral("subsidies"))); // pages load when first shown
    CHECK(page->year() == 2025);
    QString error;
    REQUIRE(page->ledgerTab()->computeLedger(&error));
    const qint64 line = value(ws, QStringLiteral("SELECT id FROM ledger_line WHERE rule_name "
                                                 "LIKE '120-150%'"))
                            .toLongLong();
    REQUIRE(line > 0);
    REQUIRE(ws->execute(subsidycommands::addFund(ws, window.currentPlanId(),
                                                 QStringLiteral("中央财政普惠托育专项"),
                                                 QStringLiteral("中央"), 2025, 100000000, &error),
                        &error));
    const qint64 central = value(ws, QStringLiteral("SELECT id FROM fund")).toLongLong();
    page->ledgerTab()->selectLines({line});
    CHECK_FALSE(page->ledgerTab()->approveSelected(central, &error));
    CHECK(error.contains(QStringLiteral("负面清单")));
    CHECK(error.contains(QStringLiteral("运营补助")));
    CHECK(value(ws, QStringLiteral("SELECT status FROM ledger_line WHERE id = %1").arg(line))
              .toString() == QStringLiteral("computed"));

    // The rule table's check box is the enabled flag; undo puts it back.
    auto *rulesView = page->findChild<QTableView *>(QStringLiteral("ruleTable"));
    REQUIRE(rulesView);
    QAbstractItemModel *rules = rulesView->model();
    int row = -1;
    for (int r = 0; r < rules->rowCount(); ++r)
        if (cell(rules, r, RuleTableModel::Name).startsWith(QStringLiteral("120-150")))
            row = r;
    REQUIRE(row >= 0);
    // The check box as clicked: the view sets the check state, the model runs the command.
    REQUIRE(rules->setData(rules->index(row, RuleTableModel::Enabled), Qt::Unchecked,
                           Qt::CheckStateRole));
    CHECK(value(ws, QStringLiteral("SELECT enabled FROM subsidy_rule WHERE name LIKE '120-150%'"))
              .toInt() == 0);
    REQUIRE(page->ledgerTab()->computeLedger(&error));
    CHECK(value(ws, QStringLiteral("SELECT COUNT(*) FROM ledger_line WHERE rule_name LIKE "
                                   "'120-150%'"))
              .toInt() == 0);
    ws->undoStack()->undo(); // the recomputation
    ws->undoStack()->undo(); // the switch
    CHECK(rules->index(row, RuleTableModel::Enabled).data(Qt::CheckStateRole).toInt() ==
          Qt::Checked);
    CHECK(value(ws, QStringLiteral("SELECT enabled FROM subsidy_rule WHERE name LIKE '120-150%'"))
              .toInt() == 1);
}

TEST_CASE("The 奖补 page's rules tab: 金额待定 and 不低于 shown, a rule added and its amount set")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(
        makeWorkspace(
            dir, QStringLiteral("tunliu"),
            {QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) "
                            "VALUES (901, '屯留区托育中心', 'public', 100, 1, 1)"),
             QStringLiteral("INSERT INTO enrolment_record (institution_id, month, "
                            "toddler) VALUES (901, '2024-05', 8)")}),
        true));
    Workspace *ws = window.workspace();
    SubsidyPage *page = subsidyPage(window);
    REQUIRE(page);
    REQUIRE(window.showPage(QStringLiteral("subsidies")));
    CHECK(page->year() == 2024); // the plan's year with data, not today's
    auto *rulesView = page->findChild<QTableView *>(QStringLiteral("ruleTable"));
    REQUIRE(rulesView);
    QAbstractItemModel *rules = rulesView->model();
    REQUIRE(rules->rowCount() == 6);
    for (int r = 0; r < rules->rowCount(); ++r)
        CHECK(cell(rules, r, RuleTableModel::Amount) == QStringLiteral("金额待定"));
    QString error;
    CHECK_FALSE(page->ledgerTab()->computeLedger(&error)); // nothing pays yet
    CHECK(value(ws, QStringLiteral("SELECT COUNT(*) FROM ledger_line")).toInt() == 0);

    SubsidyRule rule;
    rule.name = QStringLiteral("区级品牌奖补");
    rule.kind = QStringLiteral("per_institution_once");
    rule.amountFen = 20000000;
    rule.unit = QStringLiteral("元/家");
    rule.fundUse = QStringLiteral("other");
    rule.conditions = {{QStringLiteral("amount_is_minimum"), true}};
    REQUIRE(page->rulesTab()->addRule(rule, &error));
    REQUIRE(rules->rowCount() == 7);
    CHECK(cell(rules, 6, RuleTableModel::Amount).startsWith(QStringLiteral("不低于 ")));

    const int row =
        rowOf(rules, QStringLiteral("按实际入托人数和入托月数补助"), RuleTableModel::Name);
    REQUIRE(row >= 0);
    const qint64 ruleId =
        rules->index(row, RuleTableModel::Enabled).data(RuleTableModel::IdRole).toLongLong();
    CHECK_FALSE(page->rulesTab()->setRuleAmount(ruleId, QStringLiteral("二百"), QString(), &error));
    CHECK(error.contains(QStringLiteral("二百")));
    REQUIRE(page->rulesTab()->setRuleAmount(ruleId, QStringLiteral("200"), QString(), &error));
    CHECK(cell(rules, row, RuleTableModel::Amount) != QStringLiteral("金额待定"));
    REQUIRE(page->ledgerTab()->computeLedger(&error));
    CHECK(value(ws, QStringLiteral("SELECT SUM(amount_fen) FROM ledger_line WHERE rule_id = %1")
                        .arg(ruleId))
              .toLongLong() == 8 * 20000);
    shoot(window, page, QStringLiteral("tunliu"));
}

TEST_CASE("The 奖补 page shows an unfiled institution's refused line with its reason")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(
        makeWorkspace(
            dir, QStringLiteral("quanzhou-taishang"),
            {QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
                            "(1, '甲公办托育园', 'public', 80, 1, 1), "
                            "(2, '丁未备案托育园', 'private', 50, 1, 0)"),
             QStringLiteral("INSERT INTO enrolment_record (institution_id, month, infant, toddler) "
                            "VALUES (1, '2025-03', 5, 12), (2, '2025-03', 2, 10)")}),
        true));
    Workspace *ws = window.workspace();
    SubsidyPage *page = subsidyPage(window);
    REQUIRE(page);
    REQUIRE(window.showPage(QStringLiteral("subsidies")));
    CHECK(page->year() == 2025);
    QString error;
    REQUIRE(page->ledgerTab()->computeLedger(&error));
    CHECK(value(ws, QStringLiteral("SELECT COUNT(*) FROM ledger_line WHERE status = 'rejected' AND "
                                   "reject_reason = '未备案，不予补助' AND institution_id = 2"))
              .toInt() == 2);
    CHECK(value(ws, QStringLiteral("SELECT COUNT(*) FROM ledger_line WHERE status = 'computed' "
                                   "AND institution_id = 2"))
              .toInt() == 0);
    CHECK(page->ledgerTab()->visibleLineIds().size() == 4);
    shoot(window, page, QStringLiteral("quanzhou"));
}

TEST_CASE("The rules tab edits validity in place and removes a rule, the fund picker goes by id")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(
        makeWorkspace(
            dir, QStringLiteral("quanzhou-taishang"),
            {QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) "
                            "VALUES (1, '甲公办托育园', 'public', 80, 1, 1)"),
             QStringLiteral("INSERT INTO enrolment_record (institution_id, month, "
                            "infant, toddler) VALUES (1, '2025-03', 5, 12)")}),
        true));
    Workspace *ws = window.workspace();
    SubsidyPage *page = subsidyPage(window);
    REQUIRE(page);
    REQUIRE(window.showPage(QStringLiteral("subsidies")));
    auto *view = page->findChild<QTableView *>(QStringLiteral("ruleTable"));
    REQUIRE(view);
    QAbstractItemModel *rules = view->model();
    const int row = rowOf(rules, QStringLiteral("托小班专项奖补"), RuleTableModel::Name);
    REQUIRE(row >= 0);
    const qint64 ruleId =
        rules->index(row, RuleTableModel::Name).data(RuleTableModel::IdRole).toLongLong();
    CHECK(cell(rules, row, RuleTableModel::ValidTo) == QStringLiteral("2025-12-31"));

    // 有效期至 typed in the cell: one audited command; undo puts the old date back.
    const QModelIndex validTo = rules->index(row, RuleTableModel::ValidTo);
    CHECK(rules->flags(validTo).testFlag(Qt::ItemIsEditable));
    CHECK(rules->data(validTo, Qt::EditRole).toString() == QStringLiteral("2025-12-31"));
    REQUIRE(rules->setData(validTo, QStringLiteral("2025-06-30")));
    CHECK(value(ws, QStringLiteral("SELECT valid_to FROM subsidy_rule WHERE id = %1").arg(ruleId))
              .toString() == QStringLiteral("2025-06-30"));
    CHECK(cell(rules, row, RuleTableModel::ValidTo) == QStringLiteral("2025-06-30"));
    ws->undoStack()->undo();
    CHECK(cell(rules, row, RuleTableModel::ValidTo) == QStringLiteral("2025-12-31"));
    // 不限 clears the date; a date before the start is refused naming the rule; words are not
    // dates.
    auto *model = qobject_cast<RuleTableModel *>(rules);
    REQUIRE(model);
    QString error;
    REQUIRE(model->setCell(row, RuleTableModel::ValidTo, QStringLiteral("不限"), &error));
    CHECK(value(ws, QStringLiteral("SELECT valid_to FROM subsidy_rule WHERE id = %1").arg(ruleId))
              .isNull());
    CHECK(cell(rules, row, RuleTableModel::ValidTo) == QStringLiteral("不限"));
    CHECK_FALSE(model->setCell(row, RuleTableModel::ValidTo, QStringLiteral("2024-01-01"), &error));
    CHECK(error.contains(QStringLiteral("托小班专项奖补")));
    CHECK_FALSE(model->setCell(row, RuleTableModel::ValidFrom, QStringLiteral("六月"), &error));
    CHECK(error.contains(QStringLiteral("有效期自")));
    ws->undoStack()->undo();

    // 删除规则 through the page: gone from the table, back with undo.
    const int count = rules->rowCount();
    REQUIRE(page->rulesTab()->removeRule(ruleId, &error));
    CHECK(rules->rowCount() == count - 1);
    CHECK(rowOf(rules, QStringLiteral("托小班专项奖补"), RuleTableModel::Name) < 0);
    ws->undoStack()->undo();
    CHECK(rules->rowCount() == count);

    // A fund whose name says another year is not taken for that year's fund.
    REQUIRE(ws->execute(subsidycommands::addFund(ws, window.currentPlanId(),
                                                 QStringLiteral("结转资金（原，2025年下达）"),
                                                 QStringLiteral("区"), 2024, 100000, &error),
                        &error));
    REQUIRE(ws->execute(subsidycommands::addFund(ws, window.currentPlanId(),
                                                 QStringLiteral("市级托育补助"),
                                                 QStringLiteral("市"), 2025, 100000, &error),
                        &error));
    const qint64 city =
        value(ws, QStringLiteral("SELECT id FROM fund WHERE source = '市'")).toLongLong();
    std::unique_ptr<QComboBox> chooser(
        subsidyui::fundChooser(ws, window.currentPlanId(), 2025, true));
    CHECK(chooser->currentData().toLongLong() == city);
}

TEST_CASE("The 奖补 page: a claim's and a ledger line's 佐证材料 in the pane below each list")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(
        makeWorkspace(
            dir, QStringLiteral("quanzhou-taishang"),
            {QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) "
                            "VALUES (1, '甲公办托育园', 'public', 80, 1, 1), "
                            "(2, '乙民办托育园', 'private', 50, 1, 1)"),
             QStringLiteral("INSERT INTO enrolment_record (institution_id, month, "
                            "infant, toddler) VALUES (1, '2025-03', 5, 12)")}),
        true));
    Workspace *ws = window.workspace();
    SubsidyPage *page = subsidyPage(window);
    REQUIRE(page);
    CHECK(window.showPage(QStringLiteral("subsidies")));
    QString error;
    const qint64 toddler =
        value(ws, QStringLiteral("SELECT id FROM subsidy_rule WHERE name = '托小班专项奖补'"))
            .toLongLong();
    REQUIRE(ws->execute(subsidycommands::addClaim(ws, toddler, 2, QStringLiteral("2025"), 3.0,
                                                  std::nullopt, std::nullopt, &error),
                        &error));
    const qint64 claim = value(ws, QStringLiteral("SELECT id FROM subsidy_claim")).toLongLong();
    REQUIRE(page->ledgerTab()->computeLedger(&error));
    const QString voucher = dir.filePath(QStringLiteral("拨付凭证-记001.pdf"));
    const QString form = dir.filePath(QStringLiteral("验收申报表.pdf"));
    for (const QString &path : {voucher, form}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 " + path.toUtf8());
    }

    // 台账: one selected line shows its files; two selected show none.
    const qint64 line =
        value(ws, QStringLiteral("SELECT id FROM ledger_line WHERE institution_id = 1 ORDER BY id"))
            .toLongLong();
    page->ledgerTab()->selectLines({line});
    auto *ledgerPane = page->findChild<EvidencePane *>(QStringLiteral("ledgerEvidence"));
    REQUIRE(ledgerPane);
    REQUIRE(ledgerPane->attach({voucher}));
    CHECK(evidence::attachedTo(*ws, EvidenceTarget::Payment, line).size() == 1);
    auto *ledgerFiles = ledgerPane->findChild<QListWidget *>(QStringLiteral("evidenceList"));
    REQUIRE(ledgerFiles);
    CHECK(ledgerFiles->count() == 1);
    page->ledgerTab()->selectLines(page->ledgerTab()->visibleLineIds());
    CHECK(ledgerFiles->count() == 0);
    page->ledgerTab()->selectLines({line});
    CHECK(ledgerFiles->count() == 1);
    ws->undoStack()->undo();
    CHECK(ledgerFiles->count() == 0);
    ws->undoStack()->redo();
    CHECK(ledgerFiles->count() == 1);

    // 申报: the selected claim's files.
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("subsidyTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(2);
    auto *claims = page->findChild<QTableWidget *>(QStringLiteral("claimTable"));
    REQUIRE(claims);
    REQUIRE(claims->rowCount() == 1);
    claims->selectRow(0);
    auto *claimPane = page->findChild<EvidencePane *>(QStringLiteral("claimEvidence"));
    REQUIRE(claimPane);
    REQUIRE(claimPane->attach({form}));
    CHECK(evidence::attachedTo(*ws, EvidenceTarget::Claim, claim).size() == 1);
    auto *claimFiles = claimPane->findChild<QListWidget *>(QStringLiteral("evidenceList"));
    CHECK(claimFiles->count() == 1);
    // The claim stays selected after the list is read again (undo, redo).
    ws->undoStack()->undo();
    CHECK(claimFiles->count() == 0);
    ws->undoStack()->redo();
    CHECK(claimFiles->count() == 1);
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        window.resize(1366, 768);
        window.show();
        QCoreApplication::processEvents();
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/subsidies-claims-evidence.png"));
        tabs->setCurrentIndex(0);
        page->ledgerTab()->selectLines({line});
        QCoreApplication::processEvents();
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/subsidies-ledger-evidence.png"));
    }
}

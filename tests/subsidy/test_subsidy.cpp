// The subsidy presets computed on small hand-worked registries, to the fen.

#include "commands/evidencecommands.h"
#include "commands/plancommands.h"
#include "commands/subsidycommands.h"
#include "ledgers/ledgers.h"
#include "session/workspace.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"
#include "subsidy/subsidyengine.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

struct PlanWorkspace
{
    test::TempWorkspace ws{QStringLiteral("s.tuoyu")}; // a file, or a database on pg.subsidy
    qint64 plan = 0;

    explicit PlanWorkspace(const QString &templateId)
    {
        QString error;
        REQUIRE(ws->execute(
            plancommands::create(ws.get(), *TemplateLibrary::load(templateId, &error), &error),
            &error));
        QSqlQuery q(ws->db());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM plan")));
        REQUIRE(q.next());
        plan = q.value(0).toLongLong();
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(ws->db());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    qint64 rule(const char *name)
    {
        QSqlQuery q(ws->db());
        q.prepare(QStringLiteral("SELECT id FROM subsidy_rule WHERE name = ? ORDER BY id DESC"));
        q.addBindValue(QString::fromUtf8(name));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    QList<LedgerLine> compute(int year) const
    {
        return SubsidyEngine::compute(SubsidyEngine::load(ws.get(), plan, year), year);
    }
    void run(std::unique_ptr<WorkspaceCommand> command)
    {
        QString error;
        REQUIRE(command);
        REQUIRE(ws->execute(std::move(command), &error));
    }
};

const LedgerLine *find(const QList<LedgerLine> &lines, const char *institution,
                       const char *rulePart, const QString &period = QString())
{
    for (const LedgerLine &l : lines)
        if (l.institutionName == QString::fromUtf8(institution) &&
            l.ruleName.contains(QString::fromUtf8(rulePart)) &&
            (period.isEmpty() || l.period == period))
            return &l;
    return nullptr;
}

qint64 sum(const QList<LedgerLine> &lines)
{
    qint64 total = 0;
    for (const LedgerLine &l : lines)
        total += l.amountFen;
    return total;
}

} // namespace

TEST_CASE("002: per child per month by class band, for puhui institutions only")
{
    PlanWorkspace p(QStringLiteral("quanzhou-taishang"));
    p.exec(QStringLiteral(
        "INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
        "(1, '甲公办托育园', 'public', 80, 1, 1), (2, '乙民办托育园', 'private', 50, 0, 1)"));
    p.exec(QStringLiteral(
        "INSERT INTO enrolment_record (institution_id, month, infant, toddler, older) VALUES "
        "(1, '2025-03', 5, 12, 20), (1, '2025-04', 4, 13, 20), (2, '2025-03', 3, 10, 9)"));
    const auto lines = p.compute(2025);
    const LedgerLine *march = find(lines, "甲公办托育园", "托小班", QStringLiteral("2025-03"));
    REQUIRE(march);
    CHECK(march->amountFen == 12 * 200 * 100);
    CHECK(march->explanation == QStringLiteral("2025年3月 托小班 12人 × 200元 = 2400元"));
    const LedgerLine *infant = find(lines, "甲公办托育园", "乳儿班", QStringLiteral("2025-04"));
    REQUIRE(infant);
    CHECK(infant->amountFen == 4 * 300 * 100);
    CHECK_FALSE(find(lines, "乙民办托育园", "班")); // not puhui: nothing
    // 3月 5×300 + 12×200, 4月 4×300 + 13×200
    CHECK(sum(lines) == (1500 + 2400 + 1200 + 2600) * 100);
    // 2024 is outside the rules' validity.
    CHECK(p.compute(2024).isEmpty());
}

TEST_CASE("002: the 安防 packages pay the claimed cost up to each cap")
{
    PlanWorkspace p(QStringLiteral("quanzhou-taishang"));
    p.exec(QStringLiteral(
        "INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
        "(1, '甲公办托育园', 'public', 80, 1, 1), (2, '乙民办托育园', 'private', 50, 1, 1)"));
    QString error;
    const qint64 fire = p.rule("安防“五大包”：托育园消防包");
    const qint64 kitchen = p.rule("安防“五大包”：明厨亮灶改建包");
    const qint64 people = p.rule("安防“五大包”：人防安全包");
    p.run(subsidycommands::addClaim(p.ws.get(), fire, 1, QStringLiteral("2025"), std::nullopt,
                                    std::nullopt, 6200000, &error));
    p.run(subsidycommands::addClaim(p.ws.get(), kitchen, 1, QStringLiteral("2025"), std::nullopt,
                                    std::nullopt, 800050, &error));
    p.run(subsidycommands::addClaim(p.ws.get(), people, 1, QStringLiteral("2025"), std::nullopt,
                                    std::nullopt, 120000, &error));
    p.run(subsidycommands::addClaim(p.ws.get(), fire, 2, QStringLiteral("2025"), std::nullopt,
                                    std::nullopt, 3000000, &error));
    const auto lines = p.compute(2025);
    REQUIRE(find(lines, "甲公办托育园", "消防包"));
    CHECK(find(lines, "甲公办托育园", "消防包")->amountFen == 5000000); // 6.2万 claimed, cap 5万
    CHECK(find(lines, "甲公办托育园", "明厨亮灶")->amountFen ==
          800050); // under the 1万 cap: the cost, to the fen
    CHECK(find(lines, "甲公办托育园", "人防")->amountFen == 50000); // cap 0.05万
    CHECK(find(lines, "甲公办托育园", "消防包")
              ->explanation.contains(QStringLiteral("上限 50000元")));
    CHECK_FALSE(find(lines, "乙民办托育园", "消防包")); // the packages are for public institutions
}

TEST_CASE("004: per slot, per class, by grade, chains, 120–150 slots and vouchers")
{
    PlanWorkspace p(QStringLiteral("tianning"));
    p.exec(QStringLiteral(
        "INSERT INTO institution (id, name, kind, slots, puhui, filed, grade, chain) VALUES "
        "(1, '红梅托育中心', 'standalone', 60, 1, 1, '省级普惠', NULL), "
        "(2, '天宁幼儿园', 'public', 40, 1, 1, NULL, NULL), "
        "(3, '贝贝一园', 'private', 130, 1, 1, NULL, '贝贝'), "
        "(4, '贝贝二园', 'private', 30, 1, 1, NULL, '贝贝'), "
        "(5, '贝贝三园', 'private', 30, 1, 0, NULL, '贝贝'), "
        "(6, '小苗家庭托育点', 'home', 10, 0, 1, '省级示范', '小苗')"));
    QString error;
    p.run(subsidycommands::addClaim(p.ws.get(), p.rule("新建普惠托育机构一次性建设补助"), 1,
                                    QStringLiteral("2024"), 60, std::nullopt, std::nullopt,
                                    &error));
    p.run(subsidycommands::addClaim(p.ws.get(), p.rule("公办幼儿园新增托班改造补助"), 2,
                                    QStringLiteral("2024"), 2, std::nullopt, std::nullopt, &error));
    p.run(subsidycommands::addClaim(p.ws.get(), p.rule("托育体验券"), 1, QStringLiteral("2024-05"),
                                    130, 20, std::nullopt, &error));
    const auto lines = p.compute(2024);

    CHECK(find(lines, "红梅托育中心", "建设补助")->amountFen == 60LL * 10000 * 100);
    CHECK(find(lines, "红梅托育中心", "建设补助")
              ->explanation.contains(QStringLiteral("60个托位 × 10000元")));
    CHECK(find(lines, "天宁幼儿园", "托班")->amountFen == 2LL * 50000 * 100);
    CHECK(find(lines, "红梅托育中心", "省级普惠")->amountFen == 100000LL * 100);
    CHECK(find(lines, "小苗家庭托育点", "示范性")->amountFen == 60000LL * 100);
    // 贝贝 has three institutions in the district: each qualifies for the chain subsidy, but
    // 贝贝三园 is not filed, so its line is refused with the reason.
    for (const char *name : {"贝贝一园", "贝贝二园", "贝贝三园"})
        CHECK(find(lines, name, "连锁")->amountFen == 200000LL * 100);
    CHECK(find(lines, "贝贝二园", "连锁")->status == LedgerStatus::Computed);
    CHECK(find(lines, "贝贝三园", "连锁")->status == LedgerStatus::Rejected);
    CHECK(find(lines, "贝贝三园", "连锁")->rejectReason == QStringLiteral("未备案，不予补助"));
    CHECK_FALSE(find(lines, "小苗家庭托育点", "连锁"));
    // 120–150 slots: only 贝贝一园 (130).
    CHECK(find(lines, "贝贝一园", "120-150")->amountFen == 200000LL * 100);
    CHECK_FALSE(find(lines, "红梅托育中心", "120-150"));
    // Vouchers: 130 visit-days claimed, but 20 families × 5 visits allow 100.
    const LedgerLine *voucher = find(lines, "红梅托育中心", "体验券");
    REQUIRE(voucher);
    CHECK(voucher->quantity == 100);
    CHECK(voucher->amountFen == 100LL * 100 * 100);
    CHECK(voucher->explanation.contains(QStringLiteral("每户限 5 次")));

    // One-off subsidies are paid once: after 2024's are kept, 2025 does not pay them again.
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2024, &error));
    QList<qint64> ids;
    for (const LedgerLine &l : Ledger::lines(p.ws.get(), p.plan, 2024, false))
        if (l.status == LedgerStatus::Computed)
            ids << l.id;
    p.run(subsidycommands::approve(p.ws.get(), ids, 0, &error));
    const auto next = p.compute(2025);
    CHECK_FALSE(find(next, "红梅托育中心", "省级普惠"));
    CHECK_FALSE(find(next, "贝贝一园", "连锁"));
}

TEST_CASE("003: the opening subsidy and ≥300 元 for second and third children")
{
    PlanWorkspace p(QStringLiteral("huancui"));
    p.exec(
        QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES (1, "
                       "'环翠托育园', 'private', 50, 1, 1)"));
    p.exec(QStringLiteral(
        "INSERT INTO enrolment_record (institution_id, month, toddler, second_child, third_child) "
        "VALUES (1, '2023-05', 20, 6, 2)"));
    const auto lines = p.compute(2023);
    CHECK(find(lines, "环翠托育园", "开办补助")->amountFen == 30000LL * 100);
    const LedgerLine *children = find(lines, "环翠托育园", "二孩");
    REQUIRE(children);
    CHECK(children->quantity == 8);
    CHECK(children->amountFen == 8LL * 300 * 100);
    CHECK(children->explanation == QStringLiteral("2023年5月 二孩、三孩 8人 × 300元 = 2400元"));
}

TEST_CASE(
    "Central funds refuse what the negative list names, local funds pay it, balances are kept")
{
    PlanWorkspace p(QStringLiteral("tianning"));
    p.exec(QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
                          "(1, '红梅托育中心', 'standalone', 60, 1, 1)"));
    QString error;
    p.run(subsidycommands::addClaim(p.ws.get(), p.rule("新建普惠托育机构一次性建设补助"), 1,
                                    QStringLiteral("2024"), 60, std::nullopt, std::nullopt,
                                    &error));
    p.run(subsidycommands::addFund(p.ws.get(), p.plan, QStringLiteral("中央财政普惠托育专项"),
                                   QStringLiteral("中央"), 2024, 100000000, &error));
    p.run(subsidycommands::addFund(p.ws.get(), p.plan, QStringLiteral("区级配套"),
                                   QStringLiteral("区"), 2024, 70000000, &error));
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2024, &error));
    const auto funds = FundCheck::balances(p.ws.get(), p.plan);
    REQUIRE(funds.size() == 2);
    const qint64 central = funds[0].source == QStringLiteral("中央") ? funds[0].id : funds[1].id;
    const qint64 local = funds[0].source == QStringLiteral("中央") ? funds[1].id : funds[0].id;
    const auto lines = Ledger::lines(p.ws.get(), p.plan, 2024, false);
    REQUIRE(lines.size() == 1);
    const qint64 line = lines.first().id;

    CHECK_FALSE(subsidycommands::approve(p.ws.get(), {line}, central, &error));
    CHECK(error.contains(QStringLiteral("负面清单")));
    CHECK(error.contains(QStringLiteral("基本建设")));
    p.run(subsidycommands::approve(p.ws.get(), {line}, local, &error));
    CHECK_FALSE(
        subsidycommands::pay(p.ws.get(), {line}, local, QDate(2024, 9, 1), QString(), &error));
    CHECK(error.contains(QStringLiteral("凭证号")));
    p.run(subsidycommands::pay(p.ws.get(), {line}, local, QDate(2024, 9, 1),
                               QStringLiteral("记-2024-0901"), &error));
    for (const FundBalance &f : FundCheck::balances(p.ws.get(), p.plan))
        if (f.id == local) {
            CHECK(f.paidFen == 60000000);
            CHECK(f.remainingFen() == 10000000);
        }
    CHECK_FALSE(subsidycommands::reject(p.ws.get(), {line}, QStringLiteral("重复申报"), &error));
    CHECK(error.contains(QStringLiteral("已拨付")));

    // A second line larger than what remains is refused for the balance.
    p.run(subsidycommands::addClaim(p.ws.get(), p.rule("托育体验券"), 1, QStringLiteral("2024-06"),
                                    200, std::nullopt, std::nullopt, &error));
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2024, &error));
    qint64 voucher = 0;
    for (const LedgerLine &l : Ledger::lines(p.ws.get(), p.plan, 2024, false))
        if (l.status == LedgerStatus::Computed)
            voucher = l.id;
    REQUIRE(voucher);
    p.exec(QStringLiteral("UPDATE fund SET amount_fen = 60500000 WHERE id = %1").arg(local));
    CHECK_FALSE(subsidycommands::approve(p.ws.get(), {voucher}, local, &error));
    CHECK(error.contains(QStringLiteral("余额")));
}

TEST_CASE("A paid line survives a rule change, the computed ones follow the new rate")
{
    PlanWorkspace p(QStringLiteral("quanzhou-taishang"));
    p.exec(
        QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES (1, "
                       "'甲公办托育园', 'public', 80, 1, 1)"));
    p.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) VALUES "
                          "(1, '2025-03', 12), (1, '2025-09', 10)"));
    QString error;
    p.run(subsidycommands::addFund(p.ws.get(), p.plan, QStringLiteral("区级资金"),
                                   QStringLiteral("区"), 2025, 100000000, &error));
    const qint64 fund = FundCheck::balances(p.ws.get(), p.plan).first().id;
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2025, &error));
    qint64 march = 0;
    for (const LedgerLine &l : Ledger::lines(p.ws.get(), p.plan, 2025, false))
        if (l.period == QStringLiteral("2025-03"))
            march = l.id;
    REQUIRE(march);
    p.run(subsidycommands::approve(p.ws.get(), {march}, 0, &error));
    p.run(subsidycommands::pay(p.ws.get(), {march}, fund, QDate(2025, 4, 10),
                               QStringLiteral("记-001"), &error));

    // From July the 托小班 standard becomes 150 元, and the ledger is recomputed.
    p.run(subsidycommands::reviseRule(p.ws.get(), p.rule("托小班专项奖补"), QDate(2025, 7, 1),
                                      15000, std::nullopt, &error));
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2025, &error));
    const auto lines = Ledger::lines(p.ws.get(), p.plan, 2025, false);
    const LedgerLine *paid = nullptr;
    const LedgerLine *september = nullptr;
    for (const LedgerLine &l : lines) {
        if (l.period == QStringLiteral("2025-03"))
            paid = &l;
        if (l.period == QStringLiteral("2025-09"))
            september = &l;
    }
    REQUIRE(paid);
    REQUIRE(september);
    CHECK(paid->id == march);
    CHECK(paid->status == LedgerStatus::Paid);
    CHECK(paid->amountFen == 12 * 200 * 100);
    CHECK(paid->voucherNo == QStringLiteral("记-001"));
    CHECK(september->amountFen == 10 * 150 * 100);
    int marchLines = 0;
    for (const LedgerLine &l : lines)
        marchLines += l.period == QStringLiteral("2025-03") ? 1 : 0;
    CHECK(marchLines == 1); // never computed twice

    // Undo takes the recomputation, then the revision, back.
    p.ws->undoStack()->undo();
    p.ws->undoStack()->undo();
    const auto restored = Ledger::lines(p.ws.get(), p.plan, 2025, false);
    for (const LedgerLine &l : restored)
        if (l.period == QStringLiteral("2025-09"))
            CHECK(l.amountFen == 10 * 200 * 100);
}

TEST_CASE("Enrolment typed in the grid: insert, update, refuse nonsense")
{
    PlanWorkspace p(QStringLiteral("quanzhou-taishang"));
    p.exec(
        QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES (1, "
                       "'甲公办托育园', 'public', 80, 1, 1)"));
    QString error;
    p.run(subsidycommands::setEnrolment(p.ws.get(), 1, QStringLiteral("2025-05"),
                                        {{QStringLiteral("infant"), 3}}, &error));
    p.run(subsidycommands::setEnrolment(p.ws.get(), 1, QStringLiteral("2025-05"),
                                        {{QStringLiteral("toddler"), 7}}, &error));
    QSqlQuery q(p.ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT infant, toddler FROM enrolment_record")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    CHECK(q.value(1).toInt() == 7);
    CHECK_FALSE(
        subsidycommands::setEnrolment(p.ws.get(), 1, QStringLiteral("2025-13"), {}, &error));
    CHECK_FALSE(subsidycommands::setEnrolment(p.ws.get(), 1, QStringLiteral("2025-05"),
                                              {{QStringLiteral("toddler"), -1}}, &error));
    CHECK(sum(p.compute(2025)) == (3 * 300 + 7 * 200) * 100);
}

TEST_CASE("A count far past any real one is refused by the grid and never wraps a ledger line")
{
    PlanWorkspace p(QStringLiteral("quanzhou-taishang"));
    p.exec(
        QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES (1, "
                       "'甲公办托育园', 'public', 80, 1, 1)"));
    QString error;
    CHECK_FALSE(subsidycommands::setEnrolment(p.ws.get(), 1, QStringLiteral("2025-05"),
                                              {{QStringLiteral("toddler"), 9'000'000'000'000'000}},
                                              &error));
    CHECK(error.contains(QStringLiteral("超出合理范围（0–100000）")));
    CHECK(subsidycommands::setEnrolment(p.ws.get(), 1, QStringLiteral("2025-05"),
                                        {{QStringLiteral("toddler"), 100'000}}, &error));
    // A count stored before counts had a range: the line is refused, its amount never wrapped.
    p.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) VALUES "
                          "(1, '2025-03', 9000000000000000)"));
    const auto lines = p.compute(2025);
    const LedgerLine *march = find(lines, "甲公办托育园", "托小班", QStringLiteral("2025-03"));
    REQUIRE(march);
    CHECK(march->amountFen == 0);
    CHECK(march->status == LedgerStatus::Rejected);
    CHECK(march->rejectReason.contains(QStringLiteral("超出可计算范围")));
    CHECK(sum(lines) >= 0);
}

TEST_CASE("Money typed in yuan becomes fen exactly, or is refused")
{
    CHECK(fenFromYuanText(QStringLiteral("2400")) == 240000);
    CHECK(fenFromYuanText(QStringLiteral(" 2,400.50 元")) == 240050);
    CHECK(fenFromYuanText(QStringLiteral("0.05万")) == 50000);    // 人防安全包: 500 元
    CHECK(fenFromYuanText(QStringLiteral("1.2万元")) == 1200000); // 12000 元
    CHECK(fenFromYuanText(QStringLiteral("0.1")) == 10);
    CHECK(fenFromYuanText(QStringLiteral("19.999")) == std::nullopt); // a fraction of a fen
    CHECK(fenFromYuanText(QStringLiteral("0.0000001万")) == std::nullopt);
    CHECK(fenFromYuanText(QStringLiteral("-5")) == std::nullopt);
    CHECK(fenFromYuanText(QStringLiteral("三百")) == std::nullopt);
    CHECK(fenFromYuanText(QString()) == std::nullopt);
}

TEST_CASE("Rule kinds, uses and conditions read in Chinese")
{
    CHECK(SubsidyEngine::ruleKindLabel(QStringLiteral("per_child_month")) ==
          QStringLiteral("按人按月"));
    CHECK(SubsidyEngine::fundUseLabel(QStringLiteral("operation")) == QStringLiteral("运营补助"));
    QJsonObject c{{QStringLiteral("puhui"), true},
                  {QStringLiteral("kind"), QStringLiteral("public")},
                  {QStringLiteral("min_slots"), 120},
                  {QStringLiteral("max_slots"), 150},
                  {QStringLiteral("note"), QStringLiteral("ignored")}};
    CHECK(SubsidyEngine::conditionsText(c) == QStringLiteral("普惠；公办；托位 120–150"));
    // Filing is every rule's baseline, so a rule without conditions reads 已备案.
    CHECK(SubsidyEngine::conditionsText({}) == QStringLiteral("已备案"));
    CHECK(SubsidyEngine::conditionsText({{QStringLiteral("filing_waived"),
                                          QStringLiteral("家庭托育点试点，备案前先行补助")}}) ==
          QStringLiteral("不要求备案（家庭托育点试点，备案前先行补助）"));
    CHECK(SubsidyEngine::needsClaim(QStringLiteral("capped_package")));
    CHECK_FALSE(SubsidyEngine::needsClaim(QStringLiteral("per_child_month")));
}

TEST_CASE("A rule's conditions and validity are edited as one undoable command")
{
    PlanWorkspace p(QStringLiteral("quanzhou-taishang"));
    p.exec(QStringLiteral(
        "INSERT INTO institution (id, name, kind, slots, enrolled, puhui, filed) VALUES "
        "(1, '甲公办托育园', 'public', 80, 60, 1, 1), (2, '乙托育园', 'private', 50, 20, 1, 1)"));
    p.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) VALUES "
                          "(1, '2025-03', 12), (2, '2025-03', 10)"));
    CHECK(p.compute(2025).size() == 2);
    SubsidyRule rule = SubsidyEngine::load(p.ws.get(), p.plan, 2025).rules.at(1);
    REQUIRE(rule.name == QStringLiteral("托小班专项奖补"));
    rule.conditions.insert(QStringLiteral("min_utilisation"), 60); // 乙: 20/50 = 40 %
    rule.validTo = QDate(2025, 6, 30);
    QString error;
    p.run(subsidycommands::editRule(p.ws.get(), rule, &error));
    const auto lines = p.compute(2025);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().institutionName == QStringLiteral("甲公办托育园"));
    p.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) VALUES "
                          "(1, '2025-07', 12)"));
    CHECK(p.compute(2025).size() == 1); // July is after the new end

    // Nonsense is refused, naming the rule, and nothing is written.
    SubsidyRule bad = rule;
    bad.validTo = QDate(2024, 1, 1);
    CHECK_FALSE(subsidycommands::editRule(p.ws.get(), bad, &error));
    CHECK(error.contains(QStringLiteral("托小班专项奖补")));
    bad = rule;
    bad.conditions.insert(QStringLiteral("min_slots"), QStringLiteral("很多"));
    CHECK_FALSE(subsidycommands::editRule(p.ws.get(), bad, &error));
    CHECK(error.contains(QStringLiteral("min_slots")));
    CHECK_FALSE(subsidycommands::editRule(p.ws.get(), rule, &error)); // no change
    CHECK(error == QStringLiteral("没有改动"));

    p.ws->undoStack()->undo();
    CHECK(p.compute(2025).size() == 3);
}

TEST_CASE(
    "Public money goes only to filed institutions: the ledger refuses the unfiled and says why")
{
    PlanWorkspace p(QStringLiteral("quanzhou-taishang"));
    p.exec(QStringLiteral(
        "INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
        "(1, '甲公办托育园', 'public', 80, 1, 1), (2, '丁未备案托育园', 'private', 50, 1, 0)"));
    p.exec(QStringLiteral(
        "INSERT INTO enrolment_record (institution_id, month, infant, toddler) VALUES "
        "(1, '2025-03', 0, 12), (2, '2025-03', 0, 10)"));
    const auto lines = p.compute(2025);
    const LedgerLine *filed = find(lines, "甲公办托育园", "托小班", QStringLiteral("2025-03"));
    REQUIRE(filed);
    CHECK(filed->status == LedgerStatus::Computed);
    const LedgerLine *unfiled = find(lines, "丁未备案托育园", "托小班", QStringLiteral("2025-03"));
    REQUIRE(unfiled);
    CHECK(unfiled->status == LedgerStatus::Rejected);
    CHECK(unfiled->rejectReason == QStringLiteral("未备案，不予补助"));
    CHECK(unfiled->explanation ==
          QStringLiteral("2025年3月 托小班 10人 × 200元 = 2000元；未备案，不予补助"));
    QString why;
    QHash<QString, int> chains;
    Institution i;
    i.puhui = true;
    CHECK_FALSE(SubsidyEngine::meetsConditions(SubsidyRule{}, i, chains, &why));
    CHECK(why == QStringLiteral("未备案"));

    // Stored: the refusal is 不予拨付 and counts nothing as payable.
    QString error;
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2025, &error));
    const auto stored = Ledger::lines(p.ws.get(), p.plan, 2025, false);
    const Ledger::Totals t = Ledger::totals(stored);
    CHECK(t.computedFen == 12 * 200 * 100);
    CHECK(t.rejectedFen == 10 * 200 * 100);
    // The refusal cannot be approved: only 待审核 lines are.
    const qint64 refused = [&] {
        for (const LedgerLine &l : stored)
            if (l.institutionId == 2)
                return l.id;
        return qint64(0);
    }();
    REQUIRE(refused > 0);
    CHECK_FALSE(subsidycommands::approve(p.ws.get(), {refused}, 0, &error));

    // Once filed, recomputing pays the same month: the refusal was the rules', not a person's.
    p.exec(QStringLiteral("UPDATE institution SET filed = 1 WHERE id = 2"));
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2025, &error));
    const auto after = Ledger::lines(p.ws.get(), p.plan, 2025, false);
    const LedgerLine *now = find(after, "丁未备案托育园", "托小班", QStringLiteral("2025-03"));
    REQUIRE(now);
    CHECK(now->status == LedgerStatus::Computed);
    CHECK(Ledger::totals(after).rejectedFen == 0);
}

TEST_CASE("A rule may waive filing explicitly, with its reason")
{
    PlanWorkspace p(QStringLiteral("tunliu"));
    p.exec(QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
                          "(901, '屯留家庭托育点', 'home_based', 10, 1, 0)"));
    p.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) VALUES "
                          "(901, '2024-05', 6)"));
    SubsidyRule rule;
    rule.name = QStringLiteral("家庭托育点试点补助");
    rule.kind = QStringLiteral("per_child_month");
    rule.amountFen = 10000;
    rule.unit = QStringLiteral("元/人/月");
    rule.fundUse = QStringLiteral("other");
    rule.conditions = {{QStringLiteral("filing_waived"), QStringLiteral("试点期间备案前先行补助")}};
    QString error;
    p.run(subsidycommands::addRule(p.ws.get(), p.plan, rule, &error));
    const auto lines = p.compute(2024);
    const LedgerLine *l = find(lines, "屯留家庭托育点", "家庭托育点试点补助");
    REQUIRE(l);
    CHECK(l->status == LedgerStatus::Computed);
    CHECK(l->amountFen == 6 * 10000);
}

TEST_CASE("Every template's unquantified_subsidies become 金额待定 rules that pay nothing")
{
    // The money measures of each plan: printed amounts + the ones without (issue 13's counts).
    const QList<std::pair<QString, int>> expected = {{QStringLiteral("tunliu"), 6},
                                                     {QStringLiteral("zhejiang"), 4},
                                                     {QStringLiteral("quanzhou-taishang"), 12},
                                                     {QStringLiteral("huancui"), 4},
                                                     {QStringLiteral("tianning"), 9}};
    for (const auto &[id, count] : expected) {
        INFO(id.toStdString());
        QString error;
        const auto draft = TemplateLibrary::load(id, &error);
        REQUIRE(draft);
        PlanWorkspace p(id);
        const auto rules = SubsidyEngine::load(p.ws.get(), p.plan, 2025).rules;
        CHECK(rules.size() == count);
        // Each unquantified entry is a rule, by name, with its words, and 金额待定.
        QFile f(QStringLiteral(":/templates/%1.json").arg(id));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QJsonArray unquantified = QJsonDocument::fromJson(f.readAll())
                                            .object()
                                            .value(QStringLiteral("unquantified_subsidies"))
                                            .toArray();
        int pending = 0;
        for (const SubsidyRule &r : rules)
            pending += r.amountPending() ? 1 : 0;
        CHECK(pending == unquantified.size());
        for (const auto &v : unquantified) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            INFO(name.toStdString());
            bool found = false;
            for (const SubsidyRule &r : rules)
                if (r.name == name) {
                    found = true;
                    CHECK(r.amountPending());
                    CHECK(r.sourceText ==
                          v.toObject().value(QStringLiteral("source_text")).toString());
                }
            CHECK(found);
        }
    }
}

TEST_CASE("A 金额待定 rule pays once the officer sets its amount, undo makes it pending again")
{
    PlanWorkspace p(QStringLiteral("tunliu"));
    p.exec(QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
                          "(901, '屯留区托育中心', 'public', 100, 1, 1)"));
    p.exec(QStringLiteral(
        "INSERT INTO enrolment_record (institution_id, month, infant, toddler, older) VALUES "
        "(901, '2024-05', 2, 8, 20)"));
    CHECK(p.compute(2024).isEmpty()); // nothing has an amount yet
    const qint64 perChild = p.rule("按实际入托人数和入托月数补助");
    QString error;
    p.run(subsidycommands::setRuleAmount(p.ws.get(), perChild, 20000, std::nullopt, &error));
    const auto lines = p.compute(2024);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].amountFen == 30 * 20000);
    CHECK(lines[0].explanation == QStringLiteral("2024年5月 在托 30人 × 200元 = 6000元"));
    // A rule that has an amount changes it from a date, not in place.
    CHECK_FALSE(subsidycommands::setRuleAmount(p.ws.get(), perChild, 30000, std::nullopt, &error));
    CHECK(error.contains(QStringLiteral("按实际入托人数和入托月数补助")));
    CHECK(error.contains(QStringLiteral("调整标准")));
    // Nothing is not an amount.
    const qint64 rent = p.rule("普惠托育机构房租等补贴");
    CHECK_FALSE(subsidycommands::setRuleAmount(p.ws.get(), rent, 0, std::nullopt, &error));
    p.ws->undoStack()->undo();
    CHECK(p.compute(2024).isEmpty());
}

TEST_CASE("Adding a rule is one undoable, audited command that refuses nonsense")
{
    PlanWorkspace p(QStringLiteral("zhejiang"));
    auto count = [&](const QString &sql) {
        QSqlQuery q(p.ws->db());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM subsidy_rule"));
    SubsidyRule rule;
    rule.name = QStringLiteral("区级托位运营补助");
    rule.kind = QStringLiteral("per_slot");
    rule.fundUse = QStringLiteral("operation");
    QString error;
    CHECK_FALSE(subsidycommands::addRule(p.ws.get(), p.plan, rule, &error));
    CHECK(error.contains(QStringLiteral("区级托位运营补助")));
    CHECK(error.contains(QStringLiteral("per_slot")));
    rule.kind = QStringLiteral("per_institution_once");
    rule.validFrom = QDate(2025, 1, 1);
    rule.validTo = QDate(2024, 1, 1);
    CHECK_FALSE(subsidycommands::addRule(p.ws.get(), p.plan, rule, &error));
    CHECK(error.contains(QStringLiteral("早于")));
    rule.validTo = QDate(2025, 12, 31);
    rule.name = QStringLiteral("  ");
    CHECK_FALSE(subsidycommands::addRule(p.ws.get(), p.plan, rule, &error));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM subsidy_rule")) == before);

    rule.name = QStringLiteral("区级托位运营补助");
    p.run(subsidycommands::addRule(p.ws.get(), p.plan, rule, &error));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM subsidy_rule")) == before + 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'subsidy_rule' "
                               "AND command LIKE '新增规则“区级托位运营补助”%'")) > 0);
    const auto rules = SubsidyEngine::load(p.ws.get(), p.plan, 2025).rules;
    CHECK(rules.last().name == QStringLiteral("区级托位运营补助"));
    CHECK(rules.last().amountPending());
    CHECK(rules.last().seq == before + 1);
    p.ws->undoStack()->undo();
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM subsidy_rule")) == before);
}

TEST_CASE("The ledger opens on the plan's latest year with data, not on today's year")
{
    PlanWorkspace p(QStringLiteral("zhejiang"));                  // 2023–2025
    CHECK(Ledger::defaultYear(p.ws.get(), p.plan, 2026) == 2025); // ended: its last year
    CHECK(Ledger::defaultYear(p.ws.get(), p.plan, 2024) == 2024); // running: this year
    p.exec(QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
                          "(1, '甲托育园', 'public', 80, 1, 1)"));
    p.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) VALUES "
                          "(1, '2023-05', 3), (1, '2024-02', 4), (1, '2027-01', 5)"));
    // 2027 is outside the plan; 2024 is its latest year with data.
    CHECK(Ledger::defaultYear(p.ws.get(), p.plan, 2026) == 2024);
}

TEST_CASE("The 奖补台账 lists a line's claim and 拨付 evidence by file name, as the ledger is "
          "computed again")
{
    PlanWorkspace p(QStringLiteral("quanzhou-taishang"));
    p.exec(QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
                          "(1, '甲公办托育园', 'public', 80, 1, 1)"));
    p.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) VALUES "
                          "(1, '2025-03', 12)"));
    QString error;
    const qint64 kitchen = p.rule("安防“五大包”：明厨亮灶改建包");
    p.run(subsidycommands::addClaim(p.ws.get(), kitchen, 1, QStringLiteral("2025"), std::nullopt,
                                    std::nullopt, 800050, &error));
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2025, &error));
    const auto scalar = [&](const QString &sql) { return test::scalar(p.ws.get(), sql); };
    const qint64 claim = scalar(QStringLiteral("SELECT id FROM subsidy_claim"));
    const qint64 line = scalar(QStringLiteral(
        "SELECT id FROM ledger_line WHERE rule_name LIKE '%明厨亮灶%' AND institution_id = 1"));
    REQUIRE(line > 0);
    const auto file = [&](const QString &name) {
        QFile f(p.ws.dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 " + name.toUtf8());
        return f.fileName();
    };
    p.run(evidencecommands::attach(p.ws.get(), EvidenceTarget::Claim, claim,
                                   {file(QStringLiteral("申报表.pdf"))}, &error));
    p.run(evidencecommands::attach(p.ws.get(), EvidenceTarget::Payment, line,
                                   {file(QStringLiteral("拨付凭证.pdf"))}, &error));

    const auto evidenceOf = [&](const ledgers::LedgerTable &t, const char *rulePart) {
        const int rule = int(t.headersIn(ledgers::InSheet).indexOf(QStringLiteral("奖补项目")));
        const int files = int(t.headersIn(ledgers::InSheet).indexOf(QStringLiteral("佐证材料")));
        REQUIRE(files == t.columns.size() - 1);
        for (const auto &row : t.rows)
            if (row.at(rule).value.toString().contains(QString::fromUtf8(rulePart)))
                return row.at(files).value.toString();
        FAIL("no line of " << rulePart);
        return QString();
    };
    ledgers::LedgerTable t = ledgers::subsidies(p.ws.get(), p.plan, 2025);
    CHECK(evidenceOf(t, "明厨亮灶") == QStringLiteral("申报表.pdf、拨付凭证.pdf"));
    CHECK(evidenceOf(t, "托小班").isEmpty());
    // Printed and exported; the 奖补 page shows the selected line's files in its pane instead.
    const document::TableBlock printed = ledgers::toDocumentTable(t);
    CHECK(printed.headerRows.first().constLast() == QStringLiteral("佐证材料"));
    CHECK(ledgers::toSheet(t).headers.constLast() == QStringLiteral("佐证材料"));
    CHECK_FALSE(t.headersIn(ledgers::OnPage).contains(QStringLiteral("佐证材料")));

    // More spent on the kitchen: the 待审核 line is computed again (a fresh line, then a new
    // stored one) and still lists both files.
    p.exec(QStringLiteral("UPDATE subsidy_claim SET amount_fen = 900000"));
    t = ledgers::subsidies(p.ws.get(), p.plan, 2025);
    CHECK(evidenceOf(t, "明厨亮灶") == QStringLiteral("申报表.pdf、拨付凭证.pdf"));
    p.run(subsidycommands::refreshLedger(p.ws.get(), p.plan, 2025, &error));
    t = ledgers::subsidies(p.ws.get(), p.plan, 2025);
    CHECK(evidenceOf(t, "明厨亮灶") == QStringLiteral("申报表.pdf、拨付凭证.pdf"));
}

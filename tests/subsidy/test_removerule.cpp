// 删除规则: a rule goes with its claims and undecided lines, undo puts all of it back, and a
// rule that has paid money is refused.

#include "commands/evidencecommands.h"
#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "commands/subsidycommands.h"
#include "commands/subsidyrulecommands.h"
#include "session/workspace.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

QVariant value(Workspace *ws, const QString &sql)
{
    QSqlQuery q(ws->db());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

void run(Workspace *ws, std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    INFO(error.toStdString());
    REQUIRE(command);
    QString why;
    REQUIRE(ws->execute(std::move(command), &why));
}

} // namespace

TEST_CASE("删除规则 removes a rule with its claims and undecided lines, and undo restores them")
{
    test::TempWorkspace ws(QStringLiteral("r.tuoyu")); // a file, or a database on pg.removerule
    QString error;
    run(ws.get(),
        plancommands::create(
            ws.get(), *TemplateLibrary::load(QStringLiteral("quanzhou-taishang"), &error), &error),
        error);
    Workspace *w = ws.get();
    const qint64 plan = value(w, QStringLiteral("SELECT id FROM plan")).toLongLong();
    QSqlQuery q(w->db());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) "
                                  "VALUES (1, '甲公办托育园', 'public', 80, 1, 1), "
                                  "(2, '乙民办托育园', 'private', 50, 1, 1)")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) "
                                  "VALUES (1, '2025-03', 12), (2, '2025-03', 10)")));
    const qint64 toddler =
        value(w, QStringLiteral("SELECT id FROM subsidy_rule WHERE name = '托小班专项奖补'"))
            .toLongLong();
    REQUIRE(toddler > 0);
    run(w, subsidycommands::refreshLedger(w, plan, 2025, &error), error);
    // One of its lines approved (kept, unlinked), one left computed (removed with the rule),
    // and a claim on it (removed with the rule).
    const qint64 approved =
        value(w, QStringLiteral("SELECT id FROM ledger_line WHERE institution_id = 1 AND "
                                "rule_id = %1")
                     .arg(toddler))
            .toLongLong();
    run(w, subsidycommands::approve(w, {approved}, 0, &error), error);
    run(w,
        subsidycommands::addClaim(w, toddler, 2, QStringLiteral("2025"), 3.0, std::nullopt,
                                  std::nullopt, &error),
        error);
    const int auditBefore = value(w, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();

    auto command = subsidycommands::removeRule(w, toddler, &error);
    REQUIRE(command);
    REQUIRE(w->execute(std::move(command), &error));
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM subsidy_rule WHERE id = %1").arg(toddler))
              .toInt() == 0);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM subsidy_claim")).toInt() == 0);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM ledger_line WHERE status = 'computed' "
                                  "AND rule_name = '托小班专项奖补'"))
              .toInt() == 0);
    CHECK(
        value(w,
              QStringLiteral("SELECT rule_id IS NULL FROM ledger_line WHERE id = %1").arg(approved))
            .toInt() == 1);
    CHECK(value(w, QStringLiteral("SELECT rule_name FROM ledger_line WHERE id = %1").arg(approved))
              .toString() == QStringLiteral("托小班专项奖补"));
    // Audited: the rule's row, its claim and lines, under the command's name.
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command LIKE "
                                  "'删除规则“托小班专项奖补”%' AND table_name = 'subsidy_rule' "
                                  "AND record_id = %1")
                       .arg(toddler))
              .toInt() >= 1);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() > auditBefore);

    w->undoStack()->undo();
    CHECK(value(w, QStringLiteral("SELECT name FROM subsidy_rule WHERE id = %1").arg(toddler))
              .toString() == QStringLiteral("托小班专项奖补"));
    CHECK(
        value(w,
              QStringLiteral("SELECT COUNT(*) FROM subsidy_claim WHERE rule_id = %1").arg(toddler))
            .toInt() == 1);
    CHECK(value(w, QStringLiteral("SELECT rule_id FROM ledger_line WHERE id = %1").arg(approved))
              .toLongLong() == toddler);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM ledger_line WHERE rule_id = %1 AND "
                                  "status = 'computed'")
                       .arg(toddler))
              .toInt() == 1);
    w->undoStack()->redo();
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM subsidy_rule WHERE id = %1").arg(toddler))
              .toInt() == 0);
    w->undoStack()->undo();

    // Once money is paid under the rule it stays: refused, naming the rule and the line.
    run(w,
        subsidycommands::addFund(w, plan, QStringLiteral("区级资金"), QStringLiteral("区"), 2025,
                                 100000000, &error),
        error);
    const qint64 fund = FundCheck::balances(w, plan).first().id;
    run(w,
        subsidycommands::pay(w, {approved}, fund, QDate(2025, 4, 10), QStringLiteral("记-001"),
                             &error),
        error);
    CHECK_FALSE(subsidycommands::removeRule(w, toddler, &error));
    CHECK(error.contains(QStringLiteral("托小班专项奖补")));
    CHECK(error.contains(QStringLiteral("已拨付")));
    CHECK(error.contains(QStringLiteral("甲公办托育园")));
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM subsidy_rule WHERE id = %1").arg(toddler))
              .toInt() == 1);
    CHECK_FALSE(subsidycommands::removeRule(w, 999999, &error));
    CHECK(error.contains(QStringLiteral("999999")));
}

TEST_CASE("Recomputing the ledger moves a line's 拨付 evidence onto its new line, or takes it away")
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("r.tuoyu")), &error);
    REQUIRE(ws);
    Workspace *w = ws.get();
    run(w,
        plancommands::create(w, *TemplateLibrary::load(QStringLiteral("quanzhou-taishang"), &error),
                             &error),
        error);
    const qint64 plan = value(w, QStringLiteral("SELECT id FROM plan")).toLongLong();
    QSqlQuery q(w->db());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) "
                                  "VALUES (1, '甲公办托育园', 'public', 80, 1, 1)")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO enrolment_record (id, institution_id, month, "
                                  "toddler) VALUES (1, 1, '2025-03', 12)")));
    run(w, subsidycommands::refreshLedger(w, plan, 2025, &error), error);
    const QString lineSql = QStringLiteral(
        "SELECT id FROM ledger_line WHERE institution_id = 1 AND rule_name = '托小班专项奖补'");
    const qint64 line = value(w, lineSql).toLongLong();
    REQUIRE(line > 0);
    QFile voucher(dir.filePath(QStringLiteral("拨付凭证.pdf")));
    REQUIRE(voucher.open(QIODevice::WriteOnly));
    voucher.write("%PDF-1.4 拨付凭证");
    voucher.close();
    run(w, evidencecommands::attach(w, EvidenceTarget::Payment, line, {voucher.fileName()}, &error),
        error);

    // More children enrolled: the line is computed again under a new id, the voucher with it.
    REQUIRE(q.exec(QStringLiteral("UPDATE enrolment_record SET toddler = 15 WHERE id = 1")));
    run(w, subsidycommands::refreshLedger(w, plan, 2025, &error), error);
    const qint64 again = value(w, lineSql).toLongLong();
    REQUIRE(again != line);
    const QString attachedSql =
        QStringLiteral("SELECT attached_id FROM evidence WHERE attached_kind = 'payment'");
    CHECK(value(w, attachedSql).toLongLong() == again);
    w->undoStack()->undo();
    CHECK(value(w, attachedSql).toLongLong() == line);
    w->undoStack()->redo();

    // No children left: no line, and its voucher goes with it (the content too); undo restores.
    REQUIRE(q.exec(QStringLiteral("DELETE FROM enrolment_record")));
    run(w, subsidycommands::refreshLedger(w, plan, 2025, &error), error);
    CHECK(value(w, lineSql).isNull());
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM evidence")).toInt() == 0);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM evidence_blob")).toInt() == 0);
    w->undoStack()->undo();
    CHECK(value(w, attachedSql).toLongLong() == again);

    // Deleting the institution takes its claim with the claim's file and unlinks its lines
    // (the name stays); undo brings the claim and file back and links the lines again.
    const qint64 rule =
        value(w, QStringLiteral("SELECT id FROM subsidy_rule WHERE name = '托小班专项奖补'"))
            .toLongLong();
    run(w,
        subsidycommands::addClaim(w, rule, 1, QStringLiteral("2025"), 3.0, std::nullopt,
                                  std::nullopt, &error),
        error);
    const qint64 claim = value(w, QStringLiteral("SELECT id FROM subsidy_claim")).toLongLong();
    QFile form(dir.filePath(QStringLiteral("申报表.pdf")));
    REQUIRE(form.open(QIODevice::WriteOnly));
    form.write("%PDF-1.4 申报表");
    form.close();
    run(w, evidencecommands::attach(w, EvidenceTarget::Claim, claim, {form.fileName()}, &error),
        error);
    run(w, institutioncommands::remove(w, 1, &error), error);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM subsidy_claim")).toInt() == 0);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM evidence WHERE attached_kind = 'claim'"))
              .toInt() == 0);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM ledger_line WHERE institution_id IS NULL "
                                  "AND institution_name = '甲公办托育园'"))
              .toInt() > 0);
    w->undoStack()->undo();
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM subsidy_claim")).toInt() == 1);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM evidence WHERE attached_kind = 'claim'"))
              .toInt() == 1);
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM ledger_line WHERE institution_id IS NULL"))
              .toInt() == 0);
    w->undoStack()->redo();
    CHECK(value(w, QStringLiteral("SELECT COUNT(*) FROM subsidy_claim")).toInt() == 0);
}

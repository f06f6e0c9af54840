#include "schema.h"

#include "sqldialect.h"

#include "storage/sqlquery.h"
#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace tuoyu {

namespace {

struct Migration
{
    int version;
    const char *what;
    std::vector<const char *> statements;
};

// Portable DDL: {ID} is the dialect's auto-assigned key; money is BIGINT fen; dates are ISO
// TEXT; booleans INTEGER 0/1. Never edit a released step: add a new one, numbered above every
// step there is (a file at version N never runs a step numbered N or below, so a step slotted
// into a gap would never reach the workspaces already out there).
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1,
         "the district, its registry, plans with their task tree, indicators, decomposition, "
         "subsidy rules and the audit log",
         {
             "CREATE TABLE workspace_info (key TEXT PRIMARY KEY, value TEXT)",
             "CREATE TABLE district (id {ID}, name TEXT NOT NULL DEFAULT '', code TEXT, "
             "notes TEXT)",
             "CREATE TABLE area (id {ID}, name TEXT NOT NULL, kind TEXT, seq INTEGER NOT NULL "
             "DEFAULT 0, UNIQUE (name))",
             "CREATE TABLE population (id {ID}, year INTEGER NOT NULL, "
             "area_id BIGINT REFERENCES area(id) ON DELETE CASCADE, resident BIGINT, "
             "under3 BIGINT, source TEXT)",
             "CREATE UNIQUE INDEX population_year_area ON population (year, COALESCE(area_id, 0))",
             "CREATE TABLE institution (id {ID}, name TEXT NOT NULL, credit_code TEXT, "
             "kind TEXT NOT NULL DEFAULT 'other', kind_text TEXT, "
             "area_id BIGINT REFERENCES area(id) ON DELETE SET NULL, address TEXT, "
             "slots BIGINT NOT NULL DEFAULT 0 CHECK (slots >= 0), puhui_slots BIGINT, "
             "slots_infant BIGINT, slots_toddler BIGINT, slots_older BIGINT, enrolled BIGINT, "
             "filed INTEGER NOT NULL DEFAULT 0, filed_date TEXT, grade TEXT, "
             "medical_partner TEXT, staff BIGINT, certified_staff BIGINT, "
             "monthly_price_fen BIGINT, notes TEXT)",
             "CREATE INDEX institution_credit_code ON institution (credit_code)",
             "CREATE INDEX institution_name ON institution (name)",
             "CREATE TABLE plan (id {ID}, title TEXT NOT NULL, short_title TEXT, "
             "period_start TEXT, period_end TEXT, source_document TEXT, issuing_units TEXT, "
             "template_id TEXT, implied_departments TEXT, omissions TEXT, notes TEXT, "
             "created_at TEXT)",
             "CREATE TABLE department (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) "
             "ON DELETE CASCADE, name TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0, "
             "UNIQUE (plan_id, name))",
             "CREATE TABLE program (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) "
             "ON DELETE CASCADE, seq INTEGER NOT NULL DEFAULT 0, number TEXT, "
             "title TEXT NOT NULL, description TEXT)",
             "CREATE TABLE project (id {ID}, program_id BIGINT NOT NULL REFERENCES program(id) "
             "ON DELETE CASCADE, seq INTEGER NOT NULL DEFAULT 0, number TEXT, "
             "title TEXT NOT NULL, description TEXT)",
             "CREATE TABLE task (id {ID}, project_id BIGINT NOT NULL REFERENCES project(id) "
             "ON DELETE CASCADE, seq INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
             "deadline_text TEXT, deadline TEXT, deadline_inherited INTEGER NOT NULL DEFAULT 0, "
             "start_date TEXT, status TEXT NOT NULL DEFAULT 'not_started', "
             "percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100), "
             "closed_by TEXT, closed_date TEXT, notes TEXT)",
             "CREATE TABLE task_department (id {ID}, task_id BIGINT NOT NULL REFERENCES task(id) "
             "ON DELETE CASCADE, department_id BIGINT NOT NULL REFERENCES department(id) "
             "ON DELETE CASCADE, lead INTEGER NOT NULL DEFAULT 0, seq INTEGER NOT NULL DEFAULT 0, "
             "implied INTEGER NOT NULL DEFAULT 0, "
             "UNIQUE (task_id, department_id))",
             "CREATE INDEX task_department_department ON task_department (department_id)",
             "CREATE TABLE progress_entry (id {ID}, task_id BIGINT NOT NULL REFERENCES task(id) "
             "ON DELETE CASCADE, entry_date TEXT NOT NULL, author TEXT, text TEXT NOT NULL, "
             "percent INTEGER)",
             "CREATE TABLE deadline_extension (id {ID}, task_id BIGINT NOT NULL REFERENCES "
             "task(id) ON DELETE CASCADE, old_deadline TEXT, old_deadline_text TEXT, "
             "new_deadline TEXT, new_deadline_text TEXT, reason TEXT NOT NULL, approver TEXT, "
             "created_at TEXT)",
             "CREATE TABLE leading_group_member (id {ID}, plan_id BIGINT NOT NULL REFERENCES "
             "plan(id) ON DELETE CASCADE, seq INTEGER NOT NULL DEFAULT 0, role TEXT, name TEXT, "
             "position TEXT, unit TEXT)",
             "CREATE TABLE indicator (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) "
             "ON DELETE CASCADE, seq INTEGER NOT NULL DEFAULT 0, tier TEXT NOT NULL, "
             "name TEXT NOT NULL, unit TEXT, direction TEXT NOT NULL DEFAULT '>=', "
             "formula TEXT, source_text TEXT)",
             "CREATE TABLE indicator_target (id {ID}, indicator_id BIGINT NOT NULL REFERENCES "
             "indicator(id) ON DELETE CASCADE, year INTEGER NOT NULL, value REAL NOT NULL, "
             "UNIQUE (indicator_id, year))",
             "CREATE TABLE indicator_value (id {ID}, indicator_id BIGINT NOT NULL REFERENCES "
             "indicator(id) ON DELETE CASCADE, value_date TEXT NOT NULL, value REAL NOT NULL, "
             "source TEXT, entered_by TEXT)",
             "CREATE TABLE decomposition_item (id {ID}, plan_id BIGINT NOT NULL REFERENCES "
             "plan(id) ON DELETE CASCADE, seq INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL, "
             "unit TEXT)",
             "CREATE TABLE decomposition_cell (id {ID}, item_id BIGINT NOT NULL REFERENCES "
             "decomposition_item(id) ON DELETE CASCADE, year INTEGER NOT NULL, "
             "area_id BIGINT REFERENCES area(id) ON DELETE CASCADE, "
             "department_id BIGINT REFERENCES department(id) ON DELETE CASCADE, target REAL, "
             "actual REAL)",
             "CREATE TABLE subsidy_rule (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) "
             "ON DELETE CASCADE, seq INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL, "
             "kind TEXT NOT NULL, amount_fen BIGINT NOT NULL DEFAULT 0, unit TEXT, "
             "cap_fen BIGINT, class_band TEXT, category TEXT, conditions TEXT, fund_use TEXT, "
             "valid_from TEXT, valid_to TEXT, enabled INTEGER NOT NULL DEFAULT 1, "
             "source_text TEXT)",
             "CREATE TABLE audit_log (id {ID}, batch BIGINT NOT NULL, at TEXT NOT NULL, "
             "actor TEXT, action TEXT NOT NULL, command TEXT, table_name TEXT, "
             "record_id BIGINT, field TEXT, old_value TEXT, new_value TEXT)",
             "CREATE INDEX audit_log_record ON audit_log (table_name, record_id)",
         }},
        {2,
         "monthly enrolment records, remembered import mappings and the institution facts "
         "subsidy conditions need",
         {
             "ALTER TABLE institution ADD COLUMN puhui INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE institution ADD COLUMN chain TEXT",
             "ALTER TABLE institution ADD COLUMN opened_date TEXT",
             "CREATE TABLE enrolment_record (id {ID}, institution_id BIGINT NOT NULL "
             "REFERENCES institution(id) ON DELETE CASCADE, month TEXT NOT NULL, "
             "infant BIGINT, toddler BIGINT, older BIGINT, second_child BIGINT, "
             "third_child BIGINT, three_child_family BIGINT, special_family BIGINT, "
             "disabled BIGINT, UNIQUE (institution_id, month))",
             "CREATE TABLE import_mapping (id {ID}, signature TEXT NOT NULL UNIQUE, "
             "mapping TEXT NOT NULL, updated_at TEXT)",
         }},
        {3,
         "subsidies: claims, funds with the central-fund lists, and the ledger the rules produce",
         {
             "CREATE TABLE subsidy_claim (id {ID}, rule_id BIGINT NOT NULL REFERENCES "
             "subsidy_rule(id) ON DELETE CASCADE, institution_id BIGINT NOT NULL REFERENCES "
             "institution(id) ON DELETE CASCADE, period TEXT NOT NULL, quantity REAL, "
             "families INTEGER, amount_fen BIGINT, claim_date TEXT, notes TEXT)",
             "CREATE TABLE fund (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) ON DELETE "
             "CASCADE, name TEXT NOT NULL, source TEXT NOT NULL, year INTEGER NOT NULL, "
             "amount_fen BIGINT NOT NULL DEFAULT 0, notes TEXT)",
             "CREATE TABLE fund_list_item (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) "
             "ON DELETE CASCADE, list TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0, "
             "text TEXT NOT NULL)",
             "CREATE TABLE ledger_line (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) ON "
             "DELETE CASCADE, rule_id BIGINT REFERENCES subsidy_rule(id) ON DELETE SET NULL, "
             "rule_name TEXT NOT NULL, institution_id BIGINT REFERENCES institution(id) ON DELETE "
             "SET NULL, institution_name TEXT NOT NULL, period TEXT NOT NULL, quantity REAL, "
             "rate_fen BIGINT, amount_fen BIGINT NOT NULL, explanation TEXT NOT NULL, use_code "
             "TEXT, status TEXT NOT NULL DEFAULT 'computed', fund_id BIGINT REFERENCES fund(id) "
             "ON DELETE SET NULL, approved_by TEXT, approved_at TEXT, paid_date TEXT, voucher_no "
             "TEXT, reject_reason TEXT)",
             "CREATE INDEX ledger_line_period ON ledger_line (plan_id, period)",
         }},
        {6,
         "generated reports kept with their words, as-of date and the figures they stated",
         {
             "CREATE TABLE report (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) ON DELETE "
             "CASCADE, kind TEXT NOT NULL, as_of TEXT NOT NULL, department TEXT, title TEXT NOT "
             "NULL, paragraphs TEXT NOT NULL, figures TEXT, created_at TEXT NOT NULL, updated_at "
             "TEXT)",
         }},
        {7,
         "a record of every import: its source, counts and what it found wrong in the source",
         {
             "CREATE TABLE import_batch (id {ID}, source TEXT NOT NULL, kind TEXT NOT NULL, "
             "at TEXT NOT NULL, actor TEXT, inserted INTEGER NOT NULL DEFAULT 0, "
             "updated INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0, "
             "refused INTEGER NOT NULL DEFAULT 0, findings TEXT)",
         }},
        {8,
         "monthly snapshots of each indicator's value as observed (the 指标 history chart)",
         {
             "CREATE TABLE indicator_snapshot (id {ID}, plan_id BIGINT NOT NULL REFERENCES "
             "plan(id) ON DELETE CASCADE, indicator_id BIGINT NOT NULL REFERENCES indicator(id) "
             "ON DELETE CASCADE, month TEXT NOT NULL, value REAL, taken_at TEXT NOT NULL, "
             "UNIQUE (indicator_id, month))",
         }},
        {5,
         "the officer's own working-day calendar entries (next year's holidays and 调休 "
         "workdays) over the shipped ones",
         {
             "CREATE TABLE holiday (id {ID}, date TEXT NOT NULL UNIQUE, kind TEXT NOT NULL "
             "CHECK (kind IN ('holiday', 'workday')), name TEXT)",
         }},
        {11,
         "targets as the documents word them: relative targets (above the province's / city's "
         "average, entered with source and date), qualitative goals, staged-target labels",
         {
             "ALTER TABLE indicator ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'value'",
             "ALTER TABLE indicator ADD COLUMN target_text TEXT",
             "ALTER TABLE indicator ADD COLUMN target_year INTEGER",
             "ALTER TABLE indicator ADD COLUMN compared_with TEXT",
             "ALTER TABLE indicator_target ADD COLUMN label TEXT",
             "ALTER TABLE indicator_target ADD COLUMN source_text TEXT",
             "CREATE TABLE indicator_average (id {ID}, indicator_id BIGINT NOT NULL REFERENCES "
             "indicator(id) ON DELETE CASCADE, scope TEXT NOT NULL, value_date TEXT NOT NULL, "
             "value REAL NOT NULL, source TEXT NOT NULL, entered_by TEXT)",
         }},
        {10,
         "the office that signs a plan's reports (落款单位)",
         {
             "ALTER TABLE plan ADD COLUMN signer TEXT",
         }},
        {13,
         "the years and columns of a decomposition table as the officer lays it out, so an "
         "empty table (a new plan's) has rows, years and columns before any figure is entered",
         {
             "CREATE TABLE decomposition_year (id {ID}, plan_id BIGINT NOT NULL REFERENCES "
             "plan(id) ON DELETE CASCADE, year INTEGER NOT NULL, UNIQUE (plan_id, year))",
             "CREATE TABLE decomposition_column (id {ID}, plan_id BIGINT NOT NULL REFERENCES "
             "plan(id) ON DELETE CASCADE, area_id BIGINT REFERENCES area(id) ON DELETE CASCADE, "
             "department_id BIGINT REFERENCES department(id) ON DELETE CASCADE, "
             "seq INTEGER NOT NULL DEFAULT 0)",
         }},
        {16,
         "the office's own settings for the workspace (the due-soon window, the 督办 red line), "
         "changed by audited, undoable commands; the red line moves over from workspace_info",
         {
             "CREATE TABLE workspace_setting (id {ID}, key TEXT NOT NULL UNIQUE, value TEXT)",
             "INSERT INTO workspace_setting (key, value) SELECT key, value FROM workspace_info "
             "WHERE key = 'supervision_serious_days'",
             "DELETE FROM workspace_info WHERE key IN ('supervision_serious_days', "
             "'supervision_due_soon_days', 'last_opened')",
         }},
        {19,
         "audit batch numbers are read from the file inside each command's write transaction "
         "(two programs may write one file), so the largest batch must be found without a scan",
         {
             "CREATE INDEX audit_log_batch ON audit_log (batch)",
         }},
        {17,
         "督办 feedback rounds without a server: what forms were sent, to which departments, "
         "when and by when; each department's reply receipt; the 办结 and 延期 requests its "
         "reply brought, pending the officer's approval",
         {
             "CREATE TABLE feedback_round (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) "
             "ON DELETE CASCADE, name TEXT NOT NULL, as_of TEXT NOT NULL, sent_at TEXT NOT NULL, "
             "due_date TEXT NOT NULL, sent_by TEXT)",
             "CREATE TABLE feedback_recipient (id {ID}, round_id BIGINT NOT NULL REFERENCES "
             "feedback_round(id) ON DELETE CASCADE, department_id BIGINT NOT NULL REFERENCES "
             "department(id) ON DELETE CASCADE, file_name TEXT, task_count INTEGER NOT NULL "
             "DEFAULT 0, replied_at TEXT, reply_file TEXT, UNIQUE (round_id, department_id))",
             "CREATE TABLE feedback_request (id {ID}, round_id BIGINT REFERENCES "
             "feedback_round(id) ON DELETE SET NULL, task_id BIGINT NOT NULL REFERENCES task(id) "
             "ON DELETE CASCADE, department_id BIGINT REFERENCES department(id) ON DELETE SET "
             "NULL, kind TEXT NOT NULL CHECK (kind IN ('close', 'extend')), requested_date TEXT, "
             "reason TEXT, reporter TEXT, received_at TEXT NOT NULL, status TEXT NOT NULL "
             "DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')))",
         }},
        {20,
         "the officer's decision on a 办结 or 延期 request: who decided, on which day, and why a "
         "rejected one was rejected (the department is told the reason)",
         {
             "ALTER TABLE feedback_request ADD COLUMN decided_by TEXT",
             "ALTER TABLE feedback_request ADD COLUMN decided_at TEXT",
             "ALTER TABLE feedback_request ADD COLUMN decision_note TEXT",
         }},
        {21,
         "佐证材料 (evidence) inside the workspace: each file's content once, by its SHA-256, in "
         "a table of its own that nothing but opening or exporting reads, so opening a workspace "
         "does not grow with its evidence; what the officer sees (name, type, date, size, what "
         "it is attached to) in another",
         {
             "CREATE TABLE evidence_blob (id {ID}, sha256 TEXT NOT NULL UNIQUE, bytes BIGINT NOT "
             "NULL, content BLOB NOT NULL)",
             "CREATE TABLE evidence (id {ID}, blob_id BIGINT NOT NULL REFERENCES "
             "evidence_blob(id), sha256 TEXT NOT NULL, bytes BIGINT NOT NULL, name TEXT NOT NULL, "
             "mime TEXT, file_date TEXT, added_at TEXT NOT NULL, added_by TEXT, attached_kind "
             "TEXT NOT NULL CHECK (attached_kind IN ('task', 'progress', 'claim', 'payment', "
             "'inspection')), attached_id BIGINT NOT NULL)",
             "CREATE INDEX evidence_attached ON evidence (attached_kind, attached_id)",
             "CREATE INDEX evidence_blob_id ON evidence (blob_id)",
         }},
        {22,
         "从业人员 and 监督检查 per institution, as the 备案 system and the provincial platforms "
         "keep them: staff with certificates and ID numbers; inspections with their findings, "
         "整改 deadline and status; the recorded draws of 双随机 inspections",
         {
             "CREATE TABLE staff (id {ID}, institution_id BIGINT NOT NULL REFERENCES "
             "institution(id) ON DELETE CASCADE, name TEXT NOT NULL, role TEXT, certificate_type "
             "TEXT, certificate_no TEXT, certificate_date TEXT, id_number TEXT, notes TEXT)",
             "CREATE INDEX staff_institution ON staff (institution_id)",
             "CREATE INDEX staff_id_number ON staff (id_number)",
             "CREATE TABLE inspection_draw (id {ID}, year INTEGER NOT NULL, seed BIGINT NOT NULL, "
             "size INTEGER NOT NULL, drawn_at TEXT NOT NULL, drawn_by TEXT, institution_ids TEXT "
             "NOT NULL)",
             "CREATE TABLE inspection (id {ID}, institution_id BIGINT NOT NULL REFERENCES "
             "institution(id) ON DELETE CASCADE, inspected_on TEXT NOT NULL, kind TEXT NOT NULL "
             "CHECK (kind IN ('routine', 'special', 'random')), inspectors TEXT, categories TEXT, "
             "findings TEXT, rectify_by TEXT, rectify_status TEXT NOT NULL DEFAULT 'none' CHECK "
             "(rectify_status IN ('none', 'pending', 'done')), rectified_on TEXT, draw_id BIGINT "
             "REFERENCES inspection_draw(id) ON DELETE SET NULL)",
             "CREATE INDEX inspection_institution ON inspection (institution_id)",
         }},
        {23,
         "年度结转: a plan year closed once, with each indicator's figures of that year frozen "
         "as they were at the close and the tasks unfinished at its end (carried into the next "
         "year under their own ids, or listed when the plan ends that year)",
         {
             "CREATE TABLE year_close (id {ID}, plan_id BIGINT NOT NULL REFERENCES plan(id) ON "
             "DELETE CASCADE, year INTEGER NOT NULL, as_of TEXT NOT NULL, closed_at TEXT NOT "
             "NULL, closed_by TEXT, UNIQUE (plan_id, year))",
             "CREATE TABLE year_close_indicator (id {ID}, close_id BIGINT NOT NULL REFERENCES "
             "year_close(id) ON DELETE CASCADE, indicator_id BIGINT NOT NULL REFERENCES "
             "indicator(id) ON DELETE CASCADE, target_year INTEGER, target REAL, target_label "
             "TEXT, actual REAL, actual_label TEXT, status TEXT NOT NULL, note TEXT)",
             "CREATE TABLE year_close_task (id {ID}, close_id BIGINT NOT NULL REFERENCES "
             "year_close(id) ON DELETE CASCADE, task_id BIGINT NOT NULL REFERENCES task(id) ON "
             "DELETE CASCADE, carried INTEGER NOT NULL, old_deadline TEXT, new_deadline TEXT, "
             "status TEXT NOT NULL, percent INTEGER NOT NULL DEFAULT 0)",
             "CREATE INDEX year_close_task_task ON year_close_task (task_id)",
         }},
    };
    return steps;
}

} // namespace

int Schema::currentVersion()
{
    int latest = 0;
    for (const Migration &step : migrations())
        latest = std::max(latest, step.version);
    return latest;
}

QStringList Schema::tables()
{
    std::vector<const Migration *> ordered;
    for (const Migration &step : migrations())
        ordered.push_back(&step);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Migration *a, const Migration *b) {
        return a->version < b->version;
    });
    static const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+)"));
    QStringList names;
    for (const Migration *step : ordered)
        for (const char *statement : step->statements) {
            const QRegularExpressionMatch m = create.match(QString::fromUtf8(statement));
            if (m.hasMatch())
                names << m.captured(1);
        }
    return names;
}

bool Schema::migrate(QSqlDatabase &db, int fromVersion, int targetVersion, QString *error)
{
    if (targetVersion <= 0)
        targetVersion = currentVersion();
    if (fromVersion >= targetVersion)
        return true;
    const SqlDialect &dialect = SqlDialect::of(db);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // Steps run in version order whatever their order in the list.
    std::vector<const Migration *> ordered;
    for (const Migration &step : migrations())
        ordered.push_back(&step);
    std::sort(ordered.begin(), ordered.end(),
              [](const Migration *a, const Migration *b) { return a->version < b->version; });
    for (const Migration *stepPointer : ordered) {
        const Migration &step = *stepPointer;
        if (step.version <= fromVersion || step.version > targetVersion)
            continue;
        for (const char *statement : step.statements) {
            SqlQuery q(db);
            const QString sql = dialect.ddl(QString::fromUtf8(statement));
            try {
                q.exec(sql);
            } catch (const StorageError &e) {
                if (error)
                    *error = QStringLiteral("升级到第 %1 版数据结构失败：%2（%3）")
                                 .arg(step.version)
                                 .arg(e.message(), sql.left(80));
                db.rollback();
                return false;
            }
        }
    }
    QString versionError;
    if (!dialect.setSchemaVersion(db, targetVersion, &versionError) || !db.commit()) {
        if (error)
            *error = versionError.isEmpty() ? db.lastError().text() : versionError;
        db.rollback();
        return false;
    }
    return true;
}

} // namespace tuoyu

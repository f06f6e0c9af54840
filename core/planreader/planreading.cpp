#include "planreading.h"

#include "calendar/deadlineparser.h"
#include "domain/codetable.h"

#include <QJsonArray>

namespace tuoyu {

namespace {

constexpr CodeName<ReadConfidence> kConfidenceNames[] = {
    {ReadConfidence::Labelled, "labelled", "有标注"},
    {ReadConfidence::Unlabelled, "unlabelled", "无标注"},
    {ReadConfidence::Guessed, "guessed", "推测"},
};
constexpr CodeTable<ReadConfidence> kConfidences{kConfidenceNames};

} // namespace

QString readConfidenceCode(ReadConfidence confidence)
{
    return kConfidences.code(confidence);
}

QString readConfidenceLabel(ReadConfidence confidence)
{
    return kConfidences.label(confidence);
}

namespace {

QJsonValue spanJson(const SourceSpan &span)
{
    if (!span.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("paragraph"), span.paragraph},
                       {QStringLiteral("from"), span.from},
                       {QStringLiteral("length"), span.length}};
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/// A 工程 or 项目 as read: its number and title, where and how surely it was found, and the
/// items under it (`children` named `childKey`).
template <typename Part, typename Reading>
QJsonObject outlineJson(const Part &part, const Reading &reading, const char *childKey,
                        const QJsonArray &children)
{
    return {{QStringLiteral("number"), part.number},
            {QStringLiteral("title"), part.title},
            {QStringLiteral("source"), spanJson(reading.source)},
            {QStringLiteral("confidence"), readConfidenceCode(reading.confidence)},
            {QLatin1String(childKey), children}};
}

} // namespace

QJsonObject PlanReading::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("title"), draft.plan.title);
    root.insert(
        QStringLiteral("period"),
        QJsonObject{
            {QStringLiteral("start"), textOrNull(draft.plan.periodStart.toString(Qt::ISODate))},
            {QStringLiteral("end"), textOrNull(draft.plan.periodEnd.toString(Qt::ISODate))}});
    root.insert(QStringLiteral("document"),
                QJsonObject{{QStringLiteral("name"), documentName},
                            {QStringLiteral("version"), documentVersion}});
    QJsonArray programsJson;
    for (qsizetype p = 0; p < draft.programs.size(); ++p) {
        const auto &program = draft.programs[p];
        const auto &pr = programs.value(p);
        QJsonArray projectsJson;
        for (qsizetype j = 0; j < program.projects.size(); ++j) {
            const auto &project = program.projects[j];
            const auto &jr = pr.projects.value(j);
            QJsonArray tasksJson;
            for (qsizetype t = 0; t < project.tasks.size(); ++t) {
                const auto &task = project.tasks[t];
                const auto &tr = jr.tasks.value(t);
                QJsonObject o;
                o.insert(QStringLiteral("text"), task.text);
                o.insert(QStringLiteral("deadline_text"), textOrNull(task.deadlineText));
                o.insert(QStringLiteral("deadline"), textOrNull(tr.deadline.toString(Qt::ISODate)));
                o.insert(QStringLiteral("lead"), textOrNull(task.departments.value(0)));
                o.insert(QStringLiteral("departments"),
                         QJsonArray::fromStringList(task.departments));
                o.insert(QStringLiteral("implied_departments"),
                         QJsonArray::fromStringList(tr.impliedDepartments));
                o.insert(QStringLiteral("source"), spanJson(tr.source));
                o.insert(QStringLiteral("confidence"), readConfidenceCode(tr.confidence));
                o.insert(QStringLiteral("lead_confidence"), readConfidenceCode(tr.leadConfidence));
                tasksJson.append(o);
            }
            projectsJson.append(outlineJson(project, jr, "tasks", tasksJson));
        }
        programsJson.append(outlineJson(program, pr, "projects", projectsJson));
    }
    root.insert(QStringLiteral("programs"), programsJson);
    QJsonArray indicatorsJson;
    for (qsizetype i = 0; i < draft.indicators.size(); ++i) {
        const Indicator &ind = draft.indicators[i];
        QJsonArray targets;
        for (const IndicatorTarget &t : ind.targets) {
            QJsonObject o{{QStringLiteral("year"), t.year}, {QStringLiteral("value"), t.value}};
            if (!t.label.isEmpty())
                o.insert(QStringLiteral("label"), t.label);
            targets.append(o);
        }
        const auto last = ind.finalTarget();
        indicatorsJson.append(
            QJsonObject{{QStringLiteral("tier"), textOrNull(ind.tier)},
                        {QStringLiteral("name"), ind.name},
                        {QStringLiteral("unit"), textOrNull(ind.unit)},
                        {QStringLiteral("direction"), directionSymbol(ind.direction)},
                        {QStringLiteral("target"),
                         last ? QJsonValue(last->value) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("target_year"),
                         last ? QJsonValue(last->year) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("targets"), targets},
                        {QStringLiteral("source"), ind.sourceText},
                        {QStringLiteral("source_span"), spanJson(indicatorSources.value(i))}});
    }
    root.insert(QStringLiteral("indicators"), indicatorsJson);
    QJsonArray rulesJson;
    for (const SubsidyRuleReading &rule : subsidyRules) {
        QJsonObject o{{QStringLiteral("kind"), rule.kind},
                      {QStringLiteral("limit"), textOrNull(rule.limit)},
                      {QStringLiteral("source"), rule.sentence},
                      {QStringLiteral("source_span"), spanJson(rule.source)}};
        rule.amount.writeJson(o, QStringLiteral("amount"));
        rulesJson.append(o);
    }
    root.insert(QStringLiteral("subsidy_rules"), rulesJson);
    QJsonArray groupJson;
    for (const LeadingGroupMember &m : draft.leadingGroup)
        groupJson.append(QJsonObject{{QStringLiteral("role"), m.role},
                                     {QStringLiteral("name"), textOrNull(m.name)},
                                     {QStringLiteral("position"), textOrNull(m.position)},
                                     {QStringLiteral("unit"), textOrNull(m.unit)}});
    root.insert(QStringLiteral("leading_group"), groupJson);
    QJsonArray attachmentsJson;
    for (const AttachmentReading &a : attachments)
        attachmentsJson.append(
            QJsonObject{{QStringLiteral("title"), a.title},
                        {QStringLiteral("table"), a.table},
                        {QStringLiteral("import_kind"), textOrNull(a.importKind)},
                        {QStringLiteral("rows"), a.rows}});
    root.insert(QStringLiteral("attachments"), attachmentsJson);
    QJsonArray unplacedJson;
    for (const Unplaced &u : unplaced)
        unplacedJson.append(QJsonObject{{QStringLiteral("text"), u.text},
                                        {QStringLiteral("reason"), u.reason},
                                        {QStringLiteral("source"), spanJson(u.source)}});
    root.insert(QStringLiteral("unplaced"), unplacedJson);
    if (!draft.impliedDepartments.isEmpty())
        root.insert(QStringLiteral("implied_departments"), draft.impliedDepartments);
    return root;
}

} // namespace tuoyu

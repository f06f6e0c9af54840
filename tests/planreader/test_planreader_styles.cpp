// Plan documents in styles the seeds do not have (tests/data/planreader): every project with a
// labelled lead comes out with that lead, and the draft and the unplaced list together hold every
// sentence with a deadline, a unit list, a number with a unit or money.

#include "plandocx.h"
#include "planreader/planreader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace tuoyu;

namespace {

QString dataPath(const QString &file)
{
    return QStringLiteral(TUOYU_TEST_DATA_DIR "/planreader/") + file;
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

/// Everything the draft and the unplaced list hold, as one text.
QString heldText(const PlanReading &r)
{
    QStringList parts{r.draft.plan.title};
    for (const auto &program : r.draft.programs) {
        parts << program.title << program.description;
        for (const auto &project : program.projects) {
            parts << project.title << project.description;
            for (const auto &task : project.tasks)
                parts << task.text << task.deadlineText << task.departments;
        }
    }
    for (const Indicator &ind : r.draft.indicators) {
        parts << ind.sourceText;
        for (const IndicatorTarget &t : ind.targets)
            parts << t.sourceText;
    }
    for (const auto &rule : r.subsidyRules)
        parts << rule.sentence;
    for (const auto &m : r.draft.leadingGroup)
        parts << m.role << m.name << m.position << m.unit;
    for (const auto &u : r.unplaced)
        parts << u.text;
    return squeeze(parts.join(QLatin1Char('\n')));
}

/// The lines of the document that carry a signal, stated here independently of the reader:
/// a year with a month or 底/前, 长期坚持/持续推进, a unit label, a number with a unit, money.
QStringList signalSentences(const QString &text)
{
    static const QRegularExpression signal(
        QStringLiteral("20[0-9]{2}年[0-9]{0,2}月?(底|前)|長期堅持|长期坚持|持续推进|單位[：:]|单位["
                       "：:]|[0-9]+(\\.[0-9]+)?"
                       "(%|個|个|家|所|人|名|次|万元|元|處|处|位)"));
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('\t')))
            continue; // table cells are the attachments'
        for (const QString &sentence :
             line.split(QRegularExpression(QStringLiteral("(?<=[。；])")), Qt::SkipEmptyParts))
            if (signal.match(sentence).hasMatch())
                out.append(sentence.trimmed());
    }
    return out;
}

/// The labelled leads of the document: the first name after 牵头单位： (or 牽頭單位：).
QStringList labelledLeads(const QString &text)
{
    static const QRegularExpression lead(
        QStringLiteral("(牵头单位|牽頭單位)[：:]\\s*([^，、；,;）)\\n]+)"));
    QStringList out;
    auto it = lead.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(2).trimmed());
    return out;
}

QString fileText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

void checkHeld(const PlanReading &r, const QString &text)
{
    const QString held = heldText(r);
    for (QString sentence : signalSentences(text)) {
        // a unit list is held as departments: drop the labels and parentheses, then look for
        // each piece
        sentence.remove(QRegularExpression(
            QStringLiteral("^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]|^[0-9]+["
                           "、.]|^[①-⑳]|^第[一二三四五六七八九十]+条")));
        bool held_ = held.contains(squeeze(sentence));
        if (!held_) {
            const QStringList pieces = sentence.split(
                QRegularExpression(QStringLiteral(
                    "[（）()：:，、；;。]|牵头单位|配合单位|责任单位|牽頭單位|配合單位|責任單位|"
                    "完成时限|完成時限|任务清单|以下均需|落实|不再列出")),
                Qt::SkipEmptyParts);
            // the year that leads a goal sentence is held as its indicators' target year
            QSet<int> years;
            for (const Indicator &ind : r.draft.indicators)
                for (const IndicatorTarget &t : ind.targets)
                    years.insert(t.year);
            static const QRegularExpression yearWords(
                QStringLiteral("^到?(20[0-9]{2})年(底|末)?$"));
            held_ = std::all_of(pieces.begin(), pieces.end(), [&](const QString &p) {
                const auto y = yearWords.match(p.trimmed());
                return held.contains(squeeze(p)) ||
                       (y.hasMatch() && years.contains(y.captured(1).toInt()));
            });
        }
        INFO(sentence.toStdString());
        CHECK(held_);
    }
}

void checkLeads(const PlanReading &r, const QString &text)
{
    QStringList leads;
    for (const auto &program : r.draft.programs)
        for (const auto &project : program.projects)
            for (const auto &task : project.tasks)
                leads.append(task.departments.value(0));
    // each labelled lead, in order, is the lead of a task (other tasks have leads read from
    // 责任单位 lines)
    const QStringList labelled = labelledLeads(text);
    REQUIRE_FALSE(labelled.isEmpty());
    qsizetype at = 0;
    for (const QString &lead : labelled) {
        at = leads.indexOf(lead, at);
        INFO(lead.toStdString());
        CHECK(at >= 0);
        if (at < 0)
            return;
        ++at;
    }
}

} // namespace

TEST_CASE("Plan reader: documents in other styles keep every labelled lead and drop no sentence")
{
    const QStringList files{QStringLiteral("parenthesised.txt"), QStringLiteral("continuing.txt"),
                            QStringLiteral("articles.txt"), QStringLiteral("traditional.txt")};
    QTemporaryDir dir;
    for (const QString &file : files) {
        const QString text = fileText(dataPath(file));
        QString error;
        const auto document = PlanDocument::open(dataPath(file), &error);
        REQUIRE(document);
        const PlanReading reading = PlanReader::read(*document);
        INFO(file.toStdString());
        checkLeads(reading, text);
        checkHeld(reading, text);
        // the same document as Word with its own list numbering reads the same
        const QString docx = dir.filePath(file + QStringLiteral(".docx"));
        REQUIRE(test::writePlanDocx(*document, docx, true, &error));
        const auto fromDocx = PlanDocument::open(docx, &error);
        REQUIRE(fromDocx);
        checkLeads(PlanReader::read(*fromDocx), text);
    }
}

TEST_CASE("Plan reader: the styles' particulars")
{
    QString error;
    SECTION("numbering that continues across sections keeps its numbers; sections are the programs")
    {
        const PlanReading r = PlanReader::read(
            *PlanDocument::open(dataPath(QStringLiteral("continuing.txt")), &error));
        REQUIRE(r.draft.programs.size() == 2);
        CHECK(r.draft.programs[1].projects[0].number == QStringLiteral("3"));
        CHECK(r.draft.programs[1].title == QStringLiteral("提升服务质量"));
        CHECK(r.programs[1].projects[0].tasks[0].deadline == QDate(2026, 6, 30));
        // the 保障措施 sentence with a deadline is not a project, and not dropped
        REQUIRE(r.unplaced.size() == 1);
        CHECK(r.unplaced[0].reason == QStringLiteral("含完成时限"));
    }
    SECTION("units in parentheses: lead first, the implied units recorded as such")
    {
        const PlanReading r = PlanReader::read(
            *PlanDocument::open(dataPath(QStringLiteral("parenthesised.txt")), &error));
        REQUIRE(r.draft.programs.size() == 2);
        const auto &first = r.draft.programs[0].projects[0].tasks[0];
        CHECK(first.departments ==
              QStringList{QStringLiteral("市卫生健康委"), QStringLiteral("市发展改革委"),
                          QStringLiteral("市财政局"), QStringLiteral("各区、县级市")});
        CHECK(r.programs[0].projects[0].tasks[0].leadConfidence == ReadConfidence::Labelled);
        CHECK(r.draft.impliedDepartments.value(QStringLiteral("note"))
                  .toString()
                  .startsWith(QStringLiteral("以下均需")));
        CHECK(r.programs[0].projects[2].tasks[0].impliedDepartments ==
              QStringList{QStringLiteral("各区、县级市")});
        // indicators: ≥ and ≤ by their words
        REQUIRE(r.draft.indicators.size() == 3);
        CHECK(r.draft.indicators[2].direction == Direction::AtMost);
        CHECK(r.draft.indicators[0].targets[0].year == 2026);
        // money: 300元 per child a month, capped; 1万元 per slot
        REQUIRE(r.subsidyRules.size() >= 2);
        CHECK(r.subsidyRules[0].kind == QStringLiteral("per_child_month"));
        CHECK(r.subsidyRules[0].amount == Fen::fromYuan(300));
        CHECK(r.subsidyRules[0].limit == QStringLiteral("cap"));
        CHECK(r.subsidyRules[1].kind == QStringLiteral("per_slot"));
        CHECK(r.subsidyRules[1].amount == Fen::fromYuan(10000));
    }
    SECTION("a task table as the only structure is the outline")
    {
        const PlanReading r = PlanReader::read(
            *PlanDocument::open(dataPath(QStringLiteral("tasktable.txt")), &error));
        REQUIRE(r.attachments.size() == 1);
        CHECK(r.attachments[0].importKind == QStringLiteral("tasks"));
        REQUIRE(r.draft.programs.size() == 2);
        REQUIRE(r.draft.programs[0].projects.size() == 2);
        CHECK(r.draft.programs[0].projects[1].tasks[0].departments ==
              QStringList{QStringLiteral("县民政局"), QStringLiteral("各乡镇人民政府")});
        CHECK(r.draft.programs[1].projects[0].tasks[0].deadlineText == QStringLiteral("长期坚持"));
    }
    SECTION("第一条 articles under chapters")
    {
        const PlanReading r =
            PlanReader::read(*PlanDocument::open(dataPath(QStringLiteral("articles.txt")), &error));
        REQUIRE(r.draft.programs.size() == 1);
        CHECK(r.draft.programs[0].projects.size() == 3);
        CHECK(r.draft.programs[0].projects[0].tasks[0].deadlineText ==
              QStringLiteral("2025年底前"));
    }
    SECTION("traditional characters and ① numbers; names kept as printed")
    {
        const PlanReading r = PlanReader::read(
            *PlanDocument::open(dataPath(QStringLiteral("traditional.txt")), &error));
        REQUIRE(r.draft.programs.size() == 2);
        CHECK(r.draft.programs[0].projects[0].tasks[0].departments.value(0) ==
              QStringLiteral("市衛生健康局"));
        CHECK(r.draft.indicators.size() == 2);
    }
}

TEST_CASE("Plan reader: .doc, .wps and .pdf are refused with how to save as .docx")
{
    QTemporaryDir dir;
    for (const QString &name :
         {QStringLiteral("方案.doc"), QStringLiteral("方案.wps"), QStringLiteral("方案.pdf")}) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(name.endsWith(QStringLiteral("pdf"))
                    ? QByteArray("%PDF-1.4\n")
                    : QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
        f.close();
        QString error;
        CHECK_FALSE(PlanDocument::open(dir.filePath(name), &error));
        CHECK(error.contains(name));
        CHECK(error.contains(QStringLiteral(".docx")));
    }
}

TEST_CASE("Plan reader: a GB18030 text file reads as its UTF-8 copy does")
{
    QTemporaryDir dir;
    const QString text = fileText(dataPath(QStringLiteral("continuing.txt")));
    QFile f(dir.filePath(QStringLiteral("gb.txt")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    QStringEncoder gb("GB18030");
    f.write(gb(text));
    f.close();
    QString error;
    const PlanReading r = PlanReader::read(*PlanDocument::open(f.fileName(), &error));
    REQUIRE(r.draft.programs.size() == 2);
    CHECK(r.draft.programs[0].projects[0].title == QStringLiteral("建设区级托育指导中心"));
}

// The five seed plans, as text and as Word documents, read into drafts equal to the shipped
// templates in programs, projects, tasks, deadlines, lead departments and indicator targets,
// apart from the differences docs/plan-reader.md lists (kept here as `allowed`).

#include "plandocx.h"
#include "planreader/planreader.h"
#include "templates/templatelibrary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <map>

using namespace tuoyu;

namespace {

struct Seed
{
    QString file;
    QString templateId;
};

const QList<Seed> &seeds()
{
    static const QList<Seed> list{
        {QStringLiteral("000_c434aad29af08d1e.txt"), QStringLiteral("tunliu")},
        {QStringLiteral("001_dbc146bcc3d602fb.txt"), QStringLiteral("zhejiang")},
        {QStringLiteral("002_39b96be740c4cc40.txt"), QStringLiteral("quanzhou-taishang")},
        {QStringLiteral("003_5ea909ee7ef15ccd.txt"), QStringLiteral("huancui")},
        {QStringLiteral("004_87f4c0b2e6c76512.txt"), QStringLiteral("tianning")},
    };
    return list;
}

QString seedPath(const QString &file)
{
    return QStringLiteral(TUOYU_SHARED_DIR "/seeds/") + file;
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

/// What differs between a read draft and a template, as "category: detail" lines.
QStringList differences(const PlanDraft &got, const PlanDraft &want)
{
    QStringList out;
    auto diff = [&](const QString &category, const QString &where, const QString &g,
                    const QString &w) {
        if (squeeze(g) != squeeze(w))
            out.append(QStringLiteral("%1: %2: got «%3» want «%4»")
                           .arg(category, where, g.left(60), w.left(60)));
    };
    if (got.programs.size() != want.programs.size())
        out.append(QStringLiteral("programs: got %1 want %2")
                       .arg(got.programs.size())
                       .arg(want.programs.size()));
    for (qsizetype p = 0; p < std::min(got.programs.size(), want.programs.size()); ++p) {
        const auto &gp = got.programs[p];
        const auto &wp = want.programs[p];
        diff(QStringLiteral("program title"), QStringLiteral("（%1）").arg(p + 1), gp.title,
             wp.title);
        if (gp.projects.size() != wp.projects.size())
            out.append(QStringLiteral("projects: program %1: got %2 want %3")
                           .arg(p + 1)
                           .arg(gp.projects.size())
                           .arg(wp.projects.size()));
        for (qsizetype j = 0; j < std::min(gp.projects.size(), wp.projects.size()); ++j) {
            const auto &gj = gp.projects[j];
            const auto &wj = wp.projects[j];
            const QString where = QStringLiteral("project %1.%2").arg(p + 1).arg(j + 1);
            diff(QStringLiteral("project title"), where, gj.title, wj.title);
            if (gj.tasks.size() != wj.tasks.size())
                out.append(QStringLiteral("tasks: %1: got %2 want %3")
                               .arg(where)
                               .arg(gj.tasks.size())
                               .arg(wj.tasks.size()));
            for (qsizetype t = 0; t < std::min(gj.tasks.size(), wj.tasks.size()); ++t) {
                const auto &gt = gj.tasks[t];
                const auto &wt = wj.tasks[t];
                diff(QStringLiteral("task text"), where, gt.text, wt.text);
                diff(QStringLiteral("deadline"), where, gt.deadlineText, wt.deadlineText);
                diff(QStringLiteral("lead"), where, gt.departments.value(0),
                     wt.departments.value(0));
                diff(QStringLiteral("departments"), where,
                     gt.departments.join(QStringLiteral("、")),
                     wt.departments.join(QStringLiteral("、")));
            }
        }
    }
    auto targets = [](const PlanDraft &d) {
        QStringList list;
        for (const Indicator &ind : d.indicators)
            for (const IndicatorTarget &t : ind.targets)
                list.append(QStringLiteral("%1:%2").arg(t.year).arg(t.value));
        list.sort();
        return list;
    };
    const QStringList gotTargets = targets(got);
    const QStringList wantTargets = targets(want);
    if (gotTargets != wantTargets)
        out.append(QStringLiteral("indicator targets: got %1 want %2")
                       .arg(gotTargets.join(QLatin1Char(' ')), wantTargets.join(QLatin1Char(' '))));
    return out;
}

/// Per seed, the categories of difference docs/plan-reader.md explains.
const std::map<QString, QSet<QString>> &allowed()
{
    static const std::map<QString, QSet<QString>> list{
        {QStringLiteral("tunliu"), {}},
        // the text lost its line breaks: a heading runs into its text with nothing between
        {QStringLiteral("zhejiang"),
         {QStringLiteral("program title"), QStringLiteral("project title"),
          QStringLiteral("task text")}},
        {QStringLiteral("quanzhou-taishang"), {}},
        // the document spells two units two ways; the template settles on one (department_aliases)
        {QStringLiteral("huancui"), {QStringLiteral("lead"), QStringLiteral("departments")}},
        // "到2025年底" inside project 3's text is read as its deadline; the template gives none
        {QStringLiteral("tianning"), {QStringLiteral("deadline")}},
    };
    return list;
}

std::string categories(const QStringList &diffs)
{
    QSet<QString> set;
    for (const QString &d : diffs)
        set.insert(d.section(QLatin1Char(':'), 0, 0));
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QStringLiteral(", ")).toStdString();
}

std::string allowedFor(const QString &id)
{
    QStringList list(allowed().at(id).begin(), allowed().at(id).end());
    list.sort();
    return list.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_CASE("Plan reader: each seed as text reads into its template, but for the listed differences")
{
    for (const Seed &seed : seeds()) {
        QString error;
        const auto document = PlanDocument::open(seedPath(seed.file), &error);
        REQUIRE(document);
        const PlanReading reading = PlanReader::read(*document);
        const auto want = TemplateLibrary::load(seed.templateId, &error);
        REQUIRE(want);
        const QStringList diffs = differences(reading.draft, *want);
        if (qEnvironmentVariableIsSet("TUOYU_PLANREADER_DIFFS"))
            fprintf(stderr, "== %s\n%s\n", qPrintable(seed.templateId),
                    qPrintable(diffs.join(QLatin1Char('\n'))));
        INFO(seed.templateId.toStdString());
        CHECK(categories(diffs) == allowedFor(seed.templateId));
    }
}

TEST_CASE("Plan reader: each seed as a Word document (typed numbers, and Word's list numbering) "
          "reads as its text does")
{
    QTemporaryDir dir;
    for (const Seed &seed : seeds()) {
        QString error;
        const auto text = PlanDocument::open(seedPath(seed.file), &error);
        REQUIRE(text);
        const PlanReading fromText = PlanReader::read(*text);
        for (const bool wordNumbering : {false, true}) {
            const QString path = dir.filePath(
                seed.templateId + (wordNumbering ? QStringLiteral("-numbered") : QString()) +
                QStringLiteral(".docx"));
            REQUIRE(test::writePlanDocx(*text, path, wordNumbering, &error));
            if (qEnvironmentVariableIsSet("TUOYU_PLANREADER_DIFFS"))
                QFile::copy(path, QDir::temp().filePath(QFileInfo(path).fileName()));
            const auto docx = PlanDocument::open(path, &error);
            INFO(error.toStdString());
            REQUIRE(docx);
            CHECK(docx->version.startsWith(QStringLiteral("sha256:")));
            const PlanReading fromDocx = PlanReader::read(*docx);
            const QStringList diffs = differences(fromDocx.draft, fromText.draft);
            if (qEnvironmentVariableIsSet("TUOYU_PLANREADER_DIFFS"))
                fprintf(stderr, "== docx %s\n%s\n", qPrintable(seed.templateId),
                        qPrintable(diffs.join(QLatin1Char('\n'))));
            INFO(seed.templateId.toStdString() << (wordNumbering ? " numbered" : ""));
            CHECK(categories(diffs).empty());
            CHECK(fromDocx.attachments.size() == fromText.attachments.size());
        }
    }
}

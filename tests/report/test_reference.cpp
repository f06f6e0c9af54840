// Reference files: the words and table cells every report kind and every export produce for two
// fixed workspaces on fixed dates, compared exactly with tests/data/reference/*.txt. A change to
// a report or a ledger shows up as a diff of its file; when the change is meant, regenerate them
// with TUOYU_UPDATE_REFERENCE=1 (docs/reports.md) and commit the new files with it.

#include "commands/feedbackcommands.h"
#include "feedback/feedbackform.h"
#include "feedback/feedbackreply.h"
#include "io/reader.h"
#include "io/xlsxexporter.h"
#include "report/reportbuilder.h"
#include "session/workspace.h"

#include "templateworkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

/// A shipped template's workspace (the tunliu one filled as the demo) and the day everything is
/// reported as of. The file is closed once made: the command line opens it on its own.
struct Fixture : test::TemplateWorkspace
{
    QString name;
    QDate asOf;

    Fixture(const QString &fixtureName, const QString &templateId, bool demo, const QDate &date)
        : TemplateWorkspace(templateId, demo)
        , name(fixtureName)
        , asOf(date)
    {
        REQUIRE((!demo || demoworkspace::asOf() == asOf));
        ws.reset();
    }
};

QString escaped(QString cell)
{
    return cell.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\t'), QStringLiteral("\\t"))
        .replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString cells(const QStringList &row)
{
    QStringList out;
    for (const QString &c : row)
        out << escaped(c);
    return out.join(QStringLiteral(" | "));
}

void writeBlocks(const QList<document::Block> &blocks, QStringList *out)
{
    using document::ParagraphStyle;
    for (const document::Block &b : blocks) {
        const QString id = b.id.isEmpty() ? QString() : QStringLiteral(" ") + b.id;
        if (const auto *p = b.asParagraph()) {
            static const char *const styles[] = {"body", "h1",    "h2",       "h3",
                                                 "note", "title", "signature"};
            *out << QStringLiteral("[%1%2] %3")
                        .arg(QString::fromLatin1(styles[int(p->style)]), id, escaped(p->text));
        } else if (const auto *t = b.asTable()) {
            *out << QStringLiteral("[table%1]").arg(id);
            if (!t->caption.isEmpty())
                *out << QStringLiteral("  caption: ") + escaped(t->caption);
            for (const QStringList &row : t->headerRows)
                *out << QStringLiteral("  header: ") + cells(row);
            for (const QStringList &row : t->rows)
                *out << QStringLiteral("  row: ") + cells(row);
            for (const QStringList &row : t->totalRows())
                *out << QStringLiteral("  total: ") + cells(row);
        } else if (const auto *f = b.asFigure()) {
            *out << QStringLiteral("[figure%1] %2").arg(id, escaped(f->caption));
        } else if (b.isPageBreak()) {
            *out << QStringLiteral("[page break]");
        }
    }
}

/// A document as its reader meets it: title, 主送, the blocks, 落款, then each attachment.
QString documentText(const document::OfficialDocument &doc)
{
    QStringList out;
    out << QStringLiteral("title: ") + escaped(doc.title);
    if (!doc.documentNumber.isEmpty())
        out << QStringLiteral("number: ") + escaped(doc.documentNumber);
    if (!doc.addressee.isEmpty())
        out << QStringLiteral("addressee: ") + escaped(doc.addressee);
    writeBlocks(doc.blocks, &out);
    if (!doc.signature.isEmpty())
        out << QStringLiteral("signature: ") + escaped(doc.signature);
    if (doc.date.isValid())
        out << QStringLiteral("date: ") + document::formatDate(doc.date);
    for (qsizetype i = 0; i < doc.attachments.size(); ++i) {
        out << QStringLiteral("attachment %1: %2")
                   .arg(i + 1)
                   .arg(escaped(doc.attachments.at(i).title));
        writeBlocks(doc.attachments.at(i).blocks, &out);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

/// Every cell the project's own reader finds in a file, numbers and dates marked as such (a
/// money column that turned into text would change the file).
QString tableText(const QString &path)
{
    const io::ReadResult read = io::readFile(path);
    INFO(read.error.toStdString());
    REQUIRE(read.ok());
    QStringList out;
    for (const io::Table &t : read.tables) {
        out << QStringLiteral("sheet: ") + t.name;
        for (const io::Merge &m : t.merges)
            out << QStringLiteral("merge: r%1c%2:r%3c%4")
                       .arg(m.firstRow + 1)
                       .arg(m.firstColumn + 1)
                       .arg(m.lastRow + 1)
                       .arg(m.lastColumn + 1);
        // The reader copies a merged value into every cell it covers; it is listed once.
        auto covered = [&](int r, int c) {
            for (const io::Merge &m : t.merges)
                if (r >= m.firstRow && r <= m.lastRow && c >= m.firstColumn && c <= m.lastColumn &&
                    (r != m.firstRow || c != m.firstColumn))
                    return true;
            return false;
        };
        for (int r = 0; r < t.rowCount(); ++r) {
            QStringList row;
            for (int col = 0; col < t.rows.at(r).size(); ++col) {
                const io::Cell &c = t.rows.at(r).at(col);
                if (covered(r, col)) {
                    row << QStringLiteral("~");
                    continue;
                }
                switch (c.type) {
                case io::CellType::Number:
                    row << QStringLiteral("#") + c.text;
                    break;
                case io::CellType::Date:
                case io::CellType::DateTime:
                    row << QStringLiteral("@") + c.text;
                    break;
                default:
                    row << escaped(c.text);
                }
            }
            out << QStringLiteral("%1: %2").arg(r + 1).arg(row.join(QStringLiteral(" | ")));
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

/// A CSV file as written, its byte-order mark and line ends named on the first line.
QString csvText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    QString head = QStringLiteral("# csv");
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        head += QStringLiteral(", UTF-8 BOM");
        bytes.remove(0, 3);
    }
    if (bytes.contains("\r\n")) {
        head += QStringLiteral(", CRLF");
        bytes.replace("\r\n", "\n");
    }
    return head + QLatin1Char('\n') + QString::fromUtf8(bytes);
}

/// Lines of `a` and `b` compared: the changed lines with two lines of context, "-" from the
/// reference and "+" from what the code produces now.
QString lineDiff(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size(), m = b.size();
    // Longest common subsequence from the end, then walk forward.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(lcs[size_t(i + 1)][size_t(j)],
                                                                lcs[size_t(i)][size_t(j + 1)]);
    struct Line
    {
        char op;
        qsizetype line;
        QString text;
    };
    QList<Line> ops;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ops.append({' ', i + 1, a[i]});
            ++i, ++j;
        } else if (i < n &&
                   (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            ops.append({'-', i + 1, a[i]});
            ++i;
        } else {
            ops.append({'+', j + 1, b[j]});
            ++j;
        }
    }
    QStringList out;
    qsizetype last = -10;
    for (qsizetype k = 0; k < ops.size(); ++k) {
        bool near = false;
        for (qsizetype d = std::max<qsizetype>(0, k - 2); d <= std::min(ops.size() - 1, k + 2); ++d)
            near = near || ops[d].op != ' ';
        if (!near)
            continue;
        if (k != last + 1)
            out << QStringLiteral("@@ reference line %1").arg(ops[k].line);
        out << QLatin1Char(ops[k].op) + ops[k].text;
        last = k;
    }
    return out.join(QLatin1Char('\n'));
}

/// Compares `actual` with tests/data/reference/NAME.txt, or rewrites the file when
/// TUOYU_UPDATE_REFERENCE=1.
void compareWithReference(const QString &name, const QString &actual)
{
    const QString dir = QStringLiteral(TUOYU_TEST_DATA_DIR "/reference");
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".txt");
    if (qgetenv("TUOYU_UPDATE_REFERENCE") == "1") {
        REQUIRE(QDir().mkpath(dir));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual.toUtf8());
        WARN("rewrote " << path.toStdString());
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        FAIL_CHECK("no reference file "
                   << path.toStdString()
                   << "; write it with TUOYU_UPDATE_REFERENCE=1 and review it");
        return;
    }
    const QString expected = QString::fromUtf8(f.readAll());
    if (expected == actual) {
        SUCCEED(name.toStdString());
        return;
    }
    // The diff goes to stderr as it is: Catch's messages wrap at 80 columns, mid-character.
    const QString diff =
        lineDiff(expected.split(QLatin1Char('\n')), actual.split(QLatin1Char('\n')));
    std::fprintf(stderr, "--- %s (reference)\n+++ %s (now)\n%s\n", qPrintable(path),
                 qPrintable(name), diff.toUtf8().constData());
    FAIL_CHECK(name.toStdString() << " differs from its reference file (diff on stderr); rerun "
                                     "with TUOYU_UPDATE_REFERENCE=1 when the change is meant");
}

void compareReports(const Fixture &fx, const QList<ReportKind> &kinds)
{
    QString error;
    auto ws = Workspace::open(fx.file, &error);
    REQUIRE(ws);
    for (ReportKind kind : kinds) {
        // As `tuoyu-desk report` builds it: no prompts in place of the officer's paragraphs.
        ReportOptions o;
        o.kind = kind;
        o.planId = fx.plan;
        o.asOf = fx.asOf;
        o.prompts = false;
        const document::OfficialDocument doc = ReportBuilder::build(ws.get(), o, &error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        compareWithReference(QStringLiteral("%1-report-%2").arg(fx.name, reportKindCode(kind)),
                             documentText(doc));
    }
}

void compareExports(const Fixture &fx, const QStringList &whats)
{
    QTemporaryDir out;
    for (const QString &what : whats)
        for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            const QString path = out.filePath(what + QLatin1Char('.') + suffix);
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(TUOYU_DESK_BINARY),
                    {QStringLiteral("export"), fx.file, QStringLiteral("--what"), what,
                     QStringLiteral("--out"), path, QStringLiteral("--as-of"),
                     fx.asOf.toString(Qt::ISODate)});
            REQUIRE(p.waitForFinished(60000));
            INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
            REQUIRE(p.exitCode() == 0);
            compareWithReference(QStringLiteral("%1-export-%2-%3").arg(fx.name, what, suffix),
                                 suffix == QLatin1String("xlsx") ? tableText(path) : csvText(path));
        }
}

} // namespace

TEST_CASE("Every report kind and export of the demo workspace matches its reference file")
{
    const Fixture fx(QStringLiteral("demo"), QStringLiteral("tunliu"), true, demoworkspace::asOf());
    compareReports(fx, {ReportKind::Progress, ReportKind::Supervision, ReportKind::Circular,
                        ReportKind::Institutions, ReportKind::Tasks, ReportKind::Indicators,
                        ReportKind::Decomposition});
    compareExports(fx, {QStringLiteral("institutions"), QStringLiteral("tasks"),
                        QStringLiteral("indicators"), QStringLiteral("decomposition"),
                        QStringLiteral("subsidies")});
}

TEST_CASE("The tianning plan's reports and ledgers match their reference files")
{
    // The shipped template with a 任务分解表, as the template leaves it.
    const Fixture fx(QStringLiteral("tianning"), QStringLiteral("tianning"), false,
                     QDate(2024, 6, 30));
    // Its tasks without a 完成时限 of their own show the inherited plan's end.
    compareReports(fx, {ReportKind::Progress, ReportKind::Supervision, ReportKind::Circular,
                        ReportKind::Tasks, ReportKind::Indicators, ReportKind::Decomposition});
    compareExports(fx, {QStringLiteral("tasks"), QStringLiteral("indicators"),
                        QStringLiteral("decomposition")});
}

TEST_CASE("The circular ranks departments by their replies to the round's feedback forms")
{
    const Fixture fx(QStringLiteral("demo-feedback"), QStringLiteral("tunliu"), true,
                     demoworkspace::asOf());
    {
        QString error;
        auto ws = Workspace::open(fx.file, &error);
        REQUIRE(ws);
        // Forms as of Monday 2 December to four departments, due Monday 9 December: the first
        // replies on 6 December, the second on 12 December (three working days late), the
        // other two not at all by the 18th.
        feedbackcommands::RoundRequest request;
        request.planId = fx.plan;
        request.name = QStringLiteral("2024年12月进展反馈");
        request.asOf = QDate(2024, 12, 2);
        for (const Department &d : PlanRepository(ws.get()).departments(fx.plan)) {
            const int owed = int(feedback::departmentTasks(ws.get(), fx.plan, d.id).size());
            if (owed > 0 && request.departmentIds.size() < 4) {
                request.departmentIds << d.id;
                request.taskCounts.insert(d.id, owed);
            }
        }
        REQUIRE(request.departmentIds.size() == 4);
        qint64 roundId = 0;
        REQUIRE(ws->execute(feedbackcommands::createRound(ws.get(), request, &roundId, &error),
                            &error));
        const QDate replied[] = {QDate(2024, 12, 6), QDate(2024, 12, 12)};
        for (int i = 0; i < 2; ++i) {
            io::ExportSheet sheet =
                feedback::formSheet(ws.get(), roundId, request.departmentIds[i]);
            sheet.rows[0][feedback::ProgressColumn] = QStringLiteral("已推进");
            const QString file = fx.dir.filePath(QStringLiteral("reply-%1.xlsx").arg(i));
            REQUIRE(io::writeXlsx(file, {sheet}, &error));
            auto merged = feedbackcommands::merge(
                ws.get(), feedback::review(ws.get(), {file}, replied[i]), &error);
            INFO(error.toStdString());
            REQUIRE(merged);
            REQUIRE(ws->execute(std::move(merged), &error));
        }
    }
    compareReports(fx, {ReportKind::Circular});
}

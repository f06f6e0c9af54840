#include "planreader.h"

#include "calendar/deadlineparser.h"
#include "domain/outlinenumber.h"
#include "import/tasktableformat.h"
#include "mapping/columnmapping.h"
#include "mapping/mappingresult.h"
#include "mapping/tablemapper.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>

namespace tuoyu {

namespace {

// ---------------------------------------------------------------------------------------------
// Text: every rule below matches a normalised copy of the text that has the same length as the
// original (one character for one), so a match's position is the original's and what is kept
// (titles, unit names) is taken from the original, traditional characters and all.

QString normalise(const QString &text)
{
    // Traditional → simplified for the words the rules look for, and full-width ASCII → ASCII.
    static const QHash<QChar, QChar> map = [] {
        QHash<QChar, QChar> m;
        const QString traditional =
            QStringLiteral("牽頭單責務時門項體標達數質會滿區縣級鄉鎮個萬補貼後於為與導組長員總發實"
                           "辦規劃財衛園機構點設業協調關資將進計間並對給獎勵證蓋養兒嬰歲應廣網絡"
                           "專職護醫療條則準備營運聯動內東覆務顯現歸類屬審災檢測環農節標題稱號");
        const QString simplified =
            QStringLiteral("牵头单责务时门项体标达数质会满区县级乡镇个万补贴后于为与导组长员总发实"
                           "办规划财卫园机构点设业协调关资将进计间并对给奖励证盖养儿婴岁应广网络"
                           "专职护医疗条则准备营运联动内东覆务显现归类属审灾检测环农节标题称号");
        for (qsizetype i = 0; i < traditional.size() && i < simplified.size(); ++i)
            m.insert(traditional.at(i), simplified.at(i));
        return m;
    }();
    QString out = text;
    for (QChar &c : out) {
        const ushort u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E && u != 0xFF08 && u != 0xFF09 && u != 0xFF1A &&
            u != 0xFF0C && u != 0xFF1B)
            c = QChar(u - 0xFEE0); // full-width digits and letters; keep （）：，； as printed
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        else if (auto it = map.constFind(c); it != map.constEnd())
            c = it.value();
    }
    return out;
}

int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s.isEmpty())
        return 0;
    int value = 0;
    int current = 0;
    for (const QChar c : s) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0)
            current = int(d);
        else if (c == QChar(0x5341)) { // 十
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (c == QChar(0x767E)) { // 百
            value += (current == 0 ? 1 : current) * 100;
            current = 0;
        } else
            return 0;
    }
    return value + current;
}

// ---------------------------------------------------------------------------------------------
// Lines and headings

enum class Style
{
    None,
    Chapter,     ///< 第一章 / 第一部分
    CnComma,     ///< 一、
    ParenCn,     ///< （一）
    Arabic,      ///< 1. 1、 1．
    ParenArabic, ///< （1）
    Circled,     ///< ①
    ProjectWord, ///< 项目5：
    Article,     ///< 第一条
};

struct Heading
{
    Style style = Style::None;
    int number = 0;
    int markEnd = 0; ///< index just after the number (and its punctuation) in the line
    QString printed; ///< the number as printed
};

Heading headingAt(const QString &norm, int at)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("\\G第([一二三四五六七八九十百]+)(章|部分)\\s*")),
        QRegularExpression(QStringLiteral("\\G([一二三四五六七八九十]+)、\\s*")),
        QRegularExpression(QStringLiteral("\\G[（(]([一二三四五六七八九十]+)[）)]\\s*")),
        QRegularExpression(
            QStringLiteral("\\G([0-9]{1,3})(?:[.．、](?![0-9])|\\s+(?=[^\\s0-9]))\\s*")),
        QRegularExpression(QStringLiteral("\\G[（(]([0-9]{1,3})[）)]\\s*")),
        QRegularExpression(QStringLiteral("\\G([①-⑳])\\s*")),
        QRegularExpression(QStringLiteral("\\G项目\\s*([0-9]{1,3})\\s*[：:]\\s*")),
        QRegularExpression(QStringLiteral("\\G第([一二三四五六七八九十百]+)条\\s*")),
    };
    static const Style styles[] = {Style::Chapter,     Style::CnComma,     Style::ParenCn,
                                   Style::Arabic,      Style::ParenArabic, Style::Circled,
                                   Style::ProjectWord, Style::Article};
    for (int i = 0; i < 8; ++i) {
        const auto m = patterns[i].match(norm, at, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            continue;
        Heading h;
        h.style = styles[i];
        const QString n = m.captured(1);
        if (h.style == Style::Circled)
            h.number = n.at(0).unicode() - 0x2460 + 1;
        else if (n.at(0).isDigit())
            h.number = n.toInt();
        else
            h.number = chineseNumber(n);
        if (h.number <= 0)
            continue;
        h.markEnd = int(m.capturedEnd(0));
        h.printed = m.captured(0).trimmed();
        return h;
    }
    return {};
}

/// One line of the document: a paragraph, or a piece of one where numbering runs inline (a text
/// that lost its line breaks).
struct Line
{
    int paragraph = -1;
    int from = 0;  ///< in the paragraph's text
    QString text;  ///< original
    QString norm;  ///< normalised, same length
    QString label; ///< Word's list number for this paragraph (only on its first line)
    Heading heading;
    bool isTable = false;
    int table = -1;
};

/// The numbering styles in the order of their nesting, as the document shows it: a style seen
/// again closes everything nested under it.
class OutlineStack
{
public:
    int depthFor(Style s)
    {
        const auto it = std::find(m_styles.begin(), m_styles.end(), s);
        if (it != m_styles.end()) {
            m_styles.erase(it + 1, m_styles.end());
            return int(m_styles.size()) - 1;
        }
        m_styles.push_back(s);
        return int(m_styles.size()) - 1;
    }
    void reset() { m_styles.clear(); }

private:
    std::vector<Style> m_styles;
};

// ---------------------------------------------------------------------------------------------
// Units

const QRegularExpression &unitLabel()
{
    static const QRegularExpression re(
        QStringLiteral("(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|"
                       "主责单位)\\s*[：:]"));
    return re;
}

bool looksLikeUnit(const QString &name)
{
    static const QRegularExpression suffix(QStringLiteral(
        "(局|办|委|会|院|府|处|部|队|所|中心|街道|镇|乡|集团|公司|联|组|站|厅|馆|室|行|社|团|分局|"
        "机构|单位|部门|政府|县级市|区|县|市)$"));
    const QString n = normalise(name).trimmed();
    if (n.size() < 2 || n.size() > 30 || (n.contains(QLatin1Char(' ')) && n.size() > 20))
        return false;
    if (n.contains(QStringLiteral("。")) || n.contains(QRegularExpression(QStringLiteral("[0-9]"))))
        return false;
    return suffix.match(n).hasMatch() || n.startsWith(QStringLiteral("各"));
}

QStringList splitUnits(const QString &text)
{
    QString t = text;
    t.replace(QRegularExpression(QStringLiteral("等(相关)?(部门|单位)?$")), QString());
    QStringList out;
    const QStringList parts =
        t.split(QRegularExpression(QStringLiteral("[、，,；;/]|及(?=[^时])")), Qt::SkipEmptyParts);
    for (QString p : parts) {
        p = p.trimmed();
        p.remove(QRegularExpression(QStringLiteral("^(和|与)")));
        // 各区、县级市 is one unit as written
        if (!out.isEmpty() && out.last().startsWith(QStringLiteral("各")) &&
            (p == QStringLiteral("县级市") || p == QStringLiteral("县（市）"))) {
            out.last() += QStringLiteral("、") + p;
            continue;
        }
        if (!p.isEmpty() && !out.contains(p))
            out.append(p);
    }
    return out;
}

struct Units
{
    QStringList departments; ///< lead first
    QStringList leads;       ///< the names a 牵头 label gave
    QStringList implied;
    QString impliedNote;
    QString impliedSource;
    ReadConfidence confidence = ReadConfidence::Guessed;
    int from = -1;
    int length = 0;
    bool found() const { return !departments.isEmpty() || !implied.isEmpty(); }
};

/// 以下均需郑陆镇、各街道落实，不再列出: the units every later task implies.
const QRegularExpression &impliedPhrase()
{
    static const QRegularExpression re(
        QStringLiteral("以下(均需|均由|由)(.+?)(落实|负责)[，,]?\\s*(不再(一一)?列出)?"));
    return re;
}

/// A unit list inside parentheses: （牵头单位：X，配合单位：Y、Z）, （X、Y、Z）, or with the
/// implied units' phrase (以下均需郑陆镇、各街道落实，不再列出).
Units parenthesisedUnits(const QString &text, const QString &norm)
{
    Units u;
    static const QRegularExpression paren(QStringLiteral("[（(]([^（）()]{2,300})[）)]"));
    const QRegularExpression &implied = impliedPhrase();
    auto it = paren.globalMatch(norm);
    while (it.hasNext()) {
        const auto m = it.next();
        QString inner = text.mid(m.capturedStart(1), m.capturedLength(1));
        const QString innerNorm = m.captured(1);
        Units candidate;
        const auto im = implied.match(innerNorm);
        if (im.hasMatch()) {
            candidate.implied = splitUnits(inner.mid(im.capturedStart(2), im.capturedLength(2)));
            candidate.impliedNote = inner.mid(im.capturedStart(0), im.capturedLength(0)).trimmed();
            candidate.impliedNote.remove(QRegularExpression(QStringLiteral("[，,]$")));
            inner = inner.left(im.capturedStart(0));
        }
        QStringList lead;
        QStringList others;
        bool labelled = false;
        // labelled parts inside the parentheses
        const QString innerN = normalise(inner);
        auto lm = unitLabel().globalMatch(innerN);
        QList<QRegularExpressionMatch> labels;
        while (lm.hasNext())
            labels.append(lm.next());
        if (!labels.isEmpty()) {
            labelled = true;
            for (int i = 0; i < labels.size(); ++i) {
                const int start = int(labels[i].capturedEnd(0));
                const int end =
                    i + 1 < labels.size() ? int(labels[i + 1].capturedStart(0)) : int(inner.size());
                const QStringList names = splitUnits(inner.mid(start, end - start));
                if (labels[i].captured(1).startsWith(QStringLiteral("牵头")) ||
                    labels[i].captured(1).startsWith(QStringLiteral("主责")))
                    lead += names;
                else
                    others += names;
            }
        } else {
            others = splitUnits(inner);
        }
        QStringList all = lead + others;
        if (all.isEmpty() && candidate.implied.isEmpty())
            continue;
        const bool units = std::all_of(all.begin(), all.end(), looksLikeUnit);
        if (!units)
            continue;
        for (const QString &n : std::as_const(all))
            if (!candidate.departments.contains(n))
                candidate.departments.append(n);
        candidate.confidence = labelled ? ReadConfidence::Labelled : ReadConfidence::Unlabelled;
        candidate.from = int(m.capturedStart(0));
        candidate.length = int(m.capturedLength(0));
        if (im.hasMatch())
            candidate.impliedSource = m.captured(0);
        u = candidate; // the last list on the line is the item's
    }
    return u;
}

/// 责任部门：X、Y on a line of its own, or inline (001: 牵头单位:X,责任单位:Y) up to a closing
/// parenthesis or the line's end.
Units labelledUnits(const QString &text, const QString &norm)
{
    Units u;
    auto it = unitLabel().globalMatch(norm);
    QList<QRegularExpressionMatch> labels;
    while (it.hasNext())
        labels.append(it.next());
    if (labels.isEmpty())
        return u;
    int stop = int(norm.size());
    const int close = int(
        norm.indexOf(QRegularExpression(QStringLiteral("[）)]")), labels.first().capturedEnd(0)));
    if (close >= 0)
        stop = close;
    int partsStop = stop;
    if (const auto im = impliedPhrase().match(norm, labels.first().capturedStart(0));
        im.hasMatch() && im.capturedStart(0) < stop) {
        u.implied = splitUnits(text.mid(im.capturedStart(2), im.capturedLength(2)));
        u.impliedNote = text.mid(im.capturedStart(0), im.capturedLength(0)).trimmed();
        u.impliedNote.remove(QRegularExpression(QStringLiteral("[，,]$")));
        partsStop = int(im.capturedStart(0));
        const qsizetype open = norm.lastIndexOf(QRegularExpression(QStringLiteral("[（(]")),
                                                labels.first().capturedStart(0));
        u.impliedSource = text.mid(open >= 0 ? open : labels.first().capturedStart(0),
                                   stop + 1 - (open >= 0 ? open : labels.first().capturedStart(0)));
    }
    QStringList lead;
    QStringList others;
    for (int i = 0; i < labels.size(); ++i) {
        const int start = int(labels[i].capturedEnd(0));
        if (start > partsStop)
            break;
        const int end = i + 1 < labels.size()
                            ? std::min(int(labels[i + 1].capturedStart(0)), partsStop)
                            : partsStop;
        QString part = text.mid(start, end - start);
        part.remove(QRegularExpression(QStringLiteral("[。；;]\\s*$")));
        QStringList names = splitUnits(part);
        names.removeIf([](const QString &n) { return !looksLikeUnit(n); });
        const QString word = labels[i].captured(1);
        if (word.startsWith(QStringLiteral("牵头")) || word.startsWith(QStringLiteral("主责")))
            lead += names;
        else
            others += names;
    }
    for (const QString &n : lead + others)
        if (!u.departments.contains(n))
            u.departments.append(n);
    u.leads = lead;
    u.confidence = ReadConfidence::Labelled;
    u.from = int(labels.first().capturedStart(0));
    // an opening parenthesis just before the label belongs to the list
    if (u.from > 0 &&
        (norm.at(u.from - 1) == QChar(0xFF08) || norm.at(u.from - 1) == QLatin1Char('(')))
        --u.from;
    u.length = std::min(int(norm.size()), stop + 1) - u.from;
    return u;
}

// ---------------------------------------------------------------------------------------------
// Signals: what makes a sentence worth placing

/// The patterns of a sentence worth placing: a deadline inside a task's text (a month, or a
/// year's end with or without 前), money, and a number with a unit.
struct SignalPatterns
{
    QRegularExpression due{QStringLiteral(
        "20[0-9]{2}年([0-9]{1,2}月)?(底前|底|末前|末|前|内)|20[0-9]{2}年[0-9]{1,2}月(?![0-9])|"
        "长期坚持|持续推进")};
    QRegularExpression money{QStringLiteral("([0-9]+(?:\\.[0-9]+)?)\\s*(万元|元)")};
    QRegularExpression quantity{
        QStringLiteral("[0-9]+(\\.[0-9]+)?\\s*(%|‰|个|家|所|张|人|名|次|户|处|平方米|万元|元|班|床|"
                       "岁|位|项|场|件|期|天|小时)")};
};

const SignalPatterns &signalPatterns()
{
    static const SignalPatterns patterns;
    return patterns;
}
const QRegularExpression &dueDatePhrase()
{
    return signalPatterns().due;
}
const QRegularExpression &moneyPhrase()
{
    return signalPatterns().money;
}
const QRegularExpression &quantityPhrase()
{
    return signalPatterns().quantity;
}

QString signalOf(const QString &norm)
{
    if (moneyPhrase().match(norm).hasMatch())
        return QStringLiteral("含金额");
    if (unitLabel().match(norm).hasMatch() || parenthesisedUnits(norm, norm).found())
        return QStringLiteral("含责任单位");
    if (dueDatePhrase().match(norm).hasMatch())
        return QStringLiteral("含完成时限");
    if (quantityPhrase().match(norm).hasMatch())
        return QStringLiteral("含数量");
    return QString();
}

/// Sentences of a line: ends at 。；！？ (kept), and at the line's end.
QList<QPair<int, int>> sentences(const QString &norm)
{
    QList<QPair<int, int>> out;
    int start = 0;
    int depth = 0;
    for (int i = 0; i < norm.size(); ++i) {
        const QChar c = norm.at(i);
        if (c == QChar(0xFF08) || c == QLatin1Char('(') || c == QChar(0x300A))
            ++depth;
        else if ((c == QChar(0xFF09) || c == QLatin1Char(')') || c == QChar(0x300B)) && depth > 0)
            --depth;
        if (depth == 0 && (c == QChar(0x3002) || c == QChar(0xFF1B) || c == QChar(0xFF01) ||
                           c == QChar(0xFF1F) || c == QLatin1Char(';'))) {
            out.append({start, i + 1 - start});
            start = i + 1;
        }
    }
    if (start < norm.size() && !norm.mid(start).trimmed().isEmpty())
        out.append({start, int(norm.size()) - start});
    return out;
}

// ---------------------------------------------------------------------------------------------
// The outline

struct Node
{
    int line = -1; ///< heading line; -1 for the root
    Heading heading;
    int depth = -1;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QList<int> body; ///< lines after the heading up to the next heading
    bool carriesUnits = false;
    bool hasTaskList = false;
};

/// A node's heading line, its body and everything nested under it, in document order.
QList<int> linesUnder(const Node *node)
{
    QList<int> lines{node->line};
    std::function<void(const Node *)> gather = [&](const Node *m) {
        for (int li : std::as_const(m->body))
            lines.append(li);
        for (const auto &c : m->children) {
            lines.append(c->line);
            gather(c.get());
        }
    };
    gather(node);
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString trimTitle(QString t)
{
    t = t.trimmed();
    while (!t.isEmpty() &&
           (t.endsWith(QChar(0x3002)) || t.endsWith(QChar(0xFF1A)) || t.endsWith(QLatin1Char(':'))))
        t.chop(1);
    return t.trimmed();
}

enum class SectionKind
{
    Content,
    Goal,
    Other
};

SectionKind sectionKind(const QString &titleNorm)
{
    static const QRegularExpression goal(QStringLiteral("目标"));
    static const QRegularExpression other(
        QStringLiteral("指导思想|基本原则|总体思路|工作思路|保障|组织实施|组织领导|工作要求|"
                       "实施步骤|工作步骤|附则|工作机制|"
                       "主要职责|组成人员|背景|依据"));
    // the title's first words decide (001 runs its title into the text)
    const QString head = titleNorm.left(8);
    if (other.match(head).hasMatch() && !head.contains(QStringLiteral("任务")))
        return SectionKind::Other;
    if (goal.match(head).hasMatch())
        return SectionKind::Goal;
    return SectionKind::Content;
}

class Reader
{
public:
    explicit Reader(const PlanDocument &document)
        : m_doc(document)
    {
    }

    PlanReading read();

private:
    const PlanDocument &m_doc;
    QList<Line> m_lines;
    int m_start = 0;       ///< first line of the plan (after a cover letter)
    int m_attachment = -1; ///< first line of the attachments
    QSet<int> m_placed;    ///< lines wholly placed in the draft
    QHash<int, QList<QPair<int, int>>> m_placedRanges; ///< line → [from, length) placed
    PlanReading m_r;
    std::unique_ptr<Node> m_root;

    void splitLines();
    void findBounds();
    void buildOutline();
    void readTitle();
    void readStructure();
    void readIndicators(Node *goal);
    void readSubsidies();
    void readLeadingGroup();
    void readAttachments();
    void readTaskTable(const io::Table &table, int line);
    void readPeriod();
    void collectUnplaced();

    SourceSpan span(int line, int from, int length) const
    {
        const Line &l = m_lines.at(line);
        return SourceSpan{l.paragraph, l.from + from, length};
    }
    SourceSpan lineSpan(int line) const { return span(line, 0, int(m_lines.at(line).text.size())); }
    void place(int line, int from, int length) { m_placedRanges[line].append({from, length}); }
    void placeLine(int line) { m_placed.insert(line); }
};

void Reader::splitLines()
{
    // Expected next number per style: inline numbering is cut out of a line only when it goes
    // on from the last number of that style (001 lost its line breaks: "制定本方案一、指导思想").
    QHash<int, int> last;
    for (int p = 0; p < m_doc.paragraphs.size(); ++p) {
        const PlanDocument::Paragraph &para = m_doc.paragraphs.at(p);
        if (para.table >= 0) {
            Line l;
            l.paragraph = p;
            l.isTable = true;
            l.table = para.table;
            m_lines.append(l);
            continue;
        }
        const QString text = para.text;
        const QString norm = normalise(text);
        // the paragraph's own number (typed, or Word's) counts before any inline one
        {
            const QString labelNorm = normalise(para.listLabel);
            const Heading own = labelNorm.isEmpty() ? headingAt(norm, 0)
                                                    : headingAt(labelNorm + QLatin1Char(' '), 0);
            if (own.style != Style::None) {
                last[int(own.style)] = own.number;
                if (own.style == Style::CnComma)
                    last[int(Style::ParenCn)] = 0;
            }
        }
        QList<int> cuts{0};
        for (int i = 1; i < norm.size(); ++i) {
            const QChar prev = norm.at(i - 1);
            if (prev.isDigit() || (prev.isLetter() && prev.unicode() < 0x80) ||
                prev == QLatin1Char('.') || prev == QChar(0x3001) || prev == QLatin1Char(' '))
                continue;
            const QChar c = norm.at(i);
            if (!(c.isDigit() || c == QChar(0xFF08) || c == QLatin1Char('(') ||
                  QStringLiteral("一二三四五六七八九十").contains(c)))
                continue;
            const Heading h = headingAt(norm, i);
            if (h.style == Style::None || h.style == Style::ParenArabic ||
                h.style == Style::Circled)
                continue;
            const int expected = last.value(int(h.style)) + 1;
            const bool restart = h.number == 1;
            if (h.number != expected && !restart)
                continue;
            // a restart of a style is only believed after a sentence ends or a heading closes
            if (restart && expected != 1 &&
                !(prev == QChar(0x3002) || prev == QChar(0xFF09) || prev == QLatin1Char(')')))
                continue;
            if (h.markEnd >= norm.size())
                continue;
            cuts.append(i);
            last[int(h.style)] = h.number;
            if (h.style == Style::CnComma)
                last[int(Style::ParenCn)] = 0;
        }
        cuts.append(int(norm.size()));
        for (int c = 0; c + 1 < cuts.size(); ++c) {
            Line l;
            l.paragraph = p;
            l.from = cuts[c];
            l.text = text.mid(cuts[c], cuts[c + 1] - cuts[c]);
            l.norm = norm.mid(cuts[c], cuts[c + 1] - cuts[c]);
            if (c == 0)
                l.label = para.listLabel;
            m_lines.append(l);
        }
    }
    for (Line &l : m_lines) {
        if (l.isTable)
            continue;
        // leading blanks do not count; a Word list number stands before the text
        int lead = 0;
        while (lead < l.norm.size() && (l.norm.at(lead).isSpace()))
            ++lead;
        if (!l.label.isEmpty()) {
            const QString labelNorm = normalise(l.label);
            Heading h = headingAt(labelNorm + QLatin1Char(' '), 0);
            if (h.style != Style::None) {
                h.markEnd = lead;
                // a bold heading's number is the reader's (PlanDocument::boldOutline), not printed
                h.printed =
                    m_doc.paragraphs.at(l.paragraph).boldHeading ? QString() : l.label.trimmed();
                l.heading = h;
                continue;
            }
        }
        Heading h = headingAt(l.norm, lead);
        if (h.style != Style::None)
            l.heading = h;
    }
}

bool isTitleLine(const QString &norm)
{
    static const QRegularExpression re(
        QStringLiteral("(方案|意见|计划|办法)(\\s*[（(][^）)]*[）)])?(\\.docx?)?$"));
    const QString t = norm.trimmed();
    return !t.isEmpty() && t.size() <= 60 && !t.contains(QChar(0x3002)) &&
           !t.startsWith(QChar(0x300A)) && re.match(t).hasMatch();
}

void Reader::findBounds()
{
    static const QRegularExpression attachment(
        QStringLiteral("^\\s*附件\\s*[0-9一二三四五六七八九十]*\\s*[：:]?\\s*$"));
    // The plan starts at its title; a cover letter before it (003's 请示) is not the plan. The
    // title is the last title-like line before the first top-level heading that is followed by
    // headings again.
    int firstHeading = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].heading.style == Style::CnComma ||
            m_lines[i].heading.style == Style::Chapter ||
            m_lines[i].heading.style == Style::Article) {
            firstHeading = i;
            break;
        }
    }
    m_start = 0;
    // a plan after a letter: the last title line that has a 一、 after it
    int candidate = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].isTable || !isTitleLine(m_lines[i].norm))
            continue;
        bool headingAfter = false;
        for (int j = i + 1; j < m_lines.size() && j < i + 40; ++j) {
            if (m_lines[j].heading.style == Style::CnComma && m_lines[j].heading.number == 1) {
                headingAfter = true;
                break;
            }
            if (isTitleLine(m_lines[j].norm))
                break;
        }
        if (headingAfter)
            candidate = i;
    }
    if (candidate > 0 && firstHeading >= 0 && firstHeading < candidate)
        m_start = candidate;

    for (int i = m_start + 1; i < m_lines.size(); ++i) {
        if (m_lines[i].isTable)
            continue;
        if (attachment.match(m_lines[i].norm).hasMatch() ||
            (m_lines[i].norm.trimmed().startsWith(QStringLiteral("附件")) &&
             m_lines[i].norm.trimmed().size() <= 4)) {
            // a "附件：X" list at the end of the text points at the attachments; the attachments
            // start where such a line stands alone
            bool later = false;
            for (int j = i + 1; j < m_lines.size(); ++j)
                if (m_lines[j].heading.style == Style::ParenCn ||
                    m_lines[j].heading.style == Style::Arabic) {
                    later = true;
                    break;
                }
            Q_UNUSED(later);
            m_attachment = i;
            break;
        }
    }
    if (m_attachment < 0)
        m_attachment = int(m_lines.size());
}

void Reader::readTitle()
{
    // the title: the start line, with a short line before it (000, 002) and a period after it
    int titleLine = -1;
    for (int i = m_start; i < m_attachment && i < m_start + 12; ++i) {
        if (!m_lines[i].isTable && isTitleLine(m_lines[i].norm)) {
            titleLine = i;
            break;
        }
    }
    QString title;
    if (titleLine >= 0) {
        title = m_lines[titleLine].text.trimmed();
        title.remove(QRegularExpression(QStringLiteral("\\.docx?$")));
        placeLine(titleLine);
        for (int j = titleLine - 1; j >= m_start && j >= titleLine - 3; --j) {
            const QString t = m_lines[j].norm.trimmed();
            if (t.isEmpty())
                continue;
            if (t.size() <= 40 && !t.contains(QRegularExpression(QStringLiteral("[。，：:；,]"))) &&
                m_lines[j].heading.style == Style::None && !t.startsWith(QStringLiteral("附件")) &&
                title.size() <= 12) {
                title = m_lines[j].text.trimmed() + title;
                placeLine(j);
            }
            break;
        }
        for (int j = titleLine + 1; j < m_attachment && j <= titleLine + 2; ++j) {
            const QString t = m_lines[j].norm.trimmed();
            if (t.isEmpty())
                continue;
            if (QRegularExpression(
                    QStringLiteral(
                        "^[（(]\\s*20[0-9]{2}\\s*[-—–至]+\\s*20[0-9]{2}\\s*年?\\s*[）)]$"))
                    .match(t)
                    .hasMatch()) {
                title += m_lines[j].text.trimmed();
                placeLine(j);
            }
            break;
        }
    } else {
        for (int i = m_start; i < m_attachment; ++i) {
            if (!m_lines[i].norm.trimmed().isEmpty()) {
                title = m_lines[i].text.trimmed().left(60);
                break;
            }
        }
    }
    m_r.draft.plan.title = title;
}

void Reader::buildOutline()
{
    m_root = std::make_unique<Node>();
    OutlineStack stack;
    std::vector<Node *> path{m_root.get()};
    for (int i = m_start; i < m_attachment; ++i) {
        const Line &l = m_lines[i];
        if (l.isTable) {
            path.back()->body.append(i);
            continue;
        }
        if (l.heading.style == Style::None) {
            path.back()->body.append(i);
            continue;
        }
        const int depth = stack.depthFor(l.heading.style);
        while (int(path.size()) > depth + 1)
            path.pop_back();
        auto node = std::make_unique<Node>();
        node->line = i;
        node->heading = l.heading;
        node->depth = depth;
        node->parent = path.back();
        Node *raw = node.get();
        path.back()->children.push_back(std::move(node));
        path.push_back(raw);
    }
    // which nodes carry units or a task list of their own
    std::function<void(Node *)> mark = [&](Node *n) {
        QList<int> own = n->body;
        if (n->line >= 0)
            own.prepend(n->line);
        for (int li : std::as_const(own)) {
            const Line &l = m_lines[li];
            if (l.isTable)
                continue;
            if (unitLabel().match(l.norm).hasMatch() || parenthesisedUnits(l.text, l.norm).found())
                n->carriesUnits = true;
            if (l.norm.contains(QRegularExpression(QStringLiteral("^\\s*任务清单\\s*[：:]"))))
                n->hasTaskList = true;
        }
        for (auto &c : n->children)
            mark(c.get());
    };
    mark(m_root.get());
}

struct ProjectText
{
    QString title;
    QString description;
    int titleLine = -1;
    int titleFrom = 0;
    int titleLength = 0;
};

void Reader::readStructure()
{
    // the sections: goal, content and others, by their titles
    Node *goal = nullptr;
    std::vector<Node *> all;
    std::function<void(Node *)> walk = [&](Node *n) {
        for (auto &c : n->children) {
            all.push_back(c.get());
            walk(c.get());
        }
    };
    walk(m_root.get());
    auto titleNorm = [&](Node *n) {
        const Line &l = m_lines[n->line];
        QString t = l.norm.mid(n->heading.markEnd);
        const qsizetype stop = t.indexOf(QRegularExpression(QStringLiteral("[。：:]")));
        return stop >= 0 ? t.left(stop) : t;
    };
    auto sectionOf = [&](Node *n) {
        while (n->parent && n->parent != m_root.get())
            n = n->parent;
        return n;
    };
    for (auto &c : m_root->children)
        if (!goal && sectionKind(titleNorm(c.get())) == SectionKind::Goal)
            goal = c.get();

    // the project level: where units and task lists stand most often
    std::map<int, int> votes;
    for (Node *n : all) {
        if (sectionOf(n) == goal)
            continue;
        if (n->carriesUnits || n->hasTaskList)
            ++votes[n->depth];
    }
    int projectDepth = -1;
    int best = 0;
    for (auto [depth, count] : votes)
        if (count > best || (count == best && depth > projectDepth)) {
            best = count;
            projectDepth = depth;
        }
    if (projectDepth < 0) {
        // no units anywhere: 项目N: headings, else nothing
        for (Node *n : all)
            if (n->heading.style == Style::ProjectWord) {
                projectDepth = n->depth;
                break;
            }
    }

    QSet<Node *> sectionsWithProjects;
    for (Node *n : all)
        if (n->depth == projectDepth && (n->carriesUnits || n->hasTaskList) && sectionOf(n) != goal)
            sectionsWithProjects.insert(sectionOf(n));

    QString impliedNote;
    QString impliedSource;
    QStringList implied;
    int taskCount = 0;
    int impliedFrom = -1;
    QHash<Node *, int> programIndex;

    auto programFor = [&](Node *project) -> int {
        Node *p = project->parent;
        if (p == m_root.get() || p == nullptr) {
            p = m_root.get();
        }
        if (programIndex.contains(p))
            return programIndex.value(p);
        PlanDraft::ProgramDraft program;
        PlanReading::ProgramReading reading;
        if (p == m_root.get()) {
            program.title = QStringLiteral("重点任务");
            reading.confidence = ReadConfidence::Guessed;
        } else {
            const Line &l = m_lines[p->line];
            QString rest = l.text.mid(p->heading.markEnd);
            QString restNorm = l.norm.mid(p->heading.markEnd);
            const qsizetype stop = restNorm.indexOf(QChar(0x3002));
            program.title = trimTitle(stop >= 0 ? rest.left(stop) : rest);
            program.number = p->heading.printed;
            if (stop >= 0 && stop + 1 < rest.size())
                program.description = rest.mid(stop + 1).trimmed();
            QStringList desc;
            if (!program.description.isEmpty())
                desc.append(program.description);
            for (int li : std::as_const(p->body))
                if (!m_lines[li].isTable && !m_lines[li].text.trimmed().isEmpty()) {
                    desc.append(m_lines[li].text.trimmed());
                    placeLine(li);
                }
            program.description = desc.join(QLatin1Char('\n'));
            reading.source = span(p->line, p->heading.markEnd, int(program.title.size()));
            reading.confidence = ReadConfidence::Unlabelled;
            placeLine(p->line);
        }
        m_r.draft.programs.append(program);
        m_r.programs.append(reading);
        programIndex.insert(p, int(m_r.draft.programs.size()) - 1);
        return int(m_r.draft.programs.size()) - 1;
    };

    static const QRegularExpression taskLabel(QStringLiteral("^\\s*任务清单\\s*[：:]\\s*"));
    static const QRegularExpression deadlineLabel(
        QStringLiteral("^\\s*(完成时限|完成时间|时间节点|时限要求|完成期限)\\s*[：:]\\s*"));

    for (Node *n : all) {
        if (n->depth != projectDepth || !sectionsWithProjects.contains(sectionOf(n)))
            continue;
        // a node at the project depth under a section that has projects, and not a section of
        // its own that is not a program (保障措施) unless it carries units
        if (projectDepth == 0 && !(n->carriesUnits || n->hasTaskList))
            continue;
        if (n->parent == m_root.get() && projectDepth > 0)
            continue;
        if (n->parent != m_root.get() &&
            sectionKind(titleNorm(sectionOf(n))) == SectionKind::Other &&
            !(n->carriesUnits || n->hasTaskList))
            continue;
        const int programAt = programFor(n);
        PlanDraft::ProjectDraft project;
        PlanReading::ProjectReading projectReading;
        project.number = n->heading.printed;
        project.number.remove(QRegularExpression(QStringLiteral("[.．、：:\\s]+$")));
        project.number.remove(QRegularExpression(QStringLiteral("^项目\\s*")));
        projectReading.confidence = n->heading.style == Style::ProjectWord
                                        ? ReadConfidence::Labelled
                                        : ReadConfidence::Unlabelled;

        // lines of the project: its heading, its body and everything nested under it
        const QList<int> lines = linesUnder(n);

        QStringList taskTexts;
        QList<SourceSpan> taskSources;
        QString deadlineText;
        SourceSpan deadlineSource;
        Units units;
        QStringList description;
        int unitsLine = -1;
        for (int li : std::as_const(lines)) {
            const Line &l = m_lines[li];
            if (l.isTable)
                continue;
            placeLine(li);
            const int offset = li == n->line ? n->heading.markEnd : 0;
            QString text = l.text.mid(offset);
            QString norm = l.norm.mid(offset);
            if (auto m = taskLabel.match(norm); m.hasMatch()) {
                taskTexts.append(text.mid(m.capturedEnd(0)).trimmed());
                taskSources.append(
                    span(li, offset + int(m.capturedEnd(0)), int(text.size() - m.capturedEnd(0))));
                continue;
            }
            if (auto m = deadlineLabel.match(norm); m.hasMatch()) {
                deadlineText = text.mid(m.capturedEnd(0)).trimmed();
                deadlineText.remove(QRegularExpression(QStringLiteral("[。；;]$")));
                deadlineSource = span(li, offset + int(m.capturedEnd(0)), int(deadlineText.size()));
                continue;
            }
            Units lineUnits = labelledUnits(text, norm);
            if (!lineUnits.found())
                lineUnits = parenthesisedUnits(text, norm);
            if (lineUnits.found()) {
                if (units.found() && units.confidence == ReadConfidence::Labelled &&
                    lineUnits.confidence == ReadConfidence::Labelled) {
                    // 牵头单位： and 配合单位： on lines of their own: leads first, then the rest
                    QStringList leads = units.leads + lineUnits.leads;
                    QStringList all = leads;
                    for (const QString &n : units.departments + lineUnits.departments)
                        if (!all.contains(n))
                            all.append(n);
                    units.departments = all;
                    units.leads = leads;
                } else if (!units.found() || lineUnits.confidence == ReadConfidence::Labelled) {
                    units = lineUnits;
                    unitsLine = li;
                }
                // what stands before the list is text of the project
                text = text.left(lineUnits.from) + text.mid(lineUnits.from + lineUnits.length);
                if (text.trimmed().isEmpty())
                    continue;
            }
            description.append(text.trimmed());
        }
        Q_UNUSED(unitsLine);
        // "区卫生健康局牵头" in the text names the lead of a list printed without labels
        if (units.found() && units.confidence != ReadConfidence::Labelled) {
            static const QRegularExpression leads(
                QStringLiteral("([^，。、；,（(：:]{2,20}?)牵头"));
            const QString joined = normalise(description.join(QString()));
            auto lm = leads.globalMatch(joined);
            while (lm.hasNext()) {
                const auto m = lm.next();
                QString name = m.captured(1);
                name.remove(QRegularExpression(QStringLiteral("^(由|以|请|要)")));
                const qsizetype at = units.departments.indexOf(name);
                if (at > 0) {
                    units.departments.move(at, 0);
                    break;
                }
            }
        }
        // the title: the heading line up to its first full stop
        QString head = description.isEmpty() ? QString() : description.takeFirst();
        {
            const QString headNorm = normalise(head);
            const qsizetype stop = headNorm.indexOf(QRegularExpression(QStringLiteral("[。]")));
            if (stop >= 0) {
                project.title = trimTitle(head.left(stop));
                const QString rest = head.mid(stop + 1).trimmed();
                if (!rest.isEmpty())
                    description.prepend(rest);
            } else {
                project.title = trimTitle(head);
            }
        }
        projectReading.source = span(n->line, n->heading.markEnd, int(project.title.size()));
        // 完成时限： printed inside the paragraph (after the units in parentheses)
        static const QRegularExpression inlineDeadline(QStringLiteral(
            "(完成时限|完成时间|时间节点|完成期限)\\s*[：:]\\s*([^。；;）)]+)[。；;]?"));
        for (QString &d : description) {
            const auto m = inlineDeadline.match(normalise(d));
            if (!m.hasMatch() || !deadlineText.isEmpty())
                continue;
            deadlineText = d.mid(m.capturedStart(2), m.capturedLength(2)).trimmed();
            deadlineSource = projectReading.source;
            d.remove(m.capturedStart(0), m.capturedLength(0));
        }
        project.description = description.join(QString());
        // the text after the title is only when it is due (2025年底前完成。): the title is the task
        static const QRegularExpression onlyDue(
            QStringLiteral("^[，。；\\s]*(?:到|于|在)?(%1)[^。，；]{0,4}[。；]?\\s*$")
                .arg(dueDatePhrase().pattern()));
        if (taskTexts.isEmpty())
            if (const auto m = onlyDue.match(normalise(project.description)); m.hasMatch()) {
                if (deadlineText.isEmpty()) {
                    deadlineText = project.description.mid(m.capturedStart(1), m.capturedLength(1));
                    deadlineSource = projectReading.source;
                }
                project.description.clear();
            }
        if (taskTexts.isEmpty() && !project.description.isEmpty()) {
            taskTexts.append(project.description);
            taskSources.append(projectReading.source);
        }
        if (taskTexts.isEmpty()) {
            taskTexts.append(project.title);
            taskSources.append(projectReading.source);
        }
        // deadline words inside the text, when no 完成时限 line gives them
        ReadConfidence deadlineConfidence = ReadConfidence::Labelled;
        if (deadlineText.isEmpty()) {
            for (const QString &t : std::as_const(taskTexts)) {
                const auto m = dueDatePhrase().match(normalise(t));
                if (m.hasMatch() && m.captured(0).contains(QRegularExpression(
                                        QStringLiteral("底|末|前|年内|长期坚持|持续推进")))) {
                    deadlineText = t.mid(m.capturedStart(0), m.capturedLength(0));
                    deadlineConfidence = ReadConfidence::Guessed;
                    break;
                }
            }
        }
        // the implied units (以下均需…落实，不再列出) hold from the next task on
        if (!units.implied.isEmpty()) {
            implied = units.implied;
            impliedNote = units.impliedNote;
            impliedSource = units.impliedSource;
            impliedFrom = taskCount + 2;
        }
        for (int t = 0; t < taskTexts.size(); ++t) {
            PlanDraft::TaskDraft task;
            PlanReading::TaskReading reading;
            task.text = taskTexts[t];
            task.deadlineText = deadlineText;
            task.departments = units.departments;
            reading.source = taskSources[t];
            reading.deadlineSource = deadlineSource;
            reading.confidence =
                taskTexts.size() == 1 && taskSources[t].from == projectReading.source.from
                    ? ReadConfidence::Unlabelled
                    : ReadConfidence::Labelled;
            if (taskSources[t].paragraph == projectReading.source.paragraph &&
                !taskLabel.match(normalise(task.text)).hasMatch() && taskTexts.size() == 1 &&
                project.description == task.text)
                reading.confidence = ReadConfidence::Unlabelled;
            reading.leadConfidence =
                units.departments.isEmpty() ? ReadConfidence::Guessed : units.confidence;
            const DeadlineParser::Result deadline = DeadlineParser::parse(deadlineText);
            reading.deadline = deadline.date;
            Q_UNUSED(deadlineConfidence);
            ++taskCount;
            if (!implied.isEmpty() && impliedFrom > 0 && taskCount >= impliedFrom)
                reading.impliedDepartments = implied;
            project.tasks.append(task);
            projectReading.tasks.append(reading);
            for (const QString &d : std::as_const(task.departments))
                if (!m_r.draft.departments.contains(d))
                    m_r.draft.departments.append(d);
        }
        m_r.draft.programs[programAt].projects.append(project);
        m_r.programs[programAt].projects.append(projectReading);
    }
    if (!implied.isEmpty()) {
        QJsonObject o;
        o.insert(QStringLiteral("departments"), QJsonArray::fromStringList(implied));
        o.insert(QStringLiteral("from_task"), impliedFrom);
        o.insert(QStringLiteral("note"), impliedNote);
        o.insert(QStringLiteral("source_text"), impliedSource);
        m_r.draft.impliedDepartments = o;
        for (const QString &d : std::as_const(implied))
            if (!m_r.draft.departments.contains(d))
                m_r.draft.departments.append(d);
    }
    // drop programs that got no project (a section whose nodes were all skipped)
    for (qsizetype i = m_r.draft.programs.size() - 1; i >= 0; --i)
        if (m_r.draft.programs[i].projects.isEmpty()) {
            m_r.draft.programs.removeAt(i);
            m_r.programs.removeAt(i);
        }
    if (goal)
        readIndicators(goal);
}

// ---------------------------------------------------------------------------------------------
// Indicators of the goal section

void Reader::readIndicators(Node *goal)
{
    const QList<int> lines = linesUnder(goal);

    static const QRegularExpression tierWord(
        QStringLiteral("(数量|质量|社会效益|满意度|公办托育)指标"));
    static const QRegularExpression yearWord(QStringLiteral("(到|至|在)?(20[0-9]{2})年(末|底)?"));
    static const QRegularExpression stageWord(QStringLiteral("(试点期限?内|试点期间|试点期)"));
    static const QRegularExpression verb(
        QStringLiteral("(提高到|提升到|增加到|达到|达|超过|不少于|不低于|不超过|不高于|降至|降低到|"
                       "控制在|低于|高于|保持在|为)"));
    static const QRegularExpression value(QStringLiteral(
        "([0-9]+(?:\\.[0-9]+)?)\\s*(%|‰|个|家|所|张|人|名|次|户|处)?\\s*(以上|以下|以内|左右)?"));
    static const QRegularExpression tailValue(QStringLiteral(
        "([0-9]+(?:\\.[0-9]+)?)\\s*(%|‰|个|家|所|张|人|名|次|户|处)\\s*(以上|以下|以内|左右)?$"));

    QString tier;
    int year = 0;
    QString stage;
    QHash<QString, int> byName; // name → indicator index (staged targets)
    for (int li : std::as_const(lines)) {
        const Line &l = m_lines[li];
        if (l.isTable)
            continue;
        const int offset = li == goal->line ? goal->heading.markEnd : 0;
        const QString norm = l.norm;
        // clauses: split at ，；。、 except inside quotes and parentheses
        int start = offset;
        int depth = 0;
        for (int i = offset; i <= norm.size(); ++i) {
            const QChar c = i < norm.size() ? norm.at(i) : QChar(0x3002);
            if (c == QChar(0xFF08) || c == QLatin1Char('(') || c == QChar(0x201C))
                ++depth;
            else if ((c == QChar(0xFF09) || c == QLatin1Char(')') || c == QChar(0x201D)) &&
                     depth > 0)
                --depth;
            bool end =
                i == norm.size() ||
                (depth == 0 && (c == QChar(0xFF0C) || c == QLatin1Char(',') || c == QChar(0xFF1B) ||
                                c == QLatin1Char(';') || c == QChar(0x3002)));
            // 省级普惠托育机构7家、示范性托育机构5家: a 、 after a measured value parts two
            if (!end && depth == 0 && c == QChar(0x3001) &&
                tailValue.match(norm.mid(start, i - start)).hasMatch())
                end = true;
            if (!end)
                continue;
            const int from = start;
            const int length = i - start;
            start = i + 1;
            QString clause = norm.mid(from, length);
            if (clause.trimmed().isEmpty())
                continue;
            if (auto m = stageWord.match(clause); m.hasMatch()) {
                // 在省级普惠托育公共服务试点期限内: the label runs from 在 to 内
                const qsizetype at = clause.lastIndexOf(QStringLiteral("在"), m.capturedStart(0));
                stage = l.text.mid(from + (at >= 0 ? at + 1 : 0),
                                   int(m.capturedEnd(0)) - (at >= 0 ? int(at) + 1 : 0));
                year = 0;
            }
            if (auto m = tierWord.match(clause); m.hasMatch())
                tier = m.captured(1);
            // the year a clause speaks of: 到2025年 sets it for what follows
            int clauseYear = year;
            auto ym = yearWord.globalMatch(clause);
            int lastYearEnd = -1;
            while (ym.hasNext()) {
                const auto m = ym.next();
                if (!m.captured(1).isEmpty() || !m.captured(3).isEmpty()) {
                    clauseYear = m.captured(2).toInt();
                    year = clauseYear;
                    stage.clear();
                    lastYearEnd = int(m.capturedEnd(0));
                }
            }
            int nameFrom = lastYearEnd >= 0 ? lastYearEnd : 0;
            // the measure: a verb and a number, else a number with a unit at the clause's end
            QString name;
            double target = 0;
            QString unit;
            QString direction = QStringLiteral(">=");
            bool found = false;
            int verbAt = -1;
            auto vm = verb.globalMatch(clause, nameFrom);
            while (vm.hasNext()) {
                const auto m = vm.next();
                const auto nm =
                    value.match(clause, m.capturedEnd(0), QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption);
                if (!nm.hasMatch())
                    continue;
                verbAt = int(m.capturedStart(0));
                target = nm.captured(1).toDouble();
                unit = nm.captured(2);
                const QString v = m.captured(1);
                if (v == QStringLiteral("降至") || v == QStringLiteral("降低到") ||
                    v == QStringLiteral("控制在") || v == QStringLiteral("不超过") ||
                    v == QStringLiteral("不高于") || v == QStringLiteral("低于") ||
                    nm.captured(3) == QStringLiteral("以下") ||
                    nm.captured(3) == QStringLiteral("以内"))
                    direction = QStringLiteral("<=");
                found = true;
                break;
            }
            if (found) {
                name = l.text.mid(from + nameFrom, verbAt - nameFrom);
            } else if (auto m = tailValue.match(clause, nameFrom); m.hasMatch()) {
                name = l.text.mid(from + nameFrom, int(m.capturedStart(0)) - nameFrom);
                target = m.captured(1).toDouble();
                unit = m.captured(2);
                if (m.captured(3) == QStringLiteral("以下") ||
                    m.captured(3) == QStringLiteral("以内"))
                    direction = QStringLiteral("<=");
                found = true;
            }
            if (!found)
                continue;
            // the name without the words that lead into it
            name.remove(QRegularExpression(QStringLiteral(
                "^(在)?(数量|质量|社会效益|满意度|公办托育)指标层面|^(在)?[^，]*?层面")));
            name.remove(QRegularExpression(
                QStringLiteral("^(全区|全市|全县|其中|且|和|并|同时|力争|确保|末|底)+")));
            name.remove(QRegularExpression(QStringLiteral("(比例|比重|占比)?(要|应)$")));
            name = name.trimmed();
            if (name.size() < 2 || name.size() > 40 ||
                !name.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]{2}"))))
                continue;
            if (clauseYear == 0 && stage.isEmpty())
                continue;
            const QString source = l.text.mid(from, length).trimmed();
            IndicatorTarget t;
            t.year = clauseYear;
            t.value = target;
            t.sourceText = source;
            t.label = stage;
            place(li, from, length);
            const QString key = normalise(name).remove(
                QRegularExpression(QStringLiteral("三位一体|拥有|建有|建设|市级")));
            if (byName.contains(key)) {
                Indicator &ind = m_r.draft.indicators[byName.value(key)];
                ind.targets.append(t);
                continue;
            }
            Indicator ind;
            ind.tier = tier;
            ind.name = name;
            ind.unit = unit == QStringLiteral("%") ? unit : unit;
            ind.direction = directionFromSymbol(direction);
            ind.sourceText = source;
            ind.targets.append(t);
            byName.insert(key, int(m_r.draft.indicators.size()));
            m_r.draft.indicators.append(ind);
            m_r.indicatorSources.append(span(li, from, length));
        }
    }
    // a stage without a year: the year before the first dated target (the pilot comes first)
    for (Indicator &ind : m_r.draft.indicators) {
        int firstYear = 0;
        for (const IndicatorTarget &t : std::as_const(ind.targets))
            if (t.year > 0 && (firstYear == 0 || t.year < firstYear))
                firstYear = t.year;
        for (IndicatorTarget &t : ind.targets)
            if (t.year == 0)
                t.year = m_r.draft.plan.periodStart.isValid() ? m_r.draft.plan.periodStart.year()
                                                              : (firstYear > 0 ? firstYear - 2 : 0);
        std::stable_sort(
            ind.targets.begin(), ind.targets.end(),
            [](const IndicatorTarget &a, const IndicatorTarget &b) { return a.year < b.year; });
    }
}

// ---------------------------------------------------------------------------------------------
// Money

void Reader::readSubsidies()
{
    for (int li = m_start; li < m_lines.size(); ++li) {
        const Line &l = m_lines[li];
        if (l.isTable)
            continue;
        for (const auto &[from, length] : sentences(l.norm)) {
            const QString s = l.norm.mid(from, length);
            auto it = moneyPhrase().globalMatch(s);
            qsizetype previousAmountEnd = 0;
            while (it.hasNext()) {
                const auto m = it.next();
                const std::optional<Fen> amount = Fen::parse(m.captured(1) + m.captured(2));
                if (!amount)
                    continue;
                // the words near the amount say what it is paid for: its own clause, from the
                // last amount or clause break before it, and a few words after it (元/人/月)
                static const QRegularExpression clauseBreak(QStringLiteral("[，；。,;]"));
                qsizetype clauseStart =
                    std::max<qsizetype>({qsizetype(0), m.capturedStart(0) - 30, previousAmountEnd,
                                         s.lastIndexOf(clauseBreak, m.capturedStart(0)) + 1});
                const qsizetype after = s.indexOf(clauseBreak, m.capturedEnd(0));
                const qsizetype clauseEnd =
                    std::min<qsizetype>(after < 0 ? s.size() : after, m.capturedEnd(0) + 10);
                const QString near = s.mid(clauseStart, clauseEnd - clauseStart);
                previousAmountEnd = m.capturedEnd(0);
                PlanReading::SubsidyRuleReading rule;
                if (near.contains(QRegularExpression(
                        QStringLiteral("每人每月|每生每月|元/人/月|/人·月|每月每人"))))
                    rule.kind = QStringLiteral("per_child_month");
                else if (near.contains(QRegularExpression(QStringLiteral(
                             "每个?托位|/托位|元/个托位|托位每个|每新增一?个?托位"))))
                    rule.kind = QStringLiteral("per_slot");
                else if (near.contains(QRegularExpression(QStringLiteral("每个?班|/班"))))
                    rule.kind = QStringLiteral("per_class");
                else if (near.contains(
                             QRegularExpression(QStringLiteral("每(个|家)?机构|每家|每所"))))
                    rule.kind = QStringLiteral("per_institution");
                else if (near.contains(QRegularExpression(QStringLiteral("每(次|人次|天|日)"))))
                    rule.kind = QStringLiteral("per_visit");
                else if (near.contains(QStringLiteral("一次性")))
                    rule.kind = QStringLiteral("one_off");
                else
                    rule.kind = QStringLiteral("other");
                if (near.contains(QStringLiteral("一次性")) &&
                    rule.kind != QStringLiteral("per_child_month") &&
                    rule.kind != QStringLiteral("per_visit") &&
                    rule.kind == QStringLiteral("other"))
                    rule.kind = QStringLiteral("one_off");
                const QString before = s.mid(std::max<qsizetype>(0, m.capturedStart(0) - 12),
                                             std::min<qsizetype>(12, m.capturedStart(0)));
                if (before.contains(
                        QRegularExpression(QStringLiteral("不高于|最高|不超过|最多|上限"))))
                    rule.limit = QStringLiteral("cap");
                else if (before.contains(QRegularExpression(QStringLiteral("不低于|不少于|最低"))))
                    rule.limit = QStringLiteral("floor");
                rule.amount = *amount;
                rule.sentence = l.text.mid(from, length).trimmed();
                rule.source = span(li, from, length);
                m_r.subsidyRules.append(rule);
                place(li, from, length);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Leading group

void Reader::readLeadingGroup()
{
    static const QRegularExpression roleRe(
        QStringLiteral("^\\s*(组\\s*长|副\\s*组\\s*长|成\\s*员|办公室主任)\\s*[：:]\\s*"));
    QString role;
    for (int li = m_start; li < m_lines.size(); ++li) {
        const Line &l = m_lines[li];
        if (l.isTable) {
            role.clear();
            continue;
        }
        QString rest;
        if (const auto m = roleRe.match(l.norm); m.hasMatch()) {
            role = m.captured(1);
            role.remove(QLatin1Char(' '));
            rest = l.text.mid(m.capturedEnd(0)).trimmed();
        } else if (!role.isEmpty() && role != QStringLiteral("成员") &&
                   !l.norm.trimmed().isEmpty() && l.heading.style == Style::None &&
                   l.norm.trimmed().size() <= 30 && !l.norm.contains(QChar(0x3002))) {
            rest = l.text.trimmed(); // the next 副组长 under the first
        } else {
            if (!l.norm.trimmed().isEmpty())
                role.clear();
            continue;
        }
        placeLine(li);
        if (role == QStringLiteral("成员")) {
            QString units = rest;
            units.remove(QRegularExpression(
                QStringLiteral("等?(相关)?(部门|单位)?(主要)?负责(人|同志)[。]?$")));
            for (const QString &u : splitUnits(units)) {
                LeadingGroupMember member;
                member.role = role;
                member.unit = u;
                member.position = QStringLiteral("负责人");
                m_r.draft.leadingGroup.append(member);
                m_r.leadingGroupSources.append(lineSpan(li));
            }
            continue;
        }
        // "郝晓英  副区长", "刘  郁  区政府办主任": a name of two or three characters
        const QStringList parts =
            rest.split(QRegularExpression(QStringLiteral("\\s{2,}|\\t|[，,]")), Qt::SkipEmptyParts);
        LeadingGroupMember member;
        member.role = role;
        QString compact = rest;
        if (parts.size() >= 2 && parts.first().trimmed().size() <= 4) {
            member.name = parts.first().trimmed();
            member.position = parts.mid(1).join(QString()).trimmed();
        } else {
            // 刘  郁  区政府办主任: the name is split by the spaces that align it
            compact.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
            const QStringList words = compact.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() >= 3 && words[0].size() == 1 && words[1].size() == 1) {
                member.name = words[0] + words[1];
                member.position = words.mid(2).join(QString());
            } else if (words.size() >= 2) {
                member.name = words[0];
                member.position = words.mid(1).join(QString());
            } else {
                member.name = compact;
            }
        }
        if (parts.size() >= 3 && parts[0].size() == 1 && parts[1].size() == 1) {
            member.name = parts[0] + parts[1];
            member.position = parts.mid(2).join(QString());
        }
        const auto unit =
            QRegularExpression(QStringLiteral("^(.*?(局|办|委|院|中心|政府|街道|镇))"))
                .match(member.position);
        if (unit.hasMatch() && unit.captured(1) != member.position)
            member.unit = unit.captured(1);
        m_r.draft.leadingGroup.append(member);
        m_r.leadingGroupSources.append(lineSpan(li));
    }
}

// ---------------------------------------------------------------------------------------------
// Attachments

void Reader::readAttachments()
{
    for (int li = 0; li < m_lines.size(); ++li) {
        const Line &l = m_lines[li];
        if (!l.isTable)
            continue;
        const io::Table &table = m_doc.tables.at(l.table);
        PlanReading::AttachmentReading a;
        a.table = l.table;
        a.rows = int(table.rows.size());
        for (int j = li - 1; j >= 0 && j >= li - 4; --j) {
            const QString t = m_lines[j].text.trimmed();
            if (!t.isEmpty() && !m_lines[j].isTable) {
                a.title = t;
                break;
            }
        }
        if (a.title.isEmpty() && !table.rows.isEmpty() && table.rows.first().size() == 1)
            a.title = table.rows.first().first().text;
        const mapping::ColumnMapping proposed = mapping::TableMapper::propose(table);
        if (proposed.kind != mapping::TableKind::Unknown)
            a.importKind = mapping::tableKindCode(proposed.kind);
        a.content = table;
        a.readAsOutline =
            proposed.kind == mapping::TableKind::TaskTable && m_r.draft.programs.isEmpty();
        m_r.attachments.append(a);
        if (a.readAsOutline)
            readTaskTable(table, li);
    }
}

/// A plan whose only structure is a 重点任务分工表: the table's rows are the outline, read with
/// the task-table import's own mapping (numbers before titles, units in one cell).
void Reader::readTaskTable(const io::Table &table, int line)
{
    const mapping::MappingResult mapped = mapping::TableMapper::map(table);
    QHash<QString, int> programs;
    QHash<QString, int> projects;
    for (const mapping::MappedRecord &record : mapped.records) {
        auto text = [&](const char *key) {
            return record.values.value(QString::fromLatin1(key)).toString().trimmed();
        };
        const QString programCell =
            text("program").isEmpty() ? QStringLiteral("重点任务") : text("program");
        const QString projectCell = text("project").isEmpty() ? text("task") : text("project");
        if (!programs.contains(programCell)) {
            const tasktable::Numbered n = tasktable::splitNumber(programCell);
            PlanDraft::ProgramDraft program;
            program.number = n.number;
            program.title = n.title;
            m_r.draft.programs.append(program);
            PlanReading::ProgramReading reading;
            reading.source = lineSpan(line);
            reading.confidence = ReadConfidence::Labelled;
            m_r.programs.append(reading);
            programs.insert(programCell, int(m_r.draft.programs.size()) - 1);
        }
        const int p = programs.value(programCell);
        const QString projectKey = programCell + QLatin1Char('\x1f') + projectCell;
        if (!projects.contains(projectKey)) {
            const tasktable::Numbered n = tasktable::splitNumber(projectCell);
            PlanDraft::ProjectDraft project;
            project.number = n.number;
            project.title = n.title;
            m_r.draft.programs[p].projects.append(project);
            PlanReading::ProjectReading reading;
            reading.source = lineSpan(line);
            reading.confidence = ReadConfidence::Labelled;
            m_r.programs[p].projects.append(reading);
            projects.insert(projectKey, int(m_r.draft.programs[p].projects.size()) - 1);
        }
        const int j = projects.value(projectKey);
        PlanDraft::TaskDraft task;
        task.text = text("task").isEmpty() ? projectCell : text("task");
        task.deadlineText = text("deadline");
        task.departments = tasktable::splitUnits(text("lead"));
        for (const QString &u : tasktable::splitUnits(text("co")))
            if (!task.departments.contains(u))
                task.departments.append(u);
        task.note = text("note");
        PlanReading::TaskReading reading;
        reading.source = lineSpan(line);
        reading.leadConfidence =
            text("lead").isEmpty() ? ReadConfidence::Guessed : ReadConfidence::Labelled;
        reading.deadline = DeadlineParser::parse(task.deadlineText).date;
        for (const QString &d : std::as_const(task.departments))
            if (!m_r.draft.departments.contains(d))
                m_r.draft.departments.append(d);
        m_r.draft.programs[p].projects[j].tasks.append(task);
        m_r.programs[p].projects[j].tasks.append(reading);
    }
}

void Reader::readPeriod()
{
    int first = 0;
    int last = 0;
    const auto m = QRegularExpression(QStringLiteral("(20[0-9]{2})\\s*[-—–至]+\\s*(20[0-9]{2})"))
                       .match(normalise(m_r.draft.plan.title));
    if (m.hasMatch()) {
        first = m.captured(1).toInt();
        last = m.captured(2).toInt();
    } else {
        for (const Indicator &ind : std::as_const(m_r.draft.indicators))
            for (const IndicatorTarget &t : ind.targets) {
                if (t.year > 0 && (first == 0 || t.year < first))
                    first = t.year;
                last = std::max(last, t.year);
            }
        for (int p = 0; p < m_r.programs.size(); ++p)
            for (const auto &project : std::as_const(m_r.programs[p].projects))
                for (const auto &task : project.tasks)
                    if (task.deadline.isValid()) {
                        if (first == 0 || task.deadline.year() < first)
                            first = task.deadline.year();
                        last = std::max(last, task.deadline.year());
                    }
    }
    if (first > 0) {
        m_r.draft.plan.periodStart = QDate(first, 1, 1);
        m_r.draft.plan.periodEnd = QDate(last, 12, 31);
    }
}

// ---------------------------------------------------------------------------------------------
// Unplaced

void Reader::collectUnplaced()
{
    for (int li = m_start; li < m_lines.size(); ++li) {
        const Line &l = m_lines[li];
        if (l.isTable || m_placed.contains(li))
            continue;
        const auto placed = m_placedRanges.value(li);
        for (const auto &[from, length] : sentences(l.norm)) {
            const QString s = l.norm.mid(from, length);
            const QString reason = signalOf(s);
            if (reason.isEmpty())
                continue;
            bool covered = false;
            for (const auto &[pf, pl] : placed)
                if (pf <= from && from + length <= pf + pl + 1) {
                    covered = true;
                    break;
                } else if (pf >= from && pf + pl <= from + length) {
                    covered = true; // a clause of the sentence was placed (an indicator)
                    break;
                }
            if (covered)
                continue;
            m_r.unplaced.append(
                {l.text.mid(from, length).trimmed(), reason, span(li, from, length)});
        }
    }
}

PlanReading Reader::read()
{
    m_r.documentName = m_doc.name;
    m_r.documentVersion = m_doc.version;
    splitLines();
    findBounds();
    readTitle();
    buildOutline();
    readStructure();
    readSubsidies();
    readLeadingGroup();
    readAttachments();
    readPeriod();
    // targets of a pilot stage printed without a year take the plan's first year
    for (Indicator &ind : m_r.draft.indicators)
        std::stable_sort(
            ind.targets.begin(), ind.targets.end(),
            [](const IndicatorTarget &a, const IndicatorTarget &b) { return a.year < b.year; });
    collectUnplaced();
    // the plan records which document, and which copy of it, it was read from
    m_r.draft.plan.sourceDocument = m_doc.version.isEmpty()
                                        ? m_doc.name
                                        : QStringLiteral("%1（%2）").arg(m_doc.name, m_doc.version);
    return std::move(m_r);
}

} // namespace

PlanReading PlanReader::read(const PlanDocument &document)
{
    return Reader(document).read();
}

} // namespace tuoyu

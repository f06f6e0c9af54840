#include "officialdocument.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QRectF>
#include <QSet>

#include <algorithm>

namespace tuoyu::document {

int TableBlock::columnCount() const
{
    qsizetype n = std::max(columnWidths.size(), totals.size());
    for (const QStringList &r : headerRows)
        n = std::max(n, r.size());
    for (const QStringList &r : rows)
        n = std::max(n, r.size());
    return int(n);
}

static QString numberText(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

static double sumColumn(const QList<QStringList> &rows, int c)
{
    double sum = 0;
    for (const QStringList &r : rows) {
        if (c < r.size()) {
            QString t = r.at(c);
            t.remove(QLatin1Char(','));
            bool ok = false;
            const double v = t.trimmed().toDouble(&ok);
            if (ok)
                sum += v;
        }
    }
    return sum;
}

void TableBlock::computeTotals(const QList<int> &sumColumns, int decimals)
{
    computeTotalsByUnit(sumColumns, -1, decimals);
}

void TableBlock::computeTotalsByUnit(const QList<int> &sumColumns, int unitColumn, int decimals)
{
    const int n = columnCount();
    QStringList units;
    QHash<QString, QList<QStringList>> byUnit;
    for (const QStringList &r : rows) {
        const QString unit = unitColumn >= 0 ? r.value(unitColumn).trimmed() : QString();
        if (!byUnit.contains(unit))
            units << unit;
        byUnit[unit] << r;
    }
    if (units.isEmpty())
        units << QString();
    moreTotals.clear();
    for (qsizetype u = 0; u < units.size(); ++u) {
        QStringList line(n, QString());
        if (n > 0)
            line[0] = QStringLiteral("合计");
        if (unitColumn >= 0 && unitColumn < n)
            line[unitColumn] = units.at(u);
        for (int c : sumColumns)
            if (c >= 0 && c < n && c != unitColumn)
                line[c] = numberText(sumColumn(byUnit.value(units.at(u)), c), decimals);
        if (u == 0)
            totals = line;
        else
            moreTotals << line;
    }
}

QList<QStringList> TableBlock::totalRows() const
{
    QList<QStringList> all;
    if (!totals.isEmpty())
        all << totals;
    all << moreTotals;
    return all;
}

void FigureBlock::draw(QPainter *painter, const QRectF &target) const
{
    painter->save();
    if (paint) {
        paint(painter, target);
    } else if (!picture.isNull()) {
        const QRectF src = picture.boundingRect();
        if (src.width() > 0 && src.height() > 0) {
            // Scale the recorded picture into the box, keeping its aspect ratio, centred.
            const double s = std::min(target.width() / src.width(), target.height() / src.height());
            const QSizeF size = src.size() * s;
            const QPointF topLeft(target.center().x() - size.width() / 2,
                                  target.center().y() - size.height() / 2);
            painter->translate(topLeft);
            painter->scale(s, s);
            painter->translate(-src.topLeft());
            painter->drawPicture(0, 0, picture);
        }
    }
    painter->restore();
}

Block Block::paragraph(ParagraphStyle style, const QString &text, const QString &id,
                       BlockOrigin origin)
{
    Block b;
    b.id = id;
    b.origin = origin;
    b.content = Paragraph{style, text};
    return b;
}

Block Block::table(TableBlock table, const QString &id)
{
    Block b;
    b.id = id;
    b.content = std::move(table);
    return b;
}

Block Block::figure(FigureBlock figure, const QString &id)
{
    Block b;
    b.id = id;
    b.content = std::move(figure);
    return b;
}

Block Block::pageBreak()
{
    Block b;
    b.content = PageBreak{};
    return b;
}

QString headingNumber(int level, int n)
{
    switch (level) {
    case 1:
        return chineseNumber(n) + QStringLiteral("、");
    case 2:
        return QStringLiteral("（") + chineseNumber(n) + QStringLiteral("）");
    case 3:
        return QString::number(n) + QLatin1Char('.');
    default:
        return QStringLiteral("（") + QString::number(n) + QStringLiteral("）");
    }
}

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QStringList attachmentNoteLines(const OfficialDocument &doc)
{
    QStringList lines;
    if (doc.attachments.size() == 1) {
        lines << QStringLiteral("附件：") + doc.attachments.first().title;
        return lines;
    }
    for (qsizetype i = 0; i < doc.attachments.size(); ++i) {
        lines << (i == 0 ? QStringLiteral("附件：") : QString()) + QString::number(i + 1) +
                     QStringLiteral(".") + doc.attachments.at(i).title;
    }
    return lines;
}

QString attachmentLabel(const OfficialDocument &doc, int index)
{
    if (doc.attachments.size() == 1)
        return QStringLiteral("附件");
    return QStringLiteral("附件") + QString::number(index + 1);
}

static void appendBlocksText(const QList<Block> &blocks, QStringList &out)
{
    for (const Block &b : blocks) {
        if (const Paragraph *p = b.asParagraph()) {
            out << p->text;
        } else if (const TableBlock *t = b.asTable()) {
            if (!t->caption.isEmpty())
                out << t->caption;
            for (const QStringList &r : t->headerRows)
                out << r.join(QLatin1Char('\t'));
            for (const QStringList &r : t->rows)
                out << r.join(QLatin1Char('\t'));
            for (const QStringList &r : t->totalRows())
                out << r.join(QLatin1Char('\t'));
        } else if (const FigureBlock *f = b.asFigure()) {
            if (!f->caption.isEmpty())
                out << f->caption;
        }
    }
}

QString OfficialDocument::plainText() const
{
    QStringList out;
    if (!documentNumber.isEmpty())
        out << documentNumber;
    out << title;
    if (!addressee.isEmpty())
        out << addressee + QStringLiteral("：");
    appendBlocksText(blocks, out);
    out << attachmentNoteLines(*this);
    if (!signature.isEmpty())
        out << signature;
    if (date.isValid())
        out << formatDate(date);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        out << attachmentLabel(*this, int(i)) << attachments.at(i).title;
        appendBlocksText(attachments.at(i).blocks, out);
    }
    return out.join(QLatin1Char('\n'));
}

QList<Block> mergeRegenerated(const QList<Block> &current, const QList<Block> &regenerated)
{
    QHash<QString, qsizetype> freshIndex;
    for (qsizetype i = 0; i < regenerated.size(); ++i) {
        if (!regenerated.at(i).id.isEmpty())
            freshIndex.insert(regenerated.at(i).id, i);
    }
    QList<Block> out;
    QSet<QString> placed;
    for (const Block &b : current) {
        if (b.origin == BlockOrigin::Officer) {
            out << b;
            continue;
        }
        const auto it = freshIndex.constFind(b.id);
        if (b.id.isEmpty() || it == freshIndex.constEnd())
            continue; // the builder no longer produces it
        out << regenerated.at(*it);
        placed.insert(b.id);
    }
    // New generated blocks: after their predecessor in the regenerated list.
    for (qsizetype i = 0; i < regenerated.size(); ++i) {
        const Block &b = regenerated.at(i);
        if (b.origin == BlockOrigin::Officer || (!b.id.isEmpty() && placed.contains(b.id)))
            continue;
        qsizetype insertAt = out.size();
        if (i == 0) {
            insertAt = 0;
        } else {
            const QString prev = regenerated.at(i - 1).id;
            for (qsizetype j = 0; j < out.size(); ++j) {
                if (!prev.isEmpty() && out.at(j).id == prev) {
                    insertAt = j + 1;
                    break;
                }
            }
        }
        out.insert(insertAt, b);
        if (!b.id.isEmpty())
            placed.insert(b.id);
    }
    return out;
}

} // namespace tuoyu::document

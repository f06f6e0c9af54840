#include "fontset.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QtEndian>

#include <algorithm>
#include <map>

namespace tuoyu::document {

namespace {

// ---- sfnt reading and writing helpers --------------------------------------------------------

quint16 rd16(const QByteArray &d, qsizetype off)
{
    if (off < 0 || off + 2 > d.size())
        return 0;
    return qFromBigEndian<quint16>(d.constData() + off);
}

quint32 rd32(const QByteArray &d, qsizetype off)
{
    if (off < 0 || off + 4 > d.size())
        return 0;
    return qFromBigEndian<quint32>(d.constData() + off);
}

void wr16(QByteArray &d, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    d.append(b, 2);
}

void wr32(QByteArray &d, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    d.append(b, 4);
}

/// The binary-search fields OpenType puts before a sorted array (the table directory, a format 4
/// cmap's segments): searchRange, entrySelector and rangeShift for `count` entries of `size`
/// bytes each.
void wrSearchFields(QByteArray &d, int count, int size)
{
    int entrySelector = 0;
    while ((2 << entrySelector) <= count)
        ++entrySelector;
    const int searchRange = size * (1 << entrySelector);
    wr16(d, quint16(searchRange));
    wr16(d, quint16(entrySelector));
    wr16(d, quint16(count * size - searchRange));
}

bool isLookalike(quint32 cp)
{
    return cp <= 0x1F || (cp >= 0x2E80 && cp <= 0x2FDF);
}

using CodeMap = std::map<quint32, quint16>; // code point → glyph id, sorted

void readFormat4(const QByteArray &cmap, qsizetype off, CodeMap &out)
{
    const int segCount = rd16(cmap, off + 6) / 2;
    const qsizetype ends = off + 14, starts = ends + 2 * segCount + 2;
    const qsizetype deltas = starts + 2 * segCount, ranges = deltas + 2 * segCount;
    for (int i = 0; i < segCount; ++i) {
        const quint32 end = rd16(cmap, ends + 2 * i), start = rd16(cmap, starts + 2 * i);
        const quint16 delta = rd16(cmap, deltas + 2 * i);
        const quint16 rangeOffset = rd16(cmap, ranges + 2 * i);
        for (quint32 c = start; c <= end && c != 0xFFFF; ++c) {
            quint16 g;
            if (rangeOffset == 0) {
                g = quint16(c + delta);
            } else {
                const qsizetype at = ranges + 2 * i + rangeOffset + 2 * (c - start);
                g = rd16(cmap, at);
                if (g)
                    g = quint16(g + delta);
            }
            if (g)
                out.emplace(c, g);
        }
    }
}

void readFormat12(const QByteArray &cmap, qsizetype off, CodeMap &out)
{
    const quint32 groups = rd32(cmap, off + 12);
    for (quint32 i = 0; i < groups; ++i) {
        const qsizetype g = off + 16 + 12 * qsizetype(i);
        const quint32 start = rd32(cmap, g), end = rd32(cmap, g + 4), glyph = rd32(cmap, g + 8);
        if (end < start || end > 0x10FFFF)
            continue;
        for (quint32 c = start; c <= end; ++c)
            out.emplace(c, quint16(glyph + (c - start)));
    }
}

/// Reads the best Unicode subtable: a full-repertoire format 12 if there is one, else format 4.
bool readUnicodeCmap(const QByteArray &cmap, CodeMap &out)
{
    const int n = rd16(cmap, 2);
    qsizetype best12 = -1, best4 = -1;
    for (int i = 0; i < n; ++i) {
        const quint16 platform = rd16(cmap, 4 + 8 * i), encoding = rd16(cmap, 6 + 8 * i);
        const qsizetype off = rd32(cmap, 8 + 8 * i);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || off >= cmap.size())
            continue;
        const quint16 format = rd16(cmap, off);
        if (format == 12 && best12 < 0)
            best12 = off;
        else if (format == 4 && best4 < 0)
            best4 = off;
    }
    if (best12 >= 0)
        readFormat12(cmap, best12, out);
    else if (best4 >= 0)
        readFormat4(cmap, best4, out);
    else
        return false;
    return !out.empty();
}

QByteArray writeFormat4(const CodeMap &map)
{
    // Segments: runs of consecutive code points. Inside a run, stretches with a constant
    // glyph-minus-code delta of 4 or more are delta segments (8 bytes each); the rest go through
    // the glyph id array (2 bytes a character), which keeps the table near the original's size.
    struct Segment
    {
        quint16 start, end;
        quint16 delta;
        QList<quint16> glyphs; // empty → delta segment
    };
    QList<Segment> segs;
    QList<std::pair<quint32, quint16>> bmp;
    for (const auto &[c, g] : map) {
        if (c < 0xFFFF)
            bmp.append({c, g});
    }
    qsizetype i = 0;
    while (i < bmp.size()) {
        qsizetype j = i; // run end (inclusive)
        while (j + 1 < bmp.size() && bmp[j + 1].first == bmp[j].first + 1)
            ++j;
        qsizetype k = i;
        Segment pending{quint16(bmp[i].first), 0, 0, {}};
        bool hasPending = false;
        while (k <= j) {
            qsizetype m = k;
            const int delta = int(bmp[k].second) - int(bmp[k].first);
            while (m + 1 <= j && int(bmp[m + 1].second) - int(bmp[m + 1].first) == delta)
                ++m;
            if (m - k + 1 >= 4) {
                if (hasPending) {
                    segs.append(pending);
                    hasPending = false;
                }
                segs.append({quint16(bmp[k].first), quint16(bmp[m].first), quint16(delta), {}});
            } else {
                if (!hasPending) {
                    pending = Segment{quint16(bmp[k].first), 0, 0, {}};
                    hasPending = true;
                }
                for (qsizetype x = k; x <= m; ++x)
                    pending.glyphs.append(bmp[x].second);
                pending.end = quint16(bmp[m].first);
            }
            k = m + 1;
        }
        if (hasPending)
            segs.append(pending);
        i = j + 1;
    }
    segs.append({0xFFFF, 0xFFFF, 1, {}});

    const int segCount = int(segs.size());
    QByteArray d;
    wr16(d, 4);
    wr16(d, 0); // length, patched below
    wr16(d, 0);
    wr16(d, quint16(segCount * 2));
    wrSearchFields(d, segCount, 2);
    for (const Segment &s : segs)
        wr16(d, s.end);
    wr16(d, 0);
    for (const Segment &s : segs)
        wr16(d, s.start);
    for (const Segment &s : segs)
        wr16(d, s.glyphs.isEmpty() ? s.delta : 0);
    // idRangeOffset: byte distance from this entry to the segment's first glyph in the array.
    qsizetype arrayPos = 0;
    for (int s = 0; s < segCount; ++s) {
        if (segs[s].glyphs.isEmpty()) {
            wr16(d, 0);
        } else {
            const qsizetype offset = 2 * (segCount - s) + 2 * arrayPos;
            if (offset > 0xFFFF)
                return {};
            wr16(d, quint16(offset));
            arrayPos += segs[s].glyphs.size();
        }
    }
    for (const Segment &s : segs) {
        for (quint16 g : s.glyphs)
            wr16(d, g);
    }
    if (d.size() > 0xFFFF)
        return {};
    qToBigEndian(quint16(d.size()), d.data() + 2);
    return d;
}

QByteArray writeFormat12(const CodeMap &map)
{
    QList<std::array<quint32, 3>> groups;
    for (const auto &[c, g] : map) {
        if (!groups.isEmpty()) {
            auto &last = groups.last();
            if (c == last[1] + 1 && g == last[2] + (c - last[0])) {
                last[1] = c;
                continue;
            }
        }
        groups.append({c, c, g});
    }
    QByteArray d;
    wr16(d, 12);
    wr16(d, 0);
    wr32(d, quint32(16 + 12 * groups.size()));
    wr32(d, 0);
    wr32(d, quint32(groups.size()));
    for (const auto &g : groups) {
        wr32(d, g[0]);
        wr32(d, g[1]);
        wr32(d, g[2]);
    }
    return d;
}

QByteArray writeCmap(const CodeMap &map)
{
    const bool needs12 = !map.empty() && map.rbegin()->first > 0xFFFF;
    QByteArray f4 = writeFormat4(map);
    QByteArray f12 = (needs12 || f4.isEmpty()) ? writeFormat12(map) : QByteArray();
    QList<std::pair<quint16, QByteArray>> subs; // encoding id → data, platform 3
    if (!f4.isEmpty())
        subs.append({1, f4});
    if (!f12.isEmpty())
        subs.append({10, f12});
    QByteArray d;
    wr16(d, 0);
    wr16(d, quint16(subs.size()));
    quint32 offset = 4 + 8 * quint32(subs.size());
    for (const auto &[enc, data] : subs) {
        wr16(d, 3);
        wr16(d, enc);
        wr32(d, offset);
        offset += quint32(data.size());
    }
    for (const auto &sub : subs)
        d += sub.second;
    return d;
}

QByteArray writeName(const QString &family)
{
    QString ps;
    for (QChar ch : family) {
        if (ch.unicode() > 32 && ch.unicode() < 127 && ch != QLatin1Char('/'))
            ps += ch;
    }
    const QList<std::pair<quint16, QString>> records = {
        {1, family},
        {2, QStringLiteral("Regular")},
        {3, family + QStringLiteral(" Regular")},
        {4, family},
        {6, ps.left(63)},
    };
    QByteArray strings;
    QByteArray d;
    wr16(d, 0);
    wr16(d, quint16(records.size()));
    wr16(d, quint16(6 + 12 * records.size()));
    for (const auto &[id, text] : records) {
        QByteArray utf16be;
        for (QChar ch : text)
            wr16(utf16be, ch.unicode());
        wr16(d, 3);
        wr16(d, 1);
        wr16(d, 0x0409);
        wr16(d, id);
        wr16(d, quint16(utf16be.size()));
        wr16(d, quint16(strings.size()));
        strings += utf16be;
    }
    return d + strings;
}

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    const qsizetype n = (data.size() + 3) / 4;
    for (qsizetype i = 0; i < n; ++i) {
        quint32 w = 0;
        for (int b = 0; b < 4; ++b) {
            const qsizetype at = 4 * i + b;
            w = (w << 8) | (at < data.size() ? quint8(data.at(at)) : 0u);
        }
        sum += w;
    }
    return sum;
}

// ---- font roles ------------------------------------------------------------------------------

struct Resolved
{
    QString family; ///< the family to ask Qt for
    QString source; ///< the installed family it came from
    bool patched = false;
    bool bold = false; ///< synthesised bold for a Song face standing in for 小标宋
};

QStringList xiaoBiaoSongOwnChain()
{
    return {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
            QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05")};
}

const char *const kTableTags[] = {
    "head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf", "post", "name", "cvt ",
    "fpgm", "prep", "gasp", "CFF ", "CFF2", "VORG", "vhea", "vmtx", "GSUB", "GPOS", "GDEF",
    "BASE", "kern", "EBDT", "EBLC", "EBSC", "hdmx", "VDMX", "LTSH", "meta", "STAT", "fvar",
    "gvar", "avar", "HVAR", "MVAR", "VVAR", "cvar", "COLR", "CPAL", "CBDT", "CBLC", "morx"};

QMutex g_mutex;
QHash<QString, QString> g_patchedFamilies; // installed family → family of its safe copy
FontChoice g_choice;                       // guarded by g_mutex
Resolved g_resolved[5];
bool g_done[5] = {};

/// Returns the family to use for `installed`: itself, or a registered safe copy.
QString safeFamily(const QString &installed, bool *patched)
{
    *patched = false;
    if (const auto it = g_patchedFamilies.constFind(installed);
        it != g_patchedFamilies.constEnd()) {
        *patched = *it != installed;
        return *it;
    }
    QString result = installed;
    const QRawFont raw = QRawFont::fromFont(QFont(installed));
    if (raw.isValid() && cmapHasLookalikes(raw.fontTable("cmap"))) {
        QList<QPair<QByteArray, QByteArray>> tables;
        for (const char *tag : kTableTags) {
            const QByteArray data = raw.fontTable(tag);
            if (!data.isEmpty())
                tables.append({QByteArray(tag), data});
        }
        const QByteArray font = buildSanitizedFont(tables, QStringLiteral("Tuoyu ") + installed);
        const int id = font.isEmpty() ? -1 : QFontDatabase::addApplicationFontFromData(font);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty()) {
            result = families.first();
            *patched = true;
        } else {
            qWarning("tuoyu::document: could not build a text-safe copy of %s; copied PDF "
                     "text may show radical look-alikes",
                     qPrintable(installed));
        }
    }
    g_patchedFamilies.insert(installed, result);
    return result;
}

QString firstInstalled(const QStringList &chain, const QStringList &families)
{
    for (const QString &want : chain) {
        for (const QString &have : families) {
            if (have.compare(want, Qt::CaseInsensitive) == 0)
                return have;
        }
    }
    return {};
}

/// The installed family the chain (the officer's choice first, when made) gives a role.
QString chainFamily(FontRole role, const QString &chosen, const QStringList &families, bool *bold)
{
    if (!chosen.isEmpty()) {
        if (QString installed = firstInstalled({chosen}, families); !installed.isEmpty())
            return installed;
        qWarning("tuoyu::document: the report font %s chosen in 设置 is not installed; using "
                 "the automatic choice",
                 qPrintable(chosen));
    }
    if (role != FontRole::XiaoBiaoSong)
        return firstInstalled(FontSet::chain(role), families);
    if (QString installed = firstInstalled(xiaoBiaoSongOwnChain(), families); !installed.isEmpty())
        return installed;
    *bold = true;
    return firstInstalled(FontSet::chain(FontRole::Song), families);
}

/// The installed family a role is set in: the chain's, else any Simplified Chinese face.
QString installedFamily(FontRole role, const QString &chosen, bool *bold)
{
    QString installed = chainFamily(role, chosen, QFontDatabase::families(), bold);
    if (installed.isEmpty()) {
        // None of the chain: any font that writes Simplified Chinese, then whatever Qt picks.
        const QStringList zh = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        for (const QString &f : zh) {
            if (!f.startsWith(QLatin1String("Tuoyu "))) {
                installed = f;
                break;
            }
        }
        if (installed.isEmpty())
            installed = QFontInfo(QFont(FontSet::chain(role).constFirst())).family();
    }
    return installed;
}

Resolved resolve(FontRole role, const QString &chosen)
{
    Resolved r;
    r.source = installedFamily(role, chosen, &r.bold);
    r.family = safeFamily(r.source, &r.patched);
    return r;
}

const Resolved &resolved(FontRole role)
{
    const int i = int(role);
    QMutexLocker lock(&g_mutex);
    if (!g_done[i]) {
        g_resolved[i] = resolve(role, g_choice.family(role));
        g_done[i] = true;
    }
    return g_resolved[i];
}

/// Names Word knows that a machine may have in place of the role's usual one: the GB2312
/// faces offices install for official documents, and 方正小标宋. A document made where they
/// are installed names them.
QStringList ownDocxNames(FontRole role)
{
    switch (role) {
    case FontRole::FangSong:
        return {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312")};
    case FontRole::Kai:
        return {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312")};
    case FontRole::XiaoBiaoSong:
        return xiaoBiaoSongOwnChain();
    case FontRole::Song:
    case FontRole::Hei:
        break;
    }
    return {};
}

} // namespace

bool cmapHasLookalikes(const QByteArray &cmap)
{
    CodeMap map;
    if (!readUnicodeCmap(cmap, map))
        return false;
    return std::any_of(map.begin(), map.end(), [](const auto &e) { return isLookalike(e.first); });
}

QByteArray buildSanitizedFont(const QList<QPair<QByteArray, QByteArray>> &tablesIn,
                              const QString &newFamily)
{
    QList<QPair<QByteArray, QByteArray>> tables;
    bool haveCmap = false, isCff = false;
    for (const auto &t : tablesIn) {
        if (t.first.size() != 4 || t.first == "DSIG")
            continue; // a signature would no longer match
        if (t.first == "cmap") {
            CodeMap map;
            if (!readUnicodeCmap(t.second, map))
                return {};
            for (auto it = map.begin(); it != map.end();)
                it = isLookalike(it->first) ? map.erase(it) : std::next(it);
            tables.append({t.first, writeCmap(map)});
            haveCmap = true;
        } else if (t.first == "name") {
            tables.append({t.first, writeName(newFamily)});
        } else {
            tables.append(t);
        }
        isCff = isCff || t.first == "CFF " || t.first == "CFF2";
    }
    if (!haveCmap)
        return {};
    if (std::none_of(tables.begin(), tables.end(), [](const auto &t) { return t.first == "name"; }))
        tables.append({QByteArray("name"), writeName(newFamily)});
    std::sort(tables.begin(), tables.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    const int n = int(tables.size());
    QByteArray out;
    wr32(out, isCff ? 0x4F54544F : 0x00010000);
    wr16(out, quint16(n));
    wrSearchFields(out, n, 16);
    quint32 offset = 12 + 16 * quint32(n);
    qsizetype headOffset = -1;
    for (auto &t : tables) {
        if (t.first == "head" && t.second.size() >= 12)
            qToBigEndian(quint32(0), t.second.data() + 8); // checkSumAdjustment, set below
        out += t.first;
        wr32(out, checksum(t.second));
        wr32(out, offset);
        wr32(out, quint32(t.second.size()));
        if (t.first == "head")
            headOffset = offset;
        offset += (quint32(t.second.size()) + 3) & ~3u;
    }
    for (const auto &t : tables) {
        out += t.second;
        out.append((4 - t.second.size() % 4) % 4, '\0');
    }
    if (headOffset >= 0)
        qToBigEndian(quint32(0xB1B0AFBA - checksum(out)), out.data() + headOffset + 8);
    return out;
}

QStringList FontSet::chain(FontRole role)
{
    switch (role) {
    case FontRole::FangSong:
        // 仿宋_GB2312 first: GB/T 9704's 仿宋 as offices that install it expect to see it.
        return {QStringLiteral("仿宋_GB2312"),    QStringLiteral("FangSong_GB2312"),
                QStringLiteral("FangSong"),       QStringLiteral("仿宋"),
                QStringLiteral("STFangsong"),     QStringLiteral("FandolFang"),
                QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC")};
    case FontRole::Song:
    case FontRole::XiaoBiaoSong:
        return {QStringLiteral("SimSun"),           QStringLiteral("宋体"),
                QStringLiteral("NSimSun"),          QStringLiteral("STSong"),
                QStringLiteral("FandolSong"),       QStringLiteral("AR PL UMing CN"),
                QStringLiteral("Noto Serif CJK SC")};
    case FontRole::Hei:
        return {QStringLiteral("SimHei"),
                QStringLiteral("黑体"),
                QStringLiteral("STHeiti"),
                QStringLiteral("FandolHei"),
                QStringLiteral("WenQuanYi Zen Hei"),
                QStringLiteral("Noto Sans CJK SC")};
    case FontRole::Kai:
        return {QStringLiteral("KaiTi"),
                QStringLiteral("楷体"),
                QStringLiteral("楷体_GB2312"),
                QStringLiteral("KaiTi_GB2312"),
                QStringLiteral("STKaiti"),
                QStringLiteral("FandolKai"),
                QStringLiteral("AR PL UKai CN"),
                QStringLiteral("LXGW WenKai"),
                QStringLiteral("Noto Serif CJK SC")};
    }
    return {};
}

QString FontSet::family(FontRole role)
{
    return resolved(role).family;
}

QFont FontSet::font(FontRole role, double pointSize)
{
    const Resolved &r = resolved(role);
    QFont f(r.family);
    f.setPointSizeF(pointSize);
    if (r.bold)
        f.setWeight(QFont::Bold);
    // Kerning and hinting change advances between devices; the grid wants plain advances.
    f.setKerning(false);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString FontSet::docxFamily(FontRole role)
{
    if (const QString chosen = choice().family(role); !chosen.isEmpty())
        return chosen;
    const QString installed = resolved(role).source;
    if (ownDocxNames(role).contains(installed, Qt::CaseInsensitive))
        return installed;
    // Names as Word and WPS know them on officers' (Windows) machines; LibreOffice maps them
    // through fontconfig elsewhere.
    switch (role) {
    case FontRole::FangSong:
        return QStringLiteral("仿宋");
    case FontRole::Song:
        return QStringLiteral("宋体");
    case FontRole::Hei:
        return QStringLiteral("黑体");
    case FontRole::Kai:
        return QStringLiteral("楷体");
    case FontRole::XiaoBiaoSong:
        return QStringLiteral("方正小标宋简体");
    }
    return {};
}

QStringList FontSet::report()
{
    static const char *const names[] = {"FangSong", "Song", "Hei", "Kai", "XiaoBiaoSong"};
    QStringList out;
    for (int i = 0; i < 5; ++i) {
        const Resolved &r = resolved(FontRole(i));
        out << QStringLiteral("%1 → %2%3%4")
                   .arg(QLatin1String(names[i]), r.source,
                        r.patched ? QStringLiteral(" (text-safe copy \"%1\")").arg(r.family)
                                  : QStringLiteral(" (as installed)"),
                        r.bold ? QStringLiteral(", synthetic bold") : QString());
    }
    return out;
}

void FontSet::use(const FontChoice &choice)
{
    QMutexLocker lock(&g_mutex);
    if (choice == g_choice)
        return;
    g_choice = choice;
    std::fill(std::begin(g_done), std::end(g_done), false);
}

QString FontSet::automaticFamily(FontRole role)
{
    bool bold = false;
    return installedFamily(role, QString(), &bold);
}

FontChoice FontSet::choice()
{
    QMutexLocker lock(&g_mutex);
    return g_choice;
}

QString FontSet::properties(bool forDocx)
{
    QStringList parts;
    for (FontRole role :
         {FontRole::XiaoBiaoSong, FontRole::FangSong, FontRole::Hei, FontRole::Kai, FontRole::Song})
        parts << FontChoice::roleLabel(role) + QLatin1Char(' ') +
                     (forDocx ? docxFamily(role) : resolved(role).source);
    return QStringLiteral("字体：") + parts.join(QStringLiteral("；"));
}

} // namespace tuoyu::document

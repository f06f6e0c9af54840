// The model, the font set and the editor conversion.
#include "sampledocument.h"

#include "document/fontset.h"
#include "document/officialdocument.h"
#include "document/richtext.h"
#include "document/tablelayout.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace tuoyu::document;
using namespace tuoyu::document::test;

TEST_CASE("Heading numbers, dates and attachment notes", "[model]")
{
    CHECK(headingNumber(1, 1) == QStringLiteral("一、"));
    CHECK(headingNumber(1, 10) == QStringLiteral("十、"));
    CHECK(headingNumber(1, 23) == QStringLiteral("二十三、"));
    CHECK(headingNumber(2, 12) == QStringLiteral("（十二）"));
    CHECK(headingNumber(3, 4) == QStringLiteral("4."));
    CHECK(formatDate(QDate(2024, 5, 10)) == QStringLiteral("2024年5月10日"));
    const OfficialDocument d = sampleDocument();
    CHECK(attachmentNoteLines(d) == QStringList{QStringLiteral("附件：1.全区托育服务机构名单"),
                                                QStringLiteral("2.重点指标完成情况表")});
    CHECK(attachmentLabel(d, 1) == QStringLiteral("附件2"));
}

TEST_CASE("Totals and table plans", "[model][table]")
{
    TableBlock t = institutionTable(3);
    CHECK(t.totals.at(0) == QStringLiteral("合计"));
    CHECK(t.totals.at(5) == QString::number(41 + 42 + 43));
    const TablePlan wide = planTable(t);
    CHECK(wide.landscape);
    double sum = 0;
    for (double w : wide.widthsMm)
        sum += w;
    CHECK(sum == Approx(225.0));
    CHECK(wide.alignments.at(5) == ColumnAlign::Right);
    CHECK(wide.alignments.at(1) == ColumnAlign::Left);
    TableBlock narrow;
    narrow.headerRows << QStringList{QStringLiteral("指标"), QStringLiteral("值")};
    narrow.rows << QStringList{QStringLiteral("托位"), QStringLiteral("1,234")};
    CHECK_FALSE(planTable(narrow).landscape);
    CHECK(looksNumeric(QStringLiteral("92.5%")));
    CHECK_FALSE(looksNumeric(QStringLiteral("第3名")));
}

TEST_CASE("Every font role resolves to a font whose cmap has no radical look-alikes",
          "[fonts][fidelity]")
{
    for (FontRole role : {FontRole::FangSong, FontRole::Song, FontRole::Hei, FontRole::Kai,
                          FontRole::XiaoBiaoSong}) {
        const QFont f = FontSet::font(role, 16);
        const QRawFont raw = QRawFont::fromFont(f);
        INFO(FontSet::family(role).toStdString());
        REQUIRE(raw.isValid());
        CHECK_FALSE(cmapHasLookalikes(raw.fontTable("cmap")));
        CHECK(raw.supportsCharacter(QChar(0x5DE5))); // 工
    }
}

TEST_CASE("A font mapping Kangxi radicals gets a text-safe copy", "[fonts][fidelity]")
{
    // Take a real font's tables and give it a cmap like Noto CJK's: 工 and ⼯ on one glyph,
    // U+0001 on the space glyph.
    const QRawFont raw = QRawFont::fromFont(FontSet::font(FontRole::Song, 12));
    REQUIRE(raw.isValid());
    const QList<quint32> gw = raw.glyphIndexesForString(QStringLiteral("工 "));
    REQUIRE(gw.size() == 2);
    QByteArray cmap;
    auto w16 = [&](quint16 v) { cmap.append(char(v >> 8)).append(char(v & 0xFF)); };
    auto w32 = [&](quint32 v) {
        w16(quint16(v >> 16));
        w16(quint16(v & 0xFFFF));
    };
    const QList<std::array<quint32, 2>> map = {
        {0x01, gw[1]}, {0x20, gw[1]}, {0x2F2F, gw[0]}, {0x5DE5, gw[0]}};
    w16(0);
    w16(1);
    w16(3);
    w16(10);
    w32(12);
    w16(12);
    w16(0);
    w32(16 + 12 * quint32(map.size()));
    w32(0);
    w32(quint32(map.size()));
    for (const auto &m : map) {
        w32(m[0]);
        w32(m[0]);
        w32(m[1]);
    }
    CHECK(cmapHasLookalikes(cmap));
    QList<QPair<QByteArray, QByteArray>> tables;
    for (const char *tag :
         {"head", "hhea", "maxp", "OS/2", "hmtx", "loca", "glyf", "post", "name", "CFF "}) {
        const QByteArray data = raw.fontTable(tag);
        if (!data.isEmpty())
            tables.append({QByteArray(tag), data});
    }
    tables.append({QByteArray("cmap"), cmap});
    const QByteArray font = buildSanitizedFont(tables, QStringLiteral("Tuoyu Test Safe"));
    REQUIRE(!font.isEmpty());
    const int id = QFontDatabase::addApplicationFontFromData(font);
    REQUIRE(id >= 0);
    CHECK(QFontDatabase::applicationFontFamilies(id).contains(QStringLiteral("Tuoyu Test Safe")));
    QFont safe(QStringLiteral("Tuoyu Test Safe"));
    safe.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont safeRaw = QRawFont::fromFont(safe);
    REQUIRE(safeRaw.isValid());
    CHECK_FALSE(cmapHasLookalikes(safeRaw.fontTable("cmap")));
    CHECK(safeRaw.supportsCharacter(QChar(0x5DE5)));
    CHECK(safeRaw.supportsCharacter(QChar(0x20)));
    CHECK_FALSE(safeRaw.supportsCharacter(QChar(0x2F2F)));
    CHECK_FALSE(safeRaw.supportsCharacter(QChar(0x01)));
    QFontDatabase::removeApplicationFont(id);
}

TEST_CASE("Editing in a QTextDocument keeps ids and marks officer edits", "[richtext]")
{
    const QList<Block> original = sampleDocument().blocks;
    QTextDocument doc;
    toTextDocument(original, &doc);
    // Unchanged round trip.
    QList<Block> back = fromTextDocument(&doc, original);
    REQUIRE(back.size() == original.size());
    for (qsizetype i = 0; i < back.size(); ++i) {
        CHECK(back.at(i).id == original.at(i).id);
        CHECK(back.at(i).origin == original.at(i).origin);
        CHECK(back.at(i).content.index() == original.at(i).content.index());
    }
    // The officer rewrites the generated summary and adds a paragraph after it.
    QTextBlock summary;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().stringProperty(BlockIdProperty) == QStringLiteral("progress.summary"))
            summary = b;
    }
    REQUIRE(summary.isValid());
    QTextCursor c(summary);
    c.movePosition(QTextCursor::EndOfBlock);
    c.insertText(QStringLiteral("（区领导已批示）"));
    c.insertBlock(QTextBlockFormat()); // a fresh paragraph, no id
    c.insertText(QStringLiteral("新增的一段说明。"));
    back = fromTextDocument(&doc, original);
    REQUIRE(back.size() == original.size() + 1);
    qsizetype at = -1;
    for (qsizetype i = 0; i < back.size(); ++i) {
        if (back.at(i).id == QStringLiteral("progress.summary"))
            at = i;
    }
    REQUIRE(at >= 0);
    CHECK(back.at(at).origin == BlockOrigin::Officer);
    CHECK(back.at(at + 1).origin == BlockOrigin::Officer);
    CHECK(back.at(at + 1).asParagraph()->text == QStringLiteral("新增的一段说明。"));
    CHECK(back.at(at + 1).id != QString());
    CHECK(toHtml(sampleDocument()).contains(QStringLiteral("<table")));
}

TEST_CASE("Regenerating refreshes generated blocks and keeps the officer's", "[model]")
{
    QList<Block> current;
    current << Block::body(QStringLiteral("托位 100 个。"), QStringLiteral("n"))
            << Block::body(QStringLiteral("officer words"), QStringLiteral("o1"),
                           BlockOrigin::Officer)
            << Block::body(QStringLiteral("old only"), QStringLiteral("gone"));
    QList<Block> fresh;
    fresh << Block::body(QStringLiteral("托位 120 个。"), QStringLiteral("n"))
          << Block::body(QStringLiteral("new block"), QStringLiteral("added"));
    const QList<Block> merged = mergeRegenerated(current, fresh);
    REQUIRE(merged.size() == 3);
    CHECK(merged.at(0).asParagraph()->text == QStringLiteral("托位 120 个。"));
    CHECK(merged.at(1).id == QStringLiteral("added"));
    CHECK(merged.at(2).asParagraph()->text == QStringLiteral("officer words"));
}

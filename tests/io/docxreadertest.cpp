#include "testhelpers.h"

#include "io/reader.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tuoyu::io;

namespace {

QByteArray cell(const QByteArray &text, const QByteArray &props = QByteArray())
{
    QByteArray paragraphs;
    for (const QByteArray &p : text.split('|'))
        paragraphs += "<w:p><w:r><w:t xml:space=\"preserve\">" + p + "</w:t></w:r></w:p>";
    return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + paragraphs + "</w:tc>";
}

ReadResult readDocument(const QByteArray &body)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("附件.docx"));
    REQUIRE(writeDocx(path, body));
    return readFile(path);
}

} // namespace

TEST_CASE("docx: tables with gridSpan, vMerge, paragraphs and nested tables", "[docx]")
{
    const QByteArray span2 = "<w:gridSpan w:val=\"2\"/>";
    const QByteArray restart = "<w:vMerge w:val=\"restart\"/>";
    const QByteArray cont = "<w:vMerge/>";
    const QByteArray nested = "<w:tbl><w:tr>" + cell("内1") + cell("内2") + "</w:tr></w:tbl>";
    const QByteArray body = "<w:p><w:r><w:t>附件2</w:t></w:r></w:p>"
                            "<w:tbl>"
                            "<w:tr>" +
                            cell("名单", span2 + "") + cell("备注") +
                            "</w:tr>"
                            "<w:tr>" +
                            cell("公办", restart) + cell("甲园|第二段") + cell("x") +
                            "</w:tr>"
                            "<w:tr>" +
                            cell("", cont) + cell("乙园") + "<w:tc><w:p/>" + nested +
                            "<w:p/></w:tc>" +
                            "</w:tr>"
                            "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" +
                            cell("跳过第一列") + cell("尾") +
                            "</w:tr>"
                            "</w:tbl>"
                            "<w:p/><w:tbl><w:tr>" +
                            cell("第二个表") + "</w:tr></w:tbl>";
    const ReadResult r = readDocument(body);
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() == 3);
    const Table &t = r.tables[0];
    CHECK(t.name == QStringLiteral("表格 1"));
    CHECK(t.cell(0, 0).text == QStringLiteral("名单"));
    CHECK(t.cell(0, 1).text == QStringLiteral("名单")); // gridSpan fills the spanned column
    CHECK(t.cell(0, 2).text == QStringLiteral("备注"));
    CHECK(t.cell(1, 0).text == QStringLiteral("公办"));
    CHECK(t.cell(1, 1).text == QStringLiteral("甲园\n第二段"));
    CHECK(t.cell(2, 0).text == QStringLiteral("公办")); // vMerge continuation takes the value above
    CHECK(t.cell(2, 1).text == QStringLiteral("乙园"));
    CHECK(t.cell(2, 2).text == QStringLiteral("内1\n内2"));
    CHECK(t.cell(3, 0).isEmpty());
    CHECK(t.cell(3, 1).text == QStringLiteral("跳过第一列"));
    CHECK(t.cell(3, 2).text == QStringLiteral("尾"));
    REQUIRE(t.merges.size() == 2);
    CHECK(t.merges[0].lastColumn == 1);
    CHECK((t.merges[1].firstRow == 1 && t.merges[1].lastRow == 2 && t.merges[1].firstColumn == 0));

    CHECK(r.tables[1].name ==
          QStringLiteral("表格 2")); // the nested table, numbered where it starts
    CHECK(r.tables[1].cell(0, 1).text == QStringLiteral("内2"));
    CHECK(r.tables[2].name == QStringLiteral("表格 3"));
    CHECK(r.tables[2].cell(0, 0).text == QStringLiteral("第二个表"));
}

TEST_CASE("docx: a document without tables says so", "[docx]")
{
    const ReadResult r = readDocument("<w:p><w:r><w:t>只有文字</w:t></w:r></w:p>");
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QStringLiteral("没有表格")));
}

TEST_CASE("docx: corpus tables", "[docx][corpus]")
{
    const ReadResult access =
        readFile(corpusPath(QStringLiteral("python-docx/tbl-cell-access.docx")));
    REQUIRE(access.ok());
    CHECK(access.tables[0].cell(2, 2).text == QStringLiteral("9"));
    CHECK(access.tables[1].cell(1, 1).text == QStringLiteral("4")); // merged horizontally
    CHECK(access.tables[2].cell(2, 1).text == QStringLiteral("5")); // merged vertically

    const ReadResult sas =
        readFile(corpusPath(QStringLiteral("apache-poi/document/bug57031.docx")));
    REQUIRE(sas.ok());
    CHECK(sas.tables[0].cell(0, 3).text == QStringLiteral("Test of Equality over Strata"));
    CHECK(sas.tables[0].cell(1, 3).text == QStringLiteral("Pr >\nChi-Square"));
    CHECK(sas.tables[0].cell(4, 1).text == QStringLiteral("3.2114"));

    const ReadResult nested =
        readFile(corpusPath(QStringLiteral("apache-poi/document/bug65738.docx")));
    REQUIRE(nested.ok());
    REQUIRE(nested.tables.size() == 2);
    CHECK(nested.tables[1].cell(1, 1).text == QStringLiteral("More of our nested table"));
}

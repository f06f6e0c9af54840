#include "xlsxgen.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QByteArray>

#include <cstdio>

namespace tuoyu::bench {

namespace {

bool writeEntry(QuaZip &zip, const char *name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    // Level 1: inflating costs the same whatever the level; writing is much faster.
    QuaZipNewInfo info(QString::fromLatin1(name));
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 1))
        return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.getZipError() == ZIP_OK;
}

void appendNumber(QByteArray &out, long long v)
{
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%lld", v);
    out.append(buf, n);
}

const char *const kinds[] = {"公办", "民办", "企业办", "卫健办", "社区办", "独立"};
const char *const towns[] = {"郑陆镇",   "雕庄街道", "青龙街道", "茶山街道",
                             "红梅街道", "天宁街道", "兰陵街道"};
const char *const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

} // namespace

bool writeGeneratedXlsx(const QString &path, int rows, QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }

    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/"
        ">"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        "</Types>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"xl/workbook.xml\"/>"
        "</Relationships>";
    const QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<workbookPr/><sheets><sheet name=\"机构名单\" sheetId=\"1\" "
        "r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "</Relationships>";
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz "
        "val=\"11\"/><name val=\"等线\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
        "patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
        "borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
        "xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "</styleSheet>";

    // Shared strings: 10 headers, 6 kinds, then 3 unique strings per row.
    static const char *const headers[10] = {"序号",     "机构名称", "属性",   "托位数", "普惠托位",
                                            "在托人数", "地址",     "联系人", "电话",   "备案日期"};
    const long long uniqueCount = 16 + 3LL * rows;
    QByteArray strings;
    strings.reserve(qsizetype(uniqueCount * 60));
    strings.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"");
    appendNumber(strings, 10 + 4LL * rows);
    strings.append("\" uniqueCount=\"");
    appendNumber(strings, uniqueCount);
    strings.append("\">");
    for (const char *h : headers)
        strings.append("<si><t>").append(h).append("</t></si>");
    for (const char *k : kinds)
        strings.append("<si><t>").append(k).append("</t></si>");

    QByteArray sheet;
    sheet.reserve(qsizetype(rows) * 330 + 1024);
    sheet.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                 "<dimension ref=\"A1:J");
    appendNumber(sheet, rows + 1LL);
    sheet.append(
        "\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" "
        "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        "<sheetFormatPr defaultRowHeight=\"14.25\"/><sheetData>");
    sheet.append("<row r=\"1\" spans=\"1:10\">");
    static const char cols[] = "ABCDEFGHIJ";
    for (int c = 0; c < 10; ++c) {
        sheet.append("<c r=\"").append(cols[c]).append("1\" s=\"1\" t=\"s\"><v>");
        appendNumber(sheet, c);
        sheet.append("</v></c>");
    }
    sheet.append("</row>");

    unsigned long long seed = 88172645463325252ULL;
    auto next = [&seed] {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        return seed;
    };
    char buf[160];
    for (int i = 0; i < rows; ++i) {
        const long long r = i + 2LL;
        const long long base = 16 + 3LL * i;
        const unsigned long long x = next();
        // shared strings for this row: name, address, contact
        int n = std::snprintf(buf, sizeof buf, "<si><t>%s第%d托育服务有限公司</t></si>",
                              towns[x % 7], i + 1);
        strings.append(buf, n);
        n = std::snprintf(buf, sizeof buf, "<si><t>常州市天宁区%s幸福路%d号</t></si>",
                          towns[(x >> 8) % 7], int((x >> 16) % 900) + i % 97 + 1);
        strings.append(buf, n);
        n = std::snprintf(buf, sizeof buf, "<si><t>%s老师%d</t></si>", surnames[(x >> 24) % 10], i);
        strings.append(buf, n);

        const int capacity = 20 + int((x >> 32) % 13) * 10;
        const int puhui = capacity - int((x >> 40) % 3) * 10;
        const int enrolled = int((x >> 44) % unsigned(capacity + 1));
        const long long phone = 13800000000LL + (long long)((x >> 20) % 100000000ULL);
        const int filed = 44927 + int((x >> 48) % 1000); // 2023-01-01 onwards
        n = std::snprintf(
            buf, sizeof buf,
            "<row r=\"%lld\" spans=\"1:10\"><c r=\"A%lld\"><v>%d</v></c>"
            "<c r=\"B%lld\" t=\"s\"><v>%lld</v></c><c r=\"C%lld\" t=\"s\"><v>%d</v></c>",
            r, r, i + 1, r, base, r, 10 + int((x >> 4) % 6));
        sheet.append(buf, n);
        n = std::snprintf(buf, sizeof buf,
                          "<c r=\"D%lld\"><v>%d</v></c><c r=\"E%lld\"><v>%d</v></c>"
                          "<c r=\"F%lld\"><v>%d</v></c><c r=\"G%lld\" t=\"s\"><v>%lld</v></c>",
                          r, capacity, r, puhui, r, enrolled, r, base + 1);
        sheet.append(buf, n);
        n = std::snprintf(buf, sizeof buf,
                          "<c r=\"H%lld\" t=\"s\"><v>%lld</v></c><c r=\"I%lld\"><v>%lld</v></c>"
                          "<c r=\"J%lld\" s=\"2\"><v>%d</v></c></row>",
                          r, base + 2, r, phone, r, filed);
        sheet.append(buf, n);
    }
    strings.append("</sst>");
    sheet.append("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
                 "header=\"0.3\" footer=\"0.3\"/></worksheet>");

    const bool ok = writeEntry(zip, "[Content_Types].xml", contentTypes) &&
                    writeEntry(zip, "_rels/.rels", rootRels) &&
                    writeEntry(zip, "xl/workbook.xml", workbook) &&
                    writeEntry(zip, "xl/_rels/workbook.xml.rels", workbookRels) &&
                    writeEntry(zip, "xl/styles.xml", styles) &&
                    writeEntry(zip, "xl/sharedStrings.xml", strings) &&
                    writeEntry(zip, "xl/worksheets/sheet1.xml", sheet);
    zip.close();
    if (!ok || zip.getZipError() != ZIP_OK) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace tuoyu::bench

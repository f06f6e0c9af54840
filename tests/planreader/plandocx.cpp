#include "plandocx.h"

#include "planreader/planreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QRegularExpression>

#include <stdexcept>

namespace tuoyu::test {

namespace {

QString escape(QString s)
{
    s.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return s;
}

QString paragraphXml(const QString &text, int numId = 0, int level = 0)
{
    QString p = QStringLiteral("<w:p>");
    if (numId > 0)
        p += QStringLiteral(
                 "<w:pPr><w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr></w:pPr>")
                 .arg(level)
                 .arg(numId);
    p += QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(escape(text));
    return p;
}

bool add(QuaZip &zip, const QString &name, const QString &content)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    file.write(content.toUtf8());
    file.close();
    return file.getZipError() == UNZ_OK;
}

} // namespace

bool writePlanDocx(const PlanDocument &document, const QString &path, bool wordNumbering,
                   QString *error)
{
    // one list (numId 1) with the four levels plans use, restarting as Word restarts them
    struct Level
    {
        QRegularExpression typed;
        int level;
    };
    const QList<Level> levels{
        {QRegularExpression(QStringLiteral("^[一二三四五六七八九十]+、")), 0},
        {QRegularExpression(QStringLiteral("^（[一二三四五六七八九十]+）")), 1},
        {QRegularExpression(QStringLiteral("^[0-9]{1,2}[.．](?![0-9])")), 2},
        {QRegularExpression(QStringLiteral("^（[0-9]{1,2}）")), 3},
    };
    QString body;
    int numId = 1; // a new list (restarting at 一、) wherever the typed numbers restart
    bool listUsed = false;
    for (const PlanDocument::Paragraph &p : document.paragraphs) {
        if (p.table >= 0) {
            body += QStringLiteral("<w:tbl>");
            for (const auto &row : document.tables.at(p.table).rows) {
                body += QStringLiteral("<w:tr>");
                for (const auto &cell : row) {
                    body += QStringLiteral("<w:tc>");
                    for (const QString &line : cell.text.split(QLatin1Char('\n')))
                        body += paragraphXml(line);
                    body += QStringLiteral("</w:tc>");
                }
                body += QStringLiteral("</w:tr>");
            }
            body += QStringLiteral("</w:tbl>");
            continue;
        }
        bool numbered = false;
        if (wordNumbering) {
            for (const Level &l : levels) {
                const auto m = l.typed.match(p.text.trimmed());
                if (m.hasMatch()) {
                    if (l.level == 0 && m.captured(0).startsWith(QStringLiteral("一")) && listUsed)
                        ++numId;
                    listUsed = true;
                    body += paragraphXml(p.text.trimmed().mid(m.capturedLength(0)), numId, l.level);
                    numbered = true;
                    break;
                }
            }
        }
        if (!numbered)
            body += paragraphXml(p.text);
    }
    const QString ns =
        QStringLiteral("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"");
    const QString documentXml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                       "<w:document %1><w:body>%2</w:body></w:document>")
            .arg(ns, body);
    const QString numberingXml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering NSDECL>"
            "<w:abstractNum w:abstractNumId=\"0\">"
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt "
            "w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt "
            "w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
            "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
            "w:val=\"%3.\"/></w:lvl>"
            "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
            "w:val=\"（%4）\"/></w:lvl>"
            "</w:abstractNum>NUMS</w:numbering>")
            .replace(QStringLiteral("NSDECL"), ns)
            .replace(QStringLiteral("NUMS"), [numId] {
                QString nums;
                for (int n = 1; n <= numId; ++n) {
                    nums += QStringLiteral("<w:num w:numId=\"%1\"><w:abstractNumId w:val=\"0\"/>")
                                .arg(n);
                    if (n > 1)
                        for (int l = 0; l < 4; ++l)
                            nums += QStringLiteral("<w:lvlOverride w:ilvl=\"%1\"><w:startOverride "
                                                   "w:val=\"1\"/></w:lvlOverride>")
                                        .arg(l);
                    nums += QStringLiteral("</w:num>");
                }
                return nums;
            }());
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    const bool ok =
        add(zip, QStringLiteral("[Content_Types].xml"),
            QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                "<Default Extension=\"rels\" "
                "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                "<Override PartName=\"/word/document.xml\" "
                "ContentType=\"application/"
                "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                "<Override PartName=\"/word/numbering.xml\" "
                "ContentType=\"application/"
                "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
                "</Types>")) &&
        add(zip, QStringLiteral("_rels/.rels"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rId1\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/officeDocument\" Target=\"word/document.xml\"/>"
                           "</Relationships>")) &&
        add(zip, QStringLiteral("word/document.xml"), documentXml) &&
        add(zip, QStringLiteral("word/numbering.xml"), numberingXml);
    zip.close();
    if (!ok)
        *error = QStringLiteral("cannot write %1").arg(path);
    return ok;
}

PlanReading readPlanFile(const QString &path)
{
    QString error;
    const auto document = PlanDocument::open(path, &error);
    // Thrown, not asserted: the bench links this file without the test framework; a test
    // reports the exception as its failure, with the message.
    if (!document)
        throw std::runtime_error(error.toStdString());
    return PlanReader::read(*document);
}

} // namespace tuoyu::test

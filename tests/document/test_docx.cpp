// .docx output: a well-formed WordprocessingML package with the GB/T 9704 page setup, landscape
// sections, repeated header rows, footers with a PAGE field and embedded figure images; and, when
// LibreOffice is installed, a conversion back to PDF that carries the report's words.
#include "sampledocument.h"

#include "externaltool.h"

#include "document/docxwriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <catch2/catch.hpp>

using namespace tuoyu::document;
using namespace tuoyu::document::test;

namespace {

QMap<QString, QByteArray> readZip(const QString &path)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (f.open(QIODevice::ReadOnly))
            parts.insert(zip.getCurrentFileName(), f.readAll());
    }
    return parts;
}

QString wellFormedError(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return r.hasError() ? r.errorString() + QStringLiteral(" at line %1").arg(r.lineNumber())
                        : QString();
}

} // namespace

TEST_CASE("The sample report writes a well-formed docx with the standard page setup", "[docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.docx"));
    QString error;
    REQUIRE(writeDocx(sampleDocument(), path, &error));
    const QString keep = qEnvironmentVariable("TUOYU_TEST_OUTPUT_DIR"); // to look at the output
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(QStringLiteral("sample.docx")));
        QFile::copy(path, QDir(keep).filePath(QStringLiteral("sample.docx")));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("sample.docx")});

    const auto parts = readZip(path);
    for (const char *name :
         {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
          "word/settings.xml", "word/footer1.xml", "word/footer2.xml",
          "word/_rels/document.xml.rels", "word/media/image1.png"}) {
        INFO(name);
        CHECK(parts.contains(QString::fromLatin1(name)));
    }
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
            continue;
        INFO(it.key().toStdString());
        CHECK(wellFormedError(it.value()).toStdString() == "");
    }
    const QString doc = QString::fromUtf8(parts.value(QStringLiteral("word/document.xml")));
    // A4 portrait, top 37 mm (2098 twips), left 28 mm (1587), right 26 mm, bottom 35 mm.
    CHECK(doc.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")));
    CHECK(doc.contains(QStringLiteral("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" "
                                      "w:left=\"1587\"")));
    CHECK(doc.contains(
        QStringLiteral("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>")));
    CHECK(doc.contains(QStringLiteral("w:linePitch=\"580\"")));
    CHECK(doc.contains(QStringLiteral("<w:tblHeader/>")));
    CHECK(doc.contains(QStringLiteral("合计")));
    CHECK(doc.contains(QStringLiteral("r:embed=\"rIdImage1\"")));
    CHECK(doc.contains(QStringLiteral("关于普惠托育服务工作进展情况的报告")));
    // The institution table's 41 data/totals rows plus header, header marked once.
    CHECK(doc.count(QStringLiteral("<w:tblHeader/>")) == 2);

    const QString odd = QString::fromUtf8(parts.value(QStringLiteral("word/footer1.xml")));
    const QString even = QString::fromUtf8(parts.value(QStringLiteral("word/footer2.xml")));
    CHECK(odd.contains(QStringLiteral("w:instr=\" PAGE \"")));
    CHECK(odd.contains(QStringLiteral("<w:jc w:val=\"right\"/>")));
    CHECK(even.contains(QStringLiteral("<w:jc w:val=\"left\"/>")));
    CHECK(odd.contains(QStringLiteral(">— <")));
    CHECK(QString::fromUtf8(parts.value(QStringLiteral("word/settings.xml")))
              .contains(QStringLiteral("<w:evenAndOddHeaders/>")));
}

TEST_CASE("LibreOffice opens the docx and finds the report's words", "[docx][soffice]")
{
    const QString soffice =
        tuoyu::test::requireTool(QStringLiteral("soffice"), "libreoffice-writer-nogui");
    if (soffice.isEmpty() ||
        tuoyu::test::requireTool(QStringLiteral("pdftotext"), "poppler-utils").isEmpty())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.docx"));
    REQUIRE(writeDocx(sampleDocument(), path));
    bool ok = false;
    runTool(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
             QStringLiteral("--outdir"), dir.path(), path},
            &ok);
    const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
    REQUIRE(QFile::exists(pdf));
    QString text =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(QStringLiteral("关于普惠托育服务工作进展情况的报告")));
    CHECK(text.contains(QStringLiteral("区3岁以下婴幼儿照护服务工作领导小组：")));
    CHECK(text.contains(QStringLiteral("—1—")));
    CHECK(text.contains(QStringLiteral("合计")));
    CHECK(text.contains(QStringLiteral("2024年5月10日")));
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    CHECK(info.contains(QStringLiteral("595.3")));
}

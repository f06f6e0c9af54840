// Report fonts chosen in one place (FontChoice, 设置 → 报告字体): the officer's family for a
// role is the one painted into the PDF and named in the .docx, an uninstalled one falls back to
// the GB/T 9704 chain, and both files say in their properties what they were set in.
#include "sampledocument.h"

#include "document/docxwriter.h"
#include "document/fontset.h"
#include "document/renderer.h"

#include <QFile>
#include <QFontDatabase>
#include <QSettings>
#include <QTemporaryDir>

#include "zippart.h"

#include <catch2/catch.hpp>

using namespace tuoyu::document;
using namespace tuoyu::document::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A CJK family installed here other than what the chain picks for the body, to choose.
QString anotherCjkFamily()
{
    const QString automatic = FontSet::report().constFirst();
    for (const QString &f : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
        if (!f.startsWith(QLatin1String("Tuoyu ")) && !automatic.contains(f + QLatin1Char(' ')))
            return f;
    return {};
}

/// Puts the automatic choice back however the test ends.
struct ChoiceGuard
{
    ~ChoiceGuard() { FontSet::use(FontChoice()); }
};

} // namespace

TEST_CASE("Without a choice reports name the GB/T 9704 faces and record them", "[fonts]")
{
    ChoiceGuard guard;
    FontSet::use(FontChoice());
    const QString docx = FontSet::properties(true);
    CHECK(docx.startsWith(QStringLiteral("字体：标题 ")));
    // Word on an office PC knows these names; a machine with 仿宋_GB2312 would name that.
    const QString body = FontSet::docxFamily(FontRole::FangSong);
    CHECK((body == QStringLiteral("仿宋") || body == QStringLiteral("仿宋_GB2312")));
    CHECK(docx.contains(QStringLiteral("正文 ") + body));
    CHECK(FontSet::docxFamily(FontRole::Hei) == QStringLiteral("黑体"));
    // The PDF's line names what is installed and painted.
    const QString pdf = FontSet::properties(false);
    CHECK(pdf.contains(QStringLiteral("正文 ")));
    CHECK_FALSE(pdf.contains(QStringLiteral("Tuoyu "))); // the installed family, not our copy
}

TEST_CASE("The body font chosen in 设置 is painted, named and recorded in PDF and docx", "[fonts]")
{
    ChoiceGuard guard;
    const QString chosen = anotherCjkFamily();
    if (chosen.isEmpty()) {
        WARN("only one CJK family installed: nothing else to choose");
        return;
    }
    FontChoice choice;
    choice.setFamily(FontRole::FangSong, chosen);
    FontSet::use(choice);
    CHECK(FontSet::report().constFirst().startsWith(QStringLiteral("FangSong → ") + chosen));
    CHECK(FontSet::docxFamily(FontRole::FangSong) == chosen);
    CHECK(FontSet::docxFamily(FontRole::Hei) == QStringLiteral("黑体")); // the others unchanged

    QTemporaryDir dir;
    const QString docx = dir.filePath(QStringLiteral("r.docx"));
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    QString error;
    REQUIRE(writeDocx(sampleDocument(), docx, &error));
    REQUIRE(writePdf(sampleDocument(), pdf, &error));

    const QString core =
        QString::fromUtf8(tuoyu::test::zipPart(docx, QStringLiteral("docProps/core.xml")));
    INFO(core.toStdString());
    CHECK(core.contains(QStringLiteral("<dc:description>字体：标题 ")));
    CHECK(core.contains(QStringLiteral("正文 ") + chosen.toHtmlEscaped()));
    // The body's font is the styles' default (docDefaults).
    const QString body =
        QString::fromUtf8(tuoyu::test::zipPart(docx, QStringLiteral("word/styles.xml")));
    CHECK(body.contains(QStringLiteral("w:eastAsia=\"%1\"").arg(chosen.toHtmlEscaped())));

    // The XMP packet is written uncompressed: its description names the families painted.
    const QString bytes = QString::fromUtf8(fileBytes(pdf));
    CHECK(bytes.contains(QStringLiteral("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                                        "字体：标题 ")));
    CHECK(bytes.contains(QStringLiteral("正文 ") + chosen.toHtmlEscaped()));
    if (haveTool(QStringLiteral("pdfinfo"))) {
        const QString meta =
            QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}));
        CHECK(meta.contains(QStringLiteral("正文 ") + chosen.toHtmlEscaped()));
    }
}

TEST_CASE("A chosen font that is not installed falls back to the chain", "[fonts]")
{
    ChoiceGuard guard;
    FontSet::use(FontChoice());
    const QString automatic = FontSet::report().at(int(FontRole::Hei));
    FontChoice choice;
    choice.setFamily(FontRole::Hei, QStringLiteral("方正不存在体"));
    FontSet::use(choice);
    CHECK(FontSet::report().at(int(FontRole::Hei)) == automatic);
    CHECK_FALSE(FontSet::properties(false).contains(QStringLiteral("方正不存在体")));
    // A .docx opened on a machine that has it is set in it: Word is told the chosen name.
    CHECK(FontSet::docxFamily(FontRole::Hei) == QStringLiteral("方正不存在体"));
}

TEST_CASE("The font choice is kept in the program's settings, a role at a time", "[fonts]")
{
    QSettings().remove(QStringLiteral("report/fonts"));
    CHECK(FontChoice::fromSettings().isAutomatic());
    FontChoice choice;
    choice.setFamily(FontRole::XiaoBiaoSong, QStringLiteral("方正小标宋简体"));
    choice.setFamily(FontRole::FangSong, QStringLiteral(" 仿宋_GB2312 "));
    choice.toSettings();
    CHECK(QSettings().value(QStringLiteral("report/fonts/title")).toString() ==
          QStringLiteral("方正小标宋简体"));
    const FontChoice back = FontChoice::fromSettings();
    CHECK(back == choice);
    CHECK(back.family(FontRole::FangSong) == QStringLiteral("仿宋_GB2312"));
    CHECK(back.family(FontRole::Kai).isEmpty());
    FontChoice().toSettings(); // automatic again: the keys go
    CHECK_FALSE(QSettings().contains(QStringLiteral("report/fonts/title")));
}

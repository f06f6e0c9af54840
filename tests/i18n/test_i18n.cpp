// The interface in two languages: every Chinese string of the window (ui/) and the command line
// (app/) goes through tr(), both .ts files are complete, and the window really speaks English
// when asked to. Reports and exports (core/) stay Chinese and are not scanned.

#include "clirun.h"
#include "shell/language.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

QString sourceRoot()
{
    // TUOYU_TEST_DATA_DIR is <source>/tests/data.
    return QDir::cleanPath(QStringLiteral(TUOYU_TEST_DATA_DIR "/../.."));
}

bool isChinese(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) ||
           (u >= 0xFF00 && u <= 0xFFEF);
}

/// The calls whose string arguments lupdate collects.
bool isTranslatingCall(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("tr"),
        QStringLiteral("translate"),
        QStringLiteral("QT_TR_NOOP"),
        QStringLiteral("QT_TRANSLATE_NOOP"),
        QStringLiteral("QT_TRANSLATE_NOOP3"),
        QStringLiteral("QT_TR_N_NOOP"),
        QStringLiteral("QT_TRANSLATE_N_NOOP"),
    };
    return names.contains(name);
}

struct Literal
{
    int line = 0;
    QString text;   // as written between the quotes
    QString callee; // the innermost call the literal is an argument of ("" when none)
};

/// The string literals of a C++ source that contain Chinese, with the call each is an argument
/// of. Comments, preprocessor lines and character literals are skipped; a literal continued by
/// adjacent literals is one literal (its first piece's line, all pieces' text).
QList<Literal> chineseLiterals(const QString &s)
{
    QList<Literal> found;
    QList<QString> calls; // innermost last
    QString lastIdentifier;
    bool identifierJustBefore = false;
    bool lineStart = true;
    bool afterLiteral = false;
    qsizetype sequence = -1; // the entry of found that adjacent literals continue, if any
    int line = 1;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = s.at(i);
        if (c == u'\n') {
            ++line;
            lineStart = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (lineStart && c == u'#') { // a preprocessor line, with its continuations
            while (i < n && s.at(i) != u'\n') {
                if (s.at(i) == u'\\' && i + 1 < n && s.at(i + 1) == u'\n') {
                    ++line;
                    ++i;
                }
                ++i;
            }
            continue;
        }
        lineStart = false;
        if (s.mid(i, 2) == QLatin1String("//")) {
            while (i < n && s.at(i) != u'\n')
                ++i;
            continue;
        }
        if (s.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = s.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(s.mid(i, stop - i).count(u'\n'));
            i = stop;
            continue;
        }
        if (c == u'"') {
            const bool raw = i > 0 && s.at(i - 1) == u'R';
            qsizetype j = i + 1;
            if (raw) {
                const qsizetype open = s.indexOf(u'(', j);
                const QString close = u')' + s.mid(j, open - j) + u'"';
                const qsizetype end = s.indexOf(close, open);
                j = end < 0 ? n : end + close.size();
            } else {
                while (j < n && s.at(j) != u'"' && s.at(j) != u'\n')
                    j += s.at(j) == u'\\' ? 2 : 1;
                ++j;
            }
            const QString body = s.mid(i + 1, j - i - 2);
            const bool chinese = std::any_of(body.cbegin(), body.cend(), isChinese);
            if (afterLiteral && sequence >= 0) { // continues a Chinese literal
                found[sequence].text += body;
            } else if (chinese) {
                found.append({line, body, calls.isEmpty() ? QString() : calls.last()});
                sequence = found.size() - 1;
            } else if (!afterLiteral) {
                sequence = -1;
            }
            line += int(s.mid(i, j - i).count(u'\n'));
            i = j;
            afterLiteral = true;
            identifierJustBefore = false;
            continue;
        }
        afterLiteral = false;
        sequence = -1;
        if (c == u'\'') {
            if (i > 0 && s.at(i - 1).isLetterOrNumber()) { // a digit separator (1'000)
                ++i;
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && s.at(j) != u'\'' && s.at(j) != u'\n')
                j += s.at(j) == u'\\' ? 2 : 1;
            i = j + 1;
            identifierJustBefore = false;
            continue;
        }
        if (c.isLetter() || c == u'_') {
            qsizetype j = i;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == u'_'))
                ++j;
            lastIdentifier = s.mid(i, j - i);
            identifierJustBefore = true;
            i = j;
            continue;
        }
        if (c == u'(')
            calls.append(identifierJustBefore ? lastIdentifier : QString());
        else if (c == u')' && !calls.isEmpty())
            calls.removeLast();
        identifierJustBefore = false;
        ++i;
    }
    return found;
}

struct Allowed
{
    QString path;
    QString literal;
    mutable bool used = false;
};

/// tests/i18n/untranslated.txt: "path | literal | reason", each with a reason.
QList<Allowed> allowList()
{
    QFile file(QStringLiteral(TUOYU_TEST_DATA_DIR "/../i18n/untranslated.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<Allowed> allowed;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const QStringList parts = line.split(QStringLiteral(" | "));
        INFO(line.toStdString());
        REQUIRE(parts.size() == 3);
        REQUIRE(!parts.at(2).trimmed().isEmpty()); // every entry says why
        allowed.append({parts.at(0).trimmed(), parts.at(1).trimmed()});
    }
    return allowed;
}

/// %1 %2 … and %n, and whether the text has an accelerator (&X).
QString marks(const QString &text)
{
    QStringList places;
    QRegularExpressionMatchIterator it =
        QRegularExpression(QStringLiteral("%(\\d+|n)")).globalMatch(text);
    while (it.hasNext())
        places << it.next().captured(0);
    places.sort();
    places.removeDuplicates();
    const bool accelerator =
        QRegularExpression(QStringLiteral("&(?!&|nbsp;|amp;)\\w")).match(text).hasMatch();
    return places.join(u' ') + (accelerator ? QStringLiteral(" &") : QString());
}

/// Removes and deletes the translators installTranslators() put on the application, and puts
/// the test's default locale back.
void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::system());
}

} // namespace

TEST_CASE("i18n: Every Chinese string of the window and the command line goes through tr()",
          "[i18n]")
{
    const QList<Allowed> allowed = allowList();
    QStringList untranslated;
    int files = 0;
    for (const char *layer : {"ui", "app"}) {
        QDirIterator it(sourceRoot() + u'/' + QLatin1String(layer),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(sourceRoot()).relativeFilePath(path);
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            ++files;
            for (const Literal &l : chineseLiterals(QString::fromUtf8(file.readAll()))) {
                if (isTranslatingCall(l.callee))
                    continue;
                const auto allow =
                    std::find_if(allowed.cbegin(), allowed.cend(), [&](const Allowed &a) {
                        return a.path == relative && a.literal == l.text;
                    });
                if (allow != allowed.cend()) {
                    allow->used = true;
                    continue;
                }
                untranslated
                    << QStringLiteral("%1:%2: \"%3\"").arg(relative).arg(l.line).arg(l.text);
            }
        }
    }
    CHECK(files > 50);
    INFO("wrap these in tr() (or QCoreApplication::translate / QT_TRANSLATE_NOOP), or list them "
         "in tests/i18n/untranslated.txt with the reason:\n"
         << untranslated.join(u'\n').toStdString());
    CHECK(untranslated.isEmpty());
    QStringList stale;
    for (const Allowed &a : allowed)
        if (!a.used)
            stale << a.path + QStringLiteral(" | ") + a.literal;
    INFO("entries of tests/i18n/untranslated.txt that match no literal:\n"
         << stale.join(u'\n').toStdString());
    CHECK(stale.isEmpty());
}

TEST_CASE("i18n: The scan sees a bare Chinese literal and accepts tr() and its relatives", "[i18n]")
{
    const QList<Literal> found = chineseLiterals(
        QStringLiteral("// 注释 \"中文\"\n#include \"中文.h\"\n"
                       "a(QStringLiteral(\"打开\"));\nb(tr(\"保存\" \"文件\"));\n"
                       "c(QCoreApplication::translate(\"ctx\", \"关闭\"));\n"
                       "const char *t[] = {QT_TRANSLATE_NOOP(\"ctx\", \"规则\"), \"启用\"};\n"));
    REQUIRE(found.size() == 5);
    CHECK(found.at(0).text == QStringLiteral("打开"));
    CHECK(found.at(0).callee == QStringLiteral("QStringLiteral"));
    CHECK(found.at(0).line == 3);
    CHECK(found.at(1).text == QStringLiteral("保存文件"));
    CHECK(found.at(1).callee == QStringLiteral("tr"));
    CHECK(found.at(2).callee == QStringLiteral("translate"));
    CHECK(found.at(3).callee == QStringLiteral("QT_TRANSLATE_NOOP"));
    CHECK(found.at(4).text == QStringLiteral("启用"));
    CHECK(found.at(4).callee.isEmpty());
}

TEST_CASE("i18n: Both translation files are complete: nothing unfinished or obsolete, the same "
          "placeholders and accelerators",
          "[i18n]")
{
    for (const char *language : {"zh_CN", "en"}) {
        const QString path =
            sourceRoot() + QStringLiteral("/translations/tuoyu_%1.ts").arg(QLatin1String(language));
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList problems;
        QString context, source;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString where = context + QStringLiteral(": ") + source;
                if (!type.isEmpty()) // unfinished, obsolete or vanished
                    problems << type + QStringLiteral(" — ") + where;
                else if (text.isEmpty())
                    problems << QStringLiteral("empty — ") + where;
                else if (marks(text) != marks(source))
                    problems << QStringLiteral("placeholders differ — ") + where +
                                    QStringLiteral(" → ") + text;
            }
        }
        INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
        REQUIRE(!xml.hasError());
        CHECK(messages > 1000);
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("i18n: The window speaks English when the interface language is English", "[i18n]")
{
    REQUIRE(tuoyu::installTranslators(QStringLiteral("en")));
    {
        tuoyu::MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        INFO(menus.join(u' ').toStdString());
        CHECK(menus.contains(QStringLiteral("&File")));
        CHECK(menus.contains(QStringLiteral("&Edit")));
        CHECK(std::none_of(menus.cbegin(), menus.cend(), [](const QString &m) {
            return std::any_of(m.cbegin(), m.cend(), isChinese);
        }));
        CHECK(QLocale().language() == QLocale::English);
    }
    removeTranslators();
}

TEST_CASE("i18n: In Chinese, Qt's own buttons are Chinese too", "[i18n]")
{
    REQUIRE(tuoyu::installTranslators(QStringLiteral("zh_CN")));
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"));
        tuoyu::MainWindow window;
        CHECK(window.menuBar()->actions().value(0)->text() == QStringLiteral("文件(&F)"));
        CHECK(QLocale().language() == QLocale::Chinese);
    }
    removeTranslators();
}

TEST_CASE("i18n: The interface language: the setting, else the system's, TUOYU_LANGUAGE first",
          "[i18n]")
{
    const QByteArray saved = qgetenv("TUOYU_LANGUAGE");
    qputenv("TUOYU_LANGUAGE", "en");
    CHECK(tuoyu::interfaceLanguage() == QStringLiteral("en"));
    qputenv("TUOYU_LANGUAGE", "zh_CN");
    CHECK(tuoyu::interfaceLanguage() == QStringLiteral("zh_CN"));
    qunsetenv("TUOYU_LANGUAGE");
    QSettings settings;
    settings.setValue(QStringLiteral("interface/language"), QStringLiteral("en"));
    CHECK(tuoyu::interfaceLanguage() == QStringLiteral("en"));
    settings.setValue(QStringLiteral("interface/language"), QStringLiteral("system"));
    const QString system = tuoyu::interfaceLanguage();
    CHECK((system == QStringLiteral("en") || system == QStringLiteral("zh_CN")));
    CHECK(system == (QLocale::system().uiLanguages().value(0).startsWith(QLatin1String("zh"))
                         ? QStringLiteral("zh_CN")
                         : QStringLiteral("en")));
    settings.remove(QStringLiteral("interface/language"));
    if (!saved.isNull())
        qputenv("TUOYU_LANGUAGE", saved);
}

TEST_CASE("i18n: The command line speaks the interface language, and its JSON stays the same",
          "[i18n]")
{
    using tuoyu::test::run;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("w.tuoyu"));
    REQUIRE(
        run({QStringLiteral("new"), path, QStringLiteral("--template"), QStringLiteral("tunliu")})
            .code == 0);
    const QStringList plans = {QStringLiteral("plans"), path, QStringLiteral("--json")};
    const auto chinese = run(plans, {{QStringLiteral("TUOYU_LANGUAGE"), QStringLiteral("zh_CN")}});
    const auto english = run(plans, {{QStringLiteral("TUOYU_LANGUAGE"), QStringLiteral("en")}});
    REQUIRE(chinese.code == 0);
    CHECK(english.code == 0);
    CHECK(!chinese.json().isNull());
    CHECK(english.out == chinese.out);

    const QStringList unknown = {QStringLiteral("frobnicate")};
    const auto said = run(unknown, {{QStringLiteral("TUOYU_LANGUAGE"), QStringLiteral("en")}});
    INFO(said.err.toStdString());
    CHECK(said.code != 0);
    CHECK(said.err.contains(QStringLiteral("unknown command “frobnicate”")));
    const auto saidZh = run(unknown, {{QStringLiteral("TUOYU_LANGUAGE"), QStringLiteral("zh_CN")}});
    CHECK(saidZh.err.contains(QStringLiteral("未知命令“frobnicate”")));
}

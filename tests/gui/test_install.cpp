// 设置 and the manual (issue 19): each setting the dialog stores takes effect where it is used —
// the language key the start reads, the workspace's due-soon window as an audited command, the
// report fonts in the next report, the backup folder in the window's daily backup, the as-of
// date on the 汇报 page and in `tuoyu-desk report` — and F1 opens the built-in manual, every
// image of which loads. With TUOYU_MANUAL_SHOTS set the dialog and the help window are saved
// there (scripts/manual-screenshots.sh).

#include "../core/testworkspace.h"

#include "calendar/duesoon.h"
#include "document/docxwriter.h"
#include "document/fontset.h"
#include "help/helpwindow.h"
#include "platform/portablesettings.h"
#include "platform/usersettings.h"
#include "report/reportbuilder.h"
#include "reports/reportspage.h"
#include "shell/mainwindow.h"
#include "shell/settingsdialog.h"
#include "storage/backupstore.h"
#include "storage/workspacesettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTreeWidget>
#include <QUndoStack>

#include "zippart.h"

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

/// The program's settings start empty in every test (each has a home of its own under CTest;
/// run together in one process they must not see one another's).
void clearSettings()
{
    QSettings().clear();
    document::FontSet::use(document::FontChoice());
}

void shot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("TUOYU_MANUAL_SHOTS"))
        return;
    widget->grab().save(qEnvironmentVariable("TUOYU_MANUAL_SHOTS") + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("设置 keeps the interface language under the key the start reads", "[settings]")
{
    clearSettings();
    CHECK(usersettings::language() == QStringLiteral("system"));
    {
        SettingsDialog dialog(nullptr);
        auto *language = child<QComboBox>(&dialog, "language");
        CHECK(language->currentData().toString() == QStringLiteral("system"));
        // Without a workspace the workspace's setting cannot be changed.
        CHECK_FALSE(child<QSpinBox>(&dialog, "dueSoonWorkingDays")->isEnabled());
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QString error;
        REQUIRE(dialog.apply(&error));
        CHECK(dialog.languageChanged());
    }
    CHECK(QSettings().value(QStringLiteral("interface/language")).toString() ==
          QStringLiteral("en"));
    SettingsDialog again(nullptr);
    CHECK(child<QComboBox>(&again, "language")->currentData().toString() == QStringLiteral("en"));
    QString error;
    REQUIRE(again.apply(&error));
    CHECK_FALSE(again.languageChanged());
    // A damaged value reads as the system's language.
    QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("fr"));
    CHECK(usersettings::language() == QStringLiteral("system"));
}

TEST_CASE("设置's due-soon window is the workspace's: an audited, undoable command the reports "
          "follow",
          "[settings]")
{
    clearSettings();
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    SettingsDialog dialog(t.get());
    auto *dueSoon = child<QSpinBox>(&dialog, "dueSoonWorkingDays");
    CHECK(dueSoon->isEnabled());
    CHECK(dueSoon->value() == workspacesettings::kDefaultDueSoonWorkingDays);
    dueSoon->setValue(15);
    shot(&dialog, QStringLiteral("settings.png"));
    QString error;
    REQUIRE(dialog.apply(&error));
    CHECK(workspacesettings::dueSoonWorkingDays(*t.get()) == 15);
    CHECK(DueSoon::forWorkspace(t.get()).workingDays() == 15);
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                  "'workspace_setting' AND action = 'do'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 1);
    // The progress report counts with the new window.
    ReportOptions o;
    o.kind = ReportKind::Progress;
    o.planId = plan;
    o.asOf = QDate(2024, 12, 1);
    const auto doc = ReportBuilder::build(t.get(), o, &error);
    CHECK(doc.plainText().contains(QStringLiteral("15个工作日内到期")));
    t->undoStack()->undo();
    CHECK(workspacesettings::dueSoonWorkingDays(*t.get()) ==
          workspacesettings::kDefaultDueSoonWorkingDays);
}

TEST_CASE("设置's report fonts are the ones the next report is set in and records", "[settings]")
{
    clearSettings();
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    SettingsDialog dialog(t.get());
    auto *body = child<QComboBox>(&dialog, "font_body");
    CHECK(body->currentIndex() == 0); // 自动
    CHECK(body->currentText().startsWith(QStringLiteral("自动（")));
    if (body->count() < 2) {
        WARN("no Simplified Chinese font installed to choose");
        return;
    }
    const QString chosen = body->itemData(body->count() - 1).toString();
    body->setCurrentIndex(body->count() - 1);
    QString error;
    REQUIRE(dialog.apply(&error));
    CHECK(QSettings().value(QStringLiteral("report/fonts/body")).toString() == chosen);
    CHECK(document::FontSet::choice().family(document::FontRole::FangSong) == chosen);
    CHECK(document::FontSet::report().constFirst().startsWith(QStringLiteral("FangSong → ") +
                                                              chosen));

    ReportOptions o;
    o.kind = ReportKind::Progress;
    o.planId = plan;
    o.asOf = QDate(2024, 12, 1);
    const auto doc = ReportBuilder::build(t.get(), o, &error);
    const QString docx = t.dir.filePath(QStringLiteral("r.docx"));
    REQUIRE(document::writeDocx(doc, docx, &error));
    const QString core =
        QString::fromUtf8(test::zipPart(docx, QStringLiteral("docProps/core.xml")));
    CHECK(core.contains(QStringLiteral("正文 ") + chosen.toHtmlEscaped()));
    // A new dialog shows the choice; 自动 puts the chain back.
    SettingsDialog again(t.get());
    auto *body2 = child<QComboBox>(&again, "font_body");
    CHECK(body2->currentData().toString() == chosen);
    body2->setCurrentIndex(0);
    REQUIRE(again.apply(&error));
    CHECK(document::FontSet::choice().isAutomatic());
    CHECK_FALSE(QSettings().contains(QStringLiteral("report/fonts/body")));
    document::FontSet::use(document::FontChoice());
}

TEST_CASE("设置's backup folder is where the window writes the day's backup", "[settings]")
{
    clearSettings();
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    const QString path = t->path();
    t.ws.reset();
    const QString chosenRoot = t.dir.filePath(QStringLiteral("备份盘"));
    {
        SettingsDialog dialog(nullptr);
        CHECK(child<QRadioButton>(&dialog, "backupBeside")->isChecked());
        child<QRadioButton>(&dialog, "backupChosen")->setChecked(true);
        child<QLineEdit>(&dialog, "backupFolder")->setText(QDir::toNativeSeparators(chosenRoot));
        QString error;
        REQUIRE(dialog.apply(&error));
    }
    CHECK(usersettings::backupFolder() == chosenRoot);
    MainWindow window;
    REQUIRE(window.openWorkspace(path, true));
    BackupStore store = BackupStore::forWorkspace(path);
    const QString expected = store.chosenFolder() + QStringLiteral("/w-") +
                             QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".tuoyu");
    CHECK(store.chosenFolder().startsWith(chosenRoot + QLatin1Char('/')));
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(expected); }, 10000));
    CHECK_FALSE(QFileInfo::exists(store.besideFolder()));
    // 从备份恢复 lists it.
    const QList<BackupInfo> listed = store.list();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().path == QFileInfo(expected).absoluteFilePath());
    // Back to the folder beside the workspace: the next backups go there, the old ones stay listed.
    usersettings::setBackupFolder(QString());
    const BackupStore beside = BackupStore::forWorkspace(path);
    QString error;
    CHECK(beside.writableFolder(&error) == beside.besideFolder());
}

TEST_CASE("设置's default as-of date is where the 汇报 page and `report` start", "[settings]")
{
    clearSettings();
    const QDate today = QDate::currentDate();
    const QDate lastMonthEnd = QDate(today.year(), today.month(), 1).addDays(-1);
    {
        SettingsDialog dialog(nullptr);
        auto *rule = child<QComboBox>(&dialog, "reportAsOf");
        CHECK_FALSE(child<QDateEdit>(&dialog, "reportAsOfDate")->isEnabled());
        rule->setCurrentIndex(1); // 上月末
        QString error;
        REQUIRE(dialog.apply(&error));
    }
    {
        ReportsPage page;
        CHECK(page.findChild<QDateEdit *>()->date() == lastMonthEnd);
    }
    {
        SettingsDialog dialog(nullptr);
        auto *rule = child<QComboBox>(&dialog, "reportAsOf");
        CHECK(rule->currentIndex() == 1);
        rule->setCurrentIndex(2); // 固定日期
        auto *date = child<QDateEdit>(&dialog, "reportAsOfDate");
        CHECK(date->isEnabled());
        date->setDate(QDate(2025, 6, 30));
        QString error;
        REQUIRE(dialog.apply(&error));
    }
    ReportsPage page;
    CHECK(page.findChild<QDateEdit *>()->date() == QDate(2025, 6, 30));

    // The command line reads the same setting when --as-of is not given, from the program's
    // settings file (here one of its own).
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    t.ws.reset();
    const QString config = t.dir.filePath(QStringLiteral("config"));
    {
        QSettings file(config + QStringLiteral("/TuoyuDesk/tuoyu-desk.conf"), QSettings::IniFormat);
        file.setValue(usersettings::reportAsOfKey(), QStringLiteral("fixed"));
        file.setValue(usersettings::reportAsOfDateKey(), QStringLiteral("2025-06-30"));
    }
    const QString docx = t.dir.filePath(QStringLiteral("r.docx"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TUOYU_DESK_BINARY),
              {QStringLiteral("report"), t.path(), QStringLiteral("--kind"),
               QStringLiteral("tasks"), QStringLiteral("--out"), docx});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    const QString body =
        QString::fromUtf8(test::zipPart(docx, QStringLiteral("word/document.xml")));
    CHECK(body.contains(QStringLiteral("2025年6月30日")));
}

TEST_CASE("A portable copy keeps what 设置 stores beside the program", "[settings]")
{
    QTemporaryDir program;
    QFile marker(program.filePath(QStringLiteral("portable")));
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.close();
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("TuoyuDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tuoyu-desk"));
    REQUIRE(platform::usePortableSettings(program.path()));
    {
        SettingsDialog dialog(nullptr);
        child<QComboBox>(&dialog, "language")->setCurrentIndex(1); // 中文
        child<QComboBox>(&dialog, "reportAsOf")->setCurrentIndex(1);
        QString error;
        REQUIRE(dialog.apply(&error));
    }
    QSettings().sync();
    QFile ini(program.filePath(QStringLiteral("TuoyuDesk/tuoyu-desk.ini")));
    const bool opened = ini.open(QIODevice::ReadOnly);
    const QString text = QString::fromUtf8(ini.readAll());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    REQUIRE(opened);
    CHECK(text.contains(QStringLiteral("language=zh_CN")));
    CHECK(text.contains(QStringLiteral("asOf=end-of-last-month")));
}

TEST_CASE("F1 opens the manual with its contents, and every image it shows loads", "[manual]")
{
    clearSettings();
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    HelpWindow *help = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *h = qobject_cast<HelpWindow *>(w); h && h->isVisible())
                    help = h;
            return help != nullptr;
        },
        5000));
    // 帮助 → 使用说明 is the same action.
    auto *action = window.findChild<QAction *>(QStringLiteral("manualAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::Key_F1));

    const QStringList chapters = HelpWindow::chapters();
    REQUIRE(chapters.size() >= 7);
    QTreeWidget *contents = help->contents();
    CHECK(contents->topLevelItemCount() == chapters.size());
    CHECK(help->browser()->toPlainText().contains(QStringLiteral("托育工作台")));

    // Every image a chapter names is in the resource, and the browser loads it.
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)"));
    int images = 0;
    for (const QString &path : chapters) {
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = image.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            INFO(name.toStdString());
            CHECK(QFileInfo::exists(QStringLiteral(":/manual/") + name));
        }
        help->openChapter(path);
        int shown = 0;
        QTextDocument *doc = help->browser()->document();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto f = b.begin(); !f.atEnd(); ++f) {
                if (!f.fragment().charFormat().isImageFormat())
                    continue;
                const QString name = f.fragment().charFormat().toImageFormat().name();
                INFO(name.toStdString());
                CHECK_FALSE(HelpWindow::imageResource(doc, name).isNull());
                ++shown;
            }
        }
        CHECK(shown == text.count(QStringLiteral("![")));
        images += shown;
    }
    CHECK(images >= 8);

    // A section in the contents opens its chapter at that heading.
    QTreeWidgetItem *chapter = contents->topLevelItem(2);
    REQUIRE(chapter->childCount() > 1);
    QTreeWidgetItem *section = chapter->child(1);
    contents->setCurrentItem(section);
    Q_EMIT contents->itemClicked(section, 0);
    CHECK(help->browser()->source().path() ==
          QStringLiteral("/manual/") + QFileInfo(chapters.at(2)).fileName());
    CHECK(help->browser()->textCursor().block().text() == section->text(0));
    help->resize(1100, 700);
    help->openChapter(chapters.constFirst());
    QApplication::processEvents();
    shot(help, QStringLiteral("help.png"));
    help->close();
}

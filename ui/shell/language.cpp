#include "language.h"

#include "platform/usersettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tuoyu {

QString interfaceLanguage()
{
    QString chosen = qEnvironmentVariable("TUOYU_LANGUAGE");
    if (chosen.isEmpty())
        chosen = usersettings::language(); // "system" unless 设置 chose one
    if (chosen == QLatin1String("zh_CN") || chosen == QLatin1String("en"))
        return chosen;
    const QStringList system = QLocale::system().uiLanguages();
    return !system.isEmpty() && system.first().startsWith(QLatin1String("zh"))
               ? QStringLiteral("zh_CN")
               : QStringLiteral("en");
}

bool installTranslators(const QString &language)
{
    const bool english = language == QLatin1String("en");
    const QLocale locale = english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                   : QLocale(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(locale);
    // Owned by the application: they stay installed as long as it runs.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/tuoyu_%1.qm")
                       .arg(english ? QStringLiteral("en") : QStringLiteral("zh_CN"))))
        return false;
    return QCoreApplication::installTranslator(own);
}

} // namespace tuoyu

#pragma once

#include <QString>

namespace tuoyu {

/// The language the program speaks: "zh_CN" or "en". From the setting interface/language
/// ("system", "zh_CN" or "en", written by the 设置 dialog; read at start, so a change shows
/// after a restart); "system" (or nothing) follows the system's languages: Chinese when the
/// first of them is Chinese, English otherwise. The environment variable TUOYU_LANGUAGE, when
/// set, wins over the setting (the tests and the screenshots choose their language with it).
QString interfaceLanguage();

/// Installs on the running application the program's translation for `language` ("zh_CN" or
/// "en", built in at :/i18n) and Qt's own (qtbase_zh_CN.qm / qtbase_en.qm from Qt's translations
/// folder, so the file dialogs and standard buttons speak the same language), and makes the
/// language's locale the default one for numbers and dates shown in the window. Reports and
/// exports are not concerned: the core writes them in Chinese with a Chinese locale of its own.
/// Returns false when the program's own translation is missing (the source text, Chinese, shows).
bool installTranslators(const QString &language);

} // namespace tuoyu

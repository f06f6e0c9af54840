#include "portablesettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace tuoyu::platform {

bool usePortableSettings(const QString &programDir)
{
    if (programDir.isEmpty() ||
        !QFileInfo(QDir(programDir).filePath(QString::fromUtf16(kPortableMarker))).isFile())
        return false;
    // QSettings() takes the default format, and an ini file in UserScope lives under the path set
    // for it: programDir/<organization>/<application>.ini.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, programDir);
    return true;
}

} // namespace tuoyu::platform

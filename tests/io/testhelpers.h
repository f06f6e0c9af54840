#pragma once

#include "io/table.h"

#include <QString>

#include <ostream>

namespace tuoyu::io {
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
} // namespace tuoyu::io

inline QString sharedPath(const QString &relative)
{
    return QStringLiteral(TUOYU_SHARED_DIR "/") + relative;
}
inline QString corpusPath(const QString &relative)
{
    return sharedPath(QStringLiteral("corpus/") + relative);
}

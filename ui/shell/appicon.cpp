#include "appicon.h"

namespace tuoyu {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/tuoyu-desk-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace tuoyu

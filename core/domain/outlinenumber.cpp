#include "outlinenumber.h"

#include "document/officialdocument.h"

#include <QRegularExpression>

namespace tuoyu::outlinenumber {

QString program(int position)
{
    return QStringLiteral("（") + document::chineseNumber(position) + QStringLiteral("）");
}

QString project(int position)
{
    return QString::number(position);
}

QString task(int position)
{
    return QStringLiteral("（") + QString::number(position) + QStringLiteral("）");
}

QString label(const QString &printed, const QString &generated)
{
    // Brackets, dots and spaces in either width are how a number is written, not what it says.
    static const QRegularExpression dress(QStringLiteral("[\\s()（）.．、,，:：]"));
    QString a = printed;
    QString b = generated;
    a.remove(dress);
    b.remove(dress);
    return a.isEmpty() || a == b ? QString() : printed.trimmed();
}

} // namespace tuoyu::outlinenumber

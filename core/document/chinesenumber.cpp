#include "chinesenumber.h"

namespace tuoyu::document {

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += QStringLiteral("十");
    if (ones)
        s += digits.at(ones);
    return s;
}

} // namespace tuoyu::document

#include "fontchoice.h"

#include "fontset.h"

#include <QSettings>

namespace tuoyu::document {

namespace {

const char *const kRoleCodes[] = {"body", "song", "heading1", "heading2", "title"};

} // namespace

QString FontChoice::family(FontRole role) const
{
    return m_families.at(size_t(role));
}

void FontChoice::setFamily(FontRole role, const QString &family)
{
    m_families.at(size_t(role)) = family.trimmed();
}

bool FontChoice::isAutomatic() const
{
    for (const QString &f : m_families)
        if (!f.isEmpty())
            return false;
    return true;
}

QString FontChoice::settingsKey(FontRole role)
{
    return QStringLiteral("report/fonts/") + QLatin1String(kRoleCodes[int(role)]);
}

FontChoice FontChoice::fromSettings()
{
    const QSettings settings;
    FontChoice choice;
    for (int i = 0; i < 5; ++i)
        choice.setFamily(FontRole(i), settings.value(settingsKey(FontRole(i))).toString());
    return choice;
}

void FontChoice::toSettings() const
{
    QSettings settings;
    for (int i = 0; i < 5; ++i) {
        if (m_families.at(size_t(i)).isEmpty())
            settings.remove(settingsKey(FontRole(i)));
        else
            settings.setValue(settingsKey(FontRole(i)), m_families.at(size_t(i)));
    }
}

QString FontChoice::roleLabel(FontRole role)
{
    // By FontRole: FangSong, Song, Hei, Kai, XiaoBiaoSong.
    static const char16_t *const labels[] = {u"正文", u"表格与页码", u"一级标题", u"二级标题",
                                             u"标题"};
    return QString::fromUtf16(labels[int(role)]);
}

} // namespace tuoyu::document

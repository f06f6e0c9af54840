#pragma once

#include <QString>

#include <array>

namespace tuoyu::document {

enum class FontRole;

/// The officer's choice of typeface for each role of a report (设置 → 报告字体), kept in the
/// program's settings (QSettings, beside the program when it runs portable). A role left empty
/// is automatic: the first installed family of its GB/T 9704 chain (FontSet::chain — on
/// Windows 仿宋_GB2312 or FangSong, SimSun, SimHei, KaiTi and 方正小标宋 where installed; on
/// Linux the installed CJK fonts). FontSet applies the choice in effect (`FontSet::use`), and
/// every PDF and Word document records what it was set in (`FontSet::properties`).
class FontChoice
{
public:
    /// The family chosen for a role; empty when the role is automatic.
    QString family(FontRole role) const;
    void setFamily(FontRole role, const QString &family);
    bool isAutomatic() const;
    bool operator==(const FontChoice &) const = default;

    /// The choice stored in the program's settings (QSettings "report/fonts/<role>").
    static FontChoice fromSettings();
    void toSettings() const;
    static QString settingsKey(FontRole role);
    /// What the officer calls a role: 标题, 正文, 一级标题, 二级标题, 表格与页码.
    static QString roleLabel(FontRole role);

private:
    std::array<QString, 5> m_families;
};

} // namespace tuoyu::document

#pragma once

#include <QString>

#include <optional>
#include <span>

namespace tuoyu {

/// One value of an enumeration with the code stored in the workspace file and the Chinese label
/// shown to the officer.
template <typename Enum> struct CodeName
{
    Enum value;
    const char *code;  ///< ASCII, as stored
    const char *label; ///< UTF-8, as shown
};

/// The lookups every stored enumeration needs (status, kind, report kind …), written once over
/// its table so that a value added to the table is known to all of them at the same time.
template <typename Enum> class CodeTable
{
public:
    constexpr explicit CodeTable(std::span<const CodeName<Enum>> entries)
        : entries_(entries)
    {
    }

    QString code(Enum value) const
    {
        for (const auto &e : entries_)
            if (e.value == value)
                return QString::fromLatin1(e.code);
        return QString();
    }

    QString label(Enum value) const
    {
        for (const auto &e : entries_)
            if (e.value == value)
                return QString::fromUtf8(e.label);
        return QString();
    }

    std::optional<Enum> fromCode(const QString &code) const
    {
        for (const auto &e : entries_)
            if (code == QLatin1String(e.code))
                return e.value;
        return std::nullopt;
    }

    std::optional<Enum> fromLabel(const QString &label) const
    {
        for (const auto &e : entries_)
            if (label == QString::fromUtf8(e.label))
                return e.value;
        return std::nullopt;
    }

    /// A code or a label, as typed in a file or on the command line.
    std::optional<Enum> fromWords(const QString &words) const
    {
        const QString w = words.trimmed();
        if (auto v = fromCode(w))
            return v;
        return fromLabel(w);
    }

    std::span<const CodeName<Enum>> entries() const { return entries_; }

private:
    std::span<const CodeName<Enum>> entries_;
};

} // namespace tuoyu

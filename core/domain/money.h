#pragma once

#include <QJsonObject>
#include <QString>

#include <compare>
#include <optional>

namespace tuoyu {

/// An amount of public money, held exactly in fen (分, 1/100 yuan) - never a double - with every
/// way the program reads and writes money in one place: the ledger's 2400.50元, the tables'
/// 1,234.50, the ¥ form, 万元 for leadership summaries, the command line's JSON.
class Fen
{
public:
    constexpr Fen() = default;
    constexpr explicit Fen(qint64 fen)
        : m_fen(fen)
    {
    }
    static constexpr Fen fromYuan(qint64 yuan) { return Fen(yuan * 100); }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }

    constexpr Fen operator+(Fen other) const { return Fen(m_fen + other.m_fen); }
    constexpr Fen operator-(Fen other) const { return Fen(m_fen - other.m_fen); }
    constexpr Fen operator-() const { return Fen(-m_fen); }
    constexpr Fen operator*(qint64 count) const { return Fen(m_fen * count); }
    constexpr Fen &operator+=(Fen other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Fen &operator-=(Fen other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Fen &) const = default;

    // Checked arithmetic, for every sum and product over amounts that come from files, forms or
    // the database: empty when the exact amount would not fit in fen, never a wrapped one (an
    // enrolment of 9e15 children times a rate wrapped a ledger line's amount).
    std::optional<Fen> plus(Fen other) const;
    std::optional<Fen> times(qint64 count) const;
    /// A rate times a fractional quantity (a claim's 人次·天), rounded to the fen.
    std::optional<Fen> times(double quantity) const;
    /// Yuan given as a number (a spreadsheet cell's 月收费), rounded to the fen; empty when it
    /// is not a finite number or its fen do not fit.
    static std::optional<Fen> fromYuanNumber(double yuan);

    enum class Style
    {
        Yuan, ///< 2400元, 2400.50元: officers compare to the fen; decimals only when it has fen
        Grouped,     ///< 1,234.50: table cells under a 金额（元） heading, always two decimals
        GroupedYuan, ///< 1,234.50 元
        Symbol,      ///< ¥1,234.50
        Wan,         ///< 12.345万元: leadership summaries, exact (as many decimals as needed)
    };
    QString toString(Style style = Style::Yuan) const;
    /// The yuan as exact decimal text with two decimals and no separators ("1234.50", "-0.05"):
    /// what JSON and spreadsheets that want a number as text get.
    QString yuanDecimal() const;

    /// Money an officer typed, in yuan: "2400", "2,400.50", "2400元", "¥1,200", "1.5万",
    /// "0.05万元". Exact to the fen (decimal text, never a double); empty when the text is not
    /// money or has a fraction of a fen.
    static std::optional<Fen> parse(const QString &text);

    /// Writes `key`_fen (an integer) and `key`_yuan (decimal text) into `json`: a reader gets
    /// exact money whether it wants integers or decimals, and never a binary fraction.
    void writeJson(QJsonObject &json, const QString &key) const;

private:
    qint64 m_fen = 0;
};

} // namespace tuoyu

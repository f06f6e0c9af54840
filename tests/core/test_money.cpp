#include "domain/money.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

#include <limits>

using namespace tuoyu;

TEST_CASE("Money prints in each of its forms, exact to the fen", "[money]")
{
    const Fen a(123450);
    CHECK(a.toString() == QStringLiteral("1234.50元"));
    CHECK(Fen(240000).toString() == QStringLiteral("2400元"));
    CHECK(a.toString(Fen::Style::Grouped) == QStringLiteral("1,234.50"));
    CHECK(a.toString(Fen::Style::GroupedYuan) == QStringLiteral("1,234.50 元"));
    CHECK(a.toString(Fen::Style::Symbol) == QStringLiteral("¥1,234.50"));
    CHECK(Fen(123456789).toString(Fen::Style::Wan) == QStringLiteral("123.456789万元"));
    CHECK(Fen::fromYuan(200000).toString(Fen::Style::Wan) == QStringLiteral("20万元"));
    CHECK(Fen(-5).toString() == QStringLiteral("-0.05元"));
    CHECK(Fen(-123450).toString(Fen::Style::Symbol) == QStringLiteral("-¥1,234.50"));
    CHECK(Fen(0).toString(Fen::Style::Grouped) == QStringLiteral("0.00"));
    CHECK(Fen(100000000).toString(Fen::Style::Grouped) == QStringLiteral("1,000,000.00"));
    CHECK(Fen(100).yuanDecimal() == QStringLiteral("1.00"));
    CHECK(Fen(-7).yuanDecimal() == QStringLiteral("-0.07"));
    const Fen lowest(std::numeric_limits<qint64>::min());
    CHECK(lowest.toString(Fen::Style::Grouped) == QStringLiteral("-92,233,720,368,547,758.08"));
}

TEST_CASE("Money sums and products say when they do not fit, never wrap", "[money]")
{
    constexpr qint64 top = std::numeric_limits<qint64>::max();
    CHECK(Fen(100).plus(Fen(50)) == Fen(150));
    CHECK(Fen(top - 1).plus(Fen(1)) == Fen(top));
    CHECK_FALSE(Fen(top).plus(Fen(1)));
    CHECK_FALSE(Fen(std::numeric_limits<qint64>::min()).plus(Fen(-1)));
    CHECK(Fen(20000).times(qint64(12)) == Fen(240000));
    CHECK_FALSE(Fen(20000).times(qint64(9'000'000'000'000'000))); // 9e15 children × 200元
    CHECK(Fen(300).times(2.5) == Fen(750));
    CHECK_FALSE(Fen(20000).times(9e15));
    CHECK(Fen::fromYuanNumber(1800.5) == Fen(180050));
    CHECK_FALSE(Fen::fromYuanNumber(1e60)); // a 60-digit 月收费 was stored as INT64_MIN fen
    CHECK_FALSE(Fen::fromYuanNumber(std::numeric_limits<double>::infinity()));
    CHECK_FALSE(Fen::fromYuanNumber(std::numeric_limits<double>::quiet_NaN()));
}

TEST_CASE("Money an officer types is read exactly or refused", "[money]")
{
    CHECK(Fen::parse(QStringLiteral("2400")) == Fen(240000));
    CHECK(Fen::parse(QStringLiteral("2,400.50")) == Fen(240050));
    CHECK(Fen::parse(QStringLiteral("2400元")) == Fen(240000));
    CHECK(Fen::parse(QStringLiteral("¥1,200")) == Fen(120000));
    CHECK(Fen::parse(QStringLiteral("1.5万")) == Fen::fromYuan(15000));
    CHECK(Fen::parse(QStringLiteral("0.05万元")) == Fen(50000));
    CHECK(Fen::parse(QStringLiteral(" 0.1 ")) == Fen(10));
    CHECK_FALSE(Fen::parse(QStringLiteral("0.001")));  // less than a fen
    CHECK_FALSE(Fen::parse(QStringLiteral("1.2e3")));  // not how money is written
    CHECK_FALSE(Fen::parse(QStringLiteral("-5")));     // a payment is never negative
    CHECK_FALSE(Fen::parse(QStringLiteral("两千元"))); // words are for people, not amounts
    CHECK_FALSE(Fen::parse(QString()));
    // Printing and reading agree.
    for (qint64 fen : {0LL, 1LL, 99LL, 100LL, 123456LL, 1000000LL, 987654321LL})
        CHECK(Fen::parse(Fen(fen).toString(Fen::Style::Grouped)) == Fen(fen));
}

TEST_CASE("Money is exact arithmetic and goes to JSON as integer fen and decimal yuan", "[money]")
{
    // 0.1 + 0.2 in yuan is 0.30 exactly, which a double does not give.
    CHECK(Fen(10) + Fen(20) == Fen(30));
    Fen total;
    for (int i = 0; i < 1000; ++i)
        total += Fen(10);
    CHECK(total == Fen::fromYuan(100));
    CHECK(Fen(20000) * 12 == Fen(240000));
    CHECK(Fen(5) - Fen(7) == -Fen(2));
    CHECK(Fen(1) < Fen(2));

    QJsonObject json;
    Fen(123450).writeJson(json, QStringLiteral("amount"));
    CHECK(QJsonDocument(json).toJson(QJsonDocument::Compact) ==
          QByteArray(R"({"amount_fen":123450,"amount_yuan":"1234.50"})"));
}

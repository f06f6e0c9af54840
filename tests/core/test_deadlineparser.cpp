#include "calendar/deadlineparser.h"
#include "templates/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using tuoyu::DeadlineParser;

static QDate resolve(const char *words)
{
    return DeadlineParser::parse(QString::fromUtf8(words)).date;
}

TEST_CASE("Deadline words from the seed plans resolve to the end of the period they name")
{
    CHECK(resolve("2024年7月") == QDate(2024, 7, 31));
    CHECK(resolve("2024年底") == QDate(2024, 12, 31));
    CHECK(resolve("2024年末") == QDate(2024, 12, 31));
    CHECK(resolve("2025年12月底前") == QDate(2025, 12, 31));
    CHECK(resolve("2025年6月底前") == QDate(2025, 6, 30));
    CHECK(resolve("2025年2月底前") == QDate(2025, 2, 28));
    CHECK(resolve("2023年8月底") == QDate(2023, 8, 31));
    CHECK(resolve("到2025年") == QDate(2025, 12, 31));
    CHECK(resolve("2025年底") == QDate(2025, 12, 31));
    CHECK(resolve("2025年末") == QDate(2025, 12, 31));
}

TEST_CASE("Other ways offices write deadlines")
{
    CHECK(resolve("2024年2月底前") == QDate(2024, 2, 29)); // leap year
    CHECK(resolve("2024年12月31日前") == QDate(2024, 12, 31));
    CHECK(resolve("2024年6月30日") == QDate(2024, 6, 30));
    CHECK(resolve("２０２４年７月") == QDate(2024, 7, 31)); // full-width digits
    CHECK(resolve("2024年七月") == QDate(2024, 7, 31));
    CHECK(resolve("2024年十二月底") == QDate(2024, 12, 31));
    CHECK(resolve("2025年上半年") == QDate(2025, 6, 30));
    CHECK(resolve("2025年下半年") == QDate(2025, 12, 31));
    CHECK(resolve("2024年第三季度") == QDate(2024, 9, 30));
    CHECK(resolve("2024年一季度") == QDate(2024, 3, 31));
    CHECK(resolve("2024.9") == QDate(2024, 9, 30));
    CHECK(resolve("2024-06-15") == QDate(2024, 6, 15));
}

TEST_CASE("Words that name no date keep the words and get no date")
{
    for (const char *words : {"长期", "持续推进", "每年", "", "按上级要求"}) {
        const auto r = DeadlineParser::parse(QString::fromUtf8(words));
        CHECK_FALSE(r.resolved());
        CHECK(r.text == QString::fromUtf8(words).trimmed());
    }
    CHECK(DeadlineParser::parse(QStringLiteral(" 2024年底 ")).text == QStringLiteral("2024年底"));
}

TEST_CASE("Every 完成时限 printed in the seed documents resolves")
{
    const QDir seeds(QStringLiteral(TUOYU_SHARED_DIR "/seeds"));
    const QStringList files = seeds.entryList({QStringLiteral("0*.txt")}, QDir::Files);
    REQUIRE(files.size() == 5);
    static const QRegularExpression line(QStringLiteral("完成时限[：:]\\s*(\\S+)"));
    int phrases = 0;
    for (const QString &file : files) {
        QFile f(seeds.filePath(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        auto it = line.globalMatch(text);
        while (it.hasNext()) {
            const QString words = it.next().captured(1);
            INFO(file.toStdString() << ": " << words.toStdString());
            const auto r = DeadlineParser::parse(words);
            CHECK(r.resolved());
            CHECK((r.date.day() == r.date.daysInMonth())); // always a period's last day
            ++phrases;
        }
    }
    CHECK(phrases == 23); // 10 in 000, 13 in 002
}

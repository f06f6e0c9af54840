#include "tabletestutil.h"

#include <mapping/tablemapper.h>

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <ctime>

using namespace tuoyu;
using namespace tuoyu::mapping;
using namespace tuoyu::mapping::test;

TEST_CASE("100,000 rows × 10 columns map well inside the import budget", "[performance]")
{
    io::Table t;
    t.rows.reserve(100002);
    t.rows.append(textRow({"序号", "机构名称", "统一社会信用代码", "属性", "所属街道", "托位数",
                           "普惠托位", "在托人数", "是否备案", "备案时间"}));
    const QString kinds[] = {QStringLiteral("公办"), QStringLiteral("民办"),
                             QStringLiteral("企业办"), QStringLiteral("独立")};
    for (int i = 0; i < 100000; ++i) {
        QList<io::Cell> row;
        row.reserve(10);
        row << numberCell(i + 1) << textCell(QStringLiteral("测试托育机构%1").arg(i))
            << textCell(QStringLiteral("91320400MA%1").arg(i, 8, 10, QLatin1Char('0')))
            << textCell(kinds[i % 4]) << textCell(QStringLiteral("红梅街道")) << numberCell(60)
            << numberCell(40) << numberCell(30)
            << textCell(i % 2 ? QStringLiteral("是") : QStringLiteral("否"))
            << dateCell(QStringLiteral("2024-03-01"));
        t.rows.append(row);
    }
    qint64 best = std::numeric_limits<qint64>::max();
    double bestCpu = 1e9;
    MappingResult r;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        MappingResult mapped = TableMapper::map(t);
        bestCpu = std::min(bestCpu, 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        best = std::min(best, timer.elapsed());
        r = std::move(mapped); // the previous result is freed outside the timed part
    }
    // The machine is shared: CPU time is what the mapper costs, wall time what others left us.
    WARN("mapped 100000 x 10 in " << best << " ms wall, " << bestCpu << " ms CPU (best of 3)");
    CHECK(r.records.size() == 100000);
    CHECK(r.refused.isEmpty());
    // The budget for read + map + write is 1.5 s; mapping must stay well under 0.3 s.
    CHECK(bestCpu < 300);
}

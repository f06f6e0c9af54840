#pragma once

#include "document/officialdocument.h"
#include "indicators/indicatorengine.h"
#include "indicators/registrytotals.h"
#include "ledgers/ledgertable.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

/// One district as the city sees it on a date: the same figures the district's own dashboard,
/// indicators and progress report show, read from its workspace (read-only for the city role).
struct DistrictFigures
{
    QString district;
    QString planTitle; ///< the district's current plan, empty when it has none
    RegistryTotals totals;
    PopulationBase population;
    /// The progress report's key figures (ReportStore::figures): institutions, slots,
    /// puhui_slots, filed, tasks, tasks_done, tasks_overdue, tasks_due_soon, indicators_met.
    QJsonObject progress;
};

/// A formula indicator computed for the whole city from the summed totals and populations (a
/// ratio of sums, never an average of the districts' ratios).
struct CityIndicator
{
    IndicatorFormula formula;
    std::optional<double> value;
    QString missing; ///< why there is no value (a district's population figure missing …)
    /// The value as every view prints it (indicatorActualLabel), empty without one.
    QString label() const;
};

/// The city view of a server (docs/server.md, the city view): every listed district's figures,
/// and the city's as their sums. Opened by an address without a district, by a role that can
/// read the districts (the city role; a district's officer sees only their own).
struct CityFigures
{
    QString server; ///< the address, for titles and messages
    QDate asOf;
    QList<DistrictFigures> districts;
    QStringList unreadable; ///< districts the role may not read, with why
    RegistryTotals totals;  ///< summed; slotsByArea stays empty (area ids are per district)
    PopulationBase population;
    QStringList populationMissing; ///< districts without a resident / under-3 figure for the year
    QJsonObject progress;          ///< the districts' progress figures summed
    QList<CityIndicator> indicators;

    /// Reads every district listed on the server at `address` (no district in it) as of
    /// `asOf`; nothing, with `error`, when the server cannot be read or lists no district.
    /// `password` is the one the officer typed when the server asked (the window's; never
    /// written), empty for libpq's own (PGPASSWORD, the password file).
    static std::optional<CityFigures> read(const QString &address, const QDate &asOf,
                                           QString *error, const QString &password = QString());
    /// The city's 工作进展情况汇报: the summed figures in words, the indicators computed from
    /// them, and a table with a row per district and the 合计 row.
    document::OfficialDocument progressReport() const;
    /// The report's table of the districts, as the window's 全市概览 shows it too: a row per
    /// district (机构, 托位, 普惠托位, 每千人口托位数, 任务, 已完成, 逾期, 临期) and the 合计
    /// row, whose 每千人口托位数 is the formula over the sums.
    document::TableBlock districtTable() const;
    /// Per district and for the city, as `tuoyu-desk city --json` prints it.
    QJsonObject toJson() const;

    /// The ledger `code` (ledgers::byCode: institutions, tasks, indicators, subsidies) of every
    /// district readable at `address`, one after another, with 区县 as its first column and no
    /// 合计 row (a district's totals are its own; shares and rates are not added). Nothing, with
    /// `error`, when no district could be read or the districts' ledgers have different columns
    /// (the 任务分解表, whose columns are each district's areas). Districts that could not be
    /// read are listed in `unreadable`.
    static std::optional<ledgers::LedgerTable> ledger(const QString &address, const QString &code,
                                                      const QDate &asOf, int year,
                                                      QStringList *unreadable, QString *error,
                                                      const QString &password = QString());
};

} // namespace tuoyu

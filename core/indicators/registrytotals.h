#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace tuoyu {

class Workspace;

/// The registry summed up as of a date: everything an indicator formula needs, and the slots by
/// kind and by area the 概览 charts show. Everyone - the dashboard, the indicator engine, the
/// reports, the exports and the command line - reads them through of(), so an officer never sees
/// one figure on screen and another in print.
///
/// "As of" means: an institution counts once it has opened (opened_date empty or on/before the
/// date); it counts as filed once its filing date has passed (or it is filed with no date).
struct RegistryTotals
{
    qint64 institutions = 0;
    qint64 slots = 0;
    qint64 puhuiSlots = 0; ///< puhui_slots, or all slots of a puhui institution
    qint64 puhuiInstitutions = 0;
    qint64 filed = 0;
    qint64 withMedicalPartner = 0;
    qint64 enrolled = 0; ///< over institutions that report enrolment
    qint64 slotsReportingEnrolled = 0;
    qint64 under2Slots = 0; ///< 乳儿班 + 托小班
    qint64 slotsReportingBands = 0;
    qint64 staff = 0;
    qint64 certifiedStaff = 0;
    qint64 publicInstitutions = 0; ///< kinds public and health (government-run)
    qint64 publicSlots = 0;
    qint64 areas = 0;
    qint64 areasWithCommunity = 0;
    QHash<QString, qint64> institutionsByKind; ///< kind code → count
    QHash<QString, qint64> slotsByKind;        ///< kind code → slots
    QHash<qint64, qint64> slotsByArea;         ///< area id (0: none) → slots

    /// The workspace's registry as of `asOf`, from its RegistryCache.
    static RegistryTotals of(Workspace *workspace, const QDate &asOf);

    friend bool operator==(const RegistryTotals &, const RegistryTotals &) = default;
};

/// Where RegistryTotals come from. The program has one source, RegistryCache (the rules are the
/// domain's: Institution::isPuhui, isPublic(InstitutionKind) …); the tests hold it to an
/// independent statement of the same definitions in SQL.
class RegistrySource
{
public:
    virtual ~RegistrySource() = default;
    virtual RegistryTotals totals(const QDate &asOf) = 0;
};

} // namespace tuoyu

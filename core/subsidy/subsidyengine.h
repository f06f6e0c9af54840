#pragma once

#include "domain/institution.h"
#include "domain/subsidyrule.h"
#include "ledgerline.h"

#include <QHash>
#include <QList>

namespace tuoyu {

class Workspace;

/// A claim an institution makes under a rule: passed acceptance with N slots (per_slot_once),
/// N new classes (per_class_once), a package's cost (capped_package), visit-days for vouchers.
struct SubsidyClaim
{
    qint64 id = 0;
    qint64 ruleId = 0;
    qint64 institutionId = 0;
    QString period; ///< "2025" or "2025-03"
    std::optional<double> quantity;
    std::optional<int> families;
    std::optional<qint64> amountFen; ///< claimed cost, for capped packages
};

/// One month of enrolment at one institution (月度收托), by class band and category.
struct EnrolmentRecord
{
    qint64 institutionId = 0;
    QString month;                 ///< "2025-03"
    QHash<QString, qint64> counts; ///< infant, toddler, older, second_child, third_child, …
};

/// Turns rules + registry + enrolment + claims into ledger lines. Pure: it reads what it is
/// given and writes nothing, so the same inputs always give the same lines to the fen.
class SubsidyEngine
{
public:
    struct Inputs
    {
        QList<SubsidyRule> rules;
        QList<Institution> institutions;
        QList<EnrolmentRecord> enrolment;
        QList<SubsidyClaim> claims;
        /// (rule, institution) pairs already paid out by a one-off rule in another period: a
        /// one-off subsidy is paid once.
        QSet<QPair<qint64, qint64>> oneOffDone;
    };

    /// The lines for every period of `year` (months for monthly rules, the year for one-offs).
    static QList<LedgerLine> compute(const Inputs &inputs, int year);

    /// Whether an institution meets a rule's conditions; `why` says which one it fails. Filing
    /// (已备案) is every rule's baseline condition unless the rule waives it with a reason
    /// (`"filing_waived": "…"`): public money goes only to filed institutions.
    static bool meetsConditions(const SubsidyRule &rule, const Institution &institution,
                                const QHash<QString, int> &chainSizes, QString *why = nullptr);
    /// The conditions other than filing, so the ledger can refuse an unfiled institution with
    /// its reason (kNotFiledReason) rather than leave it out.
    static bool meetsOtherConditions(const SubsidyRule &rule, const Institution &institution,
                                     const QHash<QString, int> &chainSizes, QString *why = nullptr);
    static bool filingRequired(const SubsidyRule &rule);

    /// The Chinese words for a rule kind (每托位一次性 …), a fund use (建设 …) and a rule's
    /// conditions (普惠；公办；托位 120–150 …), as the 奖补 page and the docs show them.
    static QString ruleKindLabel(const QString &kind);
    static QString fundUseLabel(const QString &useCode);
    static QString conditionsText(const QJsonObject &conditions);
    /// Whether the rule pays from claims (申报) rather than from the registry or enrolment.
    static bool needsClaim(const QString &kind);

    /// Reads the inputs for a plan and year from the workspace.
    static Inputs load(Workspace *workspace, qint64 planId, int year);
};

} // namespace tuoyu

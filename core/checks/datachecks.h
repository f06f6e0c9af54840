#pragma once

#include <QList>
#include <QString>

namespace tuoyu {

class Workspace;

/// One thing the officer should look at, with the record it names.
struct Finding
{
    enum class Severity
    {
        Error,  ///< the numbers contradict each other
        Warning ///< possible, but worth a look
    };
    Severity severity = Severity::Warning;
    QString check; ///< a stable key: puhui_above_slots, duplicate_credit_code, …
    QString table; ///< the table of the record it names
    qint64 recordId = 0;
    QString record;  ///< what the record is called (institution name, task text …)
    QString message; ///< a Chinese sentence saying what is wrong
};

/// The data checks behind `tuoyu-desk validate` and the 数据检查 panel: every finding names the
/// record it is about. A plan id of 0 checks the registry only.
class DataChecks
{
public:
    static QList<Finding> run(Workspace *workspace, qint64 planId);

    static QList<Finding> institutions(Workspace *workspace);
    static QList<Finding> tasks(Workspace *workspace, qint64 planId);
    static QList<Finding> indicators(Workspace *workspace, qint64 planId);
    static QList<Finding> decomposition(Workspace *workspace, qint64 planId);
    static QList<Finding> imports(Workspace *workspace);
    /// Subsidy inputs kept for an institution that is not filed (未备案): monthly enrolment or
    /// claims. No rule pays it (filing is every rule's baseline), so the data is either waiting
    /// for the filing or recorded on the wrong institution.
    static QList<Finding> subsidies(Workspace *workspace);
};

QString severityLabel(Finding::Severity severity);

} // namespace tuoyu

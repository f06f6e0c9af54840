// The data checks of 从业人员 records (docs/register.md); the rest are in datachecks.cpp.

#include "staffchecks.h"

#include "oversight/oversight.h"
#include "session/workspace.h"

#include <QHash>

namespace tuoyu {

QList<Finding> staffChecks(Workspace *workspace)
{
    QList<Finding> findings;
    QHash<QString, StaffMember> first; // ID number → the first person listed with it
    for (const StaffMember &s : oversight::staff(*workspace)) {
        if (s.idNumber.isEmpty())
            continue;
        const auto seen = first.constFind(s.idNumber);
        if (seen == first.constEnd()) {
            first.insert(s.idNumber, s);
            continue;
        }
        if (seen->institutionId == s.institutionId)
            continue;
        findings.append({Finding::Severity::Error, QStringLiteral("duplicate_staff_id_number"),
                         QStringLiteral("staff"), s.id, s.name,
                         QStringLiteral("身份证号 %1 同时登记在“%2”（%3）和“%4”（%5）")
                             .arg(oversight::maskIdNumber(s.idNumber), seen->institution,
                                  seen->name, s.institution, s.name)});
    }
    return findings;
}

} // namespace tuoyu

#pragma once

#include "indicators/registrytotals.h"

namespace tuoyu::test {

/// The registry's totals stated a second time, independently, as SQL aggregates over the stored
/// registry: the reference the program's one source (RegistryCache, whose rules are the domain
/// types') is held to after every kind of change. Never used by the program itself.
class SqlRegistry final : public RegistrySource
{
public:
    explicit SqlRegistry(Workspace *workspace)
        : m_workspace(workspace)
    {
    }
    RegistryTotals totals(const QDate &asOf) override;

private:
    Workspace *m_workspace;
};

} // namespace tuoyu::test

#include "registrytotals.h"

#include "registrycache.h"

namespace tuoyu {

RegistryTotals RegistryTotals::of(Workspace *workspace, const QDate &asOf)
{
    return RegistryCache::of(workspace)->totals(asOf);
}

} // namespace tuoyu

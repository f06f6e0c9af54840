#pragma once

#include "columnmapping.h"
#include "mappingresult.h"

#include <io/table.h>

namespace tuoyu::mapping {

// How each kind's rows become records. They share the mapper's cleaning, total checks and
// duplicate detection (tablemapper.cpp); each is called only by its ImportKind.

/// `release`, when given, is `t` itself: each row's cells are freed once the row is mapped.
void mapInstitutions(const io::Table &t, const ColumnMapping &m, MappingResult &result,
                     io::Table *release);
void mapEnrolment(const io::Table &t, const ColumnMapping &m, MappingResult &result);
void mapDecomposition(const io::Table &t, const ColumnMapping &m, MappingResult &result);

} // namespace tuoyu::mapping

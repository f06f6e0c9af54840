#pragma once

#include "datachecks.h"

namespace tuoyu {

/// The data checks of 从业人员 records: the same ID number at two institutions (the provincial
/// platforms' duplicate check) — one person counted twice, or a typing error. Each finding
/// names both institutions and people and masks the number.
QList<Finding> staffChecks(Workspace *workspace);

} // namespace tuoyu

#pragma once

#include "plandocument.h"
#include "planreading.h"

namespace tuoyu {

/// Reads a 实施方案 into a draft plan (docs/plan-reader.md): its structure whatever the
/// numbering, tasks, deadlines (through DeadlineParser, the words kept), responsible units,
/// indicators of the goal section, subsidy amounts, the leading group and the attached tables.
class PlanReader
{
public:
    static PlanReading read(const PlanDocument &document);
};

} // namespace tuoyu

#include "page.h"

#include "checks/checkspage.h"
#include "indicators/indicatorspage.h"
#include "institutions/institutionspage.h"
#include "plan/plantreepage.h"
#include "subsidy/subsidypage.h"

namespace tuoyu {

QList<Page *> createPages(QWidget *parent)
{
    return {
        new PlanTreePage(parent),
        new InstitutionsPage(parent),
        new IndicatorsPage(parent),
        new SubsidyPage(parent),
        new ChecksPage(parent),
    };
}

} // namespace tuoyu

#include "page.h"

#include "indicators/indicatorspage.h"
#include "institutions/institutionspage.h"
#include "plan/plantreepage.h"

namespace tuoyu {

QList<Page *> createPages(QWidget *parent)
{
    return {
        new PlanTreePage(parent),
        new InstitutionsPage(parent),
        new IndicatorsPage(parent),
    };
}

} // namespace tuoyu

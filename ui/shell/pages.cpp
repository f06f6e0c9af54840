#include "page.h"

#include "checks/checkspage.h"
#include "dashboard/dashboardpage.h"
#include "indicators/indicatorspage.h"
#include "institutions/institutionspage.h"
#include "tasks/taskspage.h"

namespace tuoyu {

QList<Page *> createPages(QWidget *parent)
{
    return {
        new DashboardPage(parent),  new TasksPage(parent),  new InstitutionsPage(parent),
        new IndicatorsPage(parent), new ChecksPage(parent),
    };
}

} // namespace tuoyu

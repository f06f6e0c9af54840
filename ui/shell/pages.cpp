#include "page.h"

#include "checks/checkspage.h"
#include "city/citypage.h"
#include "dashboard/dashboardpage.h"
#include "decomposition/decompositionpage.h"
#include "indicators/indicatorspage.h"
#include "institutions/institutionspage.h"
#include "oversight/oversightpage.h"
#include "plan/plansettingspage.h"
#include "reports/reportspage.h"
#include "subsidy/subsidypage.h"
#include "tasks/taskspage.h"

namespace tuoyu {

QList<Page *> createPages(QWidget *parent)
{
    // One page a line, so that each page folder adds exactly one line.
    // clang-format off
    return {
        new DashboardPage(parent),
        new TasksPage(parent),
        new InstitutionsPage(parent),
        new OversightPage(parent),
        new IndicatorsPage(parent),
        new DecompositionPage(parent),
        new SubsidyPage(parent),
        new ReportsPage(parent),
        new PlanSettingsPage(parent),
        new ChecksPage(parent),
        new CityPage(parent), // shown only in the city view, alone (MainWindow::openCity)
    };
    // clang-format on
}

} // namespace tuoyu

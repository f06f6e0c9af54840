#include "institutionspage.h"

#include "institutiontablemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tuoyu {

InstitutionsPage::InstitutionsPage(QWidget *parent)
    : Page(parent)
{
    m_model = new InstitutionTableModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("institutionView"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(InstitutionTableModel::Name,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

void InstitutionsPage::setContext(Workspace *workspace, qint64)
{
    m_model->setWorkspace(workspace);
}

} // namespace tuoyu

#include "enrolmenttab.h"

#include "enrolmenttablemodel.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace tuoyu {

EnrolmentTab::EnrolmentTab(QWidget *parent)
    : SubsidyTab({QStringLiteral("enrolment_record")}, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("月份：")));
    m_monthBox = new QComboBox;
    m_monthBox->setObjectName(QStringLiteral("enrolmentMonth"));
    for (int m = 1; m <= 12; ++m)
        m_monthBox->addItem(tr("%1月").arg(m), m);
    m_monthBox->setCurrentIndex(QDate::currentDate().month() - 1);
    top->addWidget(m_monthBox);
    auto *hint = new QLabel(tr("每个机构当月的在托人数，按班别和类别填写；改动即保存，"
                               "可撤销。二孩、三孩为各班合计中的人数。"));
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    layout->addLayout(top);

    m_model = new EnrolmentTableModel(this);
    // Typing a digit starts editing the cell, Enter saves it: a month is typed cell by cell.
    m_view = subsidyui::editableView(m_model, QStringLiteral("enrolmentTable"),
                                     QAbstractItemView::SelectItems);
    m_view->horizontalHeader()->setSectionResizeMode(EnrolmentTableModel::InstitutionColumn,
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    connect(m_monthBox, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_model, &EnrolmentTableModel::editRefused, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("月度收托"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c = 1; c < EnrolmentTableModel::ColumnCount; ++c)
            m_view->setColumnWidth(c, 88);
    });
}

void EnrolmentTab::reload()
{
    m_model->reload(workspace(), planId(), year(),
                    QStringLiteral("%1-%2").arg(year()).arg(m_monthBox->currentData().toInt(), 2,
                                                            10, QLatin1Char('0')));
}

void EnrolmentTab::showMonth(int month)
{
    m_monthBox->setCurrentIndex(month - 1);
}

bool EnrolmentTab::setCell(int row, int column, const QString &text, QString *error)
{
    return m_model->setCell(row, column, text, error);
}

} // namespace tuoyu

#include "checkspage.h"

#include "checks/datachecks.h"
#include "commands/plancommands.h"
#include "session/workspace.h"
#include "shell/corewords.h"

#include "shell/forms.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

namespace {

/// Which page shows the record a finding names.
QString pageFor(const QString &table)
{
    if (table == QLatin1String("institution"))
        return QStringLiteral("institutions");
    if (table == QLatin1String("task"))
        return QStringLiteral("tasks");
    if (table == QLatin1String("indicator"))
        return QStringLiteral("indicators");
    if (table == QLatin1String("decomposition_cell"))
        return QStringLiteral("decomposition");
    return QString();
}

} // namespace

ChecksPage::ChecksPage(QWidget *parent)
    : Page(tr("数据检查"), QStringLiteral("checks"), {}, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("checksSummary"));
    m_populationButton = new QPushButton(tr("填写人口数据…"));
    m_populationButton->setObjectName(QStringLiteral("populationButton"));
    m_populationButton->setVisible(false);
    top->addWidget(m_summary, 1);
    top->addWidget(m_populationButton);
    layout->addLayout(top);
    m_table =
        forms::listTable(QStringLiteral("checksTable"), {tr("级别"), tr("对象"), tr("问题")}, 2);
    m_table->setColumnWidth(1, 260);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    connect(m_populationButton, &QPushButton::clicked, this,
            [this] { askForPopulation(m_missingYear); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QString page = m_table->item(row, 0)->data(Qt::UserRole).toString();
        if (!page.isEmpty())
            Q_EMIT showPageRequested(page,
                                     m_table->item(row, 0)->data(Qt::UserRole + 1).toLongLong());
    });
}

int ChecksPage::findingCount() const
{
    return m_table->rowCount();
}

void ChecksPage::reload()
{
    m_table->setRowCount(0);
    m_missingYear = 0;
    if (!m_workspace) {
        m_summary->clear();
        m_populationButton->setVisible(false);
        return;
    }
    const QList<Finding> findings = DataChecks::run(m_workspace, m_planId);
    m_table->setRowCount(int(findings.size()));
    static const QRegularExpression yearPattern(QStringLiteral("(\\d{4})年"));
    int row = 0;
    int errors = 0;
    for (const Finding &f : findings) {
        auto *level = new QTableWidgetItem(shownWords(severityLabel(f.severity)));
        level->setData(Qt::UserRole, pageFor(f.table));
        level->setData(Qt::UserRole + 1, f.recordId);
        level->setForeground(f.severity == Finding::Severity::Error ? QColor(0xC6, 0x28, 0x28)
                                                                    : QColor(0xB2, 0x6A, 0x00));
        m_table->setItem(row, 0, level);
        m_table->setItem(row, 1, new QTableWidgetItem(f.record));
        m_table->setItem(row, 2, new QTableWidgetItem(f.message));
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
        if (f.check == QLatin1String("population_missing") && m_missingYear == 0)
            m_missingYear = yearPattern.match(f.message).captured(1).toInt();
        ++row;
    }
    m_table->resizeRowsToContents();
    m_summary->setText(findings.isEmpty()
                           ? tr("没有发现问题。")
                           : tr("发现 %1 个问题（其中 %2 个错误）。双击一行转到对应页面。")
                                 .arg(findings.size())
                                 .arg(errors));
    m_populationButton->setVisible(m_missingYear > 0);
    if (m_missingYear > 0)
        m_populationButton->setText(tr("填写%1年人口数据…").arg(m_missingYear));
}

bool ChecksPage::askForPopulation(int year)
{
    if (!m_workspace)
        return false;
    forms::FormDialog dialog(tr("填写人口数据"), this);
    auto *yearBox = dialog.add(tr("年份："), new QSpinBox, QStringLiteral("populationYear"));
    yearBox->setRange(2000, 2100);
    yearBox->setValue(year > 0 ? year : QDate::currentDate().year());
    QLineEdit *resident =
        dialog.add(tr("常住人口（人）："), forms::lineEdit(QString(), tr("例如 262000")),
                   QStringLiteral("residentPopulation"));
    QLineEdit *under3 =
        dialog.add(tr("3岁以下婴幼儿数（人）："), forms::lineEdit(QString(), tr("例如 6100")),
                   QStringLiteral("under3Population"));
    QLineEdit *source =
        dialog.add(tr("来源："), forms::lineEdit(QString(), tr("例如 统计年鉴、卫健局年报")),
                   QStringLiteral("populationSource"));
    return dialog.runUntilDone([&](QString *error) {
        auto number = [](const QLineEdit *edit, bool *ok) -> std::optional<qint64> {
            const QString t = edit->text().trimmed().remove(QLatin1Char(',')).remove(QChar(0xFF0C));
            *ok = true;
            if (t.isEmpty())
                return std::nullopt;
            const qint64 v = t.toLongLong(ok);
            return *ok ? std::optional<qint64>(v) : std::nullopt;
        };
        bool okResident = false;
        bool okUnder3 = false;
        const auto r = number(resident, &okResident);
        const auto u = number(under3, &okUnder3);
        if (!okResident || !okUnder3)
            *error = tr("人口数应为整数");
        else if (!r && !u)
            *error = tr("请至少填写一项");
        auto command = error->isEmpty()
                           ? plancommands::setPopulation(m_workspace, yearBox->value(), r, u,
                                                         source->text().trimmed(), error)
                           : nullptr;
        return command && m_workspace->execute(std::move(command), error);
    });
}

} // namespace tuoyu

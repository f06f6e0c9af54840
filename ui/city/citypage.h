#pragma once

#include "city/cityview.h"
#include "shell/page.h"

#include <QDateTime>

#include <optional>

class QDateEdit;
class QGridLayout;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace tuoyu {

class CityLedgerTab;
class CityWatch;

/// 全市概览: the city view of a server (docs/server.md) in the window, opened by an address
/// without a district. Read-only: it shows CityFigures — the city's key figures and indicators
/// (ratios of sums), the districts' table with its 合计 row, the districts that could not be
/// read — and the city's ledgers (CityLedgerTab), prints and exports the city's progress report,
/// and reads everything again when a district announces a commit (CityWatch), or on 刷新.
class CityPage : public Page
{
    Q_OBJECT

public:
    explicit CityPage(QWidget *parent = nullptr);
    ~CityPage() override;

    /// Shows `figures`, read at `address` with `password` (kept in memory to read again; empty
    /// when libpq's own served), and follows the districts' commits from now on.
    void open(const QString &address, const QString &password, CityFigures figures);
    /// Leaves the city view: forgets the server, the password and the figures.
    void close();
    bool isOpen() const { return m_city.has_value(); }
    QString address() const { return m_address; }
    const std::optional<CityFigures> &figures() const { return m_city; }
    /// True when the page hears the districts' commits (else only 刷新 reads them again).
    bool followsDistricts() const { return m_followed; }

    /// Reads every district again as of the date shown; false with `error` (the figures shown
    /// stay).
    bool readAgain(QString *error);
    /// The city's 工作进展情况汇报 to `path` (.pdf, or .docx); false with `error`.
    bool exportReport(const QString &path, QString *error) const;
    CityLedgerTab *ledgers() const { return m_ledgers; }

    bool print() override;

private:
    void display(const CityFigures &city);
    void showFigures(const CityFigures &city);
    void chooseAndExportReport();

    QString m_address;
    QString m_password;
    std::optional<CityFigures> m_city;
    QDateTime m_readAt;
    CityWatch *m_watch = nullptr;
    bool m_followed = false;
    QTimer *m_debounce = nullptr; ///< a burst of commits (an import) reads once
    QDateEdit *m_asOf = nullptr;
    QLabel *m_unreadable = nullptr;
    QLabel *m_status = nullptr;
    QGridLayout *m_figures = nullptr;
    QTableWidget *m_indicators = nullptr;
    /// A row per district and the 合计 row: CityFigures::districtTable, as the report prints it.
    QTableWidget *m_districts = nullptr;
    QTabWidget *m_tabs = nullptr;
    /// The 台账 tab: every district's ledger in turn with its 区县 column (CityFigures::ledger).
    CityLedgerTab *m_ledgers = nullptr;
};

} // namespace tuoyu

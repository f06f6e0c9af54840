#pragma once

#include "ledgers/ledgertable.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace tuoyu {

class LedgerItemModel;

/// The 全市概览 page's 台账 tab: one ledger of every district the login may read, after one
/// another with the 区县 column (CityFigures::ledger), shown and exported as xlsx or csv.
class CityLedgerTab : public QWidget
{
    Q_OBJECT

public:
    explicit CityLedgerTab(QWidget *parent = nullptr);

    /// Where the districts are and as of when; the ledger shown is read again.
    void setSource(const QString &address, const QString &password, const QDate &asOf);
    /// Forgets the server (the window left the city view).
    void clear();
    /// Reads the ledger chosen again (a district changed); false with `error`.
    bool load(QString *error);
    /// Shows the ledger `code` (institutions, tasks, indicators, subsidies).
    bool showLedger(const QString &code, QString *error);
    /// Writes the ledger shown to `path` (.xlsx, or .csv); false with `error`.
    bool exportTo(const QString &path, QString *error) const;
    const ledgers::LedgerTable &table() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void chooseAndExport();

    QString m_address;
    QString m_password;
    QDate m_asOf;
    QComboBox *m_choice = nullptr;
    QLabel *m_note = nullptr;
    QTableView *m_view = nullptr;
    LedgerItemModel *m_model = nullptr;
};

} // namespace tuoyu

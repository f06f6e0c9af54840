#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tuoyu {

class Database;

/// The band across the top of the window while the open workspace is read-only: why (damaged,
/// read-only media), naming the file, and for a damaged file the offer to restore a backup
/// (the button with the object name "restoreFromBackup"; MainWindow passes it on as
/// MainWindow::restoreFromBackup). Hidden while the file can be changed.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    /// Shows the banner for `database`, or hides it when the file can be changed (or is none).
    void showFor(const Database *database);
    QString text() const;

Q_SIGNALS:
    void restoreRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace tuoyu

#pragma once

#include <QApplication>

namespace tuoyu {

/// The window's QApplication. A query that fails under a page, a dialog or a menu action
/// (StorageError, storage/storageerror.h) ends that action here, with its message naming the
/// file shown to the officer, instead of ending the program; nothing partial was shown or
/// written, because the action stopped where the read failed.
class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace tuoyu

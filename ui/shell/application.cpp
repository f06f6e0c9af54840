#include "application.h"

#include "storage/storageerror.h"

#include <QMessageBox>
#include <QTimer>

namespace tuoyu {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StorageError &e) {
        // Shown once the event that failed has unwound, not from inside its dispatch.
        QTimer::singleShot(0, this, [message = e.message()] {
            QMessageBox::warning(QApplication::activeWindow(), tr("无法读写工作台文件"), message);
        });
        return false;
    }
}

} // namespace tuoyu

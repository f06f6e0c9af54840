#include "benchregister.h"

#include "commands/evidencecommands.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace tuoyu::bench {

bool addEvidence(const QString &workspace, int files, qint64 totalBytes, QString *error)
{
    auto ws = Workspace::open(workspace, error);
    if (!ws)
        return false;
    const auto plan = PlanRepository(ws.get()).defaultPlan();
    if (!plan) {
        *error = QStringLiteral("%1 中没有计划").arg(workspace);
        return false;
    }
    const QList<TaskView> tasks = PlanRepository(ws.get()).tasks(plan->id);
    QTemporaryDir dir;
    QRandomGenerator random(20261204);
    const qint64 each = totalBytes / files;
    constexpr int kPerCommand = 50; // one 办结 batch of photos at a time
    for (int first = 0; first < files; first += kPerCommand) {
        QStringList paths;
        for (int i = first; i < std::min(files, first + kPerCommand); ++i) {
            QByteArray content(each, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(content.data()),
                             content.size() / qsizetype(sizeof(quint32)));
            const QString path = dir.filePath(QStringLiteral("验收照片-%1.jpg").arg(i));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
                *error = f.errorString();
                return false;
            }
            paths.append(path);
        }
        const qint64 task = tasks[(first / kPerCommand) % tasks.size()].task.id;
        if (!ws->execute(
                evidencecommands::attach(ws.get(), EvidenceTarget::Task, task, paths, error),
                error))
            return false;
        for (const QString &p : paths)
            QFile::remove(p);
    }
    return true;
}

} // namespace tuoyu::bench

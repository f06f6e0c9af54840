#include "zipsource.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace tuoyu::io {

namespace {

QString keyFor(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name.toLower();
}

QString mib(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

ZipArchive::ZipArchive(const ReadOptions &options)
    : m_options(options)
{
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::open(const QString &path, QString *error)
{
    m_zip = std::make_unique<QuaZip>(path);
    m_zip->setAutoClose(true);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = QStringLiteral("文件不是有效的 zip 容器，可能已损坏或只下载了一部分");
        return false;
    }
    m_names = m_zip->getFileNameList();
    if (m_zip->getZipError() != UNZ_OK) {
        *error = QStringLiteral("文件的 zip 目录已损坏");
        return false;
    }
    for (const QString &name : std::as_const(m_names))
        m_byKey.insert(keyFor(name), name);
    return true;
}

QString ZipArchive::find(const QString &partName) const
{
    return m_byKey.value(keyFor(partName));
}

namespace {

/// Chunks handed from the inflating thread to the parsing one.
class ChunkQueue
{
public:
    explicit ChunkQueue(int depth)
        : m_depth(depth)
    {
    }
    // producer side
    bool push(QByteArray chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_cancelled || int(m_chunks.size()) < m_depth; });
        if (m_cancelled)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // consumer side: false when the producer has finished and nothing is left
    bool pop(QByteArray *chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_finished || !m_chunks.empty(); });
        if (m_chunks.empty())
            return false;
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return true;
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_chunks.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks;
    int m_depth;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace

bool ZipArchive::inflate(const QString &partName, const QString &name,
                         const std::function<bool(QByteArray)> &push, QString *error)
{
    if (!m_zip->setCurrentFile(name, QuaZip::csSensitive)) {
        *error = QStringLiteral("无法定位组成部分 %1").arg(partName);
        return false;
    }
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && (info.flags & 1)) {
        *error = QStringLiteral("文件内容已加密（受密码保护）");
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法解压组成部分 %1（文件已损坏或使用了不支持的压缩方式）")
                     .arg(partName);
        return false;
    }
    constexpr qsizetype chunk = 256 * 1024;
    qint64 inflated = 0;
    bool ok = true;
    for (;;) {
        QByteArray buffer(chunk, Qt::Uninitialized);
        const qint64 n = file.read(buffer.data(), chunk);
        if (n < 0) {
            *error = QStringLiteral("组成部分 %1 解压失败，文件已损坏").arg(partName);
            ok = false;
            break;
        }
        if (n == 0)
            break;
        inflated += n;
        m_totalInflated += n;
        if (inflated > m_options.maxEntryBytes) {
            *error = QStringLiteral("组成部分 %1 解压后超过 %2 MiB，疑似压缩炸弹，已拒绝")
                         .arg(partName, mib(m_options.maxEntryBytes));
            ok = false;
            break;
        }
        if (m_totalInflated > m_options.maxTotalBytes) {
            *error = QStringLiteral("文件解压后总大小超过 %1 MiB，疑似压缩炸弹，已拒绝")
                         .arg(mib(m_options.maxTotalBytes));
            ok = false;
            break;
        }
        buffer.truncate(n);
        if (!push(std::move(buffer))) {
            ok = false;
            break;
        }
    }
    file.close();
    if (ok && file.getZipError() != UNZ_OK) {
        *error = QStringLiteral("组成部分 %1 校验失败（CRC 错误），文件已损坏").arg(partName);
        ok = false;
    }
    return ok;
}

bool ZipArchive::read(const QString &partName,
                      const std::function<bool(const char *, qsizetype)> &sink, QString *error)
{
    const QString name = find(partName);
    if (name.isEmpty()) {
        *error = QStringLiteral("缺少组成部分 %1").arg(partName);
        return false;
    }
    // Large entries inflate on a second thread while this one parses: inflating is about a
    // third of the cost of reading a big worksheet. The declared size only chooses the path.
    qint64 declared = 0;
    if (m_zip->setCurrentFile(name, QuaZip::csSensitive)) {
        QuaZipFileInfo64 info;
        if (m_zip->getCurrentFileInfo(&info))
            declared = qint64(info.uncompressedSize);
    }
    if (declared < 4 * 1024 * 1024) {
        return inflate(
            partName, name,
            [&sink](QByteArray chunk) { return sink(chunk.constData(), chunk.size()); }, error);
    }
    ChunkQueue queue(8);
    QString inflateError;
    bool inflated = false;
    std::thread producer([&] {
        inflated = inflate(
            partName, name, [&queue](QByteArray chunk) { return queue.push(std::move(chunk)); },
            &inflateError);
        queue.finish();
    });
    bool consumed = true;
    QByteArray chunk;
    while (queue.pop(&chunk)) {
        if (!sink(chunk.constData(), chunk.size())) {
            consumed = false;
            queue.cancel();
            break;
        }
    }
    producer.join();
    if (!inflated && !inflateError.isEmpty()) {
        *error = inflateError;
        return false;
    }
    return inflated && consumed;
}

qint64 ZipArchive::declaredSize(const QString &partName) const
{
    const QString name = find(partName);
    if (name.isEmpty() || !m_zip->setCurrentFile(name, QuaZip::csSensitive))
        return 0;
    QuaZipFileInfo64 info;
    return m_zip->getCurrentFileInfo(&info) ? qint64(info.uncompressedSize) : 0;
}

bool ZipArchive::readAll(const QString &partName, QByteArray *data, QString *error)
{
    data->clear();
    return read(
        partName,
        [data](const char *bytes, qsizetype n) {
            data->append(bytes, n);
            return true;
        },
        error);
}

QString ZipArchive::resolve(const QString &basePart, const QString &target)
{
    QString t = target;
    t.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList parts;
    if (!t.startsWith(QLatin1Char('/'))) {
        parts = basePart.split(QLatin1Char('/'));
        parts.removeLast(); // the owning part's file name
    }
    const QStringList steps = t.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        if (step == QLatin1String("."))
            continue;
        if (step == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(step);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace tuoyu::io

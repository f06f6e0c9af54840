#include "cfbfile.h"

#include <QFile>
#include <QtEndian>

namespace tuoyu::io {

namespace {

constexpr quint32 endOfChain = 0xFFFFFFFE;
constexpr quint32 freeSector = 0xFFFFFFFF;

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

} // namespace

const char *CfbFile::sector(quint32 index) const
{
    const quint64 offset = (quint64(index) + 1) << m_sectorShift;
    const quint64 size = quint64(1) << m_sectorShift;
    if (offset + size > quint64(m_data.size()))
        return nullptr;
    return m_data.constData() + offset;
}

QByteArray CfbFile::chain(quint32 start, quint64 size) const
{
    QByteArray out;
    const quint64 sectorSize = quint64(1) << m_sectorShift;
    if (size > quint64(m_data.size()))
        size = quint64(m_data.size()); // a stream can't be larger than the file
    out.reserve(qsizetype(size));
    quint32 current = start;
    size_t steps = 0;
    while (current != endOfChain && quint64(out.size()) < size) {
        if (current >= m_fat.size() || ++steps > m_fat.size())
            break; // broken or cyclic chain
        const char *p = sector(current);
        if (!p)
            break;
        out.append(p, qsizetype(std::min<quint64>(sectorSize, size - quint64(out.size()))));
        current = m_fat[current];
    }
    return out;
}

QByteArray CfbFile::miniChain(quint32 start, quint64 size) const
{
    QByteArray out;
    const quint64 miniSize = quint64(1) << m_miniShift;
    quint32 current = start;
    size_t steps = 0;
    while (current != endOfChain && quint64(out.size()) < size) {
        if (current >= m_miniFat.size() || ++steps > m_miniFat.size())
            break;
        const quint64 offset = quint64(current) << m_miniShift;
        if (offset + miniSize > quint64(m_miniStream.size()))
            break;
        out.append(m_miniStream.constData() + offset,
                   qsizetype(std::min<quint64>(miniSize, size - quint64(out.size()))));
        current = m_miniFat[current];
    }
    return out;
}

bool CfbFile::open(const QString &path, qint64 maxBytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法打开文件（%1）").arg(file.errorString());
        return false;
    }
    if (file.size() > maxBytes) {
        *error = QStringLiteral("文件超过 %1 MiB，太大，无法导入").arg(maxBytes / (1024 * 1024));
        return false;
    }
    m_data = file.readAll();
    const QString broken = QStringLiteral("文件的 OLE 结构已损坏");
    if (m_data.size() < 512 || !m_data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        *error = broken;
        return false;
    }
    const char *h = m_data.constData();
    m_sectorShift = u16(h + 0x1E);
    m_miniShift = u16(h + 0x20);
    if ((m_sectorShift != 9 && m_sectorShift != 12) || m_miniShift != 6) {
        *error = broken;
        return false;
    }
    m_miniCutoff = u32(h + 0x38);
    const quint32 firstDirectory = u32(h + 0x30);
    const quint32 firstMiniFat = u32(h + 0x3C);
    quint32 difatSector = u32(h + 0x44);
    const quint32 sectorCount = quint32(m_data.size() >> m_sectorShift);
    const int perSector = (1 << m_sectorShift) / 4;

    // FAT sector list: 109 in the header, then the DIFAT chain.
    std::vector<quint32> fatSectors;
    for (int i = 0; i < 109; ++i) {
        const quint32 s = u32(h + 0x4C + 4 * i);
        if (s < sectorCount)
            fatSectors.push_back(s);
    }
    for (quint32 guard = 0; difatSector < sectorCount && guard < sectorCount; ++guard) {
        const char *p = sector(difatSector);
        if (!p)
            break;
        for (int i = 0; i < perSector - 1; ++i) {
            const quint32 s = u32(p + 4 * i);
            if (s < sectorCount)
                fatSectors.push_back(s);
        }
        difatSector = u32(p + 4 * (perSector - 1));
    }
    if (fatSectors.size() > sectorCount) {
        *error = broken;
        return false;
    }
    m_fat.reserve(fatSectors.size() * size_t(perSector));
    for (quint32 s : fatSectors) {
        const char *p = sector(s);
        if (!p)
            continue;
        for (int i = 0; i < perSector; ++i)
            m_fat.push_back(u32(p + 4 * i));
    }

    const QByteArray directory = chain(firstDirectory, quint64(m_data.size()));
    for (qsizetype off = 0; off + 128 <= directory.size(); off += 128) {
        const char *e = directory.constData() + off;
        Entry entry;
        entry.type = quint8(e[0x42]);
        if (entry.type != 1 && entry.type != 2 && entry.type != 5)
            continue;
        const int nameBytes = std::min<int>(u16(e + 0x40), 64);
        QString name;
        for (int i = 0; i + 1 < nameBytes; i += 2) {
            const char16_t c = u16(e + i);
            if (c == 0)
                break;
            name.append(QChar(c));
        }
        entry.name = name;
        entry.start = u32(e + 0x74);
        entry.size = qFromLittleEndian<quint64>(e + 0x78);
        if (m_sectorShift == 9)
            entry.size &= 0xFFFFFFFFu;
        m_entries.push_back(entry);
    }
    if (m_entries.empty() || m_entries.front().type != 5) {
        *error = broken;
        return false;
    }
    // Mini stream (held by the root entry) and its FAT.
    m_miniStream = chain(m_entries.front().start, m_entries.front().size);
    const QByteArray miniFat = chain(firstMiniFat, quint64(m_data.size()));
    for (qsizetype off = 0; off + 4 <= miniFat.size(); off += 4)
        m_miniFat.push_back(u32(miniFat.constData() + off));
    Q_UNUSED(freeSector);
    return true;
}

QStringList CfbFile::streamNames() const
{
    QStringList names;
    for (const Entry &e : m_entries) {
        if (e.type == 2)
            names.append(e.name);
    }
    return names;
}

bool CfbFile::hasStream(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.type == 2 && e.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray CfbFile::stream(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.type != 2 || e.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (e.size < m_miniCutoff)
            return miniChain(e.start, e.size);
        return chain(e.start, e.size);
    }
    return QByteArray();
}

} // namespace tuoyu::io

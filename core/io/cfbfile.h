#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace tuoyu::io {

/// A minimal, bounds-checked reader of OLE2 compound files (Compound File Binary): lists the
/// streams and reads one. The facade uses it to tell an .xls from a .doc or an encrypted OOXML
/// package, and the xls reader to find what FreeXL does not expose (merged cells, hidden sheets,
/// encryption). Internal to the readers.
class CfbFile
{
public:
    /// Reads the file (at most `maxBytes`) and its directory; false with a message when it is
    /// not a readable compound file.
    bool open(const QString &path, qint64 maxBytes, QString *error);

    QStringList streamNames() const;
    bool hasStream(const QString &name) const;
    /// The bytes of the first stream with this name (case-insensitive); empty when missing or
    /// broken.
    QByteArray stream(const QString &name) const;

private:
    struct Entry
    {
        QString name;
        int type = 0; // 1 storage, 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };

    QByteArray m_data;
    int m_sectorShift = 9;
    int m_miniShift = 6;
    quint32 m_miniCutoff = 4096;
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    std::vector<Entry> m_entries;
    QByteArray m_miniStream;

    QByteArray chain(quint32 start, quint64 size) const;
    QByteArray miniChain(quint32 start, quint64 size) const;
    const char *sector(quint32 index) const;
};

} // namespace tuoyu::io

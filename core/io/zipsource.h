#pragma once

#include "readoptions.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QuaZip;

namespace tuoyu::io {

/// Read access to the entries of a zip container (xlsx, docx) with the inflate limits of
/// ReadOptions enforced while inflating. Internal to the readers.
class ZipArchive
{
public:
    explicit ZipArchive(const ReadOptions &options);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Opens the archive; false with a message when it is not a readable zip file.
    bool open(const QString &path, QString *error);

    QStringList entryNames() const { return m_names; }

    /// The entry's real name for a part name, matched without regard to case, backslashes or a
    /// leading slash; empty when the archive has no such entry.
    QString find(const QString &partName) const;
    bool contains(const QString &partName) const { return !find(partName).isEmpty(); }

    /// The uncompressed size the archive declares for an entry: a hint for choosing how to read
    /// it, never trusted as a limit. 0 when unknown.
    qint64 declaredSize(const QString &partName) const;

    /// Streams the inflated bytes of one entry to `sink` in chunks. The sink returns false to
    /// stop early (its own error). Fails when the entry inflates past ReadOptions::maxEntryBytes
    /// (or the archive past maxTotalBytes), is encrypted, or is corrupt.
    bool read(const QString &partName, const std::function<bool(const char *, qsizetype)> &sink,
              QString *error);

    /// Reads a whole (small) entry into memory, with the same limits.
    bool readAll(const QString &partName, QByteArray *data, QString *error);

    /// Resolves a relationship target against the folder of the part that owns the
    /// relationship ("xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml";
    /// "/xl/x.xml" is absolute; ".." steps up).
    static QString resolve(const QString &basePart, const QString &target);

private:
    bool inflate(const QString &partName, const QString &name,
                 const std::function<bool(QByteArray)> &push, QString *error);

    ReadOptions m_options;
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_names;
    QHash<QString, QString> m_byKey;
    qint64 m_totalInflated = 0;
};

} // namespace tuoyu::io

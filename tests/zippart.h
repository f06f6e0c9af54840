#pragma once

// One part of a zip package (a .docx, .xlsx) as bytes, for tests that look inside what the
// program wrote; empty when the file or the part is missing.

#include <QByteArray>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace tuoyu::test {

inline QByteArray zipPart(const QString &path, const QString &name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile f(&zip);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace tuoyu::test

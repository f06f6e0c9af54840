#pragma once
// Damage done to a real workspace file by the tests, as a disk error or a copy leaves it
// (docs/RELIABILITY.md, "A damaged workspace never passes for a sound one").

#include <QFile>
#include <QtEndian>

#include <catch2/catch.hpp>

namespace tuoyu::test {

/// Overwrites the header of the middle one of the file's table b-tree leaf pages (the
/// registry's, the one table with many rows in the tests' files); the page's number. With
/// `holding`, only the leaves whose bytes hold it count: the schema's own pages (sqlite_master
/// grows with every migration) are then never the one damaged.
inline qint64 scrambleMiddleLeaf(const QString &path, const QByteArray &holding = {})
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const QByteArray bytes = f.readAll();
    const quint16 raw = qFromBigEndian<quint16>(bytes.constData() + 16);
    const qint64 pageSize = raw == 1 ? 65536 : raw;
    QList<qint64> leaves;
    for (qint64 page = 2; page * pageSize <= bytes.size(); ++page)
        if (quint8(bytes[(page - 1) * pageSize]) == 0x0D && // a table b-tree leaf
            (holding.isEmpty() || bytes.mid((page - 1) * pageSize, pageSize).contains(holding)))
            leaves << page;
    REQUIRE(leaves.size() > 10);
    const qint64 page = leaves[leaves.size() / 2];
    REQUIRE(f.seek((page - 1) * pageSize));
    REQUIRE(f.write(QByteArray(8, char(0x55))) == 8);
    return page;
}

} // namespace tuoyu::test

#pragma once
// The program's own sources read as text, for the tests that hold the whole tree to a rule
// (tests/core/test_dialect.cpp, test_damaged.cpp).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <catch2/catch.hpp>

#include <algorithm>

namespace tuoyu::test {

/// The lines of the program's own sources (core, ui, app; comments left out) that match
/// `pattern`, as "path:line: text", except in files whose path ends with one of `exempt`.
/// `files` counts the files read. For the tests that hold the tree to a rule.
inline QStringList sourceLinesMatching(const QRegularExpression &pattern, const QStringList &exempt,
                                       int *files)
{
    // TUOYU_TEST_DATA_DIR is <source>/tests/data.
    const QString root = QDir::cleanPath(QStringLiteral(TUOYU_TEST_DATA_DIR "/../.."));
    QStringList found;
    *files = 0;
    for (const char *layer : {"core", "ui", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(layer),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (std::any_of(exempt.cbegin(), exempt.cend(),
                            [&path](const QString &e) { return path.contains(e); }))
                continue;
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            ++*files;
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                ++lineNumber;
                if (line.startsWith(QLatin1String("//")))
                    continue; // a comment may name what it explains
                if (line.contains(pattern))
                    found << QStringLiteral("%1:%2: %3")
                                 .arg(path.mid(root.size() + 1))
                                 .arg(lineNumber)
                                 .arg(line);
            }
        }
    }
    return found;
}

} // namespace tuoyu::test

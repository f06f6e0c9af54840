#pragma once
// What every libFuzzer target shares: a Qt application object (the readers use QFile, QuaZip
// and codecs that expect one), the input as a file the readers open by path, and read limits
// small enough that an input cannot spend the fuzzer's memory on data the budget allows
// (tests/io/readbudgettest.cpp shows each limit at its edge).

#include "io/readoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace tuoyu::fuzz {

inline void startApplication()
{
    static int argc = 1;
    static char name[] = "tuoyu-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

/// Writes the input to one file per process (the fuzzer runs inputs one after another) with the
/// extension the reader is chosen by; its path.
inline QString inputFile(const uint8_t *data, size_t size, const char *extension)
{
    const QString path = QDir::tempPath() + QStringLiteral("/tuoyu-fuzz-%1.%2")
                                                .arg(QCoreApplication::applicationPid())
                                                .arg(QLatin1String(extension));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

inline io::ReadOptions fuzzOptions()
{
    io::ReadOptions options;
    options.maxCells = 200'000;
    options.maxEntryBytes = 16 * 1024 * 1024;
    options.maxTotalBytes = 32 * 1024 * 1024;
    return options;
}

} // namespace tuoyu::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tuoyu::fuzz::startApplication();
    return 0;
}

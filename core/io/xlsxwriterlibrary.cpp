#include "xlsxwriterlibrary.h"

#ifdef TUOYU_XLSXWRITER_RUNTIME
#include <QLibrary>
#include <QStringList>
#endif

namespace tuoyu::io {

namespace {

struct Loaded
{
    XlsxWriterApi api;
    QString error; // empty when every function was found
};

#ifdef TUOYU_XLSXWRITER_RUNTIME

// Loaded at run time, not linked: Debian's libxlsxwriter calls libminizip's zipOpen,
// zipWriteInFileInZip …, and QuaZip (linked into this process and loaded first) exports functions
// with the same names over its own I/O layer, so a normally linked libxlsxwriter got QuaZip's and
// crashed in workbook_close(). DeepBindHint (RTLD_DEEPBIND) makes libxlsxwriter and the libminizip
// it brings in look up their symbols in their own dependencies before the process's global ones.
Loaded load()
{
    Loaded loaded;
    const QString package = QStringLiteral("libxlsxwriter" LXW_SOVERSION);
    // Each candidate is a file name and a version for QLibrary. The versioned names carry the ABI
    // of the header this was compiled with; the unversioned one (from the -dev package) need not.
    struct Candidate
    {
        QString name;
        QString version;
        bool versioned;
    };
    QList<Candidate> candidates;
    if (const QString forced = qEnvironmentVariable("TUOYU_XLSXWRITER_LIBRARY");
        !forced.isEmpty()) {
        candidates = {{forced, QString(), true}};
    } else {
#ifdef TUOYU_XLSXWRITER_FILE
        candidates.append({QStringLiteral(TUOYU_XLSXWRITER_FILE), QString(), true});
#endif
        candidates.append({QStringLiteral("xlsxwriter"), QStringLiteral(LXW_SOVERSION), true});
        candidates.append({QStringLiteral("xlsxwriter"), QString(), false});
    }

    // Never unloaded: QLibrary's destructor leaves the library loaded, and the static keeps the
    // handle for the life of the process.
    static QLibrary library;
    library.setLoadHints(QLibrary::DeepBindHint);
    QString loadError;
    bool found = false;
    for (const Candidate &candidate : std::as_const(candidates)) {
        library.setFileNameAndVersion(candidate.name, candidate.version);
        if (!library.load()) {
            if (loadError.isEmpty())
                loadError = library.errorString();
            continue;
        }
        const auto versionId =
            reinterpret_cast<decltype(&::lxw_version_id)>(library.resolve("lxw_version_id"));
        // lxw_workbook_options grows between releases: a library of another release than the
        // header, found under the unversioned name, could read past the options given to it.
        if (!candidate.versioned && (!versionId || versionId() != LXW_VERSION_ID)) {
            loadError = QStringLiteral("%1 的版本（%2）与编译时的 %3 不同")
                            .arg(library.fileName())
                            .arg(versionId ? versionId() : 0)
                            .arg(QStringLiteral(LXW_VERSION));
            library.unload();
            continue;
        }
        found = true;
        break;
    }
    const QString file = candidates.first().name == QLatin1String("xlsxwriter")
                             ? QStringLiteral("libxlsxwriter.so." LXW_SOVERSION)
                             : candidates.first().name;
    if (!found) {
        loaded.error =
            QStringLiteral("无法导出 xlsx：找不到 %1（请安装 %2 软件包；CSV 导出不受影响）。%3")
                .arg(file, package, loadError);
        return loaded;
    }

    QStringList missing;
#define TUOYU_XLSXWRITER_RESOLVE(name)                                                             \
    loaded.api.name = reinterpret_cast<decltype(&::name)>(library.resolve(#name));                 \
    if (!loaded.api.name)                                                                          \
        missing.append(QStringLiteral(#name));
    TUOYU_XLSXWRITER_FUNCTIONS(TUOYU_XLSXWRITER_RESOLVE)
#undef TUOYU_XLSXWRITER_RESOLVE
    if (!missing.isEmpty())
        loaded.error = QStringLiteral("无法导出 xlsx：%1 缺少函数 %2（版本过旧？请安装 %3 软件包）")
                           .arg(library.fileName(), missing.join(QStringLiteral("、")), package);
    return loaded;
}

#else

// Linked at build time (Windows, macOS): each DLL or dylib binds to the library it was linked
// against, so QuaZip's minizip functions cannot stand in for the ones libxlsxwriter calls.
Loaded load()
{
    Loaded loaded;
#define TUOYU_XLSXWRITER_TAKE(name) loaded.api.name = &::name;
    TUOYU_XLSXWRITER_FUNCTIONS(TUOYU_XLSXWRITER_TAKE)
#undef TUOYU_XLSXWRITER_TAKE
    return loaded;
}

#endif

} // namespace

const XlsxWriterApi *xlsxWriterApi(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty()) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return &loaded.api;
}

} // namespace tuoyu::io

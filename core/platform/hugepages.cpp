#include "hugepages.h"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library
#include <cstring>

#if defined(__linux__) && defined(__GLIBC__)
#include <gnu/libc-version.h>
#include <unistd.h>

#include <cstdio>
#endif

namespace tuoyu::platform {

std::optional<std::string> hugePageTunables(const char *tunables, const char *thpSetting,
                                            const char *libcVersion, const char *preload)
{
    // Under a tool that preloads itself (valgrind, which refuses the restart and exits;
    // heaptrack …) the program stays as it was started.
    if (preload && *preload)
        return std::nullopt;
    if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb"))
        return std::nullopt; // already asked for (by us before the restart, or by the user)
    // "always [madvise] never": huge pages only for memory that asks. Under "always" the heap
    // has them already; under "never" asking gains nothing.
    if (!thpSetting || !std::strstr(thpSetting, "[madvise]"))
        return std::nullopt;
    if (!libcVersion)
        return std::nullopt;
    char *end = nullptr;
    const long major = std::strtol(libcVersion, &end, 10);
    const long minor = end != libcVersion && *end == '.' ? std::strtol(end + 1, nullptr, 10) : -1;
    if (major < 2 || (major == 2 && minor < 35)) // the tunable came with glibc 2.35
        return std::nullopt;
    std::string value = tunables && *tunables ? std::string(tunables) + ':' : std::string();
    value += "glibc.malloc.hugetlb=1";
    return value;
}

#if defined(__linux__) && defined(__GLIBC__)

void useHugePagesForHeap(char **argv)
{
    if (!argv || std::getenv("TUOYU_SMALL_PAGES"))
        return;
    char thp[128] = {};
    if (std::FILE *f = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r")) {
        if (!std::fgets(thp, sizeof thp, f))
            thp[0] = '\0';
        std::fclose(f);
    }
    const auto value = hugePageTunables(std::getenv("GLIBC_TUNABLES"), thp, gnu_get_libc_version(),
                                        std::getenv("LD_PRELOAD"));
    if (!value || setenv("GLIBC_TUNABLES", value->c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // The restart failed: go on with ordinary pages; the variable keeps children from trying.
}

#else

void useHugePagesForHeap(char **) {}

#endif

} // namespace tuoyu::platform

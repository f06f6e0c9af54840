#pragma once

#include <optional>
#include <string>

namespace tuoyu::platform {

/// Lets malloc back the heap with transparent huge pages where the kernel gives them only on
/// request (Linux with THP in "madvise" mode, glibc 2.35 or later), by restarting the program
/// once with `glibc.malloc.hugetlb=1` added to GLIBC_TUNABLES: glibc reads its tunables only
/// when a process starts, and has no call to set this one later.
///
/// Why: an import of 100,000 rows touches about 130 MiB, 33,000 pages. On the virtual machines
/// this is developed and benchmarked on, each first touch of a page costs about 10 µs, a fifth
/// of the import; with huge pages the import faults 12,000 times and runs about 15% faster.
///
/// Call it first thing in main(), before any thread or Qt object exists. Returns (and the
/// program goes on as it is) when there is nothing to gain, when GLIBC_TUNABLES already
/// mentions the tunable (so the restart happens once), when TUOYU_SMALL_PAGES is set, or when
/// the restart fails, and under tools that preload themselves (LD_PRELOAD set: valgrind exits
/// when a program it runs restarts itself). Elsewhere (Windows, macOS, other C libraries) it
/// does nothing.
void useHugePagesForHeap(char **argv);

/// The decision inside useHugePagesForHeap(): the GLIBC_TUNABLES value to restart with, given
/// the current one (or null), the kernel's THP setting as /sys prints it, the glibc version and
/// LD_PRELOAD (or null); nothing when no restart is called for.
std::optional<std::string> hugePageTunables(const char *tunables, const char *thpSetting,
                                            const char *libcVersion, const char *preload = nullptr);

} // namespace tuoyu::platform

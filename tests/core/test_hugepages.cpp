#include "platform/hugepages.h"

#include <catch2/catch.hpp>

using tuoyu::platform::hugePageTunables;

namespace {
const char *const madvise = "always [madvise] never\n";
}

TEST_CASE("Huge pages are asked for only where the kernel gives them on request")
{
    CHECK(hugePageTunables(nullptr, madvise, "2.36") == "glibc.malloc.hugetlb=1");
    CHECK(hugePageTunables("", madvise, "2.35") == "glibc.malloc.hugetlb=1");
    CHECK(hugePageTunables(nullptr, madvise, "3.0") == "glibc.malloc.hugetlb=1");
    // The user's own tunables are kept.
    CHECK(hugePageTunables("glibc.malloc.arena_max=2", madvise, "2.36") ==
          "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
    // Already there (the restarted program, or a user's choice, even =0): no second restart.
    CHECK_FALSE(hugePageTunables("glibc.malloc.hugetlb=1", madvise, "2.36"));
    CHECK_FALSE(hugePageTunables("glibc.malloc.hugetlb=0", madvise, "2.36"));
    // Under "always" the heap has them already; under "never" there are none to have.
    CHECK_FALSE(hugePageTunables(nullptr, "[always] madvise never\n", "2.36"));
    CHECK_FALSE(hugePageTunables(nullptr, "always madvise [never]\n", "2.36"));
    CHECK_FALSE(hugePageTunables(nullptr, "", "2.36")); // no THP in this kernel
    // glibc before 2.35 does not know the tunable.
    CHECK_FALSE(hugePageTunables(nullptr, madvise, "2.34"));
    CHECK_FALSE(hugePageTunables(nullptr, madvise, "1.9"));
    CHECK_FALSE(hugePageTunables(nullptr, madvise, "unknown"));
    CHECK_FALSE(hugePageTunables(nullptr, madvise, nullptr));
    // Under valgrind (or any tool that preloads itself) the program is not restarted.
    CHECK_FALSE(hugePageTunables(nullptr, madvise, "2.36",
                                 "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so"));
    CHECK(hugePageTunables(nullptr, madvise, "2.36", "") == "glibc.malloc.hugetlb=1");
}

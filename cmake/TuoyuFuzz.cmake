# -DTUOYU_FUZZ=ON: the build of the libFuzzer targets (tests/fuzz, driven by scripts/fuzz.sh in
# build-fuzz/). Every project target is compiled with clang under ASan and UBSan, with libFuzzer's
# coverage hooks, so a finding inside the readers is caught where it happens. Never in the
# ordinary build.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TUOYU_FUZZ needs clang (CXX=clang++ CC=clang); scripts/fuzz.sh sets it")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                    -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only)
add_link_options(-fsanitize=address,undefined)

#!/usr/bin/env bash
# The libFuzzer targets of tests/fuzz (xlsx, xls, csv and docx readers, the table mapper, the
# deadline parser, the plan reader), built with clang under ASan and UBSan in build-fuzz/, apart
# from the ordinary build, which they never slow. Seeds are the office files of ../shared/fixtures and the reader
# test files of ../shared/corpus (copied into build-fuzz/seeds, never into the repository).
#
#   scripts/fuzz.sh build                    configure and build build-fuzz/
#   scripts/fuzz.sh run TARGET [OPTIONS…]     run one target on its seeds (libFuzzer options,
#                                            e.g. -runs=2000 or -max_total_time=600)
#   scripts/fuzz.sh long [SECONDS]           every target for SECONDS each (default 600)
#
# Without clang it exits 77 (CTest shows the fuzz tests as skipped), except under CI=true, where
# clang is installed by scripts/install-deps.sh and its absence is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${TUOYU_FUZZ_DIR:-$root/build-fuzz}
shared=$(cd "$root/.." && pwd)/shared
targets=(xlsx xls csv docx deadline mapper plan)
# Each input is written to a file the reader opens: in memory where there is a tmpfs.
[ -z "${TMPDIR:-}" ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm

if ! command -v clang++ >/dev/null || ! command -v clang >/dev/null; then
  if [ "${CI:-}" = "true" ]; then
    echo "fuzz.sh: clang is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
  fi
  echo "fuzz.sh: clang is not installed; the fuzz targets are skipped" >&2
  exit 77
fi

# The extensions each target's seeds are taken by (the mapper reads delimited text).
extensions() {
  case "$1" in
    xlsx) echo "xlsx xlsm" ;;
    xls) echo "xls XLS biff5 xls5 et" ;;
    csv | mapper) echo "csv tsv txt" ;;
    docx) echo "docx" ;;
    plan) echo "docx" ;;
    deadline) echo "" ;;
  esac
}

seeds() {
  local target=$1 dir=$out/seeds/$1
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$target" = deadline ]; then
    # One seed per line of the list of deadline wordings.
    local n=0
    while IFS= read -r line; do
      n=$((n + 1))
      printf '%s' "$line" >"$dir/$n"
    done <"$root/tests/fuzz/deadline-seeds.txt"
    return
  fi
  # The plan reader starts from the five real plans (text) beside the .docx files below.
  [ "$target" = plan ] && cp -t "$dir" "$shared"/seeds/*.txt
  local ext
  for ext in $(extensions "$target"); do
    # What earlier runs found (tests/data/fuzz, each with its regression test) is seeded first.
    find "$root/tests/data/fuzz" -type f -name "*.$ext" -exec cp -t "$dir" {} + 2>/dev/null || true
    # Files up to 512 KiB: larger ones add reading time, not paths.
    find "$shared/fixtures" "$shared/corpus" -type f -name "*.$ext" -size -513k \
      -exec cp -t "$dir" --backup=numbered {} + 2>/dev/null || true
  done
}

build() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  # -O1 with line tables only: the sanitizers' stack traces keep their lines, and the build
  # (the whole core, for the mapper) takes markedly less of the test command's time than -O2 -g.
  CC=clang CXX=clang++ cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -DNDEBUG" \
    -DTUOYU_FUZZ=ON -DTUOYU_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
  # The readers' targets first: they need a handful of sources, the mapper the whole core.
  local names=()
  for t in "${targets[@]}"; do names+=("tuoyu_fuzz_$t"); done
  cmake --build "$out" -j"$(nproc)" --target "${names[@]:0:5}"
  cmake --build "$out" -j"$(nproc)" --target tuoyu_fuzz_mapper tuoyu_fuzz_plan
}

run() {
  local target=$1
  shift
  local binary=$out/tests/fuzz/tuoyu_fuzz_$target
  [ -x "$binary" ] || { echo "fuzz.sh: $binary is not built (scripts/fuzz.sh build)" >&2; exit 1; }
  seeds "$target"
  mkdir -p "$out/corpus/$target" "$out/findings"
  # New inputs go to corpus/ (kept between runs); findings to findings/TARGET-…
  # Leaks inside linked libraries the project cannot fix (each named in the file).
  export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
  # Exit 1 on a finding (libFuzzer says 77 by default, which CTest would take for a skip).
  "$binary" -rss_limit_mb=2048 -timeout=30 -error_exitcode=1 -timeout_exitcode=1 -print_final_stats=1 \
    -artifact_prefix="$out/findings/$target-" "$@" "$out/corpus/$target" "$out/seeds/$target"
}

case "${1:-}" in
  build) build ;;
  run) [ $# -ge 2 ] || { echo "usage: scripts/fuzz.sh run TARGET [OPTIONS…]" >&2; exit 2; }; shift; run "$@" ;;
  long)
    seconds=${2:-600}
    build
    for t in "${targets[@]}"; do
      run "$t" -max_total_time="$seconds" 2>&1 | tail -n 12 | sed "s/^/[$t] /"
    done
    ;;
  *) echo "usage: scripts/fuzz.sh build | run TARGET [OPTIONS…] | long [SECONDS]" >&2; exit 2 ;;
esac

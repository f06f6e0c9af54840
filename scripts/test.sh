#!/usr/bin/env bash
# Builds everything and runs every test (CTest). The README's second command; CI runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# CI (CI=true) also holds the sources to clang-format and builds with warnings as errors.
strict=OFF
if [ "${CI:-}" = "true" ]; then
  scripts/check-format.sh
  strict=ON
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTUOYU_WARNINGS_AS_ERRORS=$strict
cmake --build build -j"$(nproc)"
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 600

#!/usr/bin/env bash
# Builds the program and its Debian package (build/tuoyu-desk_<version>_<arch>.deb). The
# README's third, optional command. On Windows the installer and the portable ZIP come from
# `cpack -G "NSIS;ZIP"` in the build folder (README, "Building on Windows").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target tuoyu-desk
cd build
cpack -G DEB
ls -l "$PWD"/tuoyu-desk_*.deb

#!/usr/bin/env bash
# Builds the application and opens it on the demo workspace (created on first start from the
# 屯留区 template in the user's data folder). The README's first command.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target tuoyu-desk
exec build/app/tuoyu-desk "$@"

#!/usr/bin/env bash
# Fails, naming the files, when a C++ source is not as clang-format (the repo's .clang-format)
# would write it. CI runs it before building (scripts/test.sh), so formatting never drifts.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
# One run over all files answers fast; only when it fails is each file asked, to name them.
clang-format --dry-run --Werror "${files[@]}" >/dev/null 2>&1 && {
  echo "clang-format: ${#files[@]} files formatted"
  exit 0
}
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -ne 0 ]; then
  echo "Not formatted (run clang-format -i on them):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "clang-format: ${#files[@]} files formatted"

#!/usr/bin/env bash
# The user manual's pictures (docs/manual/images), from the real program under Xvfb at 1366×768:
# the window's pages on the demo workspace, and the dialogs as the GUI tests that drive them
# save them (TUOYU_SHOTS_DIR, TUOYU_SCREENSHOT_DIR, TUOYU_MANUAL_SHOTS). Needs a built tree
# (build/app/tuoyu-desk, build/tests/gui/*) and imagemagick. Rebuild afterwards: the manual is
# a resource of the program.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/manual/images
mkdir -p "$out"
home=$(mktemp -d)
shots=$(mktemp -d)
trap 'rm -rf "$home" "$shots"' EXIT
for page in dashboard tasks subsidies; do
  mkdir -p "$home/.config/TuoyuDesk"
  printf '[window]\npageKey=%s\n' "$page" > "$home/.config/TuoyuDesk/tuoyu-desk.conf"
  HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
    "build/app/tuoyu-desk & pid=\$!; sleep 7; import -window root -trim +repage '$out/$page.png'; kill \$pid" 2>/dev/null
done
# Dialogs: the import preview, a generated report, the restore list, the new-plan dialog, the plan
# reader's review window, and 设置 and the help window.
TUOYU_SHOTS_DIR=$shots HOME=$home xvfb-run -a -s "-screen 0 1366x768x24" build/tests/gui/tuoyu_gui_tests \
  "The import dialog previews the 屯留 list*,The reports page drafts a report*,从备份恢复 lists*,A second plan*" \
  >/dev/null || true
TUOYU_SCREENSHOT_DIR=$shots xvfb-run -a -s "-screen 0 1366x768x24" build/tests/gui/tuoyu_gui_tests \
  "Plan review window*" >/dev/null || true
TUOYU_MANUAL_SHOTS=$shots xvfb-run -a -s "-screen 0 1366x768x24" build/tests/gui/tuoyu_install_tests \
  "设置's due-soon window*,F1 opens the manual*" >/dev/null || true
cp "$shots/import.png" "$shots/reports.png" "$shots/restore-dialog.png" "$shots/new-plan.png" \
  "$shots/settings.png" "$shots/help.png" "$out/"
cp "$shots/plan-review-002.png" "$out/plan-review.png"
# 监督检查 and the 奖补 page's 佐证材料 (the chapter 08-register.md): the shots the GUI tests write
# for docs/screenshots (scripts/screenshots.sh), reused.
cp docs/screenshots/oversight-inspections.png "$out/oversight.png"
cp docs/screenshots/subsidies-claims-evidence.png "$out/subsidies-evidence.png"
ls -l "$out"

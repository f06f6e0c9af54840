#!/usr/bin/env bash
# Screenshots of the window's pages on the demo workspace (屯留区 template; 分解 on the tianning
# plan with its decomposition table imported), under Xvfb at 1366×768, into docs/screenshots/.
# Needs a built tree (build/app/tuoyu-desk) and imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# (subsidies.png and subsidies-funds.png show a quanzhou-taishang workspace with claims and
# enrolment; the demo has only one example rule.)
# 分解 is shown on the tianning plan with its decomposition table imported (the demo plan has none).
tianning=$home/tianning.tuoyu
build/app/tuoyu-desk new "$tianning" --template tianning >/dev/null
build/app/tuoyu-desk import "$tianning" ../shared/fixtures/tianning-decomposition.xlsx >/dev/null
# Each page in Chinese (page.png) and in English (page-en.png, the interface language chosen with
# TUOYU_LANGUAGE as the setting interface/language would; the plans' own words stay Chinese).
for language in zh_CN en; do
  suffix= pages="dashboard tasks institutions oversight indicators decomposition plan checks"
  # (the Chinese subsidies.png and reports.png are of other workspaces, made by hand)
  [ "$language" = en ] && suffix=-en pages="$pages subsidies reports"
  for page in $pages; do
    file=
    [ "$page" = decomposition ] && file=$tianning
    mkdir -p "$home/.config/TuoyuDesk"
    printf '[window]\npageKey=%s\n' "$page" > "$home/.config/TuoyuDesk/tuoyu-desk.conf"
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share TUOYU_LANGUAGE=$language \
      xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
      "build/app/tuoyu-desk $file & pid=\$!; sleep 6; import -window root '$out/$page$suffix.png'; kill \$pid" 2>/dev/null
    echo "$out/$page$suffix.png"
  done
done
# A plan written by hand (the indicator editor, a decomposition table laid out on a blank plan,
# the 计划 page's header, areas and group): the GUI tests that build them write these.
TUOYU_SHOTS_DIR=$PWD/$out xvfb-run -a -s "-screen 0 1366x768x24" build/tests/gui/tuoyu_gui_tests \
  "A second plan*,The indicator editor*,The 分解 page lays*,The 计划 page edits the header*" >/dev/null
ls "$out"/new-plan.png "$out"/indicator-editor.png "$out"/indicators-edited.png "$out"/decomposition-by-hand.png \
  "$out"/plan-edited.png
# The outline editor (docs/plans.md): the GUI test that writes a blank plan saves the 任务 page
# at 1366×698 (a 1366×768 screen less its taskbar) as it leaves it.
TUOYU_SCREENSHOTS=$PWD/$out HOME=$home xvfb-run -a -s "-screen 0 1366x768x24" \
  build/tests/gui/tuoyu_gui_tests "任务 page: a blank plan*" >/dev/null
echo "$out/outline-editor.png"
# The 任务 page's 佐证材料 pane (docs/register.md): the GUI test that attaches files saves it.
TUOYU_SCREENSHOTS=$PWD/$out HOME=$home xvfb-run -a -s "-screen 0 1366x768x24" \
  build/tests/gui/tuoyu_gui_tests "任务 page: evidence*" >/dev/null
echo "$out/tasks-evidence.png"
# 监督检查 (docs/register.md): the GUI tests of the page, 概览's overdue 整改 and an institution's
# 检查与人员 save them.
TUOYU_SCREENSHOTS=$PWD/$out HOME=$home xvfb-run -a -s "-screen 0 1366x768x24" \
  build/tests/gui/tuoyu_gui_tests "监督检查 page*,概览 lists the overdue*" >/dev/null
ls "$out"/oversight-inspections.png "$out"/oversight-staff.png "$out"/oversight-draws.png \
  "$out"/oversight-dashboard.png "$out"/oversight-history.png
# The 指标 page after 年度结转 (docs/register.md): the year-over-year chart with 2023 closed.
TUOYU_SHOTS_DIR=$PWD/$out HOME=$home xvfb-run -a -s "-screen 0 1366x768x24" \
  build/tests/gui/tuoyu_gui_tests "指标 page: the year-over-year*" >/dev/null
echo "$out/indicators-years.png" "$out/year-close-confirm.png" "$out/indicators-closed-year.png"
# The 奖补 page's 佐证材料 panes (docs/register.md): the GUI test that attaches a claim's and a
# ledger line's files saves them.
TUOYU_SHOTS_DIR=$PWD/$out HOME=$home xvfb-run -a -s "-screen 0 1366x768x24" \
  build/tests/subsidy/tuoyu_subsidy_gui_tests "The 奖补 page: a claim's*" >/dev/null
echo "$out/subsidies-claims-evidence.png" "$out/subsidies-ledger-evidence.png"
# 连接服务器 (docs/server.md, the manual's 09-server.md): the GUI test that connects the window to
# a throwaway PostgreSQL server saves the dialog and the dashboard on the server (xcb under Xvfb).
pg=$(mktemp -d)
scripts/pg-test-server.sh start "$pg" >/dev/null
TUOYU_TEST_SERVER_FILE=$pg/url TUOYU_SCREENSHOTS=$PWD/$out QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1366x768x24" build/tests/gui/tuoyu_connect_tests >/dev/null || true
scripts/pg-test-server.sh stop "$pg" >/dev/null
cp "$out"/server-connect.png "$out"/server-dashboard.png docs/manual/images/
echo "$out/server-connect.png" "$out/server-dashboard.png"

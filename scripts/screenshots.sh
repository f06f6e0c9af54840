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
# a throwaway PostgreSQL server saves the dialog and the dashboard on the server (xcb under Xvfb);
# the city view's test saves the city ledgers (server-city-ledgers.png).
pg=$(mktemp -d)
scripts/pg-test-server.sh start "$pg" >/dev/null
TUOYU_TEST_SERVER_FILE=$pg/url TUOYU_SCREENSHOTS=$PWD/$out QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1366x768x24" build/tests/gui/tuoyu_connect_tests >/dev/null || true
# 全市概览 (docs/server.md, the city view in the window): three districts set up as a city
# would (server-init, a plan from a template in each), the window opened on the city's address by
# a login of the city role, the whole screen taken.
admin=$(cat "$pg/url")
psql -q "$admin" -c 'CREATE DATABASE tuoyu_city' >/dev/null
city=${admin%/*}/tuoyu_city
TUOYU_OFFICER_PASSWORD=pw build/app/tuoyu-desk server-init --server "$city" \
  --district 屯留区 --officer tunliu --district 天宁区 --officer tianning \
  --district 环翠区 --officer huancui --city tuoyu_city >/dev/null
psql -q "$city" -c 'CREATE ROLE wang LOGIN IN ROLE tuoyu_city' >/dev/null
for pair in 屯留区:tunliu 天宁区:tianning 环翠区:huancui; do
  build/app/tuoyu-desk plan-new "${city}?district=${pair%%:*}" --template "${pair##*:}" >/dev/null
done
# (the tunliu template brings its registry; the other two get a few institutions of their own)
cat > "$home/天宁区.csv" <<'CSV'
序号,机构名称,举办类型,托位数,普惠托位数,是否备案
1,天宁区红梅托育园,公办,120,120,是
2,天宁区青龙街道社区托育点,社区办,60,60,是
3,常州小橡树托育中心,民办,150,90,是
4,天宁区茶山幼儿园托班,幼儿园托班,40,40,否
5,天宁区雕庄托育园,民办,80,0,是
CSV
cat > "$home/环翠区.csv" <<'CSV'
序号,机构名称,举办类型,托位数,普惠托位数,是否备案
1,环翠区机关托育园,公办,100,100,是
2,环翠区竹岛街道托育点,社区办,50,50,是
3,威海贝贝乐托育中心,民办,90,60,否
CSV
for district in 天宁区 环翠区; do
  build/app/tuoyu-desk import "${city}?district=$district" "$home/$district.csv" >/dev/null
done
reader=$(echo "$city" | sed 's|//[^@]*@|//wang@|')
rm -rf "$home/.config/TuoyuDesk"
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share TUOYU_LANGUAGE=zh_CN \
  xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
  "build/app/tuoyu-desk --server '$reader' & pid=\$!; sleep 8; import -window root '$out/server-city.png'; kill \$pid" 2>/dev/null
scripts/pg-test-server.sh stop "$pg" >/dev/null
cp "$out"/server-connect.png "$out"/server-dashboard.png "$out"/server-city.png docs/manual/images/
echo "$out/server-connect.png" "$out/server-dashboard.png" "$out/server-city.png" \
  "$out/server-city-ledgers.png"

#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages TuoyuDesk builds, runs and tests with, when missing.
# Used by both README commands and by CI; safe to run again (it installs nothing when all are there).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
  libqt6sql6-psql postgresql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libquazip1-qt6-dev libexpat1-dev libfreexl-dev libxlsxwriter-dev zlib1g-dev libsqlite3-dev
  catch2
  python3-openpyxl python3-docx poppler-utils fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei
  libreoffice-writer-nogui libreoffice-calc-nogui clang-format
  clang libclang-rt-14-dev
  xvfb xauth
  dpkg-dev file desktop-file-utils appstream shared-mime-info
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

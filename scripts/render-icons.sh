#!/usr/bin/env bash
# Renders packaging/icons/tuoyu-desk.svg into the PNG sizes of the hicolor theme and the Windows
# .ico, both committed (so a build needs no SVG renderer). Run again after changing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
sizes=(16 22 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
  rsvg-convert -w "$s" -h "$s" tuoyu-desk.svg -o "tuoyu-desk-$s.png"
done
# An .ico whose images are PNG (Windows Vista and later read them): a 6-byte header, a 16-byte
# entry per image, then the images.
python3 - <<'PY'
import struct
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [open(f"tuoyu-desk-{s}.png", "rb").read() for s in sizes]
out = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for s, data in zip(sizes, images):
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("tuoyu-desk.ico", "wb") as f:
    f.write(out + b"".join(images))
PY

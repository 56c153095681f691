#!/usr/bin/env bash
# `make run`: opens Tessera Studio when there is a display; otherwise runs the headless demo.
set -euo pipefail
BUILD="${1:-build}"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD/bin/tessera-studio"
fi
echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo instead of the studio."
"$BUILD/bin/tessera" --version
"$BUILD/bin/tessera" info
OUT="$BUILD/demo"
mkdir -p "$OUT"
QT_QPA_PLATFORM=offscreen "$BUILD/bin/tessera-studio" --screenshot "$OUT/studio.png" >/dev/null 2>&1 \
  && echo "Headless demo: a screenshot of the studio window is at $OUT/studio.png"

#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build, test and run Tessera. Idempotent:
# skips what is present and prints what it did. Environment:
#   TESSERA_DEPS   where the Python venv with the torch wheel (LibTorch) lives
#                  (default ~/.local/share/tessera/deps, outside the source tree so every clone reuses it)
#   TESSERA_TORCH  the pip requirement for torch (default: the version this tree is tested with)
set -euo pipefail

DEPS="${TESSERA_DEPS:-$HOME/.local/share/tessera/deps}"
TORCH_REQ="${TESSERA_TORCH:-torch==2.15.0}"

# Debian packages (see docs/building.md for why each is here).
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git python3-venv
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libxkbcommon-dev
  libgl-dev libvulkan-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev libavfilter-dev ffmpeg
  libopenimageio-dev openimageio-tools python3-imath
  libsqlite3-dev libzstd-dev
  libsentencepiece-dev sentencepiece
  nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  espeak-ng libespeak-ng-dev
  xvfb xauth
  fonts-vlgothic
)

log() { printf 'setup: %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  log "installed ${#missing[@]} Debian packages"
else
  log "Debian packages: all ${#PACKAGES[@]} present"
fi

# Python: prefer the interpreter on PATH (3.10+), fall back to Debian's.
PY="$(command -v python3 || true)"
[ -n "$PY" ] || { log "python3 not found"; exit 1; }

if [ -x "$DEPS/bin/python" ] && "$DEPS/bin/python" -c "import torch, safetensors, numpy" 2>/dev/null; then
  log "LibTorch: torch $("$DEPS/bin/python" -c 'import torch; print(torch.__version__)') present in $DEPS"
else
  log "creating venv $DEPS and installing $TORCH_REQ (LibTorch with CUDA; ~5 GB, a few minutes)"
  mkdir -p "$(dirname "$DEPS")"
  "$PY" -m venv "$DEPS"
  "$DEPS/bin/pip" install -q --upgrade pip
  "$DEPS/bin/pip" install -q "$TORCH_REQ" safetensors numpy
  log "installed torch $("$DEPS/bin/python" -c 'import torch; print(torch.__version__)')"
fi
# Test tools in the same venv: OpenTimelineIO reads back the .otio files Tessera exports.
if ! "$DEPS/bin/python" -c "import opentimelineio" 2>/dev/null; then
  log "installing opentimelineio into $DEPS (tests read exported .otio files with it)"
  "$DEPS/bin/pip" install -q opentimelineio
fi
log "LibTorch CMake prefix: $("$DEPS/bin/python" -c 'import torch; print(torch.utils.cmake_prefix_path)')"

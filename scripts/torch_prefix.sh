#!/usr/bin/env bash
# Prints the CMake prefix of the LibTorch to build against: $TORCH_PREFIX if set (any LibTorch
# 2.x, e.g. an unpacked libtorch zip on a GPU machine), else the torch wheel in the deps venv.
set -euo pipefail
if [ -n "${TORCH_PREFIX:-}" ]; then echo "$TORCH_PREFIX"; exit 0; fi
DEPS="${TESSERA_DEPS:-$HOME/.local/share/tessera/deps}"
exec "$DEPS/bin/python" -c 'import torch; print(torch.utils.cmake_prefix_path)'

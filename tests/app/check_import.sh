#!/usr/bin/env bash
# `tessera models import` on the layouts people download (tests/tools/make_checkpoint_layouts.py
# writes them from the golden tiny Wan 2.1 weights): every import generates what the original
# golden bundle generates (float32 layouts bit for bit, fp16/bf16/fp8 within a stated PSNR), and
# malicious, truncated, incomplete or wrong-architecture files are refused with clear errors.
# Usage: check_import.sh TESSERA PYTHON SOURCE_DIR GOLDEN_DIR WORK_DIR
set -euo pipefail
T="$1"; PY="$2"; SRC="$3"; GOLDEN="$4"; W="$5"
rm -rf "$W"; mkdir -p "$W"
"$PY" "$SRC/tests/tools/make_checkpoint_layouts.py" "$GOLDEN" "$SRC/tests/data/tokenizer/shapes.model" "$W/layouts"
L="$W/layouts"; M="$W/models"
stats=$(cat "$L/latent_stats.json"); cfg=$(cat "$L/dit_config.json")
fail=0
gen() {  # gen MODEL NAME: 5 frames at 64x48 with the reference settings, as raw RGB
  TESSERA_THREADS=1 "$T" generate --model "$1" --prompt "a red circle moving right" --seed 7 --frames 5 --size 64x48 \
    --steps 3 --guidance 4 --shift 3 --sampler unipc --out "$W/$2.mp4" >/dev/null
  ffmpeg -v error -y -i "$W/$2.mp4" -f rawvideo -pix_fmt rgb24 "$W/$2.rgb"
}
gen "$L/reference" reference
for case in "official 999" "official_bf16 35" "comfyui 999" "comfyui_fp16 35" "comfyui_fp8 30"; do
  set -- $case; name=$1; need=$2
  extra=()
  [[ $name == comfyui* ]] && extra=(--dit-config "$cfg")
  out=$("$T" models import "$L/$name" --into "$M" --name "$name" --latent-stats "$stats" "${extra[@]}")
  echo "$out" | head -1
  gen "$M/$name" "$name"
  # PSNR of the 5 frames against the reference (999 = identical bytes).
  psnr=$("$PY" -c "
import numpy as np, sys
a = np.fromfile('$W/reference.rgb', np.uint8).astype(np.float64); b = np.fromfile('$W/$name.rgb', np.uint8).astype(np.float64)
assert a.size == b.size and a.size > 0
mse = ((a - b) ** 2).mean()
print(999 if mse == 0 else round(10 * np.log10(255 ** 2 / mse), 2))")
  if awk "BEGIN{exit !($psnr >= $need)}"; then echo "ok: $name PSNR $psnr dB vs the golden bundle (need >= $need)"
  else echo "FAIL: $name PSNR $psnr dB vs the golden bundle (need >= $need)"; fail=1; fi
done
# The listing shows the imported models with size, dtype and tasks.
list=$("$T" --model-dir "$M" models list)
for name in official comfyui_fp8; do
  echo "$list" | grep -q "^$name " || { echo "FAIL: models list lacks $name:"; echo "$list"; fail=1; }
done
echo "$list" | grep -q "F8_E4M3" || { echo "FAIL: models list does not show the fp8 dtype"; fail=1; }
echo "$list" | grep -q "tasks: t2v i2v" || { echo "FAIL: models list does not show tasks"; fail=1; }
"$T" models plan "$M/official" --device cpu | grep -q "fits" || { echo "FAIL: models plan"; fail=1; }

expect() {  # expect PATTERN args...: must fail with one error line matching PATTERN
  local pattern="$1"; shift
  if "$SRC/tests/app/expect_error.sh" "$pattern" "" -- "$T" models import "$@" --into "$M/refused"; then :; else fail=1; fi
}
expect "evil.pth: its pickle asks for 'posix.system'.*refused without running" "$L/bad/evil.pth"
[ -e "$L/bad/PWNED" ] && { echo "FAIL: the malicious pickle ran code"; fail=1; }
expect "truncated.pth: is not a complete zip file" "$L/bad/truncated.pth"
expect "wan2.1_t2v_wrong.safetensors: tensor 'blocks.1.ffn.0.(weight|bias)' has shape" "$L/bad/wrong_arch" \
  --latent-stats "$stats" --dit-config "$cfg"
rm "$L/official/google/umt5-xxl/spiece.model"
expect "missing the tokenizer: .*tokenizer.json.*spiece.model" "$L/official"
expect "missing the DiT.*the VAE" "$L/comfyui/umt5_xxl.safetensors" "$L/comfyui/spiece.model"
expect "z_dim 4 is not the Wan 2.1 VAE.*--latent-stats" "$L/comfyui" --dit-config "$cfg"
[ -e "$M/refused" ] && [ -n "$(ls -A "$M/refused")" ] && { echo "FAIL: a refused import wrote a bundle"; fail=1; }
exit $fail

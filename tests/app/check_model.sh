#!/usr/bin/env bash
# The `model` test: the shipped tessera-shapes weights through the whole engine, judged by
# `tessera eval` on six prompts (tests/app/model_prompts.txt), one seed, the model's default size,
# steps and guidance, plus two rendered held-out scenes for the VAE and i2v figures. The floors
# below sit between what random weights score and what the shipped weights scored when they were
# committed (both measured with this script; see docs/evaluation.md), so a regression in the
# engine or the weights fails here. They are not #6's targets, which `tessera eval` reports.
# Usage: check_model.sh TESSERA OUTDIR [MODEL]
set -euo pipefail
tessera="$1"; out="$2"; model="${3:-tessera-shapes}"
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$out"; mkdir -p "$out"
"$tessera" eval --model "$model" --prompts "$here/model_prompts.txt" --seeds 1 --seed 1 --task-clips 2 --task-figures i2v \
  --out "$out/report.json" --sheet "$out/sheet.png" > "$out/table.txt"
cat "$out/table.txt"
python3 - "$out/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
# Pooled over both splits: (correct, total) per attribute.
pooled = {}
for split in r["accuracy"].values():
    for name, a in split["attributes"].items():
        c, t = pooled.get(name, (0, 0))
        pooled[name] = (c + a["correct"], t + a["total"])
FLOORS = {"background": 0.80, "color": 0.50}          # chance: 1/3 and 1/7
TASK_FLOORS = {"vae_psnr_db": 25.0, "i2v_psnr_db": 27.0}
failed = []
for name, floor in FLOORS.items():
    c, t = pooled[name]
    acc = c / t if t else 0.0
    print("%-12s %5.1f%% (%d/%d), floor %.0f%%" % (name, 100 * acc, c, t, 100 * floor))
    if acc < floor: failed.append(name)
for key, floor in TASK_FLOORS.items():
    v = r["tasks"]["summary"][key]["mean"]
    print("%-12s %6.2f dB, floor %.1f dB" % (key, v, floor))
    if not v >= floor: failed.append(key)
if failed:
    print("FAIL: below the floor:", ", ".join(failed)); sys.exit(1)
print("PASS")
PY

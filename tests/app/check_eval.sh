#!/usr/bin/env bash
# `tessera eval` on a random-weight bundle (it makes noise, so accuracy is low; this checks the
# mechanics): 2 prompts from a file, 1 seed, a tiny size and 2 steps, with a held-out list added to
# model.json so both splits appear. The report JSON must have the documented structure and the
# contact sheet must be a PNG with one row per clip.
# Usage: check_eval.sh TESSERA BUNDLE OUTDIR
set -euo pipefail
tessera="$1"; bundle="$2"; out="$3"
rm -rf "$out"; mkdir -p "$out"
cp -r "$bundle" "$out/bundle"
# The held-out list names the combination of the second prompt.
sed -i '0,/{/s//{"training": {"heldout": [{"color": "blue", "shape": "square", "motion": "moving up"}]},/' \
  "$out/bundle/model.json"
cat > "$out/prompts.txt" <<'PROMPTS'
# two prompts: one seen, one held out
a large red circle moving right on a black background
a small blue square moving up on a white background
PROMPTS
"$tessera" eval --model "$out/bundle" --prompts "$out/prompts.txt" --seeds 1 --size 32x32 --frames 9 --steps 2 \
  --task-clips 1 --out "$out/report.json" --sheet "$out/sheet.png" > "$out/stdout.txt"
grep -q "held-out" "$out/stdout.txt" || { echo "FAIL: no held-out column in the table:"; cat "$out/stdout.txt"; exit 1; }
grep -q "loop seam ratio" "$out/stdout.txt" && grep -q "loop from text seam ratio" "$out/stdout.txt" || { echo "FAIL: no task figures in the table"; exit 1; }
python3 - "$out/report.json" "$out/sheet.png" <<'PY'
import json, struct, sys
r = json.load(open(sys.argv[1]))
def need(cond, what):
    if not cond:
        print("FAIL:", what); sys.exit(1)
need(r["format"] == "tessera.eval/1", "format")
need(r["model"]["hash"] and r["model"]["name"], "model name and hash")
s = r["settings"]
need((s["width"], s["height"], s["frames"], s["steps"], s["seeds"]) == (32, 32, 9, 2, 1), "settings %s" % s)
need(r["heldout"] == {"known": True, "combinations": 1}, "heldout %s" % r["heldout"])
need([c["split"] for c in r["clips"]] == ["seen", "held-out"], "clip splits")
for c in r["clips"]:
    need(set(c) >= {"prompt", "seed", "heldout", "scores", "sheet_row", "seconds"}, "clip keys %s" % sorted(c))
    for a in c["scores"]:
        need(set(a) == {"attribute", "object", "expected", "predicted", "correct"}, "score keys")
    need({a["attribute"] for a in c["scores"]} >= {"count", "background", "size", "color", "shape", "motion"},
         "scored attributes")
for split in ("seen", "held-out"):
    t = r["accuracy"][split]
    need(t["clips"] == 1, "clips of " + split)
    need(set(t["attributes"]) == {"background", "size", "color", "shape", "motion", "layout", "count"}, "attributes")
    need(t["attributes"]["color"]["total"] == 1, "color total of " + split)
tasks = r["tasks"]
need(tasks["measured"] and len(tasks["clips"]) == 1, "task clips")
for key in ("vae_psnr_db", "i2v_psnr_db", "loop_seam_ratio", "loop_worst_step_ratio", "text_loop_seam_ratio", "text_loop_worst_step_ratio",
            "extend_forward_seam_ratio", "extend_backward_seam_ratio"):
    need(key in tasks["clips"][0] and tasks["summary"][key]["count"] == 1, "task figure " + key)
need(len(r["targets"]) == 11, "targets")
need(r["timings_seconds"]["total"] > 0 and "load_model" in r["timings_seconds"], "timings")
png = open(sys.argv[2], "rb").read()
need(png[:8] == b"\x89PNG\r\n\x1a\n", "sheet is not a PNG")
w, h = struct.unpack(">II", png[16:24])
need((w, h) == (5 * 34 + 2, 2 * 34 + 2) == (r["sheet"]["width"], r["sheet"]["height"]), "sheet size %dx%d" % (w, h))
print("ok: report with seen and held-out tables, 7 task figures, 11 targets; sheet %dx%d" % (w, h))
PY

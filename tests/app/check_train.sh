#!/usr/bin/env bash
# `tessera train` through the CLI at toy sizes: a run to the end of tiny step budgets writes its
# checkpoints, loss CSVs, a labelled loss plot (PNG, 1000x420) and a bundle; --plot redraws the
# curves; --resume of a finished run changes nothing; a resume adding --decoder-steps plots a third
# panel; a folder without a run is refused by name.
# Usage: check_train.sh TESSERA OUTDIR
set -euo pipefail
tessera="$1"; out="$2"
rm -rf "$out"; mkdir -p "$out"
toy=(--vae-dim 4 --z-dim 4 --dim 32 --heads 2 --layers 1 --ffn 64 --text-dim 16 --text-layers 1
     --tokens-per-step 150 --pool 4 --vae-batch 2 --vae-image-steps 1 --vae-steps 2 --dit-steps 2
     --device cpu)
"$tessera" train --run "$out/run" "${toy[@]}" > "$out/train.txt"
for f in run.json tokenizer.model vae.safetensors dit.safetensors loss_vae.csv loss_dit.csv loss.png \
         bundle/model.json; do
  [ -s "$out/run/$f" ] || { echo "FAIL: $f missing after the run"; cat "$out/train.txt"; exit 1; }
done
grep -q "^done" "$out/train.txt" || { echo "FAIL: the run did not say done"; cat "$out/train.txt"; exit 1; }
"$tessera" train --run "$out/run" --plot "$out/plot.png" > /dev/null
python3 - "$out/plot.png" "$out/run/loss.png" <<'PY'
import struct, sys
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        print("FAIL: not a PNG:", path); sys.exit(1)
    w, h = struct.unpack(">II", data[16:24])
    if (w, h) != (1000, 420):
        print("FAIL: plot is %dx%d, expected 1000x420: %s" % (w, h, path)); sys.exit(1)
PY
before=$(sha256sum "$out/run/dit.safetensors")
"$tessera" train --run "$out/run" --resume --vae-steps 2 --dit-steps 2 > /dev/null
[ "$before" = "$(sha256sum "$out/run/dit.safetensors")" ] || { echo "FAIL: resuming a finished run changed it"; exit 1; }
# A size fixed when the run starts, given on resume, is refused by name rather than ignored.
if "$tessera" train --run "$out/run" --resume --vae-lr 0.01 --dit-steps 2 > /dev/null 2> "$out/fixed.txt"; then
  echo "FAIL: a resume with --vae-lr succeeded"; exit 1
fi
grep -q "vae_lr is fixed" "$out/fixed.txt" || { echo "FAIL: the error does not name vae_lr:"; cat "$out/fixed.txt"; exit 1; }
[ "$before" = "$(sha256sum "$out/run/dit.safetensors")" ] || { echo "FAIL: a refused resume changed the run"; exit 1; }
# A resume that adds the decoder refinement: its loss gets a panel of its own (1500x420).
"$tessera" train --run "$out/run" --resume --decoder-steps 2 --dit-steps 2 > "$out/refine.txt"
[ -s "$out/run/loss_decoder.csv" ] || { echo "FAIL: no loss_decoder.csv after --decoder-steps"; cat "$out/refine.txt"; exit 1; }
grep -q "decoder refinement done" "$out/refine.txt" || { echo "FAIL: the refinement did not finish"; cat "$out/refine.txt"; exit 1; }
"$tessera" train --run "$out/run" --plot "$out/plot3.png" > /dev/null
python3 - "$out/plot3.png" <<'PY'
import struct, sys
w, h = struct.unpack(">II", open(sys.argv[1], "rb").read()[16:24])
if (w, h) != (1500, 420):
    print("FAIL: plot with a decoder refinement is %dx%d, expected 1500x420" % (w, h)); sys.exit(1)
PY
mkdir -p "$out/empty"
if "$tessera" train --run "$out/empty" --plot "$out/x.png" 2> "$out/err.txt"; then
  echo "FAIL: --plot on a folder without a run succeeded"; exit 1
fi
grep -q "$out/empty" "$out/err.txt" || { echo "FAIL: the error does not name the folder:"; cat "$out/err.txt"; exit 1; }
echo "ok"

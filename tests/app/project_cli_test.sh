#!/usr/bin/env bash
# The project, import, queue, clip and search commands as a user runs them (#7), on a random-weight
# model: what they print, the files they write and the errors they give.
# Usage: project_cli_test.sh TESSERA WORKDIR
set -uo pipefail
tessera="$1"; work="$2"
rm -rf "$work"; mkdir -p "$work"
p="$work/project"; bundle="$work/bundle"
status=0
fail() { echo "FAIL: $*"; status=1; }
# run NAME PATTERN -- command...: must exit 0 with PATTERN (grep -E) in its output.
run() {
  local name="$1" pattern="$2"; shift 3
  local out; out=$("$@" 2>&1); local rc=$?
  [ $rc -eq 0 ] || { fail "$name: exit $rc: $out"; return; }
  echo "$out" | grep -Eq -- "$pattern" || fail "$name: output lacks '$pattern': $out"
  LAST="$out"
}
# refuse NAME PATTERN -- command...: must fail with PATTERN in the one error line.
refuse() {
  local name="$1" pattern="$2"; shift 3
  local err; err=$("$@" 2>&1 >/dev/null); local rc=$?
  [ $rc -ne 0 ] || fail "$name: exited 0"
  echo "$err" | grep -v '^note:' | grep -Eq -- "$pattern" || fail "$name: error lacks '$pattern': $err"
}
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

"$tessera" dev random-bundle "$bundle" >/dev/null 2>&1 || fail "random bundle"
ffmpeg -v error -f lavfi -i color=c=red:s=64x48 -frames:v 1 "$work/red.png" || fail "ffmpeg makes a test image"
head -c 3000 /dev/urandom > "$work/broken.png"
echo "not media" > "$work/notes.txt"

run create "created project .*schema version 4" -- "$tessera" project create "$p"
refuse create-twice "already holds a project" -- "$tessera" project create "$p"
refuse not-a-project "has no project.tessera" -- "$tessera" project info "$work"

run import "imported .*red.png as asset 1 \(image 64x48\)" -- "$tessera" import --project "$p" "$work/red.png"
run import-again "already in the project as asset 1" -- "$tessera" import --project "$p" "$work/red.png"
refuse import-broken "broken.png" -- "$tessera" import --project "$p" "$work/broken.png"
refuse import-unknown "notes.txt: unsupported file type '.txt'" -- "$tessera" import --project "$p" "$work/notes.txt"

SMALL=(--model "$bundle" --size 64x48 --steps 2)
GEN=("${SMALL[@]}" --frames 5)
run add "queued job 1" -- "$tessera" queue add --project "$p" "${GEN[@]}" --prompt "a red ball bouncing" --seed 11
run add-i2v "queued job 2" -- "$tessera" queue add --project "$p" "${GEN[@]}" --prompt "a glowing square" \
  --image "$work/red.png" --seed 12
run add-two "queued job 4" -- "$tessera" queue add --project "$p" "${GEN[@]}" --prompt "waves at night" --count 2 --seed 20
refuse add-out "export it afterwards" -- "$tessera" queue add --project "$p" "${GEN[@]}" --out "$work/x.mp4"
refuse add-missing-clip "there is no clip 99" -- "$tessera" queue add --project "$p" "${GEN[@]}" --extend clip:99
run move "job 4 is now number 1" -- "$tessera" queue move --project "$p" 4 --to 1
run cancel "job 3: cancelled" -- "$tessera" queue cancel --project "$p" 3
run list "4  queued .*waves at night" -- "$tessera" queue list --project "$p"
order=$("$tessera" queue list --project "$p" --json | json "[j['id'] for j in d if j['state'] == 'queued']")
[ "$order" = "[4, 1, 2]" ] || fail "queue order after the move is $order"
run retry "job 3 queued again" -- "$tessera" queue retry --project "$p" 3
run duplicate "job 5 queued: a variation of job 1 \(seed 77\)" -- "$tessera" queue duplicate --project "$p" 1 --seed 77

run run "5 done, 0 failed" -- "$tessera" queue run --project "$p" --until-empty
run list-done "1  done .*-> clip" -- "$tessera" queue list --project "$p"
run clips "a red ball bouncing" -- "$tessera" clip list --project "$p"
clip=$("$tessera" queue list --project "$p" --json | json "[j['clip'] for j in d if j['id'] == 1][0]")
run show "recipe +t2v, seed 11, 2 steps" -- "$tessera" clip show --project "$p" "$clip"
i2v=$("$tessera" queue list --project "$p" --json | json "[j['clip'] for j in d if j['id'] == 2][0]")
inputs=$("$tessera" clip show --project "$p" "$i2v" --json | json "d['inputs']")
[ "$inputs" = "{'image': {'asset': 1}}" ] || fail "the i2v clip's inputs are $inputs"
run search "a \[red\] \[ball\] bouncing" -- "$tessera" search --project "$p" red ball
run search-none "no clip matches" -- "$tessera" search --project "$p" giraffe

run export "wrote .*out.mp4" -- "$tessera" clip export --project "$p" "$clip" --out "$work/out.mp4" --latents "$work/out.safetensors"
media=$("$tessera" clip show --project "$p" "$clip" --json | json "d['path']")
cmp -s "$media" "$work/out.mp4" || fail "the exported MP4 is not the stored file"
[ -s "$work/out.safetensors" ] || fail "no latents were written"
run export-gif "wrote .*out.gif" -- "$tessera" clip export --project "$p" "$clip" --out "$work/out.gif"
frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$work/out.gif")
[ "$frames" = "5" ] || fail "the GIF has $frames frames"

run set "updated clip $clip" -- "$tessera" clip set --project "$p" "$clip" --favourite yes --rating 4 --tags sea,intro
run favourites "\*\+\+\+\+ a red ball" -- "$tessera" clip list --project "$p" --favourites
run regenerate "regenerated clip $clip as clip [0-9]+ on cpu: identical" -- "$tessera" clip regenerate --project "$p" "$clip"

run extend "queued job 6" -- "$tessera" queue add --project "$p" "${SMALL[@]}" --prompt "the ball rolls on" --extend "clip:$clip" --frames 4
run run-extend "1 done, 0 failed" -- "$tessera" queue run --project "$p" --until-empty
ext=$("$tessera" queue list --project "$p" --json | json "[j['clip'] for j in d if j['id'] == 6][0]")
refuse delete-used "clip $clip is the video input of clip $ext" -- "$tessera" clip delete --project "$p" "$clip"
run delete "deleted 2 clip" -- "$tessera" clip delete --project "$p" "$ext" "$clip"

run sync "synchronous = full" -- "$tessera" project set "$p" synchronous full
run info "sync +full" -- "$tessera" project info "$p"
[ "$("$tessera" project info "$p" --json | json "d['schema_version']")" = "4" ] || fail "info --json"
run check "ok: the database passes integrity_check" -- "$tessera" project check "$p"

# Damage: an altered media file fails the check; a newer or foreign database is refused untouched.
victim=$("$tessera" clip list --project "$p" --json | json "d[0]['file']")
cp "$p/media/$victim" "$work/victim.bak"
echo "flipped" >> "$p/media/$victim"
refuse check-altered "" -- "$tessera" project check "$p"
report=$("$tessera" project check "$p")
echo "$report" | grep -q "altered (hash differs): clip" || fail "check does not name the altered file: $report"
cp "$work/victim.bak" "$p/media/$victim"

cp -r "$p" "$work/newer"
python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version = 9'); c.commit()" \
  "$work/newer/project.tessera"
before=$(sha256sum "$work/newer/project.tessera")
refuse newer "made by a newer Tessera .*schema version 9" -- "$tessera" clip list --project "$work/newer"
[ "$(sha256sum "$work/newer/project.tessera")" = "$before" ] || fail "the newer project was modified"
mkdir -p "$work/garbage" && head -c 8192 /dev/urandom > "$work/garbage/project.tessera"
refuse garbage "not a Tessera project \(it is not an SQLite database\)" -- "$tessera" project info "$work/garbage"

[ $status -eq 0 ] && echo "ok: project, import, queue, clip and search commands"
exit $status

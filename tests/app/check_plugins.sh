#!/usr/bin/env bash
# Plugins through the out-of-process host (#10): the four examples work from the CLI and inside
# `tessera generate`; a plugin that crashes, hangs or answers garbage is stopped, disabled and
# named, and neither the CLI nor the generation around it goes down; safe mode turns all off.
# Usage: check_plugins.sh TESSERA BUILD_DIR BUNDLE WORK_DIR
set -uo pipefail
T="$1"; B="$2"; BUNDLE="$3"; W="$4"
rm -rf "$W"; mkdir -p "$W"
export XDG_CONFIG_HOME="$W/config" XDG_DATA_HOME="$W/data" TESSERA_PLUGIN_PATH="$B/test-plugins" TESSERA_PLUGIN_TIMEOUT=3
fail=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }

list=$("$T" plugins list)
for id in org.tessera.examples.style-expander org.tessera.examples.film-grain org.tessera.examples.contact-sheet \
          org.tessera.examples.keyword-policy org.tessera.tests.crasher org.tessera.tests.filter-crasher org.tessera.tests.audio-probe; do
  echo "$list" | grep -q "^$id .*enabled" && ok "listed and enabled: $id" || bad "$id not listed as enabled: $list"
done
"$T" plugins list --json | grep -q '"kinds"' || bad "plugins list --json"
# The hanging policy would answer every check: keep it off until its own test.
"$T" plugins disable org.tessera.tests.hanger >/dev/null || bad "disable"

# Prompt enhancer and content policy.
out=$("$T" plugins enhance org.tessera.examples.style-expander "a red ball bouncing" --option claymation)
[[ "$out" == "a red ball bouncing, claymation style"* ]] && ok "enhance: $out" || bad "enhance gave '$out'"
"$T" plugins check "a red ball bouncing" >/dev/null && ok "policy allows a harmless prompt" || bad "policy refused a harmless prompt"
msg=$("$T" plugins check "a red weapon" 2>&1); rc=$?
[ $rc -ne 0 ] && [[ "$msg" == *"refused by Keyword policy"*"blocked word 'weapon'"* ]] && ok "policy refuses: $msg" || bad "policy: rc $rc '$msg'"

# Clip filter and exporter on a generated clip.
"$T" generate --model "$BUNDLE" --prompt "a red ball" --steps 2 --frames 9 --seed 3 --out "$W/clip.mp4" >/dev/null || bad "generate"
"$T" plugins filter org.tessera.examples.film-grain "$W/clip.mp4" "$W/grain.mp4" --param grain=0.8 --param vignette=0.9 >/dev/null \
  && ok "film grain filter wrote grain.mp4" || bad "filter"
a=$(ffmpeg -v error -i "$W/clip.mp4" -vf "crop=8:8:0:0,scale=1:1" -f rawvideo -pix_fmt gray - | od -An -tu1 | head -1)
b=$(ffmpeg -v error -i "$W/grain.mp4" -vf "crop=8:8:0:0,scale=1:1" -f rawvideo -pix_fmt gray - | od -An -tu1 | head -1)
awk -v a="$a" -v b="$b" 'BEGIN{n=split(a,x," ");split(b,y," ");exit !(n > 0 && y[1] < x[1])}' \
  && ok "the vignette darkened the corner ($a -> $b)" || bad "corner not darker: $a -> $b"
"$T" plugins export org.tessera.examples.contact-sheet "$W/clip.mp4" "$W/sheet.png" >/dev/null || bad "export"
info=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=codec_name,nb_read_frames -of csv=p=0 "$W/sheet.png")
[ "$info" = "apng,9" ] && ok "contact sheet is an animated PNG of 9 frames ($info)" || bad "contact sheet: '$info'"

# Inside generate: the enhancer rewrites, the policy refuses before anything is loaded.
"$T" generate --model "$BUNDLE" --prompt "a ball" --enhancer-plugin org.tessera.examples.style-expander \
  --enhancer-option watercolour --steps 2 --frames 5 --json --out "$W/g1.mp4" | grep -q '"prompt": "a ball, watercolour' \
  && ok "generate used the enhancer plugin" || bad "generate with enhancer"
msg=$("$T" generate --model "$BUNDLE" --prompt "gore" --steps 2 --frames 5 --out "$W/g2.mp4" 2>&1); rc=$?
[ $rc -ne 0 ] && [[ "$msg" == *"blocked word 'gore'"* ]] && [ ! -e "$W/g2.mp4" ] && ok "generate refused by policy" || bad "policy in generate: $msg"
"$T" generate --model "$BUNDLE" --prompt "a ball" --filter-plugin org.tessera.examples.film-grain --steps 2 --frames 5 \
  --out "$W/g3.mp4" >/dev/null && [ -s "$W/g3.mp4" ] && ok "generate applied the filter plugin" || bad "generate with filter"

# In a project's queue: a refused job fails with the reason; the next job still runs.
"$T" project create "$W/proj" >/dev/null || bad "project create"
"$T" queue add --project "$W/proj" --model "$BUNDLE" --prompt "a weapon" --steps 2 --frames 5 >/dev/null || bad "queue add 1"
"$T" queue add --project "$W/proj" --model "$BUNDLE" --prompt "a ball" --steps 2 --frames 5 \
  --enhancer-plugin org.tessera.examples.style-expander --enhancer-option documentary >/dev/null || bad "queue add 2"
"$T" queue run --project "$W/proj" --until-empty >/dev/null 2>&1
jobs=$("$T" queue list --project "$W/proj" --json)
echo "$jobs" | grep -q "a ball, documentary footage" && ok "queue add stored the enhanced prompt" || bad "queue add enhancer: $jobs"
echo "$jobs" | grep -q "blocked word 'weapon'" && echo "$jobs" | grep -q '"state": "done"' \
  && ok "queue: the refused job failed with its reason, the next one ran" || bad "queue with policy: $jobs"

# In the timeline renderer: a filter on one item, an exporter plugin, and a filter that crashes
# mid-render (the export stops naming it, leaves nothing, and the plugin is disabled).
"$T" timeline create --project "$W/proj" cut --size 64x48 --fps 16 >/dev/null || bad "timeline create"
"$T" timeline add --project "$W/proj" cut --clip 1 >/dev/null || bad "timeline add"
"$T" export --project "$W/proj" --timeline cut --out "$W/plain.mp4" --no-manifest >/dev/null 2>&1 || bad "plain export"
"$T" timeline filter --project "$W/proj" cut --item 1 --plugin org.tessera.examples.film-grain --param vignette=1 >/dev/null \
  || bad "timeline filter"
"$T" export --project "$W/proj" --timeline cut --out "$W/filtered.mp4" --no-manifest >/dev/null 2>&1 || bad "filtered export"
a=$(ffmpeg -v error -i "$W/plain.mp4" -vf "crop=8:8:0:0,scale=1:1" -f rawvideo -pix_fmt gray - | od -An -tu1 | head -1)
b=$(ffmpeg -v error -i "$W/filtered.mp4" -vf "crop=8:8:0:0,scale=1:1" -f rawvideo -pix_fmt gray - | od -An -tu1 | head -1)
awk -v a="$a" -v b="$b" 'BEGIN{n=split(a,x," ");split(b,y," ");exit !(n > 0 && y[1] < x[1])}' \
  && ok "the timeline's film grain filter darkened the corner on export ($a -> $b)" || bad "timeline filter: $a -> $b"
"$T" export --project "$W/proj" --timeline cut --format plugin:org.tessera.examples.contact-sheet --out "$W/cut.png" >/dev/null 2>&1 \
  && [ "$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$W/cut.png")" -gt 1 ] \
  && ok "exporter plugin wrote the timeline" || bad "exporter plugin on the timeline"
# Exporters get the timeline's audio too (the probe exporter writes what it received).
"$T" narration say "Hello from the timeline" --out "$W/hello.wav" >/dev/null || bad "narration say"
asset=$("$T" import --project "$W/proj" "$W/hello.wav" --json | sed -n 's/.*"asset": *\([0-9]*\).*/\1/p' | head -1)
"$T" timeline add --project "$W/proj" cut --asset "$asset" --at 0 >/dev/null || bad "add narration (asset '$asset')"
"$T" export --project "$W/proj" --timeline cut --format plugin:org.tessera.tests.audio-probe --out "$W/probe.txt" >/dev/null 2>&1 \
  || bad "audio probe export"
probe=$(cat "$W/probe.txt" 2>/dev/null)
frames=$("$T" timeline show --project "$W/proj" cut | sed -n "s/.*, \([0-9]*\) frames (.*/\1/p")
want=$(( frames * 48000 / 16 ))
[[ "$probe" == "frames=$frames samples=$want rate=48000 channels=2 energy="* ]] && [[ "$probe" != *"energy=0.000" ]] \
  && ok "an exporter plugin received $frames frames and the audio mix: $probe" || bad "audio to exporter: '$probe' (want $frames frames, $want samples)"
"$T" timeline filter --project "$W/proj" cut --item 1 --plugin org.tessera.tests.filter-crasher >/dev/null || bad "set crasher filter"
msg=$("$T" export --project "$W/proj" --timeline cut --out "$W/crashed.mp4" 2>&1); rc=$?
[ $rc -ne 0 ] && [[ "$msg" == *"filter org.tessera.tests.filter-crasher failed and was disabled"*"crashed"* ]] && [ -z "$(ls -A "$W" | grep crashed)" ] \
  && ok "a crashing filter stops the export, leaves nothing: $msg" || bad "crashing filter: rc $rc '$msg' $(ls "$W")"
"$T" plugins list | grep -A1 "^org.tessera.tests.filter-crasher " | grep -q "disabled" && ok "filter crasher disabled" || bad "filter crasher not disabled"

# Misbehaving plugins: each is stopped, named, disabled; the next command still works.
msg=$("$T" plugins enhance org.tessera.tests.crasher "x" 2>&1); rc=$?
[ $rc -ne 0 ] && [[ "$msg" == *"org.tessera.tests.crasher crashed (Segmentation fault)"*"disabled"* ]] && ok "crash isolated: $msg" || bad "crash: $msg"
"$T" plugins list | grep -A1 "^org.tessera.tests.crasher " | grep -q "disabled" && ok "crasher is now disabled" || bad "crasher still enabled"
"$T" plugins enable org.tessera.tests.hanger >/dev/null || bad "enable"
start=$(date +%s)
msg=$("$T" plugins check "anything" 2>&1); rc=$?
secs=$(( $(date +%s) - start ))
[ $rc -ne 0 ] && [[ "$msg" == *"org.tessera.tests.hanger did not answer within 3 s (hung)"* ]] && [ $secs -lt 20 ] \
  && ok "hang stopped after ${secs}s: $msg" || bad "hang: ${secs}s $msg"
pgrep -f "tessera-plugin-host.*hanger" >/dev/null && bad "the hung helper is still running"
msg=$("$T" plugins enhance org.tessera.tests.garbage "x" 2>&1); rc=$?
[ $rc -ne 0 ] && [[ "$msg" == *"garbage"*"broke the protocol"* || "$msg" == *"org.tessera.tests.garbage broke the protocol"* ]] && ok "garbage refused: $msg" || bad "garbage: $msg"
"$T" plugins check "a red ball" >/dev/null && ok "policies work again with the hung one disabled" || bad "check after hang"
"$T" plugins enable org.tessera.tests.crasher >/dev/null && "$T" plugins list | grep -q "^org.tessera.tests.crasher .*enabled" \
  && ok "enable turns it back on" || bad "enable"
"$T" --safe-mode plugins list | grep -q "^org.tessera.examples.film-grain .*disabled" && ok "safe mode turns plugins off" || bad "safe mode"
exit $fail

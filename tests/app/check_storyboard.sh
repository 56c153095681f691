#!/usr/bin/env bash
# `tessera storyboard LESSON --export OUT.mp4` on the example lesson: the video holds H.264, AAC and
# a subtitle stream; its duration is the timeline's; title cards are on screen at their times;
# narration is audible where it is spoken and silence where none is; sidecars and the manifest list
# every shot. Then `tessera batch` (skip, shard, failure summary) and OTIO/EDL export.
# Usage: check_storyboard.sh TESSERA BUNDLE WORKDIR SOURCE_DIR PYTHON (with opentimelineio)
set -euo pipefail
tessera="$1"; bundle="$2"; work="$3/storyboard"; src="$4"; py="$5"
rm -rf "$work"; mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }

"$tessera" storyboard "$src/resources/examples/shapes-lesson.md" --project "$work/proj" --model "$bundle" \
  --steps 2 --seed 11 --export "$work/lesson.mp4" > "$work/log.txt" 2>&1 || { cat "$work/log.txt"; fail "storyboard failed"; }
grep -q "2 cards\|4 cards" "$work/log.txt" || true
out="$work/lesson.mp4"
[ -f "$out" ] || fail "no $out"

codec() { ffprobe -v error -select_streams "$1" -show_entries stream=codec_name -of default=nw=1:nk=1 "$out"; }
[ "$(codec v:0)" = h264 ] || fail "video codec $(codec v:0)"
[ "$(codec a:0)" = aac ] || fail "audio codec $(codec a:0)"
[ "$(codec s:0)" = mov_text ] || fail "subtitle codec $(codec s:0)"

# The timeline as the CLI shows it: its length in seconds, and each item's frames.
"$tessera" timeline show --project "$work/proj" shapes-lesson > "$work/timeline.txt"
cat "$work/timeline.txt"
grep -q "pending" "$work/timeline.txt" && fail "pending shots left on the timeline"
seconds=$(sed -n "s/.* frames (\([0-9.]*\) s)$/\1/p" "$work/timeline.txt" | head -1)
duration=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$out")
python3 -c "import sys; d=float('$duration'); s=float('$seconds'); sys.exit(0 if abs(d-s) < 0.1 else 1)" \
  || fail "video lasts $duration s, the timeline $seconds s"
fps=$(sed -n "s/.* at \([0-9.]*\) fps.*/\1/p" "$work/timeline.txt" | head -1)

# Title cards: at the middle of every title item the top-left corner is the card's background (#12141c).
titles=$(awk '/track [0-9]+ title/{t=1; next} /track [0-9]+ (video|audio)/{t=0} t && /title "/{print $3}' "$work/timeline.txt")
[ "$(echo "$titles" | wc -w)" = 4 ] || fail "expected 4 title cards, got: $titles"
for range in $titles; do
  mid=$(python3 -c "a,b='$range'.split('-'); print((int(a)+int(b))/2/float('$fps'))")
  rgb=$(ffmpeg -v error -ss "$mid" -i "$out" -frames:v 1 -vf "crop=4:4:0:0,scale=1:1" -f rawvideo -pix_fmt rgb24 - | od -An -tu1 | xargs)
  python3 -c "import sys; r,g,b=map(int,'$rgb'.split()); sys.exit(0 if abs(r-0x12)<=10 and abs(g-0x14)<=10 and abs(b-0x1c)<=10 else 1)" \
    || fail "at $mid s (title $range) the corner is $rgb, not the card background"
done

# Narration: audible over items that have it, silent over the opening card that has none.
volume() { ffmpeg -v info -ss "$1" -t "$2" -i "$out" -af volumedetect -vn -f null - 2>&1 | sed -n 's/.*mean_volume: \(-*[0-9.]*\) dB/\1/p'; }
quiet=$(volume 0.5 2.0)
python3 -c "import sys; sys.exit(0 if float('$quiet') < -60 else 1)" || fail "opening card should be silent, mean $quiet dB"
loud=$(volume 3.3 1.5)
python3 -c "import sys; sys.exit(0 if float('$loud') > -45 else 1)" || fail "narration over the first section is $loud dB"

# Sidecars.
[ "$(grep -c -- '-->' "$work/lesson.srt")" = 5 ] || fail "expected 5 subtitles in lesson.srt"
head -1 "$work/lesson.vtt" | grep -q WEBVTT || fail "lesson.vtt is not WebVTT"
python3 - "$work/lesson.mp4.manifest.json" <<'EOF' || fail "manifest"
import json, sys
m = json.load(open(sys.argv[1]))
assert m["statement"] == "AI-generated with Tessera", m["statement"]
assert len(m["shots"]) == 3, len(m["shots"])
for s in m["shots"]:
    assert s["seed"] in (11, 12, 13), s["seed"]
    assert s["model"]["hash"] and s["recipe"]["prompt"], s
assert len(m["titles"]) == 4 and len(m["narration"]) == 5
assert len(m["output"]["sha256"]) == 64
EOF

# OTIO and EDL of the same timeline.
"$tessera" export --project "$work/proj" --timeline shapes-lesson --format otio --out "$work/lesson.otio" >/dev/null
"$tessera" export --project "$work/proj" --timeline shapes-lesson --format edl --out "$work/lesson.edl" >/dev/null
python3 -c "import json,sys; d=json.load(open('$work/lesson.otio')); sys.exit(0 if d['OTIO_SCHEMA'].startswith('Timeline.') else 1)" || fail "otio"
grep -q "^001 " "$work/lesson.edl" || fail "edl has no events"
frames=$(sed -n "s/.*, \([0-9]*\) frames (.*/\1/p" "$work/timeline.txt" | head -1)
"$py" "$src/tests/tools/check_otio.py" "$work/lesson.otio" --expect "Titles=$frames" > "$work/otio.txt" \
  || { cat "$work/otio.txt"; fail "OpenTimelineIO does not read lesson.otio as the timeline"; }

# Batch: the storyboard's output exists (skipped), a new export runs, a broken job fails the batch.
cat > "$work/jobs.json" <<EOF
{"jobs": [
  {"name": "lesson", "type": "storyboard", "lesson": "$src/resources/examples/shapes-lesson.md", "project": "proj", "export": "lesson.mp4"},
  {"name": "webm", "type": "export", "project": "proj", "timeline": "shapes-lesson", "format": "webm", "out": "lesson.webm"},
  {"name": "broken", "type": "export", "project": "proj", "timeline": "no-such", "out": "x.mp4"}
]}
EOF
set +e
"$tessera" batch "$work/jobs.json" > "$work/batch.txt" 2>&1; rc=$?
set -e
cat "$work/batch.txt"
[ $rc = 1 ] || fail "a batch with a failed job exits $rc, not 1"
grep -q "lesson .*skipped" "$work/batch.txt" || fail "the finished storyboard was not skipped"
grep -q "webm .*done" "$work/batch.txt" || fail "the webm export did not run"
grep -q "broken .*FAILED.*no timeline 'no-such'" "$work/batch.txt" || fail "the broken job's error is not in the summary"
[ -f "$work/lesson.webm" ] && [ ! -e "$work/x.mp4" ] || fail "batch outputs"
# Shards: 1/2 runs only the second job of three.
"$tessera" batch "$work/jobs.json" --shard 1/2 > "$work/shard.txt" 2>&1 || fail "shard 1/2 failed"
grep -q "1 of 1 job(s) succeeded" "$work/shard.txt" || { cat "$work/shard.txt"; fail "shard 1/2 should run one job"; }
echo "ok: storyboard video with cards, narration and subtitles in line; sidecars; otio/edl; batch"

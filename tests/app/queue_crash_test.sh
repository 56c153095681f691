#!/usr/bin/env bash
# Crash test of the generation queue (#7): starts `tessera queue run` on a project with queued jobs,
# kills it with SIGKILL at a random moment, checks the project, restarts, and repeats. At the end
# `tessera project check` passes, every job is done, every clip plays (ffprobe) and every clip that was
# ever committed is still there with the same content.
# Usage: queue_crash_test.sh TESSERA WORKDIR KILLS [JOBS_PER_BATCH]
set -euo pipefail
tessera="$1"; work="$2"; kills="$3"; batch="${4:-4}"
bundle="$work/bundle"; project="$work/project"; seen="$work/seen_clips.txt"
mkdir -p "$work"
rm -rf "$project"
[ -f "$bundle/model.json" ] || "$tessera" dev random-bundle "$bundle" >/dev/null 2>&1
"$tessera" project create "$project" >/dev/null
: > "$seen"
: > "$work/phases.txt"

fail() { echo "FAIL: $*"; exit 1; }
jobs=0
add_batch() {  # a batch of tiny jobs with seeds counted up from $1
  "$tessera" queue add --project "$project" --model "$bundle" --prompt "crash test batch $1" --size 64x48 \
    --frames 5 --steps 2 --seed "$1" --count "$batch" >/dev/null
  jobs=$((jobs + batch))
}

# Reads the database directly with Python's sqlite3, independently of Tessera's own code: prints the
# numbers of running and queued jobs, appends "id sha256" of every committed clip to $seen, and fails
# when integrity_check fails or a committed clip's file is missing or differs from its hash.
inspect() {
  python3 - "$project" "$seen" <<'PY'
import hashlib, sqlite3, sys
project, seen = sys.argv[1], sys.argv[2]
db = sqlite3.connect(f"file:{project}/project.tessera?mode=ro", uri=True)
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check failed"
state = dict(db.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall())
with open(seen, "a") as out:
    for cid, media, sha in db.execute("SELECT id, media, sha256 FROM clips"):
        with open(f"{project}/media/{media}", "rb") as f:
            assert hashlib.sha256(f.read()).hexdigest() == sha, f"clip {cid}: media/{media} differs from its hash"
        out.write(f"{cid} {sha}\n")
print(state.get("running", 0), state.get("queued", 0))
PY
}

now() { date +%s.%N; }
random_between() { python3 -c "import random; print(round(random.uniform($1, $2), 3))"; }

# How long a runner takes to start and stop with nothing to do.
t=$(now); "$tessera" queue run --project "$project" --until-empty >/dev/null 2>&1
T0=$(python3 -c "print(round($(now) - $t, 2))")

# Kill moments are picked by what the runner is doing, not by the clock, so they land in every phase
# on a fast machine and a slow one alike: while it starts (loading libraries, recovering jobs,
# loading the model), or a little after a job started, encoded the text, began sampling or began
# decoding (then encoding the MP4, writing and renaming the file, committing the rows).
phases=(start started encode-text sample decode)
add_batch 1
hit_running=0
for i in $(seq 1 "$kills"); do
  : > "$work/run.log"
  "$tessera" queue run --project "$project" --until-empty --max-attempts 1000000 >"$work/run.log" 2>&1 &
  pid=$!
  phase=${phases[$((RANDOM % ${#phases[@]}))]}
  echo "$phase" >> "$work/phases.txt"
  if [ "$phase" = start ]; then
    sleep "$(random_between 0.05 "$T0")"
  else
    for _ in $(seq 1 1200); do grep -q "^job [0-9]* $phase" "$work/run.log" && break; sleep 0.02; done
    sleep "$(random_between 0 0.15)"
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  state=$(inspect) || fail "after kill $i the project is damaged"
  read -r running queued <<< "$state"
  [ "$running" -gt 0 ] && hit_running=$((hit_running + 1))
  # Tessera's own check too, every fifth kill (each start of tessera costs a second or two here).
  if [ $((i % 5)) -eq 0 ]; then
    "$tessera" project check "$project" >"$work/check.log" 2>&1 || { cat "$work/check.log"; fail "project check after kill $i"; }
  fi
  # Keep the kills landing on real work.
  if [ "$queued" -eq 0 ]; then add_batch $((i * 100)); fi
done
committed=$(sort -u "$seen" | wc -l)

"$tessera" queue run --project "$project" --until-empty --max-attempts 1000000 >"$work/final.log" 2>&1 ||
  { cat "$work/final.log"; fail "the last queue run failed"; }
"$tessera" project check "$project" || fail "project check at the end"
"$tessera" queue list --project "$project" --json > "$work/jobs.json"
"$tessera" clip list --project "$project" --json > "$work/clips.json"

python3 - "$project" "$seen" "$jobs" "$work/jobs.json" "$work/clips.json" <<'PY'
import json, subprocess, sys
project, seen_path, jobs_added, jobs_path, clips_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
jobs, clips = json.load(open(jobs_path)), json.load(open(clips_path))
errors = []
if len(jobs) != jobs_added:
    errors.append(f"{len(jobs)} jobs in the queue, {jobs_added} were added")
errors += [f"job {j['id']} is {j['state']}: {j['error']}" for j in jobs if j["state"] != "done"]
if len(clips) != jobs_added:
    errors.append(f"{len(clips)} clips for {jobs_added} jobs")
final = {c["id"]: c["sha256"] for c in clips}
for line in open(seen_path):
    cid, sha = line.split()
    if final.get(int(cid)) != sha:
        errors.append(f"clip {cid} was committed and is now {'altered' if int(cid) in final else 'gone'}")
for c in clips:
    out = subprocess.run(["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                          "stream=nb_read_frames", "-of", "csv=p=0", f"{project}/media/{c['file']}"],
                         capture_output=True, text=True)
    if out.returncode != 0 or out.stdout.strip() != "5":
        errors.append(f"clip {c['id']} does not play as 5 frames: {out.stderr.strip() or out.stdout.strip()}")
for e in sorted(set(errors)):
    print("FAIL:", e)
sys.exit(1 if errors else 0)
PY
echo "ok: $kills kills ($hit_running caught a job running, $committed clips committed between kills;" \
     "phases: $(sort "$work/phases.txt" | uniq -c | tr -s ' ' | tr '\n' ',' | sed 's/,$//'))," \
     "$jobs jobs done, $jobs clips play (ffprobe); project check passes; no committed clip lost"

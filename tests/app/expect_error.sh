#!/usr/bin/env bash
# Runs a command that must fail: non-zero exit, exactly one line on stderr matching PATTERN
# (grep -E), and no file left at OUTPUT (nor a temporary beside it).
# Usage: expect_error.sh PATTERN OUTPUT -- command args...
set -u
pattern="$1"; output="$2"; shift 3
err=$(mktemp)
"$@" >/dev/null 2>"$err"
rc=$?
status=0
if [ "$rc" -eq 0 ]; then echo "FAIL: exited 0, expected an error"; status=1; fi
if ! grep -Eq -- "$pattern" "$err"; then echo "FAIL: stderr does not match '$pattern':"; cat "$err"; status=1; fi
lines=$(grep -c '^tessera: error:' "$err")
if [ "$lines" -ne 1 ]; then echo "FAIL: expected one 'tessera: error:' line on stderr, got $lines:"; cat "$err"; status=1; fi
if [ -n "$output" ]; then
  if [ -e "$output" ]; then echo "FAIL: $output was left behind"; status=1; fi
  dir=$(dirname "$output"); base=$(basename "${output%.*}")
  if ls -a "$dir" 2>/dev/null | grep -q "^\.${base}\.tmp-"; then echo "FAIL: a temporary file was left in $dir"; status=1; fi
fi
[ "$status" -eq 0 ] && echo "ok: exit $rc: $(grep '^tessera: error:' "$err")"
rm -f "$err"
exit $status

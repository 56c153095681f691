#!/usr/bin/env bash
# Runs a command with files limited to KB kibibytes: a stand-in for a full disk.
# Usage: with_file_size_limit.sh KB command args...
kb="$1"; shift
ulimit -f "$kb"
exec "$@"

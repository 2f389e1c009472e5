#!/usr/bin/env bash
# Broadlog status updates per second: Diffusion's writer thread against the sqlite3 CLI running
# the same UPDATE statements, in the same batches, on an identical copy of the workspace.
# Usage: bench/store_writer.sh [BUILD_DIR] [ROWS] [BATCH]
set -euo pipefail
build=${1:-build}
rows=${2:-1000000}
batch=${3:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build/bench/store_writer_bench" "$work/ws.diffusion" "$rows" "$batch" "$work/updates.sql"
start=$(date +%s.%N)
# Same durability setting as the writer (WAL + synchronous=NORMAL).
{ echo "PRAGMA synchronous = NORMAL;"; cat "$work/updates.sql"; } | sqlite3 "$work/ws.diffusion.ref"
end=$(date +%s.%N)
awk -v r="$rows" -v b="$batch" -v s="$start" -v e="$end" \
  'BEGIN { t = e - s; printf "sqlite3 CLI:      %d status updates in batches of %d: %.3f s, %.0f rows/s\n", r, b, t, r / t }'

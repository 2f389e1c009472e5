#!/usr/bin/env bash
# Times `diffusion-cli import` of a 1,000,000-row recipient file against sqlite3's own CSV import
# of the same file, in the same run, and prints both and their ratio.
#   bench/import_bench.sh [BUILD_DIR]   (default: build)
# The file has a header, 5 columns (address, first and last names, 2 custom fields), and a few
# empty addresses, invalid addresses and rows with a missing field.
set -euo pipefail

build=${1:-build}
cli=$build/app/diffusion-cli
rows=1000000
[[ -x $cli ]] || { echo "no $cli: build the diffusion-cli target first" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv=$work/recipients.csv

awk -v rows="$rows" 'BEGIN {
    print "email,first name,last name,city,customer id"
    for (i = 1; i <= rows; i++) {
        if (i % 100000 == 1)      address = ""                        # empty address
        else if (i % 100000 == 2) address = "not an address " i      # bad quality
        else                      address = "User." i "@Example" (i % 97) ".com"
        if (i % 250000 == 3)      { print address ",Missing,Field"; continue }
        printf "%s,First%d,\"Last, %d\",City %d,%d\n", address, i, i, i % 1000, i
    }
}' > "$csv"

# Runs "$@" and prints its wall-clock and CPU (user + system) seconds. CPU time is the steadier
# figure on a machine busy with other work.
seconds() {
    local TIMEFORMAT='%R %U %S'
    { time "$@" >/dev/null 2>&1; } 2>&1 | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
}

"$cli" init --workspace "$work/bench.diffusion" >/dev/null
read -r diffusion diffusion_cpu < <(seconds "$cli" import --workspace "$work/bench.diffusion" --list bench "$csv")
read -r reference reference_cpu < <(seconds sqlite3 -cmd '.mode csv' "$work/reference.db" ".import $csv t")

imported=$(sqlite3 "$work/bench.diffusion" 'SELECT count(*) FROM recipient')
referenced=$(sqlite3 "$work/reference.db" 'SELECT count(*) FROM t')
echo "file: $rows rows, $(du -h "$csv" | cut -f1)"
awk -v d="$diffusion" -v dc="$diffusion_cpu" -v r="$reference" -v rc="$reference_cpu" -v n="$rows" \
    -v di="$imported" -v ri="$referenced" 'BEGIN {
    printf "diffusion-cli import: %6.2f s (CPU %5.2f s)  %8.0f rows/s  (%d rows stored)\n", d, dc, n / d, di
    printf "sqlite3 .import:      %6.2f s (CPU %5.2f s)  %8.0f rows/s  (%d rows stored)\n", r, rc, n / r, ri
    printf "ratio: %.2f wall-clock, %.2f CPU (goal: at most 2)\n", d / r, dc / rc
}'

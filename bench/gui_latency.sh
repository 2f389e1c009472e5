#!/usr/bin/env bash
# The console's GUI-thread event-loop latency (p99 goal: under 50 ms) with the log of a delivery of
# ROWS messages open while the window's own engine sends that delivery at full speed into Postfix's
# smtp-sink (the log view refreshing every second as the statuses change), beside the same window
# idle (the log open, nothing sent) in the same run.
# Usage: bench/gui_latency.sh [BUILD_DIR] [ROWS]
set -euo pipefail
build=${1:-build}
rows=${2:-1000000}
cli="$build/app/diffusion-cli"
work=$(mktemp -d)
chmod 755 "$work"
cleanup() { [ -n "${sink:-}" ] && kill "$sink" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
user=(); [ "$(id -u)" -eq 0 ] && user=(-u postfix)
smtp-sink "${user[@]}" -c "127.0.0.1:$port" 1000 >/dev/null 2>&1 &
sink=$!

ws="$work/gui.diffusion"
"$cli" init --workspace "$ws" >/dev/null
list() { # NAME COUNT
  python3 - "$2" > "$work/$1.csv" <<'PY'
import sys
print("email,first name")
for i in range(int(sys.argv[1])):
    print(f"user{i}@domain{i % 50}.test,First{i}")
PY
  "$cli" import --workspace "$ws" --list "$1" "$work/$1.csv" >/dev/null
}
list big "$rows"
echo "Hello {{firstName}}" > "$work/body.txt"
"$cli" route set --workspace "$ws" '*' "127.0.0.1:$port" --tls disabled >/dev/null
sqlite3 "$ws" "INSERT INTO mx_rule (position, mask, max_connections, max_messages_per_connection, messages_per_hour,
               connect_timeout_s, command_timeout_s, data_timeout_s, tls_policy)
               VALUES (1, '127.0.0.1', 8, 100000, 0, 30, 300, 600, 'disabled')"
delivery=$("$cli" delivery create --workspace "$ws" --list big --from news@sender.test --subject Hi --text "$work/body.txt")
"$cli" analyze --workspace "$ws" "$delivery" >/dev/null
echo "window idle, the log of ${rows} messages open:"
"$build/bench/gui_latency_bench" "$ws" "$delivery" 0 10
# Confirmed by its approval mode at the end of the analysis, so that the window's engine takes it.
"$cli" delivery edit --workspace "$ws" "$delivery" --approval automatic
"$cli" analyze --workspace "$ws" "$delivery" >/dev/null
echo "the window's engine sending those ${rows} messages into smtp-sink, their log open:"
start=$(date +%s.%N)
"$build/bench/gui_latency_bench" "$ws" "$delivery" "$delivery" 600
end=$(date +%s.%N)
sent=$(sqlite3 "$ws" "SELECT count(*) FROM broadlog WHERE delivery_id = $delivery AND status = 2")
awk -v n="$sent" -v s="$start" -v e="$end" 'BEGIN { printf "messages recorded Sent: %d (%.0f msg/s, window start included)\n", n, n / (e - s) }'

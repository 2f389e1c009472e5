#!/usr/bin/env bash
# Messages per second from a workspace into Postfix's smtp-sink on loopback, every outcome
# recorded in the workspace, beside Postfix's own load generator into the same sink in the same
# run: smtp-source -d -s 8 -m N -l 4096 (8 sessions, connections reused). Then the same delivery
# DKIM-signed with RSA-2048, beside `openssl speed -multi 2 rsa2048` (both cores signing).
# Usage: bench/send.sh [BUILD_DIR] [MESSAGES]
set -euo pipefail
build=${1:-build}
messages=${2:-20000}
cli="$build/app/diffusion-cli"
work=$(mktemp -d)
chmod 755 "$work"
cleanup() { [ -n "${sink:-}" ] && kill "$sink" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
user=(); [ "$(id -u)" -eq 0 ] && user=(-u postfix)
smtp-sink "${user[@]}" -c "127.0.0.1:$port" 1000 >/dev/null 2>&1 &
sink=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

ws="$work/bench.diffusion"
"$cli" init --workspace "$ws" >/dev/null
python3 - "$messages" > "$work/targets.csv" <<'PY'
import sys
print("email,first name,last name")
for i in range(int(sys.argv[1])):
    print(f"user{i}@domain{i % 50}.test,First{i},Last{i}")
PY
"$cli" import --workspace "$ws" --list targets "$work/targets.csv" >/dev/null
python3 -c 'import sys; sys.stdout.write(("Bonjour {{firstName}}, voici les nouvelles de la semaine.\n" * 80)[:4000])' > "$work/body.txt"
"$cli" route set --workspace "$ws" '*' "127.0.0.1:$port" --tls disabled
# One destination (all fifty domains go to the sink) with the connections smtp-source uses.
sqlite3 "$ws" "INSERT INTO mx_rule (position, mask, max_connections, max_messages_per_connection, messages_per_hour,
               connect_timeout_s, command_timeout_s, data_timeout_s, tls_policy)
               VALUES (1, '127.0.0.1', 8, 100000, 0, 30, 300, 600, 'disabled')"
send() { # DELIVERY LABEL
  local start end rss sent
  # Analysis writes the delivery log and is timed on its own (bench/analysis.sh).
  "$cli" analyze --workspace "$ws" "$1" > /dev/null
  start=$(date +%s.%N)
  ${PROFILE:-} /usr/bin/time -f '%M' -o "$work/rss" "$cli" send --workspace "$ws" "$1" --confirm --wait > /dev/null
  end=$(date +%s.%N)
  sent=$(sqlite3 "$ws" "SELECT count(*) FROM broadlog WHERE delivery_id = $1 AND status = 2")
  awk -v label="$2" -v n="$sent" -v s="$start" -v e="$end" -v rss="$(cat "$work/rss")" \
    'BEGIN { printf "diffusion send%s: %d messages recorded Sent in %.2f s = %.0f msg/s (peak RSS %.0f MB)\n", label, n, e - s, n / (e - s), rss / 1024 }'
}

id=$("$cli" delivery create --workspace "$ws" --list targets --from news@sender.test --subject 'Hello {{firstName}}' --text "$work/body.txt")
send "$id" ""

start=$(date +%s.%N)
smtp-source -d -s 8 -m "$messages" -l 4096 -f news@sender.test -t user@domain.test "127.0.0.1:$port"
end=$(date +%s.%N)
awk -v n="$messages" -v s="$start" -v e="$end" \
  'BEGIN { printf "smtp-source:    %d messages in %.2f s = %.0f msg/s\n", n, e - s, n / (e - s) }'

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/rsa.pem" 2>/dev/null
signed=$("$cli" delivery create --workspace "$ws" --list targets --from news@sender.test --subject 'Hello {{firstName}}' \
         --text "$work/body.txt" --dkim-key "$work/rsa.pem" --dkim-selector bench)
send "$signed" " (DKIM rsa-sha256)"
openssl speed -multi 2 -seconds 3 rsa2048 2>/dev/null | awk '/^rsa 2048 bits/ { printf "openssl speed -multi 2 rsa2048: %s signatures/s\n", $(NF - 1) }'

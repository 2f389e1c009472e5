#!/usr/bin/env bash
# Sets everything up on a Debian 12 machine, builds, starts the built-in local relay and the GUI
# on the demo workspace (created on first run with a recipient list and a delivery; every domain
# is routed to the relay, so nothing leaves the machine). Extra arguments go to the GUI.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build.sh

scripts/install-deps.sh build
configure_and_build build -- diffusion diffusion-cli

cli=build/app/diffusion-cli
data="${XDG_DATA_HOME:-$HOME/.local/share}/Diffusion/diffusion"
workspace="$data/demo.diffusion"
if [ ! -f "$workspace" ]; then
  "$cli" init --workspace "$workspace"
  "$cli" import --workspace "$workspace" --list "Demo customers" resources/demo/recipients.csv
  "$cli" delivery create --workspace "$workspace" --list "Demo customers" --label "Spring newsletter" \
    --from news@diffusion-demo.test --from-name "Diffusion Demo" --subject "{{firstName | Bonjour}}, la saison commence" \
    --html resources/demo/newsletter.html --text resources/demo/newsletter.txt \
    --unsubscribe-url 'https://diffusion-demo.test/unsubscribe?m={{messageId}}' \
    --unsubscribe-mailto 'unsubscribe@diffusion-demo.test' >/dev/null
  "$cli" analyze --workspace "$workspace" 1 >/dev/null
fi

# The relay answers by its built-in profile (*.invalid: user unknown, mailbox-full.test: soft
# bounce, throttle.test: 421 three times) and keeps what it accepts in a Maildir.
relay_out=$(mktemp)
"$cli" relay --listen 127.0.0.1:0 --maildir "$data/relay-maildir" > "$relay_out" &
relay=$!
trap 'kill "$relay" 2>/dev/null; rm -f "$relay_out"' EXIT
for _ in $(seq 100); do grep -q 'listening on' "$relay_out" && break; sleep 0.1; done
port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$relay_out")
"$cli" route set --workspace "$workspace" '*' "127.0.0.1:$port" --tls disabled
echo "Demo relay on 127.0.0.1:$port. Read the demo delivery's analysis, then send it, from another terminal:"
echo "  $cli analyze --workspace '$workspace' 1"
echo "  $cli send --workspace '$workspace' 1 --confirm --wait"
build/app/diffusion --workspace "$workspace" "$@"

#!/usr/bin/env bash
# Takes the console's screenshots of every view, in English and French, into docs/screenshots/,
# on a demo workspace with a real finished delivery: the demo recipients sent to the built-in
# relay (hard bounces at *.invalid, soft ones at mailbox-full.test until a short validity ends,
# 421 three times at throttle.test). Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cli="$build/app/diffusion-cli"
work=$(mktemp -d)
cleanup() { [ -n "${relay:-}" ] && kill "$relay" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen

ws="$work/demo.diffusion"
"$cli" init --workspace "$ws" >/dev/null
"$cli" import --workspace "$ws" --list "Demo customers" resources/demo/recipients.csv >/dev/null
"$cli" relay --listen 127.0.0.1:0 > "$work/relay.out" &
relay=$!
for _ in $(seq 100); do grep -q 'listening on' "$work/relay.out" && break; sleep 0.1; done
port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/relay.out")
"$cli" route set --workspace "$ws" '*' "127.0.0.1:$port" --tls disabled >/dev/null
sqlite3 "$ws" "INSERT OR REPLACE INTO setting (key, value) VALUES ('retry.first_delay_s', '2'), ('retry.max_delay_s', '2')"
"$cli" delivery create --workspace "$ws" --list "Demo customers" --label "Spring newsletter" \
  --from news@diffusion-demo.test --from-name "Diffusion Demo" --subject "{{firstName | Bonjour}}, la saison commence" \
  --html resources/demo/newsletter.html --text resources/demo/newsletter.txt --validity 20s \
  --unsubscribe-url 'https://diffusion-demo.test/unsubscribe?m={{messageId}}' >/dev/null
"$cli" analyze --workspace "$ws" 1 >/dev/null
"$cli" send --workspace "$ws" 1 --confirm --wait >/dev/null
# The bounce mailbox: a few samples of the test corpus (about strangers: they stay unmatched).
mkdir -p "$work/bounces/new" "$work/bounces/cur" "$work/bounces/tmp"
for sample in gmail-dsn-no-such-user exim-user-unknown arf-abuse autoreply-fr-headers not-bounce-newsletter; do
  cp "tests/data/bounces/$sample.eml" "$work/bounces/new/$sample"
done
"$cli" inmail --workspace "$ws" --maildir "$work/bounces" >/dev/null
"$cli" delivery create --workspace "$ws" --list "Demo customers" --label "Summer sale" \
  --from news@diffusion-demo.test --subject "{{firstName}}, -20 % this week" --text resources/demo/newsletter.txt >/dev/null

for lang in en fr; do
  for view in deliveries editor analysis dashboard logs recipients quarantine inmail mx-rules qualification settings; do
    "$build/app/diffusion" --workspace "$ws" --lang "$lang" --view "$view" --delivery 1 \
      --screenshot "docs/screenshots/$view-$lang.png" 2>/dev/null
  done
done
echo "docs/screenshots/: $(ls docs/screenshots | wc -l) images"

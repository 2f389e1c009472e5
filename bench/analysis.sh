#!/usr/bin/env bash
# Analysis of a delivery to RECIPIENTS recipients (1 % duplicates, 1 % invalid addresses, 1 %
# quarantined, a personalized ~5 KB HTML newsletter and its text part), beside the time sqlite3
# takes to scan the same recipient table in the same run: every column of every row printed
# (`SELECT *`), and the stricter aggregate that only reads them. The goal is the whole analysis,
# personalization dry run included, in under 10 times the scan, with bounded memory (peak RSS).
# The counts of the report are checked against what the file holds; the script fails when they
# differ. The import is timed for information.
# Usage: bench/analysis.sh [BUILD_DIR] [RECIPIENTS]
set -euo pipefail
build=${1:-build}
recipients=${2:-1000000}
cli=$build/app/diffusion-cli
[[ -x $cli ]] || { echo "no $cli: build the diffusion-cli target first" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed" >&2; exit 2; }
(( recipients >= 100 )) || { echo "at least 100 recipients" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws=$work/bench.diffusion

# In every hundred rows: row 7 is quarantined, row 50 repeats row 0 of its hundred, row 51 is
# invalid (two shapes in turn). Row 0 is neither quarantined nor invalid, so no row is left out
# for two reasons and the expected counts are exact.
python3 - "$recipients" > "$work/recipients.csv" <<'PY'
import sys
n = int(sys.argv[1])
cities = ["Lyon", "Paris", "Nantes", "Lille", "Bordeaux", "Marseille", "Toulouse", "Rennes"]
tiers = ["Gold", "Silver", "", "", "Bronze"]
out = ["email,first name,last name,city,loyalty tier"]
for i in range(n):
    j = i % 100
    if j == 7:
        email = f"quarantined{i}@domain{i % 50}.test"
    elif j == 50:
        email = f"user{i - 50}@domain{(i - 50) % 50}.test"
    elif j == 51:
        email = f"user{i}@" if i % 200 < 100 else f"not-an-address-{i}"
    else:
        email = f"user{i}@domain{i % 50}.test"
    out.append(f"{email},First{i},Last{i},{cities[i % len(cities)]},{tiers[i % len(tiers)]}")
sys.stdout.write("\n".join(out) + "\n")
PY
hundreds=$(( recipients / 100 ))
rest=$(( recipients % 100 ))
expect_quarantined=$(( hundreds + (rest > 7) ))
expect_duplicate=$(( hundreds + (rest > 50) ))
expect_invalid=$(( hundreds + (rest > 51) ))

cat > "$work/body.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Weekly Harvest</title>
<style>
  body { margin: 0; padding: 0; background: #f4f1ea; font-family: Georgia, 'Times New Roman', serif; color: #2b2b2b; }
  .wrap { max-width: 640px; margin: 0 auto; background: #ffffff; }
  .head { background: #3d5a3b; color: #ffffff; padding: 24px 32px; }
  .head h1 { margin: 0; font-size: 28px; letter-spacing: 1px; }
  .section { padding: 20px 32px; border-bottom: 1px solid #e6e1d5; line-height: 1.55; }
  .section h2 { font-size: 20px; color: #3d5a3b; margin: 0 0 8px; }
  .button { display: inline-block; padding: 10px 18px; background: #c2703d; color: #ffffff; text-decoration: none; border-radius: 4px; }
  .loyalty { background: #fbf5e6; border-left: 4px solid #c2a13d; }
  .foot { padding: 20px 32px; font-size: 12px; color: #777777; }
  .foot a { color: #777777; }
</style>
</head>
<body>
<table role="presentation" class="wrap" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="head">
  <h1>The Weekly Harvest</h1>
  <p>Seasonal produce, recipes and news from the market halls near you.</p>
</td></tr>
<tr><td class="section">
  <p>Hello {{firstName}},</p>
  <p>Spring has reached {{city | your town}}: the first asparagus, radishes and rhubarb are on the stalls this
  week, and our growers have planned a few surprises for the weekend. Here is what we picked for you.</p>
</td></tr>
<tr><td class="section">
  <h2>Market of the week: {{city | your town}}</h2>
  <p>The covered market opens early on Saturday, from 6 a.m., with a tasting corner run by the local cheese
  makers. Bring your own basket and get a free bunch of herbs with any purchase over ten euros.
  Parking is free for the first hour; the tram stops right in front of the main entrance.</p>
  <p><a class="button" href="https://news.sender.test/markets?city={{city}}&amp;d={{deliveryId}}">See the opening hours</a></p>
</td></tr>
<tr><td class="section">
  <h2>Recipe: rhubarb and strawberry crumble</h2>
  <p>Cut 500 g of rhubarb and 250 g of strawberries into pieces, sprinkle with 60 g of sugar and a little
  vanilla. Rub 100 g of flour, 60 g of ground almonds, 80 g of cold butter and 70 g of brown sugar into
  crumbs, spread them over the fruit and bake for 35 minutes at 180 °C, until golden. Serve warm with
  thick cream or a scoop of vanilla ice cream.</p>
  <p><a href="https://news.sender.test/recipes/rhubarb-crumble?m={{messageId}}">More spring recipes</a></p>
</td></tr>
{{#loyalty tier}}
<tr><td class="section loyalty">
  <h2>Your {{loyalty tier}} member corner</h2>
  <p>As a {{loyalty tier}} member, {{firstName}}, you get early access to our Saturday pre-orders and ten
  percent off every basket this month. Your points are waiting for you at the information desk of any market
  hall, and they never expire while your card is active.</p>
  <p><a class="button" href="https://news.sender.test/loyalty?tier={{loyalty tier}}&amp;m={{messageId}}">Use my benefits</a></p>
</td></tr>
{{/loyalty tier}}
{{^loyalty tier}}
<tr><td class="section loyalty">
  <h2>Join the loyalty programme</h2>
  <p>Collect points with every basket, get early access to pre-orders and member-only tastings. Joining is
  free and takes two minutes at the information desk, or online.</p>
  <p><a class="button" href="https://news.sender.test/loyalty/join?m={{messageId}}">Join now</a></p>
</td></tr>
{{/loyalty tier}}
<tr><td class="section">
  <h2>In the shops this week</h2>
  <ul>
    <li>Asparagus from the Loire valley, white and green, picked the day before</li>
    <li>New potatoes from Noirmoutier, to steam with a knob of salted butter</li>
    <li>Goat cheeses from the Vercors, fresh and ripened</li>
    <li>Organic rhubarb, strawberries and the last winter apples</li>
  </ul>
  <p><a href="https://news.sender.test/shops?city={{city}}">Find a shop near you</a></p>
</td></tr>
<tr><td class="foot">
  <p>You receive this newsletter at {{email}} because you subscribed to The Weekly Harvest.
  <a href="{{unsubscribeUrl}}">Unsubscribe</a> at any time, or
  <a href="https://news.sender.test/preferences?m={{messageId}}">choose what you receive</a>.</p>
  <p>The Weekly Harvest, 12 rue des Halles, 69002 Lyon, France.</p>
</td></tr>
</table>
</body>
</html>
HTML
cat > "$work/body.txt" <<'TEXT'
THE WEEKLY HARVEST

Hello {{firstName}},

Spring has reached {{city | your town}}: the first asparagus, radishes and rhubarb are on the stalls
this week. The covered market opens early on Saturday, from 6 a.m., with a tasting corner.
Opening hours: https://news.sender.test/markets?city={{city}}

Recipe of the week, rhubarb and strawberry crumble:
https://news.sender.test/recipes/rhubarb-crumble?m={{messageId}}
{{#loyalty tier}}

Your {{loyalty tier}} member corner: ten percent off every basket this month.
https://news.sender.test/loyalty?tier={{loyalty tier}}&m={{messageId}}
{{/loyalty tier}}
{{^loyalty tier}}

Join the loyalty programme: https://news.sender.test/loyalty/join?m={{messageId}}
{{/loyalty tier}}

You receive this newsletter at {{email}}. Unsubscribe: {{unsubscribeUrl}}
TEXT

# Runs "${@:2}" with its output to $1; sets `wall` (seconds), `cpu` (user + system) and `rss` (KB).
measure() {
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f '%M %U %S' -o "$work/time" "${@:2}" > "$1"
    end=$(date +%s.%N)
    read -r rss user system < "$work/time"
    wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
    cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
}

"$cli" init --workspace "$ws" >/dev/null
measure /dev/null "$cli" import --workspace "$ws" --list bench "$work/recipients.csv"
import_wall=$wall import_cpu=$cpu
# Everything goes to one relay, as a real delivery would be routed: no MX lookups in the estimate.
"$cli" route set --workspace "$ws" '*' 127.0.0.1:2525 --tls disabled >/dev/null
sqlite3 "$ws" "INSERT INTO quarantine (address, status, updated_at)
               SELECT email, 2, unixepoch() FROM recipient WHERE email LIKE 'quarantined%'"
id=$("$cli" delivery create --workspace "$ws" --list bench --from news@sender.test --subject 'Hello {{firstName}}' \
     --html "$work/body.html" --text "$work/body.txt" --unsubscribe-url 'https://news.sender.test/u?e={{email}}&d={{deliveryId}}')

measure /dev/null sqlite3 "$ws" 'SELECT * FROM recipient'
select_wall=$wall select_cpu=$cpu
measure /dev/null sqlite3 "$ws" 'SELECT count(*), sum(length(email) + length(first_name) + length(last_name) + length(custom_fields)) FROM recipient'
sum_wall=$wall sum_cpu=$cpu
# Exit status 1 means the analysis found an error: the checks below print it.
status=0
measure "$work/report.json" "$cli" analyze --workspace "$ws" "$id" --json || status=$?
analysis_wall=$wall analysis_cpu=$cpu analysis_rss=$rss

if (( status > 1 )); then
    echo "diffusion-cli analyze failed (exit status $status)" >&2
    cat "$work/report.json" >&2
    exit 1
fi

# Prints the Python expression $1 evaluated over the report's keys.
figure() { python3 -c 'import json, sys; print(eval(sys.argv[2], {}, json.load(open(sys.argv[1]))))' "$work/report.json" "$1"; }
entries() { # SEVERITY...: prints the report's entries of these severities
    python3 - "$work/report.json" "$@" <<'PY'
import json, sys
for e in json.load(open(sys.argv[1]))["entries"]:
    if e["severity"] in sys.argv[2:]:
        print(f"  [{e['severity']}] {e['code']}: {e['message']}")
PY
}
recipients_seen=$(figure recipients)
to_deliver=$(figure toDeliver)
duplicate=$(figure 'reasons.get("duplicate", 0)')
invalid=$(figure 'reasons.get("bad_quality_address", 0)')
quarantined=$(figure 'reasons.get("quarantined", 0)')
errors=$(figure errors)

echo "recipients: $recipients ($(du -h "$work/recipients.csv" | cut -f1) CSV, workspace $(du -h "$ws" | cut -f1))"
awk -v w="$import_wall" -v c="$import_cpu" -v n="$recipients" \
    'BEGIN { printf "diffusion-cli import (for information): %7.2f s (CPU %6.2f s)  %8.0f rows/s\n", w, c, n / w }'
awk -v w="$select_wall" -v c="$select_cpu" \
    'BEGIN { printf "sqlite3 SELECT * FROM recipient:        %7.2f s (CPU %6.2f s)\n", w, c }'
awk -v w="$sum_wall" -v c="$sum_cpu" \
    'BEGIN { printf "sqlite3 SELECT count(*), sum(length…):  %7.2f s (CPU %6.2f s)\n", w, c }'
awk -v w="$analysis_wall" -v c="$analysis_cpu" -v rss="$analysis_rss" -v n="$recipients" \
    'BEGIN { printf "diffusion-cli analyze:                  %7.2f s (CPU %6.2f s)  %8.0f recipients/s, peak RSS %.0f MB\n", w, c, n / w, rss / 1024 }'
awk -v a="$analysis_wall" -v ac="$analysis_cpu" -v s="$select_wall" -v sc="$select_cpu" -v g="$sum_wall" -v gc="$sum_cpu" 'BEGIN {
    printf "ratio to SELECT *:       %5.2f wall-clock, %5.2f CPU (goal: under 10)\n", a / s, ac / sc
    printf "ratio to count/sum scan: %5.2f wall-clock, %5.2f CPU (goal: under 10)\n", a / g, ac / gc
}'
echo "report: $recipients_seen recipients, $to_deliver to deliver, left out $duplicate duplicate," \
     "$invalid bad_quality_address, $quarantined quarantined; $errors error(s), $(figure warnings) warning(s)," \
     "largest message $(figure largestMessageBytes) bytes"
entries error warning

failed=0
check() { # NAME FOUND EXPECTED
    if [[ $2 != "$3" ]]; then echo "WRONG COUNT: $1 is $2, expected $3" >&2; failed=1; fi
}
check recipients "$recipients_seen" "$recipients"
check duplicate "$duplicate" "$expect_duplicate"
check bad_quality_address "$invalid" "$expect_invalid"
check quarantined "$quarantined" "$expect_quarantined"
check toDeliver "$to_deliver" $(( recipients - expect_duplicate - expect_invalid - expect_quarantined ))
check errors "$errors" 0
check "analyze exit status" "$status" 0
if (( failed )); then
    entries error warning info >&2
    exit 1
fi

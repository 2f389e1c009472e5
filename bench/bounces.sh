#!/usr/bin/env bash
# Bounces parsed and qualified per second on one core, beside references run on the same corpus
# (tests/data/bounces) in the same run: Sisimai (Debian's libsisimai-perl, the open bounce parser
# the issue measures against, about 1,200 bounces/s) and Python's email package (MIME parsing
# alone, no bounce analysis). The goal (issue 8) is ten times Sisimai: 12,000 bounces/s.
# Each line gives the rate per second elapsed and per second of CPU time: on a shared machine
# the CPU rate is what the work costs, the elapsed rate what it took.
# Usage: bench/bounces.sh [BUILD_DIR] [ROUNDS]
set -euo pipefail
build=${1:-build}
rounds=${2:-300}
corpus=$(cd "$(dirname "$0")/../tests/data/bounces" && pwd)
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
# The references are slower: fewer rounds keep the run short, the rates stay comparable.
reference_rounds=$(( rounds / 20 > 0 ? rounds / 20 : 1 ))

ours=$("${pin[@]}" "$build/bench/bounce_bench" "$corpus" "$rounds")
echo "$ours"

sisimai=""
if perl -MSisimai -e 1 2>/dev/null; then
  sisimai=$("${pin[@]}" perl -MSisimai -MTime::HiRes=time -e '
    my ($dir, $rounds) = @ARGV;
    my @mails;
    for my $path (sort glob("$dir/*.eml")) {
      open(my $fh, "<:raw", $path) or die "$path: $!";
      local $/; push @mails, scalar <$fh>;
    }
    my ($found, $start, @cpu) = (0, time, times);
    for (1 .. $rounds) {
      for my $mail (@mails) {
        # It dies on a message it cannot read (the empty one): that counts as parsed.
        my $parsed = eval { Sisimai->make(\$mail, delivered => 1) };
        $found += scalar @$parsed if $parsed;
      }
    }
    my ($elapsed, @end) = (time - $start, times);
    my $cpu = $end[0] + $end[1] - $cpu[0] - $cpu[1];
    my $count = $rounds * @mails;
    printf "%-26s %d messages, %.3f s elapsed, %.3f s CPU: %.0f bounces/s elapsed, %.0f bounces/s CPU (%d recipients found)\n",
      "sisimai $Sisimai::VERSION", $count, $elapsed, $cpu, $count / $elapsed, $count / $cpu, $found / $rounds;
  ' "$corpus" "$reference_rounds" 2>/dev/null)
  echo "$sisimai"
else
  echo "sisimai: not installed (apt install libsisimai-perl)"
fi

"${pin[@]}" python3 -c '
import email, email.policy, glob, sys, time
corpus, rounds = sys.argv[1], int(sys.argv[2])
mails = [open(p, "rb").read() for p in sorted(glob.glob(corpus + "/*.eml"))]
start, cpu = time.perf_counter(), time.process_time()
for _ in range(rounds):
    for raw in mails:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        for part in message.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
count = rounds * len(mails)
print("%-26s %d messages, %.3f s elapsed, %.3f s CPU: %.0f bounces/s elapsed, %.0f bounces/s CPU"
      % ("python email (MIME only)", count, elapsed, cpu, count / elapsed, count / cpu))
' "$corpus" "$reference_rounds"

# "…: E bounces/s elapsed, C bounces/s CPU": the two rates of a line.
rates() { sed -E 's/.*: ([0-9]+) bounces\/s elapsed, ([0-9]+) bounces\/s CPU.*/\1 \2/' <<<"$1"; }
if [ -n "$sisimai" ]; then
  read -r ours_elapsed ours_cpu <<<"$(rates "$(grep 'parse+qualify' <<<"$ours")")"
  read -r ref_elapsed ref_cpu <<<"$(rates "$sisimai")"
  awk -v oe="$ours_elapsed" -v oc="$ours_cpu" -v re="$ref_elapsed" -v rc="$ref_cpu" 'BEGIN {
    printf "Diffusion parse+qualify / Sisimai: %.1fx elapsed, %.1fx CPU (goal: 10x, at least 12,000 bounces/s)\n", oe / re, oc / rc }'
fi

# Shared by the benchmarks that compare with a bare OpenSSL signature. Source it.

# Runs `openssl speed` for RSA-2048 and Ed25519 signatures; it counts user CPU time too.
openssl_speed() {
  openssl speed -seconds 3 rsa2048 ed25519 2>/dev/null | grep -E '^rsa 2048 bits|EdDSA \(Ed25519\)'
}

# The next-to-last field of the line matching PATTERN: a rate in both tools' outputs.
rate() { awk -v pattern="$1" '$0 ~ pattern { print $(NF - 1) }' <<<"$2"; }

# NAME BARE_OPENSSL_RATE OUR_RATE UNIT
report_ratio() {
  awk -v name="$1" -v bare="$2" -v ours="$3" -v unit="$4" \
    'BEGIN { printf "%-15s bare OpenSSL %9.1f sign/s, Diffusion %9.1f %s: ratio %.3f\n", name, bare, ours, unit, bare / ours }'
}

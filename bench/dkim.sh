#!/usr/bin/env bash
# DKIM signing of 4 kB messages against a bare OpenSSL signature, both on one thread and counted
# in CPU time, in the same run: the ratio is what a whole DKIM signature costs compared to the
# signature alone (the goal is at most 1.15).
# Usage: bench/dkim.sh [BUILD_DIR] [MESSAGES]
set -euo pipefail
source "$(dirname "$0")/lib/openssl-speed.sh"
build=${1:-build}
messages=${2:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/rsa.pem" 2>/dev/null
openssl genpkey -algorithm ed25519 -out "$work/ed25519.pem"

ours=$("$build/bench/dkim_bench" "$work/rsa.pem" "$work/ed25519.pem" "$messages")
echo "$ours"
speed=$(openssl_speed)
echo "$speed"
report_ratio rsa-sha256 "$(rate '^rsa 2048 bits' "$speed")" "$(rate '^dkim rsa-sha256' "$ours")" signatures/s
report_ratio ed25519-sha256 "$(rate 'EdDSA \\(Ed25519\\)' "$speed")" "$(rate '^dkim ed25519-sha256' "$ours")" signatures/s

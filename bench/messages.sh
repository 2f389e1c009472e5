#!/usr/bin/env bash
# Messages personalized, MIME-encoded and DKIM-signed per second on one core, beside a bare
# OpenSSL signature (`openssl speed`) in the same run: the ratio is what the whole pipeline costs
# compared to the signature alone (the goal is at most 1.15).
# Usage: bench/messages.sh [BUILD_DIR] [MESSAGES]
set -euo pipefail
source "$(dirname "$0")/lib/openssl-speed.sh"
build=${1:-build}
messages=${2:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/rsa.pem" 2>/dev/null
openssl genpkey -algorithm ed25519 -out "$work/ed25519.pem"

ours=$("$build/bench/message_bench" "$messages"; "$build/bench/message_bench" "$messages" "$work/rsa.pem";
       "$build/bench/message_bench" "$messages" "$work/ed25519.pem")
echo "$ours"
speed=$(openssl_speed)
echo "$speed"
report_ratio rsa-sha256 "$(rate '^rsa 2048 bits' "$speed")" "$(rate '^messages rsa-sha256' "$ours")" messages/s
report_ratio ed25519-sha256 "$(rate 'EdDSA \\(Ed25519\\)' "$speed")" "$(rate '^messages ed25519-sha256' "$ours")" messages/s

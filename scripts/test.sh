#!/usr/bin/env bash
# Sets everything up on a Debian 12 machine, builds, and runs every test (ctest):
# first the normal build, then the same suite built with AddressSanitizer and UBSan.
# Usage: scripts/test.sh [--no-sanitize]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build.sh

scripts/install-deps.sh all

run_suite() {
  local dir=$1; shift
  configure_and_build "$dir" "$@"
  # Tests start their own servers on port 0, so two may run at once.
  ctest --test-dir "$dir" --output-on-failure --parallel 2
}

run_suite build
if [ "${1:-}" != "--no-sanitize" ]; then
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  run_suite build-sanitize -DDIFFUSION_SANITIZE=ON -DDIFFUSION_BUILD_BENCH=OFF
fi

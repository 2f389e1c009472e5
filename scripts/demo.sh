#!/usr/bin/env bash
# Sets everything up on a Debian 12 machine, builds, and starts the GUI on the demo workspace
# (created with a demo recipient list on first run). Extra arguments go to the GUI.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target diffusion diffusion-cli

workspace="${XDG_DATA_HOME:-$HOME/.local/share}/Diffusion/diffusion/demo.diffusion"
if [ ! -f "$workspace" ]; then
  build/app/diffusion-cli init --workspace "$workspace"
  build/app/diffusion-cli import --workspace "$workspace" --list "Demo customers" resources/demo/recipients.csv
fi
exec build/app/diffusion --workspace "$workspace" "$@"

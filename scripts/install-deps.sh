#!/usr/bin/env bash
# Installs, with apt, exactly the Debian 12 packages that Diffusion needs and that are missing.
# Does nothing (and needs no network) when everything is already there.
# Usage: scripts/install-deps.sh [build|test|all]   (default: all)
set -euo pipefail

build_packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6opengl6-dev libxkbcommon-dev qt6-translations-l10n qt6-qpa-plugins
  libssl-dev libsqlite3-dev sqlite3
  qtkeychain-qt6-dev libgmime-3.0-dev libcurl4-openssl-dev
  fonts-dejavu-core
)
test_packages=(
  python3 python3-dkim postfix openssl xvfb xauth dnsmasq-base dovecot-imapd dovecot-pop3d libsisimai-perl
)

case "${1:-all}" in
  build) wanted=("${build_packages[@]}") ;;
  test|all) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 [build|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
# Postfix asks questions at install time unless told not to configure itself.
echo "postfix postfix/main_mailer_type select No configuration" | "${sudo_cmd[@]}" debconf-set-selections
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

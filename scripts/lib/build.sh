# Shared by the set-up scripts. Source it from the repository's top folder.

# configure_and_build BUILD_DIR [CMAKE OPTIONS…] -- [TARGETS…]
configure_and_build() {
  local dir=$1; shift
  local options=() targets=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  targets=("$@")
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}" >/dev/null
  # CMake 3.25 with Ninja does not rerun AUTOMOC when a header joins a target's file list (the
  # globs of core/ and ui/), which ends in "undefined reference to staticMetaObject": drop the
  # stamp of every target whose file list is newer than its last moc run.
  local info stamp
  while IFS= read -r info; do
    stamp="$(dirname "$(dirname "$(dirname "$info")")")/$(basename "$(dirname "$info")" .dir)/timestamp"
    [ -f "$stamp" ] && [ "$info" -nt "$stamp" ] && rm -f "$stamp"
  done < <(find "$dir" -path '*CMakeFiles/*_autogen.dir/AutogenInfo.json')
  cmake --build "$dir" ${targets[@]+--target "${targets[@]}"}
}

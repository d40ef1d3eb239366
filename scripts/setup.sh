#!/usr/bin/env bash
# Installs the system packages the project needs, only when they are missing.
# Usage: scripts/setup.sh [run|test|bench]
#   test adds Chromium and its WebDriver for the browser tests, and Python's venv and Java for
#   the accessibility and HTML checkers they run (from PyPI); bench adds the peers and tools
#   the benchmarks run (cmark, hyperfine, wrk, nginx).
set -euo pipefail

need=(libcmark-dev libsqlite3-dev pkg-config)
case "${1:-run}" in
  test) need+=(chromium chromium-driver python3 python3-venv default-jre-headless) ;;
  bench) need+=(cmark hyperfine time wrk sqlite3 python3) ;;
esac

missing=()
for package in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

# nginx comes as nginx or nginx-light; either serves the static peer.
if [ "${1:-run}" = bench ] && ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  missing+=(nginx-light)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..." >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || {
  echo "swift is not on PATH: install the Swift 6.3 toolchain (https://www.swift.org/install/linux/)" >&2
  exit 1
}

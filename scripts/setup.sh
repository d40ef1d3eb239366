#!/usr/bin/env bash
# Installs the system packages the project needs, only when they are missing.
# Usage: scripts/setup.sh [run|test]   (test also installs what the test suite drives)
set -euo pipefail

need=(libcmark-dev libsqlite3-dev pkg-config)
if [ "${1:-run}" = "test" ]; then
  need+=(cmark)
fi

missing=()
for package in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

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

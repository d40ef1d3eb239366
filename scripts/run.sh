#!/usr/bin/env bash
# Builds academy and runs its main flow: lint the shipped SOP library and export it as a
# static site under ./.academy/site. Usage: scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
swift build -c release --product academy
academy=.build/release/academy
data="${ACADEMY_DATA:-./.academy}"
mkdir -p "$data"
"$academy" sop lint sops
"$academy" scenario lint scenarios
"$academy" sop export sops --out "$data/site"

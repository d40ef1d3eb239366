#!/usr/bin/env bash
# Builds academy (release) and starts the web app on http://127.0.0.1:8080 with SQLite in
# ./.academy. On the first run (--demo on an empty data folder) it imports sops/, scenarios/
# and plans/, creates demo users for every role and prints their one-time passwords.
# Usage: scripts/run.sh   (environment: PORT, HOST, ACADEMY_DATA)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
academy="$(scripts/release-build.sh)"
data="${ACADEMY_DATA:-./.academy}"
exec "$academy" serve --demo --data "$data" \
  --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}"

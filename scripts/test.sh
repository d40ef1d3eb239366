#!/usr/bin/env bash
# Installs what the tests need, then runs the whole test suite. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
swift test "$@"

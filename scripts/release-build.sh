#!/usr/bin/env bash
# The one release build every script uses (run.sh and the benchmarks), so they share a
# build folder: `academy` with the Swift runtime and Foundation linked in statically, as a
# Swift server is deployed. A dynamically linked `academy` spends ~12 ms of every command
# binding symbols in a dozen Swift libraries (cmark's CLI starts in ~1 ms); static, ~7 ms.
# Prints the executable's path on stdout; build output goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product academy >&2
echo "$(swift build -c release --static-swift-stdlib --show-bin-path)/academy"

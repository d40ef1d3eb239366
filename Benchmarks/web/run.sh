#!/usr/bin/env bash
# Web benchmark: academy serve (release build) against nginx on the same rendered HTML, with
# wrk at 64 connections; then cold start with 1,000+ SOPs. See bench.py for the method.
# Usage: Benchmarks/web/run.sh [--rounds N] [--duration S] [--starts N]
# Needs: swift, wrk, nginx, sqlite3, python3 (scripts/setup.sh bench installs them).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
scripts/setup.sh bench
python3 Benchmarks/web/bench.py "$(scripts/release-build.sh)" "$@"

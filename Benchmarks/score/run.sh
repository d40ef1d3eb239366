#!/usr/bin/env bash
# Scores 100,000 recorded attempts with the release build, one core, and reports attempts/s.
# Each scenario's expert attempt is played on 16 seeds (16 different logs), then the scorer
# replays those logs round-robin against the scenario's governing SOPs.
# Usage: Benchmarks/score/run.sh [ATTEMPTS]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
attempts="${1:-100000}"
academy="$(scripts/release-build.sh)"
for file in scenarios/actions/*.expert.json; do
  scenario="$(basename "$file" .expert.json)"
  printf '%-30s ' "$scenario"
  taskset -c 0 "$academy" case score --scenario "$scenario" --seed 1 --actions "$file" --bench "$attempts" \
    --data /nonexistent-academy-data
done

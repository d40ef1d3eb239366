#!/usr/bin/env bash
# Benchmark: `academy case generate` against an equivalent Python/Faker script, then peak
# memory while streaming 10,000,000 accounts. Run from anywhere:
#   Benchmarks/generate/run.sh            (ACCOUNTS, SAMPLE, BIG and RUNS override the sizes)
set -euo pipefail
cd "$(dirname "$0")/../.."

ACCOUNTS=${ACCOUNTS:-1000000}
SAMPLE=${SAMPLE:-20000}
BIG=${BIG:-10000000}
RUNS=${RUNS:-5}
OUT=${TMPDIR:-/tmp}/academy-generate-bench
mkdir -p "$OUT"

BIN="$(scripts/release-build.sh)"

python3 -c "import faker" 2>/dev/null || python3 -m pip install --quiet Faker
[ -x /usr/bin/time ] || scripts/setup.sh bench

SWIFT_CMD="$BIN case generate --scenario portfolio --seed 1 --count $ACCOUNTS --format ndjson > /dev/null"
PY_CMD="python3 Benchmarks/generate/faker_equivalent.py --count $SAMPLE --seed 1 > /dev/null"
echo "swift:  $SWIFT_CMD"
echo "python: $PY_CMD"
hyperfine --runs "$RUNS" --warmup 1 --export-json "$OUT/hyperfine.json" "$SWIFT_CMD" "$PY_CMD"

python3 - "$OUT/hyperfine.json" "$ACCOUNTS" "$SAMPLE" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
swift, python = results[0]["median"], results[1]["median"]
swift_rate, python_rate = int(sys.argv[2]) / swift, int(sys.argv[3]) / python
print(f"swift  median {swift:.3f} s for {sys.argv[2]} accounts: {swift_rate:,.0f} records/s")
print(f"python median {python:.3f} s for {sys.argv[3]} records:  {python_rate:,.0f} records/s")
print(f"ratio {swift_rate / python_rate:,.0f}x (goal >= 100x)")
PY

RSS_RUNS=${RSS_RUNS:-3}
rm -f "$OUT"/time-*.txt
for run in $(seq 1 "$RSS_RUNS"); do
  /usr/bin/time -v "$BIN" case generate --scenario portfolio --seed "$run" --count "$BIG" --format ndjson \
    > /dev/null 2> "$OUT/time-$run.txt"
  grep -E "Maximum resident set size|Elapsed" "$OUT/time-$run.txt" | tr -s ' ' | sed "s/^/run $run:/"
done
echo "median peak RSS (KB):"
grep -h "Maximum resident" "$OUT"/time-*.txt | awk '{print $NF}' | sort -n | awk "{a[NR]=\$1} END {print a[int((NR+1)/2)]}"

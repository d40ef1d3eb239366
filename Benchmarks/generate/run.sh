#!/usr/bin/env bash
# Benchmark: `academy case generate` against an equivalent Python/Faker script, then peak
# memory while streaming 10,000,000 accounts. Run from anywhere:
#   Benchmarks/generate/run.sh     (ACCOUNTS, SAMPLE, BIG, ROUNDS and RSS_RUNS override the sizes)
#
# Timing: ROUNDS rounds, each one hyperfine run of the two commands (one warm-up, one timed
# run each), the order flipped every round, so a machine that speeds up or slows down
# during the benchmark weighs on both tools alike. Reported: each tool's median over the
# rounds, its rate, and the ratio of the rates.
set -euo pipefail
cd "$(dirname "$0")/../.."

ACCOUNTS=${ACCOUNTS:-1000000}
SAMPLE=${SAMPLE:-20000}
BIG=${BIG:-10000000}
ROUNDS=${ROUNDS:-7}
RSS_RUNS=${RSS_RUNS:-3}
OUT=${TMPDIR:-/tmp}/academy-generate-bench
mkdir -p "$OUT"
rm -f "$OUT"/round-*.json "$OUT"/time-*.txt

BIN="$(scripts/release-build.sh)"

python3 -c "import faker" 2>/dev/null || python3 -m pip install --quiet Faker
[ -x /usr/bin/time ] || scripts/setup.sh bench

SWIFT_CMD="$BIN case generate --scenario portfolio --seed 1 --count $ACCOUNTS --format ndjson > /dev/null"
PY_CMD="python3 Benchmarks/generate/faker_equivalent.py --count $SAMPLE --seed 1 > /dev/null"
echo "swift:  $SWIFT_CMD"
echo "python: $PY_CMD"
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then
    order=(--command-name swift "$SWIFT_CMD" --command-name python "$PY_CMD")
  else
    order=(--command-name python "$PY_CMD" --command-name swift "$SWIFT_CMD")
  fi
  hyperfine --runs 1 --warmup 1 --style basic --export-json "$OUT/round-$round.json" "${order[@]}" >&2
done

python3 - "$ACCOUNTS" "$SAMPLE" "$OUT"/round-*.json <<'PY'
import json, statistics, sys
accounts, sample = int(sys.argv[1]), int(sys.argv[2])
times = {"swift": [], "python": []}
for path in sys.argv[3:]:
    for result in json.load(open(path))["results"]:
        times[result["command"]].extend(result["times"])
swift, python = statistics.median(times["swift"]), statistics.median(times["python"])
swift_rate, python_rate = accounts / swift, sample / python
print(f"{len(times['swift'])} rounds, order alternating")
print("swift  times (s): " + " ".join(f"{t:.2f}" for t in times["swift"]))
print("python times (s): " + " ".join(f"{t:.2f}" for t in times["python"]))
print(f"swift  median {swift:.3f} s for {accounts} accounts: {swift_rate:,.0f} records/s")
print(f"python median {python:.3f} s for {sample} records:  {python_rate:,.0f} records/s")
ratio = swift_rate / python_rate
print(f"ratio {ratio:,.0f}x (goal >= 100x): {'OK' if ratio >= 100 else 'BELOW GOAL'}")
PY

for run in $(seq 1 "$RSS_RUNS"); do
  /usr/bin/time -v "$BIN" case generate --scenario portfolio --seed "$run" --count "$BIG" --format ndjson \
    > /dev/null 2> "$OUT/time-$run.txt"
  grep -E "Maximum resident set size|Elapsed" "$OUT/time-$run.txt" | tr -s ' ' | sed "s/^/run $run:/"
done
echo "median peak RSS (KB):"
grep -h "Maximum resident" "$OUT"/time-*.txt | awk '{print $NF}' | sort -n | awk "{a[NR]=\$1} END {print a[int((NR+1)/2)]}"

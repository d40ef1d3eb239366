#!/usr/bin/env bash
# Whole-process render benchmark: `cmark FILE` against `academy sop render FILE` (release
# build) on ONE realistic ~4 MB SOP built by make-input.py from the shipped `sops/*.md`:
# the first file's front matter, every other body without its front matter, one ```process
# block, repeated to size. Both tools read the same file.
#
# Timing: hyperfine without a shell (-N), 3 warm-up runs and 15 timed runs per command per
# round, over several rounds that alternate the two tools; medians over all rounds.
#
# Usage: Benchmarks/render/run.sh [megabytes] [rounds]   (defaults 4 and 3)
# Needs: swift, cmark, hyperfine, python3.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
megabytes="${1:-4}"
rounds="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

academy="$(scripts/release-build.sh)"

file="$work/sop.md"
python3 Benchmarks/render/make-input.py sops "$file" "$megabytes"
bytes="$(wc -c <"$file")"

# Both must succeed before timing means anything.
cmark "$file" >/dev/null
"$academy" sop render "$file" >/dev/null

for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    order=(cmark academy)
  else
    order=(academy cmark)
  fi
  commands=()
  for tool in "${order[@]}"; do
    if [ "$tool" = cmark ]; then
      commands+=(--command-name cmark "cmark $file")
    else
      commands+=(--command-name academy "$academy sop render $file")
    fi
  done
  hyperfine -N --warmup 3 --runs 15 --export-json "$work/round-$round.json" "${commands[@]}" >&2
done

python3 - "$bytes" "$work"/round-*.json <<'PY'
import json, statistics, sys
bytes_ = int(sys.argv[1])
times = {"cmark": [], "academy": []}
for path in sys.argv[2:]:
    for result in json.load(open(path))["results"]:
        times[result["command"]].extend(result["times"])
mb = bytes_ / 1e6
cmark = statistics.median(times["cmark"])
academy = statistics.median(times["academy"])
print(f"input   {bytes_} bytes ({mb:.2f} MB), {len(times['cmark'])} runs each")
print(f"cmark   median {cmark * 1000:8.2f} ms  {mb / cmark:7.1f} MB/s")
print(f"academy median {academy * 1000:8.2f} ms  {mb / academy:7.1f} MB/s")
ratio = cmark / academy
print(f"throughput ratio academy/cmark = {ratio:.2f}x (goal >= 0.90x): {'OK' if ratio >= 0.9 else 'BELOW GOAL'}")
PY

#!/usr/bin/env bash
# Whole-process render benchmark: `cmark FILE` against `academy sop render FILE` on one
# ~4 MB SOP made by concatenating the shipped library (`sops/*.md`, front matter removed
# so both tools read the same Markdown). When `sops/` is missing or tiny, the Markdown
# fixtures of the SOPKit tests stand in.
#
# `academy sop render FILE` is wired by the SOP command (not in this branch); it should
# call `HTMLRenderer(...).render(markdown:lineOffset:)`, the streaming path.
#
# Usage: Benchmarks/render/run.sh [target-megabytes]   (default 4)
# Needs: swift, cmark, hyperfine, python3 (for reading hyperfine's JSON).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
target_mb="${1:-4}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product academy >&2
academy="$root/.build/release/academy"

# Body of a Markdown file without its YAML front matter.
strip_front_matter() {
  awk 'NR == 1 && $0 == "---" { skipping = 1; next }
       skipping && ($0 == "---" || $0 == "...") { skipping = 0; next }
       !skipping { print }' "$1"
}

sources=()
if [ -d sops ]; then
  while IFS= read -r file; do sources+=("$file"); done < <(find sops -name '*.md' | sort)
fi
seed="$work/seed.md"
: >"$seed"
for file in "${sources[@]+"${sources[@]}"}"; do
  strip_front_matter "$file" >>"$seed"
  printf '\n' >>"$seed"
done
if [ "$(wc -c <"$seed")" -lt 20000 ]; then
  echo "sops/ is missing or tiny: using the SOPKit Markdown fixture documents" >&2
  for file in Tests/SOPKitTests/Fixtures/markdown/documents/*.md; do
    cat "$file" >>"$seed"
    printf '\n\n' >>"$seed"
  done
fi

file="$work/sop.md"
: >"$file"
target_bytes=$((target_mb * 1024 * 1024))
while [ "$(wc -c <"$file")" -lt "$target_bytes" ]; do
  cat "$seed" >>"$file"
done
bytes="$(wc -c <"$file")"
echo "input: $bytes bytes from ${#sources[@]} SOP file(s)" >&2

# Both must succeed before timing means anything.
cmark "$file" >/dev/null
"$academy" sop render "$file" >/dev/null

hyperfine --warmup 3 --runs 20 --export-json "$work/result.json" \
  --command-name cmark "cmark '$file'" \
  --command-name academy "'$academy' sop render '$file'" \
  --command-name cmark-again "cmark '$file'" \
  --command-name academy-again "'$academy' sop render '$file'" >&2

python3 - "$work/result.json" "$bytes" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
bytes_ = int(sys.argv[2])
def times(prefix):
    return [t for r in results if r["command"].startswith(prefix) for t in r["times"]]
cmark = statistics.median(times("cmark"))
academy = statistics.median(times("academy"))
mb = bytes_ / 1e6
print(f"cmark   median {cmark * 1000:8.2f} ms  {mb / cmark:7.1f} MB/s")
print(f"academy median {academy * 1000:8.2f} ms  {mb / academy:7.1f} MB/s")
ratio = cmark / academy
print(f"throughput ratio academy/cmark = {ratio:.2f}x (goal >= 0.90x): {'OK' if ratio >= 0.9 else 'BELOW GOAL'}")
PY

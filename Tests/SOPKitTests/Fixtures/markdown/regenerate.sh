#!/bin/sh
# Rewrites the expected HTML of the parity fixtures with the installed cmark (0.30.2):
# every `samples/*.md` and `documents/*.md` gets a `.html` beside it, byte for byte
# cmark's default (safe) output. Run it only when adding fixtures; never hand-edit
# the `.html` files (the deliberate differences are tested in MarkdownExtensionsTests
# and HTMLRendererTests instead).
set -eu
cd "$(dirname "$0")"
cmark --version | grep -q '^cmark 0.30.2' || { echo "need cmark 0.30.2" >&2; exit 1; }
for file in samples/*.md documents/*.md; do
  cmark "$file" >"${file%.md}.html"
done

#!/usr/bin/env python3
"""Writes the render benchmark input: ONE realistic SOP of about N MiB.

The first shipped SOP keeps its front matter; every other file contributes only its body.
A real SOP has one ```process block (lint reports a second), so only the first is kept and
later ones are cut. The bodies are repeated, in order, until the target size is reached.

Usage: make-input.py SOPS_DIR OUT_FILE [MEGABYTES]   (default 4)
"""
import pathlib
import re
import sys

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*process\b")


def split_front_matter(text):
    """(front matter with its delimiters, body) of a file; ('', text) when it has none."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return "", text
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "".join(lines[: index + 1]), "".join(lines[index + 1 :])
    return "", text


def without_process_blocks(body):
    """The body with every ```process fenced block removed."""
    out, fence = [], None
    for line in body.splitlines(keepends=True):
        if fence is None:
            match = FENCE.match(line)
            if match:
                fence = match.group(1)
                continue
            out.append(line)
        elif line.strip().startswith(fence[0] * len(fence)) and set(line.strip()) == {fence[0]}:
            fence = None
    return "".join(out)


def main():
    sops, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    target = int(float(sys.argv[3] if len(sys.argv) > 3 else 4) * 1024 * 1024)
    files = sorted(sops.glob("*.md"))
    if not files:
        sys.exit(f"{sops}: no *.md files")
    front, first_body = split_front_matter(files[0].read_text(encoding="utf-8"))
    bodies = [without_process_blocks(split_front_matter(f.read_text(encoding="utf-8"))[1]) for f in files]
    parts = [front, first_body]
    size = len(front.encode()) + len(first_body.encode())
    rest = bodies[1:] + bodies
    while size < target:
        for body in rest:
            parts.append("\n" + body)
            size += len(body.encode()) + 1
            if size >= target:
                break
        rest = bodies
    out.write_text("".join(parts), encoding="utf-8")
    print(f"{out}: {size} bytes from {len(files)} SOP file(s)", file=sys.stderr)


if __name__ == "__main__":
    main()

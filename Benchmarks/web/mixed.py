#!/usr/bin/env python3
"""Plain GETs while others sign: does a burst of password checks slow reading?

`academy serve --demo` on a fresh data folder; the trainee tom.baker logs in (changing the
one-time password). Each round runs wrk (2 threads, 64 connections, --latency) on an SOP page
(`--page`, default `/sops/COL-002`) twice: alone, and while SIGNERS Python threads post acknowledgements of COL-001
with the right password back to back (each post is one bcrypt check at cost 10; after the first,
the acknowledgement is already recorded and the answer is 409, but the password was checked
all the same). Rounds alternate which comes first. Reports medians of GET req/s and GET p99
with and without the signers, and the signatures checked per second.

Usage: mixed.py ACADEMY_BINARY [--rounds N] [--duration S] [--signers N] [--page PATH]
"""

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import free_port, session_cookie, start_academy, wrk  # noqa: E402

NEW_PASSWORD = "Bench-Password-2026"


def signer(base, cookie, stop, counts):
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", cookie)]
    page = opener.open(base + "/me/acknowledge/COL-001").read().decode()
    token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page).group(1)
    body = urllib.parse.urlencode({"_csrf": token, "password": NEW_PASSWORD}).encode()
    while not stop.is_set():
        try:
            opener.open(base + "/me/acknowledge/COL-001", body).read()
        except urllib.error.HTTPError as error:
            if error.code != 409:
                raise
        counts.append(1)


def with_signers(base, page, cookie, signers, duration):
    stop, counts = threading.Event(), []
    threads = [threading.Thread(target=signer, args=(base, cookie, stop, counts)) for _ in range(signers)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    before = len(counts)
    began = time.monotonic()
    rps, p99 = wrk(base + page, duration, cookie)
    signed = (len(counts) - before) / (time.monotonic() - began)
    stop.set()
    for thread in threads:
        thread.join()
    return rps, p99, signed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=6)
    parser.add_argument("--signers", type=int, default=8)
    parser.add_argument("--page", default="/sops/COL-002")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="academy-mixed-")
    port = free_port()
    academy, passwords = start_academy(os.path.abspath(args.binary), work, port)
    base = f"http://127.0.0.1:{port}"
    results = {"alone": [], "alone_p99": [], "mixed": [], "mixed_p99": [], "signed": []}
    try:
        cookie, _ = session_cookie(base, "tom.baker", passwords["tom.baker"])
        for round_index in range(args.rounds):
            order = ["alone", "mixed"] if round_index % 2 == 0 else ["mixed", "alone"]
            for kind in order:
                if kind == "alone":
                    rps, p99 = wrk(base + args.page, args.duration, cookie)
                else:
                    rps, p99, signed = with_signers(base, args.page, cookie, args.signers, args.duration)
                    results["signed"].append(signed)
                results[kind].append(rps)
                results[kind + "_p99"].append(p99)
                print(f"round {round_index + 1} {kind:5} {rps:8.0f} req/s  p99 {p99:8.2f} ms", file=sys.stderr)
    finally:
        academy.terminate()
        academy.wait()
        shutil.rmtree(work, ignore_errors=True)
    median = statistics.median
    print(f"\n| GET {args.page} | req/s | p99 |")
    print("|---|---|---|")
    print(f"| alone | {median(results['alone']):,.0f} | {median(results['alone_p99']):.2f} ms |")
    print(f"| with {args.signers} signers | {median(results['mixed']):,.0f} | "
          f"{median(results['mixed_p99']):.2f} ms |")
    print(f"\nsignatures checked: median {median(results['signed']):.1f}/s")


if __name__ == "__main__":
    main()

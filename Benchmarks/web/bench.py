#!/usr/bin/env python3
"""Web benchmark: academy serve against nginx serving the same rendered HTML as static files.

wrk (64 connections, 2 threads) on an SOP page and on the search endpoint, each side by side
with nginx on a static copy of the very same HTML; rounds alternate which server goes first.
Reports medians of requests/s, the ratio academy/nginx, and p99 latency. Then cold start: the
time from launching `academy serve` on a data folder holding 1,000+ SOPs in force to its first
200 response, median of several launches.

Usage: bench.py ACADEMY_BINARY [--rounds N] [--duration S] [--starts N]
"""

import argparse
import http.cookiejar
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGES = [("SOP page", "/sops/COL-002"), ("search", "/sops/search?q=dispute")]


def free_port():
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_academy(binary, data, port, sops="sops"):
    log = open(os.path.join(data, f"serve-{port}.log"), "w")
    process = subprocess.Popen(
        [binary, "serve", "--demo", "--data", data, "--port", str(port), "--sops", sops],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=log, text=True)
    passwords = {}
    for line in process.stdout:
        match = re.match(r"^  (\S+)\s+(\S{4}-\S{4}-\S{4})\s", line)
        if match:
            passwords[match.group(1)] = match.group(2)
        if line.startswith("academy serving"):
            break
    wait_until_listening(port)
    return process, passwords


def wait_until_listening(port, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"academy did not answer on port {port}")


def session_cookie(base, user, password):
    """Logs in through the forms (changing the one-time password) and returns the cookie."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def csrf(html):
        return re.search(r'name="_csrf" value="([0-9a-f]+)"', html).group(1)

    page = opener.open(base + "/login").read().decode()
    form = {"_csrf": csrf(page), "user": user, "password": password}
    page = opener.open(base + "/login", urllib.parse.urlencode(form).encode()).read().decode()
    new = "Bench-Password-2026"
    form = {"_csrf": csrf(page), "current": password, "new": new, "repeat": new}
    opener.open(base + "/account/password", urllib.parse.urlencode(form).encode()).read()
    cookie = next(c for c in jar if c.name == "academy_session")
    return f"academy_session={cookie.value}", opener


def wrk(url, duration, cookie=None):
    command = ["wrk", "-t2", "-c64", f"-d{duration}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non2xx:
        raise RuntimeError(f"{url}: {non2xx.group(1)} error responses")
    return rps, float(p99.group(1)) * scale


def start_nginx(folder, port):
    conf = os.path.join(folder, "nginx.conf")
    with open(conf, "w") as out:
        out.write(f"""
worker_processes auto;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  default_type text/html;
  server {{
    listen 127.0.0.1:{port};
    root {folder}/www;
    location / {{ try_files $uri $uri.html =404; }}
  }}
}}
""")
    process = subprocess.Popen(["nginx", "-c", conf, "-p", folder], stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    return process


def throughput(binary, rounds, duration):
    work = tempfile.mkdtemp(prefix="academy-web-bench-")
    port, nginx_port = free_port(), free_port()
    academy, passwords = start_academy(binary, work, port)
    base = f"http://127.0.0.1:{port}"
    cookie, opener = session_cookie(base, "tom.baker", passwords["tom.baker"])
    os.makedirs(f"{work}/www", exist_ok=True)
    for index, (_, path) in enumerate(PAGES):
        html = opener.open(base + path).read()
        with open(f"{work}/www/page{index}.html", "wb") as out:
            out.write(html)
    # nginx's workers run as an unprivileged user: let them read the copies.
    for path in [work, f"{work}/www"] + [f"{work}/www/{name}" for name in os.listdir(f"{work}/www")]:
        os.chmod(path, 0o755 if os.path.isdir(path) else 0o644)
    nginx = start_nginx(work, nginx_port)
    results = {name: {"academy": [], "nginx": [], "academy_p99": [], "nginx_p99": []} for name, _ in PAGES}
    try:
        for round_index in range(rounds):
            for index, (name, path) in enumerate(PAGES):
                order = ["academy", "nginx"] if round_index % 2 == 0 else ["nginx", "academy"]
                for server in order:
                    if server == "academy":
                        rps, p99 = wrk(base + path, duration, cookie)
                    else:
                        rps, p99 = wrk(f"http://127.0.0.1:{nginx_port}/page{index}", duration)
                    results[name][server].append(rps)
                    results[name][server + "_p99"].append(p99)
                    print(f"round {round_index + 1} {name:8} {server:7} {rps:9.0f} req/s  p99 {p99:6.2f} ms",
                          file=sys.stderr)
    finally:
        academy.terminate()
        academy.wait()
        nginx.terminate()
        nginx.wait()
        shutil.rmtree(work, ignore_errors=True)
    return results


def make_library(folder, copies):
    """The shipped SOPs plus `copies` renamed copies (ids BEN-000...), all lint-clean."""
    shutil.copytree(os.path.join(ROOT, "sops"), folder)
    sources = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    for number in range(copies):
        name = sources[number % len(sources)]
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        text = re.sub(r"^id: .*$", f"id: BEN-{number:03d}", text, count=1, flags=re.M)
        text = re.sub(r"^title: (.*)$", rf"title: \1 (copy {number})", text, count=1, flags=re.M)
        with open(os.path.join(folder, f"ben-{number:03d}.md"), "w", encoding="utf-8") as out:
            out.write(text)


def cold_start(binary, starts):
    work = tempfile.mkdtemp(prefix="academy-cold-")
    library = os.path.join(work, "sops")
    make_library(library, 1000)
    data = os.path.join(work, "data")
    os.makedirs(data)
    port = free_port()
    print("seeding 1,000+ SOPs (import, submit, approve)...", file=sys.stderr)
    seeded = time.time()
    process, _ = start_academy(binary, data, port, sops=library)
    seed_seconds = time.time() - seeded
    process.terminate()
    process.wait()
    count = subprocess.run(
        ["sqlite3", os.path.join(data, "academy.sqlite"), "SELECT count(*) FROM sop"], capture_output=True,
        text=True).stdout.strip()
    timings = []
    for _ in range(starts):
        port = free_port()
        began = time.monotonic()
        process = subprocess.Popen(
            [binary, "serve", "--data", data, "--port", str(port), "--sops", library], cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.005)
        timings.append(time.monotonic() - began)
        process.terminate()
        process.wait()
    shutil.rmtree(work, ignore_errors=True)
    return count, seed_seconds, timings


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    results = throughput(binary, args.rounds, args.duration)
    print("\n| page | academy req/s | nginx req/s | ratio | academy p99 | nginx p99 |")
    print("|---|---|---|---|---|---|")
    for name, values in results.items():
        academy, nginx = statistics.median(values["academy"]), statistics.median(values["nginx"])
        print(f"| {name} | {academy:,.0f} | {nginx:,.0f} | {academy / nginx:.2f}x | "
              f"{statistics.median(values['academy_p99']):.2f} ms | {statistics.median(values['nginx_p99']):.2f} ms |")
    count, seed_seconds, timings = cold_start(binary, args.starts)
    print(f"\ncold start with {count} SOPs in the database: median {statistics.median(timings) * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in timings)} ms); demo seeding them took {seed_seconds:.0f} s")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""`make bench-sanctions-api`: how long the planner's API takes per scenario, as the page sees it.

Starts a fresh `kizuna serve` (release) with the WIOD table on loopback, signed in with an API
token made for the run, then times over one
keep-alive HTTP connection: the first request (which loads the table), then each example scenario
of docs/sanctions.md through POST /api/v1/sanctions/assess (every method), repeated, and the
four-coalition comparison through /compare. Times are wall-clock from sending the request to having
parsed the JSON answer, in milliseconds. Prints a Markdown table for BENCHMARKS.md.
"""
import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            return next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.machine()


def api_token(kizuna, work):
    """An organisation, an analyst and an API token in the node's data folder, as an operator makes them."""
    where = ["--data", work, "--node", "bench"]
    subprocess.run([kizuna, "orgs", "add", "bench", "--name", "Benchmark", "--nation", "JPN", *where],
                   check=True, capture_output=True)
    subprocess.run([kizuna, "users", "add", "analyst", "--org", "bench", "--role", "analyst", *where],
                   check=True, capture_output=True)
    out = subprocess.run([kizuna, "tokens", "add", "--user", "analyst", *where], check=True, capture_output=True,
                         text=True).stdout
    return out.strip().splitlines()[-1]


def timed(connection, token, method, path, body=None):
    start = time.perf_counter()
    connection.request(method, path, body=json.dumps(body) if body is not None else None,
                       headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    response = connection.getresponse()
    answer = json.loads(response.read())
    elapsed = (time.perf_counter() - start) * 1000
    if response.status != 200:
        raise RuntimeError(f"{path}: {response.status} {answer}")
    return elapsed, answer


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kizuna", default="./.build/release/kizuna")
    p.add_argument("--table", default="Data/trade")
    p.add_argument("--repeats", type=int, default=20)
    args = p.parse_args()

    work = tempfile.mkdtemp(prefix="kizuna-bench-sanctions-")
    port = free_port()
    log = open(os.path.join(work, "node.log"), "w")
    token = api_token(args.kizuna, work)
    node = subprocess.Popen([args.kizuna, "serve", "--data", work, "--organisation", "bench", "--http",
                             f"127.0.0.1:{port}", "--nmea-listen", "off", "--trade-table", args.table],
                            stdout=log, stderr=log)
    try:
        connection = None
        for _ in range(100):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", "/health")
                connection.getresponse().read()
                break
            except OSError:
                connection = None
                time.sleep(0.1)
        if connection is None:
            print(f"the node did not start; see {work}/node.log", file=sys.stderr)
            return 1
        first, description = timed(connection, token, "GET", "/api/v1/sanctions")
        rows = []
        scenarios = [
            ("JPN vs CHN, both, baseline", {"coalition": "JPN"}),
            ("JPN,EU vs CHN, both, baseline", {"coalition": "JPN,EU"}),
            ("G7,EU vs CHN, both, baseline", {"coalition": "G7,EU"}),
            ("G7,EU vs CHN, both, resourcing", {"coalition": "G7,EU", "method": "resourcing"}),
            ("G7,EU vs CHN, exports c14, supply", {"coalition": "G7,EU", "direction": "exports",
                                                     "sectors": ["c14"], "method": "supply"}),
        ]
        for label, body in scenarios:
            times = [timed(connection, token, "POST", "/api/v1/sanctions/assess", {"target": "CHN", **body})[0]
                     for _ in range(args.repeats)]
            rows.append((f"assess {label}", times))
        compare = {"coalitions": ["JPN", "JPN,EU", "G7,EU", "G7,EU,KOR,AUS"], "target": "CHN"}
        times = [timed(connection, token, "POST", "/api/v1/sanctions/compare", compare)[0] for _ in range(args.repeats)]
        rows.append(("compare 4 coalitions vs CHN, both, baseline", times))
    finally:
        node.terminate()
        node.wait(timeout=30)

    print(f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores "
          f"({cpu_model()}), Python {platform.python_version()}, "
          f"load average before {os.getloadavg()[0]:.1f}; table {description['table']}; "
          f"{args.repeats} requests each over one keep-alive connection.")
    print()
    print(f"First request (`GET /api/v1/sanctions`, loads the table): {first:.0f} ms.")
    print()
    print("| request | median ms | p95 ms | max ms |")
    print("| --- | --- | --- | --- |")
    for label, times in rows:
        ordered = sorted(times)
        p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
        print(f"| {label} | {statistics.median(times):.1f} | {p95:.1f} | {max(times):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Ingest into the embedded SQLite store and into PostgreSQL, side by side (BENCHMARKS.md).

For each store a fresh `kizuna serve` (release build, every position kept: --history-resolution 0)
is fed HOURS of simulated East China Sea traffic (`kizuna simulate --seed 7`) by `kizuna replay
--speed 0` over TCP, as fast as the node takes it. The time is from the start of the replay until
`/metrics` shows every accepted message acknowledged (committed to the store). PostgreSQL is the
server `--database` names (a fresh database is made on it for the run and dropped after; `make
bench-ingest` starts the local one from `make pg-start`). Prints one JSON object (and writes it with
--json) with messages per second for each store and their ratio.
"""
import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import bench_runs

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("server_durability", os.path.join(HERE, "server-durability.py"))
durability = importlib.util.module_from_spec(spec)
spec.loader.exec_module(durability)


def metrics(url, *names):
    """The counters `names` from one scrape of /metrics (0 for one not yet written)."""
    with urllib.request.urlopen(url + "/metrics", timeout=30) as response:
        text = response.read().decode()
    found = (re.search(rf"^{name} (\S+)", text, re.M) for name in names)
    return [int(float(f.group(1))) if f else 0 for f in found]


def ingest(kizuna, feed, work, database):
    """Seconds from the replay's start until every accepted message is acknowledged, and how many."""
    http, nmea = durability.free_port(), durability.free_port()
    data = tempfile.mkdtemp(prefix="data-", dir=work)
    with open(os.path.join(work, "node.log"), "a") as log:
        node = subprocess.Popen(
            [kizuna, "serve", "--data", data, "--http", f"127.0.0.1:{http}", "--nmea-listen", f"127.0.0.1:{nmea}",
             "--history-resolution", "0", "--coastline", "/nonexistent", "--web", work,
             *(["--database", database] if database else [])], cwd=work, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{http}"
    try:
        for _ in range(1200):
            try:
                urllib.request.urlopen(url + "/health", timeout=1).read()
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise SystemExit(f"bench-ingest: the node did not start; see {work}/node.log")
        started = time.perf_counter()
        subprocess.run([kizuna, "replay", feed, "--speed", "0", "--to", f"127.0.0.1:{nmea}", "--quiet"], check=True)
        # the replay has ended, so what is accepted no longer grows once the node has read its socket:
        # done when two scrapes in a row agree and every accepted message is acknowledged
        last, deadline = None, time.time() + 600
        while time.time() < deadline:
            accepted, acknowledged = metrics(url, "kizuna_ingest_accepted_total", "kizuna_ingest_acknowledged_total")
            if accepted > 0 and acknowledged >= accepted and accepted == last:
                return time.perf_counter() - started, accepted
            last = accepted
            time.sleep(0.02)
        raise SystemExit(f"bench-ingest: not every message was acknowledged in 600 s; see {work}/node.log")
    finally:
        node.terminate()
        node.wait(timeout=60)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kizuna", default=".build/release/kizuna")
    p.add_argument("--hours", type=float, default=6)
    p.add_argument("--database", help="postgres://… of a server to make a scratch database on")
    p.add_argument("--json")
    args = p.parse_args()
    kizuna = os.path.abspath(args.kizuna)
    work = tempfile.mkdtemp(prefix="kizuna-bench-ingest-")
    feed = os.path.join(work, "feed.nmea")
    subprocess.run([kizuna, "simulate", "--seed", "7", "--hours", str(args.hours), "--out", feed],
                   check=True, stdout=subprocess.DEVNULL)
    result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "hours": args.hours,
              "load_before": os.getloadavg()[0]}
    stores = [("sqlite", None)]
    postgres = durability.PostgresCounts(args.database) if args.database else None
    if postgres:
        stores.append(("postgres", postgres.url))
    try:
        for name, database in stores:
            print(f"bench-ingest: {name}", file=sys.stderr)
            seconds, messages = ingest(kizuna, feed, work, database)
            result[name] = {"seconds": round(seconds, 2), "messages": messages,
                            "messages_per_s": round(messages / seconds)}
    finally:
        if postgres:
            postgres.close()
    if postgres:
        result["postgres/sqlite"] = round(result["postgres"]["messages_per_s"] / result["sqlite"]["messages_per_s"], 2)
    result["load_after"] = os.getloadavg()[0]
    shutil.rmtree(work, ignore_errors=True)
    return bench_runs.report(result, args.json)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The events list for readers who may see all, few or none of a node's events (BENCHMARKS.md).

One `kizuna serve` (release build, SQLite) whose store holds EVENTS detector events, written
straight into its database after the node created it: most under labels only jp-mod (the node's
organisation) may read, one in EVERY released to GBR. Three readers then ask for
`GET /api/v1/events?limit=LIMIT`, REQUESTS times each, one request at a time:

    all   jp-mod's analyst, who may read every event
    few   gb-mod's viewer, who may read the GBR ones
    none  nato-hq's viewer, who may read none

With `--against OLD` the same is run first with an older `kizuna` on an identical store, and the
ratios old/new are printed: the before and after of a change to the list path. Prints one JSON
object (and writes it with --json).
"""
import importlib.util
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import urllib.request

import bench_runs

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("federation_test", os.path.join(HERE, "federation-test.py"))
federation = importlib.util.module_from_spec(spec)
spec.loader.exec_module(federation)

ONLY_JP = {"owner": "jp-mod", "releasableTo": [], "tlp": "AMBER"}
TO_GBR = {"owner": "jp-mod", "releasableTo": ["GBR"], "tlp": "GREEN"}


def labels_text(labels):
    return json.dumps(labels, separators=(",", ":"), sort_keys=True)


def fill(path, count, every):
    """Writes `count` closed gap events into the node's SQLite store, one in `every` for GBR."""
    db = sqlite3.connect(path)
    texts = [labels_text(ONLY_JP), labels_text(TO_GBR)]
    rows = ((f"bench-{i}", "gap", f",{412_000_000 + i % 5000},", 1_790_000_000_000 + i * 1000,
             1_790_000_000_000 + i * 1000 + 600_000, 26.0 + (i % 100) / 100, 124.0, None, '{"minutes":10}', 0,
             texts[1] if i % every == 0 else texts[0]) for i in range(count))
    db.executemany("INSERT INTO events (id, type, mmsi, start_time, end_time, lat, lon, zone, details, updated, "
                   "labels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    catalogued = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_labels'").fetchone()
    if catalogued:  # a node from before the catalogue has none
        db.executemany("INSERT OR IGNORE INTO event_labels (labels) VALUES (?)", [(t,) for t in texts])
    db.commit()
    db.close()


def timed_list(node, token, limit, requests):
    """Milliseconds per request (p50, p90, max) and how many events each answer held."""
    times, returned = [], None
    for _ in range(requests):
        request = urllib.request.Request(f"{node.url}/api/v1/events?limit={limit}",
                                         headers={"Authorization": f"Bearer {token}"})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
        times.append(time.perf_counter() - started)
        returned = len(json.loads(body))
    times.sort()
    pick = lambda q: round(times[min(len(times) - 1, int(q * len(times)))] * 1000, 2)
    return {"p50": pick(0.5), "p90": pick(0.9), "max": round(times[-1] * 1000, 2), "events": returned}


def run(kizuna, args):
    work = tempfile.mkdtemp(prefix="kizuna-bench-events-")
    node = federation.Node(kizuna, work, "jp-mod")
    try:
        node.bootstrap()
        tokens = {"all": node.token}
        for reader, org in (("few", "gb-mod"), ("none", "nato-hq")):
            node.cli("users", "add", f"{reader}-reader", "--org", org, "--role", "viewer")
            tokens[reader] = node.cli("tokens", "add", "--user", f"{reader}-reader")[-1]
        node.start()  # creates and migrates the store
        node.stop()
        fill(os.path.join(node.data, "node.sqlite"), args.events, args.every)
        node.start()
        return {reader: timed_list(node, token, args.limit, args.requests) for reader, token in tokens.items()}
    finally:
        node.stop()
        shutil.rmtree(work, ignore_errors=True)


def main():
    p = bench_runs.options(__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=200_000)
    p.add_argument("--every", type=int, default=1000, help="one event in EVERY is released to GBR")
    p.add_argument("--limit", type=int, default=500)
    p.add_argument("--requests", type=int, default=30)
    args = p.parse_args()
    result = {"events": args.events, "gbr_every": args.every, "limit": args.limit, "requests": args.requests}
    return bench_runs.before_and_after(run, args, result)


if __name__ == "__main__":
    sys.exit(main())

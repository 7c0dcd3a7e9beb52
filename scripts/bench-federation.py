#!/usr/bin/env python3
"""How fast a record written at one node reaches a partner node (issue 5; BENCHMARKS.md).

Two `kizuna serve` processes (release build, SQLite), jp-mod and gb-mod, peered both ways as
scripts/federation-test.py sets them up. A client holds gb-mod's live records stream open
(`/api/v1/records/stream`, as gb-mod's analyst) and notes when each record arrives; another writes
records at jp-mod releasable to gb-mod:

1. paced: RATE records a second for COUNT records — the time from sending the POST at jp-mod to
   the record's arrival on gb-mod's stream (p50/p90/p99/max);
2. burst: BURST records from 4 writers at once — the write rate at jp-mod and the rate at which
   they arrive at gb-mod;
3. reads: gb-mod's records list (1,000 newest visible of everything it then holds), 50 times —
   the cost of the releasability policy on the list path.

Prints one JSON object (and writes it with --json). There is no peer tool to run beside it here:
MISP, the sharing platform the issue names, is not packaged for Debian and cannot be installed
offline; its synchronisation is a scheduled pull/push between instances.
"""
import argparse
import importlib.util
import json
import os
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("federation_test", os.path.join(HERE, "federation-test.py"))
federation = importlib.util.module_from_spec(spec)
spec.loader.exec_module(federation)


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary_ms(values):
    return {"p50": round(percentile(values, 0.5) * 1000, 1), "p90": round(percentile(values, 0.9) * 1000, 1),
            "p99": round(percentile(values, 0.99) * 1000, 1), "max": round(max(values) * 1000, 1),
            "n": len(values)}


class StreamWatcher(threading.Thread):
    """Reads a node's records stream and notes the wall time each record id first arrives."""

    def __init__(self, node):
        super().__init__(daemon=True)
        self.node, self.arrived, self.lock = node, {}, threading.Lock()
        self.ready = threading.Event()

    def run(self):
        request = urllib.request.Request(self.node.url + "/api/v1/records/stream",
                                         headers={"Authorization": f"Bearer {self.node.token}"})
        with urllib.request.urlopen(request, timeout=600) as response:
            for raw in response:
                line = raw.decode()
                if line.startswith(": connected"):
                    self.ready.set()
                if line.startswith("data: "):
                    rid = json.loads(line[6:])["id"]
                    with self.lock:
                        self.arrived.setdefault(rid, time.time())

    def wait_for(self, ids, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            with self.lock:
                if all(i in self.arrived for i in ids):
                    return True
            time.sleep(0.005)
        return False


def write(node, k, phase):
    sent = time.time()
    record = node.api("POST", "/api/v1/records", {
        "title": f"{phase} {k}", "body": "bench", "labels": {"tlp": "AMBER", "releasableTo": ["gb-mod"]}})
    return record["id"], sent


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kizuna", default=".build/release/kizuna")
    p.add_argument("--count", type=int, default=300)
    p.add_argument("--rate", type=float, default=10)
    p.add_argument("--burst", type=int, default=3000)
    p.add_argument("--json")
    args = p.parse_args()
    kizuna = os.path.abspath(args.kizuna)
    work = tempfile.mkdtemp(prefix="kizuna-bench-federation-")
    federation.ORGS = {"jp-mod": "JPN", "gb-mod": "GBR"}
    federation.GROUPS = {}
    jp, gb = (federation.Node(kizuna, work, org) for org in federation.ORGS)
    result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "load_before": os.getloadavg()[0]}
    try:
        for n in (jp, gb):
            n.bootstrap()
        jp.cli("peers", "add", gb.org, "--url", gb.url, "--key", gb.public_key)
        gb.cli("peers", "add", jp.org, "--url", jp.url, "--key", jp.public_key)
        for n in (jp, gb):
            n.start()
        watcher = StreamWatcher(gb)
        watcher.start()
        if not watcher.ready.wait(10):
            raise RuntimeError("gb-mod's stream did not open")

        latencies = []
        for k in range(args.count):
            rid, sent = write(jp, k, "paced")
            if not watcher.wait_for([rid], 30):
                raise RuntimeError(f"record {rid} did not reach gb-mod in 30 s")
            latencies.append(watcher.arrived[rid] - sent)
            time.sleep(max(0.0, sent + 1 / args.rate - time.time()))
        result["paced"] = {"rate_per_s": args.rate, "latency_ms": summary_ms(latencies)}
        print(f"paced: {args.count} records at {args.rate}/s, jp-mod POST → gb-mod stream "
              f"{result['paced']['latency_ms']}", flush=True)

        start = time.time()
        with ThreadPoolExecutor(4) as pool:
            written = list(pool.map(lambda k: write(jp, k, "burst"), range(args.burst)))
        written_at = time.time()
        ids = [rid for rid, _ in written]
        if not watcher.wait_for(ids, 300):
            raise RuntimeError("the burst did not all reach gb-mod in 300 s")
        last = max(watcher.arrived[i] for i in ids)
        result["burst"] = {"records": args.burst, "writes_per_s": round(args.burst / (written_at - start)),
                           "arrived_per_s": round(args.burst / (last - start)),
                           "last_arrival_after_last_write_ms": round((last - written_at) * 1000)}
        print(f"burst: {result['burst']}", flush=True)

        reads = []
        for _ in range(50):
            t = time.time()
            listed = gb.api("GET", "/api/v1/records?limit=1000")
            reads.append(time.time() - t)
        held = len(gb.api("GET", "/api/v1/records?limit=100000"))
        result["reads"] = {"held": held, "listed": len(listed), "latency_ms": summary_ms(reads)}
        print(f"reads: gb-mod list of {len(listed)} of {held} records {result['reads']['latency_ms']}", flush=True)
        result["load_after"] = os.getloadavg()[0]
    finally:
        for n in (jp, gb):
            n.stop()
    print(json.dumps(result))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""SIGKILL durability test for `kizuna serve` on its embedded SQLite store (docs/server.md).

Replays a feed of unique position reports (message k: vessel 200000000 + k % 1000 at tag-block
time T0 + k s) as fast as the node takes it, reads `kizuna_ingest_acknowledged_total` from /metrics,
then kills the node with SIGKILL at once, KILLS times. Each restart resumes the feed after the
reports the database holds, as a sender would. The writer commits batches in feed order, so "A
acknowledged" means the next A reports; after each kill every report up to there must be in the
database (the node keeps every point: --history-resolution 0) and SQLite's integrity check must
say ok.
"""
import argparse
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

from pyais.encode import encode_dict

T0 = 1_767_225_600


def nmea_checksum(text):
    c = 0
    for ch in text.encode():
        c ^= ch
    return f"{c:02X}"


def make_feed(path, count):
    with open(path, "w") as f:
        for k in range(count):
            t = T0 + k
            sentence = encode_dict(
                {"type": 1, "mmsi": 200_000_000 + k % 1000, "lat": 24 + (k % 997) / 100, "lon": 120 + (k % 991) / 100,
                 "speed": 10, "course": 90, "heading": 90}, talker_id="AI")[0]
            tag = f"c:{t}"
            f.write(f"\\{tag}*{nmea_checksum(tag)}\\{sentence}\n")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, timeout=2):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read().decode()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kizuna", default=".build/release/kizuna")
    p.add_argument("--kills", type=int, default=20)
    p.add_argument("--messages", type=int, default=300_000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    kizuna = os.path.abspath(args.kizuna)
    random.seed(args.seed)
    work = tempfile.mkdtemp(prefix="kizuna-durability-")
    feed = os.path.join(work, "feed.nmea")
    make_feed(feed, args.messages)
    db = os.path.join(work, "data", "node.sqlite")
    with open(feed) as f:
        lines = f.readlines()
    failures = 0
    held = 0
    for i in range(1, args.kills + 1):
        start = held
        rest = os.path.join(work, "rest.nmea")
        with open(rest, "w") as f:
            f.writelines(lines[held:])
        http, nmea = free_port(), free_port()
        log = open(os.path.join(work, f"node-{i}.log"), "w")
        node = subprocess.Popen(
            [kizuna, "serve", "--data", os.path.join(work, "data"), "--http", f"127.0.0.1:{http}",
             "--nmea-listen", f"127.0.0.1:{nmea}", "--history-resolution", "0", "--coastline", "/nonexistent",
             "--web", work],
            cwd=work, stdout=log, stderr=log)
        for _ in range(300):
            try:
                get(f"http://127.0.0.1:{http}/health")
                break
            except OSError:
                time.sleep(0.05)
        else:
            print(f"kill {i}: the node did not start", file=sys.stderr)
            return 1
        replay = subprocess.Popen([kizuna, "replay", rest, "--speed", "0", "--to", f"127.0.0.1:{nmea}", "--quiet"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(1.0, 5.0))
        metrics = get(f"http://127.0.0.1:{http}/metrics")
        node.send_signal(signal.SIGKILL)
        node.wait()
        replay.kill()
        replay.wait()
        acknowledged = int(float(re.search(r"^kizuna_ingest_acknowledged_total (\S+)", metrics, re.M).group(1)))
        con = sqlite3.connect(db)
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        must = held + acknowledged
        present = con.execute("SELECT count(*) FROM positions WHERE time < ?", ((T0 + must) * 1000,)).fetchone()[0]
        total = con.execute("SELECT count(*) FROM positions").fetchone()[0]
        con.close()
        held = total
        ok = integrity == "ok" and present == must
        failures += 0 if ok else 1
        print(f"kill {i:2}: resumed at {start:6}, acknowledged {acknowledged:6}, must hold {must:6}, present {present:6}, "
              f"rows {total:6}, integrity {integrity}"
              f"{'' if ok else '  <-- FAILED'}")
    print(f"durability: {args.kills} SIGKILLs, {failures} with a lost acknowledged position or a damaged database")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""SIGKILL durability test for `kizuna serve` on its embedded SQLite store or on PostgreSQL
(docs/server.md).

Replays a feed of unique position reports (message k: vessel 200000000 + k % 1000 at tag-block
time T0 + k s) as fast as the node takes it, reads `kizuna_ingest_acknowledged_total` from /metrics,
then kills the node with SIGKILL at once, KILLS times. Each restart resumes the feed after the
reports the database holds, as a sender would. The writer commits batches in feed order, so "A
acknowledged" means the next A reports; after each kill every report up to there must be in the
database (the node keeps every point: --history-resolution 0) and SQLite's integrity check must
say ok. With --database postgres://USER:PASSWORD@HOST:PORT/DB the node writes to a fresh database
made beside DB (as the server's `postgres` superuser, trusted locally as scripts/server-pg-start.sh
sets it up) and dropped at the end; the counts are read with psql.
"""
import argparse
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
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


class SQLiteCounts:
    """Rows and integrity of the node's SQLite file."""

    def __init__(self, path):
        self.path = path

    def read(self, before):
        con = sqlite3.connect(self.path)
        try:
            integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
            present = con.execute("SELECT count(*) FROM positions WHERE time < ?", (before,)).fetchone()[0]
            total = con.execute("SELECT count(*) FROM positions").fetchone()[0]
        finally:
            con.close()
        return integrity, present, total

    def close(self):
        pass


class PostgresCounts:
    """A fresh database on the server that URL names, for the node, read with psql."""

    def __init__(self, url):
        parts = urllib.parse.urlparse(url)
        self.server = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
        self.name = f"kizuna_durability_{os.getpid()}_{random.randrange(1 << 30)}"
        self.admin(f"CREATE DATABASE {self.name} OWNER {parts.username}")
        self.url = urllib.parse.urlunparse(parts._replace(path="/" + self.name))

    def admin(self, sql):
        result = subprocess.run(["psql", *self.server, "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"durability: `{sql}` as postgres on {' '.join(self.server)} failed "
                             f"(is it up? make pg-start): {result.stderr.strip()}")

    def query(self, sql):
        result = subprocess.run(["psql", self.url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql],
                                check=True, capture_output=True, text=True)
        return result.stdout.strip()

    def read(self, before):
        # PostgreSQL has no integrity_check; a failed query or a missing row is the failure here
        present = int(self.query(f"SELECT count(*) FROM positions WHERE time < {int(before)}"))
        total = int(self.query("SELECT count(*) FROM positions"))
        return "ok", present, total

    def close(self):
        self.admin(f"DROP DATABASE IF EXISTS {self.name}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kizuna", default=".build/release/kizuna")
    p.add_argument("--kills", type=int, default=20)
    p.add_argument("--messages", type=int, default=300_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--database", help="postgres://… to test PostgreSQL instead of the embedded SQLite")
    args = p.parse_args()
    kizuna = os.path.abspath(args.kizuna)
    random.seed(args.seed)
    work = tempfile.mkdtemp(prefix="kizuna-durability-")
    feed = os.path.join(work, "feed.nmea")
    make_feed(feed, args.messages)
    store = PostgresCounts(args.database) if args.database else SQLiteCounts(os.path.join(work, "data", "node.sqlite"))
    status = 1
    try:
        status = run(args, kizuna, work, feed, store)
        return status
    finally:
        store.close()
        if status == 0:
            shutil.rmtree(work, ignore_errors=True)  # kept after a failure: the nodes' logs are there


def run(args, kizuna, work, feed, store):
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
             "--web", work, *(["--database", store.url] if args.database else [])],
            cwd=work, stdout=log, stderr=log)
        for _ in range(1200):  # a debug build on a busy machine may take a while
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
        metrics = get(f"http://127.0.0.1:{http}/metrics", timeout=30)  # the node is flooded
        node.send_signal(signal.SIGKILL)
        node.wait()
        replay.kill()
        replay.wait()
        acknowledged = int(float(re.search(r"^kizuna_ingest_acknowledged_total (\S+)", metrics, re.M).group(1)))
        must = held + acknowledged
        integrity, present, total = store.read((T0 + must) * 1000)
        held = total
        ok = integrity == "ok" and present == must
        failures += 0 if ok else 1
        print(f"kill {i:2}: resumed at {start:6}, acknowledged {acknowledged:6}, must hold {must:6}, present {present:6}, "
              f"rows {total:6}, integrity {integrity}"
              f"{'' if ok else '  <-- FAILED'}")
    if held == 0:
        print("durability: the node acknowledged nothing before any kill; the run proves nothing", file=sys.stderr)
        failures += 1
    print(f"durability ({'PostgreSQL' if args.database else 'SQLite'}): {args.kills} SIGKILLs, {failures} with a lost acknowledged position or a damaged database")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

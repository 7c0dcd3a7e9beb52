#!/usr/bin/env python3
"""Three-node federation test for `kizuna serve` (issue 5; docs/sharing.md).

Three nodes, each a real `kizuna serve` process on its own SQLite data folder, peered in a full
mesh with Ed25519 keys exchanged through `kizuna node key` / `kizuna peers add`:

    jp-mod   (JPN)  a Japanese ministry
    gb-mod   (GBR)  a British ministry
    nato-hq  (none) NATO headquarters

Each node writes records with random labels (every TLP, releasability to organisations, nations,
a group and nobody) and edits some of them, while each node in turn is killed with SIGKILL in the
middle of the traffic and started again. Mid-run, one record released to everyone is deleted at its
origin; it must end absent from all three nodes (and answer 410 Gone there). Then every node must
hold exactly the records its organisation may see, at their newest version — no more, no less — judged by this script's own
reading of the policy, and `kizuna audit verify` must pass on every node. Prints the time from a
record's creation to its arrival at each peer. Exits non-zero on any failure.
"""
import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ORGS = {"jp-mod": "JPN", "gb-mod": "GBR", "nato-hq": None}
GROUPS = {"jp-gb": {"jp-mod", "gb-mod"}, "everyone": {"jp-mod", "gb-mod", "nato-hq"}}
TLPS = ["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"]
AUDIENCES = [[], ["gb-mod"], ["jp-mod"], ["nato-hq"], ["GBR"], ["JPN"], ["jp-gb"], ["everyone"],
             ["gb-mod", "nato-hq"], ["FRA"], ["unknown-org"]]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def may_read(org, labels):
    """The policy, written again here from the issue's words (not from the node's code)."""
    if labels["owner"] == org:
        return True
    for entry in labels.get("releasableTo", []):
        if entry == org or entry == ORGS[org] or org in GROUPS.get(entry, set()):
            return True
    return False


class Node:
    def __init__(self, kizuna, work, org):
        self.kizuna, self.org = kizuna, org
        self.data = os.path.join(work, org)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.log = os.path.join(work, f"{org}.log")

    def cli(self, *args, stdin=None):
        result = subprocess.run([self.kizuna, *args, "--data", self.data, "--node", self.org],
                                input=stdin, capture_output=True, text=True, check=True)
        return result.stdout.strip().splitlines()

    def bootstrap(self):
        for org, nation in ORGS.items():
            self.cli("orgs", "add", org, "--name", f"{org} organisation", *(["--nation", nation] if nation else []))
        for group, members in GROUPS.items():
            self.cli("groups", "add", group, "--orgs", ",".join(sorted(members)))
        self.cli("users", "add", "writer", "--org", self.org, "--role", "analyst")
        self.token = self.cli("tokens", "add", "--user", "writer")[-1]
        self.public_key = self.cli("node", "key")[-1]

    def start(self):
        log = open(self.log, "a")
        self.process = subprocess.Popen(
            [self.kizuna, "serve", "--data", self.data, "--http", f"127.0.0.1:{self.port}", "--nmea-listen", "off",
             "--organisation", self.org, "--coastline", "/nonexistent", "--web", self.data],
            stdout=log, stderr=log)
        for _ in range(1200):  # a debug build on a busy machine may take a while
            try:
                urllib.request.urlopen(self.url + "/health", timeout=1).read()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{self.org} did not start; see {self.log}")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)

    def api(self, method, path, body=None):
        request = urllib.request.Request(self.url + path, method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={"Authorization": f"Bearer {self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def held(self):
        return {r["id"]: r for r in self.api("GET", "/api/v1/records?limit=100000")}

    def status(self, method, path):
        """The HTTP status of a request without a body in the answer that matters."""
        request = urllib.request.Request(self.url + path, method=method,
                                         headers={"Authorization": f"Bearer {self.token}"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kizuna", default=".build/debug/kizuna")
    p.add_argument("--records", type=int, default=40, help="records each node writes")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--settle", type=float, default=60, help="seconds allowed for the nodes to converge")
    args = p.parse_args()
    random.seed(args.seed)
    kizuna = os.path.abspath(args.kizuna)
    work = tempfile.mkdtemp(prefix="kizuna-federation-")
    nodes = [Node(kizuna, work, org) for org in ORGS]
    failures = []
    try:
        for n in nodes:
            n.bootstrap()
        for n in nodes:
            for peer in nodes:
                if peer is not n:
                    n.cli("peers", "add", peer.org, "--url", peer.url, "--key", peer.public_key)
        for n in nodes:
            n.start()

        written = {}  # id -> (labels, version, created wall time, origin, deleted)
        victims = iter(nodes)
        total = args.records * len(nodes)
        # one record every node may see, deleted at its origin half way through the traffic
        doomed = nodes[0].api("POST", "/api/v1/records", {
            "title": "record to delete", "body": "deleted mid-run", "labels": {"tlp": "GREEN", "releasableTo": ["everyone"]}})
        written[doomed["id"]] = {"labels": doomed["labels"], "version": 1, "created": time.time(), "origin": nodes[0]}
        for k in range(total):
            if k == total // 2:
                start = time.time()
                while time.time() - start < 30 and not all(doomed["id"] in n.held() for n in nodes):
                    time.sleep(0.1)
                status = nodes[0].status("DELETE", f"/api/v1/records/{doomed['id']}")
                if status != 204:
                    failures.append(f"DELETE of {doomed['id']} answered {status}")
                written[doomed["id"]].update(version=2, deleted=True)
                print(f"federation: deleted {doomed['id']} at {nodes[0].org} after {k} records", flush=True)
            n = nodes[k % len(nodes)]
            labels = {"tlp": random.choice(TLPS), "releasableTo": random.choice(AUDIENCES)}
            record = n.api("POST", "/api/v1/records", {
                "title": f"record {k} of {n.org}", "body": f"seed {args.seed}", "kind": "observation",
                "labels": labels})
            written[record["id"]] = {"labels": record["labels"], "version": 1, "created": time.time(), "origin": n}
            if k % 7 == 3:  # an edit at the origin: the newer version must win everywhere
                updated = n.api("PUT", f"/api/v1/records/{record['id']}", {
                    "title": f"record {k} of {n.org}, revised", "body": "second version", "labels": labels})
                written[record["id"]]["version"] = updated["version"]
            if k % (total // 3) == total // 6:  # one node dies mid-transfer, each in turn
                victim = next(victims)
                victim.kill()
                print(f"federation: SIGKILL {victim.org} after {k + 1} records", flush=True)
                time.sleep(1.0)
                victim.start()
                print(f"federation: {victim.org} restarted", flush=True)

        deadline = time.time() + args.settle
        arrival = {}
        while True:
            mismatches = []
            for n in nodes:
                held = n.held()
                for rid, w in written.items():
                    if w.get("deleted"):  # must end absent everywhere
                        if rid in held:
                            mismatches.append((n.org, rid))
                        continue
                    should = may_read(n.org, w["labels"])
                    has = rid in held and held[rid]["version"] == w["version"]
                    if should and has and (n.org, rid) not in arrival:
                        arrival[(n.org, rid)] = time.time() - w["created"]
                    if rid in held and not should:
                        failures.append(f"{n.org} holds {rid} ({w['labels']}) which it may not see")
                    if should and not has:
                        mismatches.append((n.org, rid))
            if failures or not mismatches or time.time() > deadline:
                break
            time.sleep(0.5)
        for org, rid in mismatches:
            what = "still holds deleted" if written[rid].get("deleted") else "lacks"
            failures.append(f"{org} {what} {rid} version {written[rid]['version']} ({written[rid]['labels']})")
        gone = [n.status("GET", f"/api/v1/records/{doomed['id']}") for n in nodes]
        print(f"federation: deleted record on {', '.join(n.org for n in nodes)}: HTTP {gone}", flush=True)
        if gone != [410] * len(nodes):
            failures.append(f"the deleted record answers {gone}, not 410 on every node")

        live = {rid: w for rid, w in written.items() if not w.get("deleted")}
        expected = sum(1 for n in nodes for w in live.values() if may_read(n.org, w["labels"]))
        foreign = [t for (org, rid), t in arrival.items() if written[rid]["origin"].org != org]
        print(f"federation: {len(written)} records, {expected} (node, record) placements expected, "
              f"{expected - len(mismatches)} found, "
              f"{sum(1 for n in nodes for w in live.values() if not may_read(n.org, w['labels']))} "
              "correctly absent checked", flush=True)
        if foreign:
            print(f"federation: arrival at peers after creation (upper bound, includes restarts and polling): "
                  f"median {statistics.median(foreign):.2f} s, max {max(foreign):.2f} s", flush=True)
        # steady state: how long one record takes to reach both peers once nobody is restarting
        latencies = []
        for n in nodes:
            record = n.api("POST", "/api/v1/records", {
                "title": f"latency probe from {n.org}", "body": "", "labels": {"tlp": "GREEN", "releasableTo": ["everyone"]}})
            start = time.time()
            pending = [peer for peer in nodes if peer is not n]
            while pending and time.time() - start < 30:
                pending = [peer for peer in pending if record["id"] not in peer.held()]
                if pending:
                    time.sleep(0.02)
            if pending:
                failures.append(f"latency probe from {n.org} did not reach {[p.org for p in pending]}")
            latencies.append(time.time() - start)
        print(f"federation: steady state, one record to both peers: "
              f"{', '.join(f'{t * 1000:.0f} ms' for t in latencies)}", flush=True)
        for n in nodes:
            n.stop()
            result = subprocess.run([kizuna, "audit", "verify", "--data", n.data, "--node", n.org],
                                    capture_output=True, text=True)
            print(f"federation: {n.org}: {result.stdout.strip() or result.stderr.strip()}", flush=True)
            if result.returncode != 0:
                failures.append(f"audit verify failed on {n.org}")
    finally:
        for n in nodes:
            if n.process and n.process.poll() is None:
                n.process.kill()
    for f in failures[:20]:
        print("FAILED:", f, file=sys.stderr)
    print(f"federation: {'ok' if not failures else f'{len(failures)} failures'} (logs in {work})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""What sign-ins cost everyone else on a node (BENCHMARKS.md).

One `kizuna serve` (release build, SQLite). A reader asks `GET /api/v1/me` (a token check and a small
answer) one request at a time, first on an idle node, then while SIGNERS clients sign in with a
password over and over (bcrypt at cost 12 on every attempt; right passwords, as wrong ones from
one address are soon refused by the throttle without a hash; each signer is its own user). Prints the
reader's latency in both phases and the sign-ins answered per second. With `--against OLD` the same
is run first with an older `kizuna`, for a before/after ratio.
"""
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

import bench_runs

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("federation_test", os.path.join(HERE, "federation-test.py"))
federation = importlib.util.module_from_spec(spec)
spec.loader.exec_module(federation)

PASSWORD = "correct horse battery staple"


def latencies(node, seconds):
    """Milliseconds of the reader's requests for `seconds`: p50, p99, max and how many."""
    times, stop = [], time.time() + seconds
    while time.time() < stop:
        request = urllib.request.Request(node.url + "/api/v1/me", headers={"Authorization": f"Bearer {node.token}"})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
        times.append(time.perf_counter() - started)
    times.sort()
    pick = lambda q: round(times[min(len(times) - 1, int(q * len(times)))] * 1000, 2)
    return {"p50": pick(0.5), "p99": pick(0.99), "max": round(times[-1] * 1000, 2), "n": len(times)}


def sign_in_forever(node, user, done, answered):
    body = json.dumps({"user": user, "password": PASSWORD}).encode()
    while not done.is_set():
        request = urllib.request.Request(node.url + "/auth/session", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=60).read()
            answered.append(1)
        except urllib.error.HTTPError as error:  # a refusal is an answer too; the rate counts only 201s
            error.read()
        except OSError:  # a timeout or a reset: try again
            pass


def run(kizuna, args):
    work = tempfile.mkdtemp(prefix="kizuna-bench-signin-")
    node = federation.Node(kizuna, work, "jp-mod")
    try:
        node.bootstrap()
        users = [f"signer-{i}" for i in range(args.signers)]
        for user in users:
            node.cli("users", "add", user, "--org", "jp-mod", "--role", "viewer", "--password-stdin",
                     stdin=PASSWORD + "\n")
        node.start()
        idle = latencies(node, args.seconds)
        done, answered = threading.Event(), []
        signers = [threading.Thread(target=sign_in_forever, args=(node, user, done, answered)) for user in users]
        for thread in signers:
            thread.start()
        time.sleep(1)
        before = len(answered)
        busy = latencies(node, args.seconds)
        rate = round((len(answered) - before) / args.seconds, 1)
        done.set()
        for thread in signers:
            thread.join()
        return {"idle": idle, "during sign-ins": busy, "sign-ins answered per s": rate}
    finally:
        node.stop()
        shutil.rmtree(work, ignore_errors=True)


def main():
    p = bench_runs.options(__doc__.splitlines()[0])
    p.add_argument("--signers", type=int, default=4)
    p.add_argument("--seconds", type=float, default=10)
    args = p.parse_args()
    return bench_runs.before_and_after(run, args, {"signers": args.signers, "seconds": args.seconds})


if __name__ == "__main__":
    sys.exit(main())

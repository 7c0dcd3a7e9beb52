#!/usr/bin/env python3
"""`make bench-server`: the node under load (issue 4, docs/server.md).

One run: a fresh `kizuna serve` on a temporary SQLite data dir and loopback ports, with one analyst
and an API token made beforehand (`kizuna orgs/users/tokens add`; every /api/v1 request carries
it); the simulated
East China Sea feed (`kizuna simulate --scenario east-china-sea --hours 24 --seed 3`) sent over TCP
paced at RATE lines/s (looping if it runs out); CLIENTS concurrent HTTP clients (a separate process,
keep-alive) making `GET /api/v1/vessels?bbox=…` over random boxes inside 118–135°E, 20–35°N, each
waiting THINK seconds after every answer (a map view refreshing itself; the first wait is a random
part of THINK so that the clients do not march in step); one Server-Sent Events client on
`/api/v1/stream`; and marker messages sent on their own TCP connection:

- position markers: a type 1 report for a fresh MMSI (tag-block time = the feed's current time), timed from
  the send of its line to the `vessels` SSE message carrying that MMSI;
- zone markers: a fresh MMSI heard 80 min earlier (tag-block time) at 26.40°N 123.47°E, north of the
  Senkaku contiguous zone, then inside it at 26.00°N (18 kn southward); timed from the send of the inside line to the `event` SSE message
  (`zone_entry`) for that MMSI.

Measures bbox latency p50/p90/p99/max and errors, ingest rate and overload counters from
/metrics, the node's peak RSS (VmHWM) and the marker latencies. Then, with ingest still running, a
second phase of --saturation-seconds: the same CLIENTS in a closed loop with no think time, which
measures the most queries/s the node answers (its saturation throughput; latency there is mostly
queueing), reported on its own lines. Everything is bounded by --seconds + --saturation-seconds
(plus a short drain); every process started is stopped before it returns.
Python 3 standard library only.
"""
import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

# ---------------------------------------------------------------- AIS encoding (type 1 only)


def _bits(value, width):
    return format(value & ((1 << width) - 1), f"0{width}b")


def nmea_checksum(text):
    c = 0
    for ch in text.encode():
        c ^= ch
    return f"{c:02X}"


def type1_sentence(mmsi, lat, lon, sog=10.0, cog=90.0, heading=90, second=60):
    b = (_bits(1, 6) + _bits(0, 2) + _bits(mmsi, 30) + _bits(0, 4) + _bits(-128, 8) + _bits(round(sog * 10), 10)
         + _bits(1, 1) + _bits(round(lon * 600000), 28) + _bits(round(lat * 600000), 27) + _bits(round(cog * 10), 12)
         + _bits(heading, 9) + _bits(second, 6) + _bits(0, 2) + _bits(0, 3) + _bits(0, 1) + _bits(0, 19))
    payload = ""
    for i in range(0, 168, 6):
        v = int(b[i:i + 6], 2)
        payload += chr(v + 48 if v < 40 else v + 56)
    body = f"AIVDM,1,1,,A,{payload},0"
    return f"!{body}*{nmea_checksum(body)}"


def tagged(sentence, unix_seconds):
    tag = f"c:{int(unix_seconds)}"
    return f"\\{tag}*{nmea_checksum(tag)}\\{sentence}"


# ---------------------------------------------------------------- helpers


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def summary(values):
    v = sorted(values)
    return {"count": len(v), "p50": percentile(v, 50), "p90": percentile(v, 90), "p99": percentile(v, 99),
            "max": v[-1] if v else float("nan")}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def auth_header(token):
    """The header line every /api/v1 request carries (docs/sharing.md): one place to change it."""
    return f"Authorization: Bearer {token}\r\n" if token else ""


def http_get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read().decode()


def metrics(text):
    out = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^(\S+?)(\{[^}]*\})?\s+(\S+)$", line)
        if m:
            try:
                out[m.group(1) + (m.group(2) or "")] = float(m.group(3))
            except ValueError:
                pass
    return out


def proc_status(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])  # kB
    except OSError:
        pass
    return None


async def read_response(reader):
    """One HTTP/1.1 response: (status, body length). Handles Content-Length and chunked bodies."""
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed")
    status = int(status_line.split()[1])
    length, chunked = None, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        k, _, v = line.decode("latin-1").partition(":")
        k = k.strip().lower()
        if k == "content-length":
            length = int(v.strip())
        elif k == "transfer-encoding" and "chunked" in v.lower():
            chunked = True
    size = 0
    if chunked:
        while True:
            n = int((await reader.readline()).split(b";")[0].strip(), 16)
            if n == 0:
                await reader.readline()
                break
            size += len(await reader.readexactly(n))
            await reader.readline()
    elif length is not None:
        size = len(await reader.readexactly(length))
    return status, size


# ---------------------------------------------------------------- role: HTTP load (child process)


async def http_load(port, clients, seconds, seed, think, token):
    rng = random.Random(seed)
    latencies, errors, statuses, bytes_total = [], 0, {}, 0
    deadline = time.monotonic() + seconds

    async def client(i):
        nonlocal errors, bytes_total
        reader = writer = None
        if think > 0:
            await asyncio.sleep(rng.uniform(0, think))
        while time.monotonic() < deadline:
            try:
                if writer is None:
                    reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)
                lon = sorted(rng.uniform(118, 135) for _ in range(2))
                lat = sorted(rng.uniform(20, 35) for _ in range(2))
                path = f"/api/v1/vessels?bbox={lon[0]:.4f},{lat[0]:.4f},{lon[1]:.4f},{lat[1]:.4f}"
                t0 = time.perf_counter()
                writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth_header(token)}\r\n".encode())
                status, size = await asyncio.wait_for(read_response(reader), 10)
                dt = time.perf_counter() - t0
                statuses[status] = statuses.get(status, 0) + 1
                if status == 200:
                    latencies.append(dt)
                    bytes_total += size
                else:
                    errors += 1
                if think > 0:
                    await asyncio.sleep(max(0.0, min(think, deadline - time.monotonic())))
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, ValueError):
                errors += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                await asyncio.sleep(0.05)
        if writer is not None:
            writer.close()

    started = time.monotonic()
    await asyncio.gather(*(client(i) for i in range(clients)))
    elapsed = time.monotonic() - started
    s = summary(latencies)
    s.update({"errors": errors, "statuses": {str(k): v for k, v in statuses.items()}, "seconds": elapsed,
              "rate": len(latencies) / elapsed if elapsed else 0, "mean_bytes": bytes_total / max(1, len(latencies))})
    return s


# ---------------------------------------------------------------- role: driver


class Driver:
    def __init__(self, args, http_port, nmea_port, node_pid, lines):
        self.args, self.http_port, self.nmea_port, self.node_pid, self.lines = args, http_port, nmea_port, node_pid, lines
        self.sent = 0
        self.feed_time = None  # tag-block time of the last line sent: the markers use the feed's timeline
        self.pending_pos, self.pending_zone = {}, {}  # mmsi -> send time
        self.pos_lat, self.zone_lat = [], []
        self.sse_messages = {"vessels": 0, "event": 0, "zones": 0}
        self.sse_bytes = 0
        self.samples = []
        self.sse_ready = asyncio.Event()

    async def feed(self, stop):
        _, w = await asyncio.open_connection("127.0.0.1", self.nmea_port)
        start = time.monotonic()
        n = len(self.lines)
        while not stop.is_set():
            target = int((time.monotonic() - start) * self.args.rate)
            if target > self.sent:
                chunk = []
                for k in range(self.sent, target):
                    chunk.append(self.lines[k % n])
                w.write(b"".join(chunk))
                self.sent = target
                m = re.match(rb"\\c:(\d+)", chunk[-1])
                if m:
                    self.feed_time = int(m.group(1))
                await w.drain()
            await asyncio.sleep(0.005)
        w.close()

    async def sse(self, stop):
        r, w = await asyncio.open_connection("127.0.0.1", self.http_port)
        w.write(("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                 + auth_header(self.args.token) + "\r\n").encode())
        r._limit = 1 << 26  # vessel batches can be long lines
        event = None
        marker = re.compile(rb'"mmsi":\s*\[?\s*"?(9(?:11|12)\d{6})')
        while not stop.is_set():
            try:
                line = await asyncio.wait_for(r.readline(), 1)
            except asyncio.TimeoutError:
                continue
            if not line:
                break
            now = time.perf_counter()
            self.sse_bytes += len(line)
            if b"connected" in line:
                self.sse_ready.set()
            if line.startswith(b"event:"):
                event = line[6:].strip().decode()
                self.sse_messages[event] = self.sse_messages.get(event, 0) + 1
            elif line.startswith(b"data:"):
                for m in marker.finditer(line):
                    mmsi = int(m.group(1))
                    if event == "vessels" and mmsi in self.pending_pos:
                        self.pos_lat.append(now - self.pending_pos.pop(mmsi))
                    elif event == "event" and mmsi in self.pending_zone and b"zone_entry" in line:
                        self.zone_lat.append(now - self.pending_zone.pop(mmsi))
        w.close()

    async def markers(self, stop):
        _, w = await asyncio.open_connection("127.0.0.1", self.nmea_port)
        await asyncio.wait_for(self.sse_ready.wait(), 10)
        rng = random.Random(self.args.seed + 1)
        k = 0
        while not stop.is_set():
            await asyncio.sleep(self.args.marker_interval)
            if stop.is_set() or self.feed_time is None:
                continue
            k += 1
            # a position marker: a vessel never heard before, somewhere in the bbox area
            mmsi = 911_000_000 + k
            line = tagged(type1_sentence(mmsi, rng.uniform(21, 34), rng.uniform(119, 134)), self.feed_time) + "\r\n"
            self.pending_pos[mmsi] = time.perf_counter()
            w.write(line.encode())
            await w.drain()
            # a zone marker: heard 80 min ago north of the Senkaku contiguous zone, now inside it
            zmmsi = 912_000_000 + k
            now = self.feed_time
            w.write((tagged(type1_sentence(zmmsi, 26.40, 123.47, sog=18, cog=180, heading=180), now - 4800) + "\r\n")
                    .encode())
            await w.drain()
            await asyncio.sleep(0.2)
            inside = tagged(type1_sentence(zmmsi, 26.00, 123.47, sog=18, cog=180, heading=180), now) + "\r\n"
            self.pending_zone[zmmsi] = time.perf_counter()
            w.write(inside.encode())
            await w.drain()
        w.close()

    async def sampler(self, stop):
        url = f"http://127.0.0.1:{self.http_port}/metrics"
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            try:
                text = await loop.run_in_executor(None, http_get, url)
                m = metrics(text)
                self.samples.append({"t": time.monotonic(), "rss_kb": proc_status(self.node_pid, "VmRSS"),
                                     "queue": m.get("kizuna_ingest_queue_depth", 0),
                                     "ack": m.get("kizuna_ingest_acknowledged_total", 0)})
            except OSError:
                pass
            try:
                await asyncio.wait_for(stop.wait(), 5)
            except asyncio.TimeoutError:
                pass


async def run_clients(args, http_port, here, seconds, think):
    """One phase of bbox clients in their own process; their summary, or {} if it failed."""
    load = await asyncio.create_subprocess_exec(
        sys.executable, here, "--role", "http", "--port", str(http_port), "--clients", str(args.clients),
        "--seconds", str(seconds), "--seed", str(args.seed), "--think", str(think), "--token", args.token or "",
        stdout=asyncio.subprocess.PIPE)
    try:
        out, _ = await asyncio.wait_for(load.communicate(), seconds + 60)
    except asyncio.TimeoutError:
        load.kill()
        await load.wait()
        out = b"{}"
    return json.loads(out or b"{}")


async def drive(args, http_port, nmea_port, node_pid, lines, here):
    d = Driver(args, http_port, nmea_port, node_pid, lines)
    stop = asyncio.Event()
    m0 = metrics(http_get(f"http://127.0.0.1:{http_port}/metrics"))
    t0 = time.monotonic()
    tasks = [asyncio.create_task(c(stop)) for c in (d.sse, d.feed, d.markers, d.sampler)]
    await asyncio.sleep(0.5)
    h = await run_clients(args, http_port, here, args.seconds, args.think)
    elapsed = time.monotonic() - t0
    sent = d.sent
    m1 = metrics(http_get(f"http://127.0.0.1:{http_port}/metrics"))
    samples = list(d.samples)
    markers = (len(d.pos_lat), len(d.zone_lat))
    saturation = {}
    if args.saturation_seconds > 0:
        saturation = await run_clients(args, http_port, here, args.saturation_seconds, 0)
    await asyncio.sleep(2)  # let the last markers arrive
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    m2 = metrics(http_get(f"http://127.0.0.1:{http_port}/metrics"))
    saturation["position_marker"] = summary(d.pos_lat[markers[0]:])
    saturation["zone_marker"] = summary(d.zone_lat[markers[1]:])
    del d.pos_lat[markers[0]:], d.zone_lat[markers[1]:]
    d.samples = samples
    return d, h, saturation, m0, m1, m2, elapsed, sent


def ms(x):
    return f"{x * 1000:.1f}" if x == x else "n/a"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--role", default="driver", choices=["driver", "http"])
    p.add_argument("--kizuna", default=".build/release/kizuna")
    p.add_argument("--seconds", type=float, default=float(os.environ.get("BENCH_SECONDS", 300)))
    p.add_argument("--rate", type=int, default=int(os.environ.get("BENCH_RATE", 5000)))
    p.add_argument("--clients", type=int, default=int(os.environ.get("BENCH_CLIENTS", 200)))
    p.add_argument("--think", type=float, default=float(os.environ.get("BENCH_THINK", 1.0)),
                   help="seconds each bbox client waits after an answer (0: closed loop)")
    p.add_argument("--saturation-seconds", type=float, default=float(os.environ.get("BENCH_SATURATION_SECONDS", 20)),
                   help="length of the closed-loop phase that measures saturation throughput (0: none)")
    p.add_argument("--marker-interval", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--port", type=int)
    p.add_argument("--json", help="also write the results here")
    p.add_argument("--token", help=argparse.SUPPRESS)  # set by the driver for the client process
    args = p.parse_args()

    if args.role == "http":
        print(json.dumps(asyncio.run(http_load(args.port, args.clients, args.seconds, args.seed, args.think,
                                               args.token))))
        return 0

    kizuna = os.path.abspath(args.kizuna)
    work = tempfile.mkdtemp(prefix="kizuna-bench-server-")
    feed = os.path.join(work, "feed.nmea")
    subprocess.run([kizuna, "simulate", "--scenario", "east-china-sea", "--hours", "24", "--seed", "3", "--out", feed],
                   check=True, stdout=subprocess.DEVNULL)
    with open(feed, "rb") as f:
        lines = [ln if ln.endswith(b"\n") else ln + b"\n" for ln in f.read().splitlines(keepends=True)]
    http_port, nmea_port = free_port(), free_port()
    data = os.path.join(work, "data")
    # every /api/v1 path needs a token (docs/sharing.md): one analyst of the node's organisation
    def cli(*a):
        out = subprocess.run([kizuna, *a, "--data", data], check=True, capture_output=True, text=True)
        return out.stdout.strip().splitlines()
    cli("orgs", "add", "bench", "--name", "Benchmark watch centre")
    cli("users", "add", "bench", "--org", "bench", "--role", "analyst")
    args.token = cli("tokens", "add", "--user", "bench")[-1]
    log_path = os.path.join(work, "node.log")
    log = open(log_path, "w")
    node = subprocess.Popen([kizuna, "serve", "--data", data, "--organisation", "bench",
                             "--http", f"127.0.0.1:{http_port}", "--nmea-listen", f"127.0.0.1:{nmea_port}"],
                            stdout=log, stderr=log)
    try:
        for _ in range(300):
            try:
                http_get(f"http://127.0.0.1:{http_port}/health", timeout=1)
                break
            except OSError:
                if node.poll() is not None:
                    break
                time.sleep(0.1)
        else:
            print(f"the node did not answer /health; see {log_path}", file=sys.stderr)
            return 1
        if node.poll() is not None:
            print(f"the node exited; see {log_path}", file=sys.stderr)
            return 1
        print(f"bench-server: node pid {node.pid}, http {http_port}, nmea {nmea_port}, data {work}; "
              f"{args.rate} lines/s, {args.clients} clients with {args.think:g} s think time, {args.seconds:.0f} s, "
              f"then {args.saturation_seconds:.0f} s closed loop", file=sys.stderr)
        d, h, sat, m0, m1, m2, elapsed, sent = asyncio.run(
            drive(args, http_port, nmea_port, node.pid, lines, os.path.abspath(__file__)))
        hwm = proc_status(node.pid, "VmHWM")
    finally:
        if node.poll() is None:
            node.send_signal(signal.SIGTERM)
            try:
                node.wait(30)
            except subprocess.TimeoutExpired:
                node.kill()
                node.wait()
        log.close()

    def delta(name, a=m0, b=m1):
        return b.get(name, 0) - a.get(name, 0)

    ack_rate = delta("kizuna_ingest_acknowledged_total") / elapsed
    acc_rate = delta("kizuna_ingest_accepted_total") / elapsed
    pos, zone = summary(d.pos_lat), summary(d.zone_lat)
    not_kept = {k: v - m0.get(k, 0) for k, v in m1.items() if k.startswith("kizuna_ingest_not_kept_total")}
    base_station_rate = not_kept.get('kizuna_ingest_not_kept_total{type="4"}', 0) / elapsed
    res = {
        "seconds": elapsed, "rate_target": args.rate, "clients": args.clients, "lines_sent": sent,
        "send_rate": sent / elapsed, "accepted_rate": acc_rate, "acknowledged_rate": ack_rate,
        "think_seconds": args.think, "not_kept": not_kept, "saturation": sat,
        "backlog_at_end": m1.get("kizuna_ingest_accepted_total", 0) - m1.get("kizuna_ingest_acknowledged_total", 0),
        "counters_end": {k: m2.get(k, 0) for k in (
            "kizuna_ingest_accepted_total", "kizuna_ingest_acknowledged_total", "kizuna_ingest_overload_total",
            "kizuna_ingest_refused_total", "kizuna_ingest_rejected_lines_total", "kizuna_store_errors_total",
            "kizuna_live_dropped_total", "kizuna_events_total", "kizuna_http_requests_total")},
        "queue_depth_max_sampled": max((s["queue"] for s in d.samples), default=0),
        "rss_kb_max_sampled": max((s["rss_kb"] or 0 for s in d.samples), default=0),
        "vm_hwm_kb": hwm, "bbox": h, "position_marker": pos, "position_markers_lost": len(d.pending_pos),
        "zone_marker": zone, "zone_markers_lost": len(d.pending_zone), "sse_messages": d.sse_messages,
        "sse_mbytes": d.sse_bytes / 1e6, "work": work,
    }
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
    c = res["counters_end"]
    b = h or {}
    sp, sz = sat.get("position_marker", summary([])), sat.get("zone_marker", summary([]))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"""
| measure | value |
| --- | --- |
| duration | {elapsed:.0f} s |
| NMEA lines sent / s (target {args.rate}) | {res['send_rate']:.0f} |
| accepted / acknowledged msgs / s | {acc_rate:.0f} / {ack_rate:.0f} |
| base-station reports (type 4) counted, not kept / s | {base_station_rate:.0f} |
| backlog (accepted − acknowledged) at end of load | {res['backlog_at_end']:.0f} |
| max queue depth (sampled every 5 s) | {res['queue_depth_max_sampled']:.0f} |
| overload / refused / rejected lines / store errors | {c['kizuna_ingest_overload_total']:.0f} / {c['kizuna_ingest_refused_total']:.0f} / {c['kizuna_ingest_rejected_lines_total']:.0f} / {c['kizuna_store_errors_total']:.0f} |
| bbox queries (200 OK) / s ({args.clients} clients, {args.think:g} s think time) | {b.get('count', 0)} / {b.get('rate', 0):.0f} |
| bbox p50 / p90 / p99 / max | {ms(b.get('p50', float('nan')))} / {ms(b.get('p90', float('nan')))} / {ms(b.get('p99', float('nan')))} / {ms(b.get('max', float('nan')))} ms |
| bbox errors (non-200, timeouts, resets) | {b.get('errors', 'n/a')} |
| bbox mean body | {b.get('mean_bytes', 0) / 1024:.1f} KiB |
| position marker → SSE `vessels` p50 / p99 / max (n) | {ms(pos['p50'])} / {ms(pos['p99'])} / {ms(pos['max'])} ms ({pos['count']}, {len(d.pending_pos)} never seen) |
| zone entry → SSE `event` p50 / p99 / max (n) | {ms(zone['p50'])} / {ms(zone['p99'])} / {ms(zone['max'])} ms ({zone['count']}, {len(d.pending_zone)} never seen) |
| SSE messages (vessels / event) · live dropped | {d.sse_messages.get('vessels', 0)} / {d.sse_messages.get('event', 0)} · {c['kizuna_live_dropped_total']:.0f} |
| node peak RSS (VmHWM, both phases) | {(hwm or 0) / 1024:.0f} MiB |
| **saturation** ({args.clients} clients, closed loop, no think time, {args.saturation_seconds:.0f} s) | |
| bbox queries / s at saturation | {sat.get('rate', 0):.0f} ({sat.get('count', 0)} answered, {sat.get('errors', 'n/a')} errors) |
| bbox p50 / p99 at saturation (mostly queueing) | {ms(sat.get('p50', float('nan')))} / {ms(sat.get('p99', float('nan')))} ms |
| position / zone marker p99 at saturation (n) | {ms(sp['p99'])} / {ms(sz['p99'])} ms ({sp['count']} / {sz['count']}) |

load average at the end (1 / 5 / 15 min): {load}
""")
    print(f"bench-server: node log and data in {work}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

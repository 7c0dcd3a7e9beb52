#!/usr/bin/env python3
"""Times Kizuna, gpsdecode and pyais on one ~1M-line AIS corpus, in one run, and writes the
figures into BENCHMARKS.md (between the ais-bench markers). Run through `make bench`."""
import datetime
import os
import platform
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAPTURE = os.path.join(ROOT, "Data/ais/aishub-sample.nmea")
CORPUS = os.path.join(ROOT, ".bench/corpus.nmea")
KIZUNA = os.path.join(ROOT, ".build/release/kizuna")
REPEAT = 12  # 85,187 lines x 12 = 1,022,244 lines
RUNS = int(os.environ.get("BENCH_RUNS", "5"))

PYAIS = r"""
import sys
from pyais.stream import FileReaderStream
n = 0
for sentence in FileReaderStream(sys.argv[1]):
    try:
        sentence.decode()
        n += 1
    except Exception:
        pass
print(n)
"""


def make_corpus():
    os.makedirs(os.path.dirname(CORPUS), exist_ok=True)
    with open(CAPTURE, "rb") as f:
        data = f.read()
    if not data.endswith(b"\n"):
        data += b"\n"
    with open(CORPUS, "wb") as f:
        for _ in range(REPEAT):
            f.write(data)
    with open(CORPUS, "rb") as f:
        return sum(1 for _ in f)


def best_time(command, stdin=None, runs=RUNS):
    """Best wall time of `runs` runs, output to /dev/null; returns (seconds, stdout of the last run)."""
    best = None
    out = b""
    for _ in range(runs):
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
            start = time.perf_counter()
            result = subprocess.run(command, stdin=inp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
            elapsed = time.perf_counter() - start
        out = result.stdout
        best = elapsed if best is None or elapsed < best else best
    return best, out, result.stderr


def count_lines(data):
    return data.count(b"\n")


def main():
    lines = make_corpus()
    rows = []

    # message counts: what each tool decoded
    _, _, stats = best_time([KIZUNA, "decode", CORPUS, "--format", "none", "--stats"], runs=1)
    kizuna_messages = int(re.search(rb"messages: (\d+)", stats).group(1))

    t, out, _ = best_time(["gpsdecode", "-s", "-j"], stdin=CORPUS)
    gpsd_messages = count_lines(out)
    rows.append(("gpsdecode -s -j (gpsd 3.22, JSON)", t, gpsd_messages))
    t_gpsd_json = t
    t, out, _ = best_time(["gpsdecode", "-c"], stdin=CORPUS)
    rows.append(("gpsdecode -c (gpsd 3.22, pipe-separated, its fastest output)", t, count_lines(out)))
    t_gpsd_fast = t

    t, out, _ = best_time([sys.executable, "-c", PYAIS, CORPUS], runs=max(1, RUNS // 3))
    rows.append(("pyais (FileReaderStream + decode)", t, int(out.strip())))

    results = {}
    for label, args in [
        ("kizuna decode --format none (typed messages, 2 threads)", ["--format", "none"]),
        ("kizuna decode --format none --threads 1", ["--format", "none", "--threads", "1"]),
        ("kizuna decode --format gpsd (gpsd JSON, 2 threads)", ["--format", "gpsd"]),
        ("kizuna decode --format gpsd --threads 1", ["--format", "gpsd", "--threads", "1"]),
        ("kizuna decode --format json (Kizuna JSON, 2 threads)", ["--format", "json"]),
    ]:
        t, _, _ = best_time([KIZUNA, "decode", CORPUS] + args)
        rows.append((label, t, kizuna_messages))
        results[label] = t

    def rate(t, n):
        return n / t

    gpsd_fast_rate = rate(t_gpsd_fast, rows[1][2])
    gpsd_json_rate = rate(t_gpsd_json, gpsd_messages)
    typed_rate = rate(results["kizuna decode --format none (typed messages, 2 threads)"], kizuna_messages)
    gpsdjson_rate = rate(results["kizuna decode --format gpsd (gpsd JSON, 2 threads)"], kizuna_messages)

    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    table = [
        f"Run {when} on {platform.node() or 'this machine'}: {os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, "
        f"{platform.system()} {platform.release()}. Corpus: the bundled AISHub capture repeated {REPEAT}× "
        f"({lines:,} lines); best of {RUNS} runs each (pyais: {max(1, RUNS // 3)}), output to a pipe that is "
        "discarded. Messages/s counts what each tool decoded.",
        "",
        "| tool | seconds | messages | messages/s |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, t, n in rows:
        table.append(f"| {label} | {t:.3f} | {n:,} | {rate(t, n):,.0f} |")
    table += [
        "",
        "| ratio | value | goal |",
        "| --- | ---: | ---: |",
        f"| typed decoding ÷ gpsdecode's fastest mode (-c) | {typed_rate / gpsd_fast_rate:.1f}× | 20× |",
        f"| typed decoding ÷ gpsdecode -s -j | {typed_rate / gpsd_json_rate:.1f}× | |",
        f"| gpsd JSON ÷ gpsdecode -s -j | {gpsdjson_rate / gpsd_json_rate:.1f}× | 5× |",
    ]
    text = "\n".join(table)
    print(text)

    path = os.path.join(ROOT, "BENCHMARKS.md")
    with open(path) as f:
        doc = f.read()
    begin, end = "<!-- ais-bench:begin -->", "<!-- ais-bench:end -->"
    if begin in doc and end in doc:
        doc = doc[: doc.index(begin) + len(begin)] + "\n" + text + "\n" + doc[doc.index(end):]
        with open(path, "w") as f:
            f.write(doc)
        print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""One sanctions scenario on the WIOD 2011 table: Kizuna against numpy and pymrio, in one run.

    sanctions-bench.py --kizuna PATH/TO/kizuna [--table Data/trade] [--coalition G7,EU] [--repeats 20]

The scenario: the coalition and China cut all trade with each other (both directions, all
industries), no substitution (issue 7's baseline method). Each tool builds A' and f', solves
x' = (I - A')^-1 f' and computes the value-added change per country; the times are per scenario
with the table already loaded. numpy uses a dense LAPACK solve (np.linalg.solve), pymrio its own
calc_L (inverse) and calc_x_from_L. Prints a Markdown section for BENCHMARKS.md.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import subprocess
import time

import numpy as np
import pandas as pd
import pymrio

EU = "AUT BEL BGR CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROM SVK SVN ESP SWE".split()
G7 = "CAN FRA DEU ITA JPN GBR USA".split()


def read(tabledir, suffix):
    (path,) = [p for p in glob.glob(os.path.join(tabledir, "*" + suffix)) if p.endswith("_" + suffix)]
    return pd.read_csv(path, index_col=0)


def members(spec):
    out = set()
    for part in spec.split(","):
        out |= set({"EU": EU, "G7": G7}.get(part, [part]))
    return out


def timed(function, repeats):
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        times.append(1000 * (time.perf_counter() - start))
    times.sort()
    return result, times[0], times[len(times) // 2]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kizuna", required=True)
    parser.add_argument("--table", default="Data/trade")
    parser.add_argument("--coalition", default="G7,EU")
    parser.add_argument("--target", default="CHN")
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()

    load = os.getloadavg()
    z = read(args.table, "Z.csv").values.astype(float)
    f_frame = read(args.table, "F.csv")
    labels = read(args.table, "Z.csv").index
    x = read(args.table, "x.csv")["gross_output"].values.astype(float)
    fd = f_frame.values.astype(float)
    region = np.array([s.split("_", 1)[0] for s in labels])
    demand_region = np.array([s.split("_", 1)[0] for s in f_frame.columns])
    regions = list(dict.fromkeys(region))
    with np.errstate(divide="ignore"):
        a = z * np.where(x > 0, 1 / np.where(x > 0, x, 1), 0)
    v = 1 - a.sum(axis=0)
    coalition = members(args.coalition)
    in_c = np.isin(region, list(coalition))
    in_t = region == args.target
    cut = np.outer(in_t, in_c) | np.outer(in_c, in_t)
    cut_f = np.outer(in_t, np.isin(demand_region, list(coalition))) | np.outer(in_c, demand_region == args.target)
    identity = np.eye(len(x))
    x0 = np.linalg.solve(identity - a, fd.sum(axis=1))
    va0 = {r: (v[region == r] * x0[region == r]).sum() for r in regions}

    def change(x1):
        return {r: 100 * ((v[region == r] * x1[region == r]).sum() / va0[r] - 1) for r in regions}

    def with_numpy():
        a2 = np.where(cut, 0.0, a)
        f2 = np.where(cut_f, 0.0, fd).sum(axis=1)
        return change(np.linalg.solve(identity - a2, f2))

    def with_pymrio():
        a2 = pd.DataFrame(np.where(cut, 0.0, a))
        y2 = pd.DataFrame(np.where(cut_f, 0.0, fd).sum(axis=1))
        big_l = pymrio.calc_L(a2)
        return change(np.asarray(pymrio.calc_x_from_L(big_l, y2)).ravel())

    numpy_result, numpy_min, numpy_median = timed(with_numpy, args.repeats)
    shocked = identity - np.where(cut, 0.0, a)
    shocked_f = np.where(cut_f, 0.0, fd).sum(axis=1)
    _, solve_min, solve_median = timed(lambda: np.linalg.solve(shocked, shocked_f), args.repeats)
    pymrio_result, pymrio_min, pymrio_median = timed(with_pymrio, max(3, args.repeats // 4))

    command = [args.kizuna, "sanctions", "benchmark", "--table", args.table, "--coalition", args.coalition,
               "--target", args.target, "--direction", "both", "--repeats", str(args.repeats)]
    kizuna = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    assess = [args.kizuna, "sanctions", "assess", "--table", args.table, "--coalition", args.coalition,
              "--target", args.target, "--direction", "both", "--format", "json"]
    (output, cli_min, cli_median) = timed(lambda: subprocess.run(assess, check=True, capture_output=True, text=True).stdout, 5)
    kizuna_result = {c["country"]: c["valueAddedChangePercent"] for c in json.loads(output)["countries"]}
    gap_numpy = max(abs(kizuna_result[r] - numpy_result[r]) for r in regions)
    gap_pymrio = max(abs(pymrio_result[r] - numpy_result[r]) for r in regions)

    cpu = "?"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    k = kizuna["scenarioMillisecondsMedian"]
    print(f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores ({cpu}), "
          f"Python {platform.python_version()}, numpy {np.__version__} (OpenBLAS), pymrio {pymrio.__version__}; "
          f"`make bench-sanctions`; load average before the run {load[0]:.1f} (the machine is shared).")
    print()
    print(f"Scenario: coalition {args.coalition} ({len(coalition & set(regions))} WIOD regions) and target "
          f"{args.target} cut all trade both ways, no substitution; WIOD 2011 (1435 sectors). "
          f"Time per scenario with the table loaded (build A' and f', solve, value added per country), "
          f"median of {args.repeats} (pymrio: {max(3, args.repeats // 4)}).")
    print()
    print("| tool | method | median ms | min ms | vs Kizuna |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| Kizuna (release) | sparse A', block Gauss-Seidel by country ({kizuna['sweeps']} sweeps) | {k:.1f} | "
          f"{kizuna['scenarioMillisecondsMin']:.1f} | 1.0 |")
    print(f"| numpy | dense `np.linalg.solve` (LAPACK dgesv) | {numpy_median:.1f} | {numpy_min:.1f} | "
          f"{numpy_median / k:.1f}x slower |")
    print(f"| numpy, the solve alone | `np.linalg.solve` on a prepared I - A' | {solve_median:.1f} | {solve_min:.1f} | "
          f"{solve_median / k:.1f}x slower |")
    print(f"| pymrio | `calc_L` (dense inverse) + `calc_x_from_L` | {pymrio_median:.1f} | {pymrio_min:.1f} | "
          f"{pymrio_median / k:.1f}x slower |")
    print()
    print(f"Kizuna one-shot `kizuna sanctions assess --format json` (process start, CSV load, model, scenario, JSON): "
          f"median {cli_median:.0f} ms of 5; inside it, loading the table {kizuna['loadMilliseconds']:.0f} ms and "
          f"building the model {kizuna['modelMilliseconds']:.0f} ms.")
    print(f"Agreement: largest difference of a country's value-added change, Kizuna vs numpy {gap_numpy:.1e} "
          f"percentage points; pymrio vs numpy {gap_pymrio:.1e}.")
    print(f"Result: {args.target} {kizuna['targetValueAddedChangePercent']:.2f} %, coalition "
          f"{kizuna['coalitionValueAddedChangePercent']:.2f} %.")


if __name__ == "__main__":
    main()

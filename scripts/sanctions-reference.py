#!/usr/bin/env python3
"""Reference results for Kizuna's sanctions tests, computed with pymrio and numpy.

    sanctions-reference.py pymrio-test OUTDIR
        Writes pymrio's bundled test system (6 regions x 8 sectors) to OUTDIR in Kizuna's table
        layout (Z.csv, F.csv, x.csv) and pymrio's A, L, x and output multipliers to OUTDIR/reference.json.

    sanctions-reference.py wiod TABLEDIR OUTFILE
        Loads the WIOD table from TABLEDIR into pymrio (Z, Y and the published x), runs calc_all and
        writes x, the output multipliers (column sums of L) and one scenario solved densely with
        numpy (coalition JPN, target CHN, both directions, all industries), by the baseline method and
        by the supply side (Ghosh), to OUTFILE.

Floats are written with Python's shortest round-trip repr, so nothing is lost in JSON.
"""
import glob
import json
import os
import sys

import numpy as np
import pandas as pd
import pymrio


def write_table(directory, z, y, x):
    os.makedirs(directory, exist_ok=True)
    labels = [f"{r}_{s}" for r, s in z.index]
    categories = {c: f"Y{i + 1}" for i, c in enumerate(dict.fromkeys(y.columns.get_level_values(1)))}
    demand = [f"{r}_{categories[c]}" for r, c in y.columns]
    with open(os.path.join(directory, "Z.csv"), "w") as f:
        f.write("row," + ",".join(labels) + "\n")
        for label, row in zip(labels, z.values):
            f.write(label + "," + ",".join(repr(float(v)) for v in row) + "\n")
    with open(os.path.join(directory, "F.csv"), "w") as f:
        f.write("row," + ",".join(demand) + "\n")
        for label, row in zip(labels, y.values):
            f.write(label + "," + ",".join(repr(float(v)) for v in row) + "\n")
    with open(os.path.join(directory, "x.csv"), "w") as f:
        f.write("row,gross_output\n")
        for label, v in zip(labels, x):
            f.write(f"{label},{float(v)!r}\n")


def floats(a):
    return [float(v) for v in np.asarray(a).ravel()]


def pymrio_test(outdir):
    io = pymrio.load_test()
    io.calc_all()
    x = io.x.values.ravel()
    write_table(outdir, io.Z, io.Y, x)
    reference = {
        "sectors": [f"{r}_{s}" for r, s in io.Z.index],
        "x": floats(x),
        "A": floats(io.A.values),
        "L": floats(io.L.values),
        "multipliers": floats(io.L.values.sum(axis=0)),
        "pymrio": pymrio.__version__,
    }
    with open(os.path.join(outdir, "reference.json"), "w") as f:
        json.dump(reference, f)


def read(tabledir, suffix):
    (path,) = [p for p in glob.glob(os.path.join(tabledir, "*" + suffix)) if p.endswith("_" + suffix)]
    return pd.read_csv(path, index_col=0)


def wiod(tabledir, outfile):
    z = read(tabledir, "Z.csv").astype(float)
    f = read(tabledir, "F.csv").astype(float)
    x = read(tabledir, "x.csv")["gross_output"].astype(float)
    split = lambda labels: pd.MultiIndex.from_tuples([tuple(s.split("_", 1)) for s in labels], names=["region", "sector"])
    z.index = split(z.index)
    z.columns = split(z.columns)
    f.index = z.index
    f.columns = pd.MultiIndex.from_tuples([tuple(s.split("_", 1)) for s in f.columns], names=["region", "category"])
    io = pymrio.IOSystem(Z=z, Y=f, x=pd.DataFrame({"indout": x.values}, index=z.index))
    io.calc_all()
    a = io.A.values
    lmat = io.L.values
    regions = list(dict.fromkeys(z.index.get_level_values(0)))
    region = np.array(z.index.get_level_values(0))
    demand_region = np.array(f.columns.get_level_values(0))
    fd = f.values
    x0 = lmat @ fd.sum(axis=1)
    v = 1 - a.sum(axis=0)

    coalition, target = {"JPN"}, "CHN"
    seller_t = region == target
    seller_c = np.isin(region, list(coalition))
    cut = np.outer(seller_t, seller_c) | np.outer(seller_c, seller_t)
    a2 = np.where(cut, 0.0, a)
    cut_f = np.outer(seller_t, np.isin(demand_region, list(coalition))) | np.outer(seller_c, demand_region == target)
    f2 = np.where(cut_f, 0.0, fd).sum(axis=1)
    x1 = np.linalg.solve(np.eye(len(x0)) - a2, f2)
    change = {}
    for r in regions:
        m = region == r
        change[r] = 100 * ((v[m] * x1[m]).sum() / (v[m] * x0[m]).sum() - 1)
    # The supply side (Ghosh) for the same cut: B = diag(x)^-1 Z, x1 solves (I - B')^T x1 = v * x.
    xs = x.values
    b2 = np.where(cut, 0.0, a) * xs[np.newaxis, :] * np.where(xs > 0, 1 / np.where(xs > 0, xs, 1), 0)[:, np.newaxis]
    x_supply = np.linalg.solve((np.eye(len(xs)) - b2).T, v * xs)
    supply = {}
    for r in regions:
        m = region == r
        supply[r] = 100 * ((v[m] * x_supply[m]).sum() / (v[m] * xs[m]).sum() - 1)
    reference = {
        "sectors": [f"{r}_{s}" for r, s in z.index],
        "x0": floats(x0),
        "supplyValueAddedChangePercent": supply,
        "multipliers": floats(lmat.sum(axis=0)),
        "scenario": {"coalition": "JPN", "target": target, "direction": "both", "valueAddedChangePercent": change},
        "pymrio": pymrio.__version__,
    }
    with open(outfile, "w") as out:
        json.dump(reference, out)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "pymrio-test":
        pymrio_test(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "wiod":
        wiod(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)

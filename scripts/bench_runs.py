"""What the benchmark scripts share (scripts/bench-events.py, bench-signin.py, bench-ingest.py): their
common options, running one measurement with a new `kizuna` and, given `--against`, an older one
first, and printing the result as JSON (written to `--json` too)."""
import argparse
import json
import os
import sys


def options(description):
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--kizuna", default=".build/release/kizuna")
    p.add_argument("--against", help="an older kizuna to run first, on the same setup")
    p.add_argument("--json", help="also write the result here")
    return p


def before_and_after(measure, args, result):
    """Fills `result["old"]` (with --against) and `result["new"]` with `measure(binary, args)`, prints
    the result and writes it to --json. Returns the exit code."""
    runs = [("old", args.against)] if args.against else []
    for name, binary in runs + [("new", args.kizuna)]:
        print(f"{os.path.basename(sys.argv[0])}: {name} ({binary})", file=sys.stderr)
        result[name] = measure(os.path.abspath(binary), args)
    return report(result, args.json)


def report(result, path=None):
    """Prints `result` as JSON and writes it to `path` too when given. Returns the exit code, 0."""
    text = json.dumps(result, indent=2)
    print(text)
    if path:
        with open(path, "w") as f:
            f.write(text + "\n")
    return 0

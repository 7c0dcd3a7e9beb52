#!/usr/bin/env python3
"""`kizuna audit verify` against tampering (issue 5; docs/sharing.md).

Builds a node's sharing data with the command line (organisations, a group, users, tokens: each
leaves an audit entry), checks that `kizuna audit verify` passes, then, on copies of the database
with the append-only triggers dropped (as someone with the file in hand could), changes stored
entries and checks that verify fails (exit 1) and names the entry:

- every single byte of one entry, one at a time (each replaced by another printable byte);
- one byte at a random position of every other entry;
- the removal of each entry but the last (the entry after it is named);
- the removal of the last entry, which only a checkpoint signed beforehand (`kizuna audit
  checkpoint`) can reveal.
Exits non-zero on the first change that goes unnoticed or is blamed on the wrong entry.
"""
import argparse
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile


def verify(kizuna, data):
    r = subprocess.run([kizuna, "audit", "verify", "--data", data], capture_output=True, text=True)
    return r.returncode, (r.stdout + r.stderr).strip()


def tampered_copy(source, work, change):
    data = tempfile.mkdtemp(dir=work)
    shutil.copy(os.path.join(source, "sharing.sqlite"), os.path.join(data, "sharing.sqlite"))
    shutil.copy(os.path.join(source, "node-key"), os.path.join(data, "node-key"))
    con = sqlite3.connect(os.path.join(data, "sharing.sqlite"))
    con.execute("DROP TRIGGER audit_no_update")
    con.execute("DROP TRIGGER audit_no_delete")
    change(con)
    con.commit()
    con.close()
    return data


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kizuna", default=".build/debug/kizuna")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    random.seed(args.seed)
    kizuna = os.path.abspath(args.kizuna)
    work = tempfile.mkdtemp(prefix="kizuna-audit-")
    data = os.path.join(work, "clean")

    def cli(*a):
        subprocess.run([kizuna, *a, "--data", data], check=True, capture_output=True)

    for org, nation in [("jp-mod", "JPN"), ("gb-mod", "GBR"), ("nato-hq", None)]:
        cli("orgs", "add", org, "--name", f"Organisation {org}", *(["--nation", nation] if nation else []))
    cli("groups", "add", "ip4-partners", "--orgs", "jp-mod,gb-mod,nato-hq")
    for user, org in [("aiko", "jp-mod"), ("tom", "gb-mod"), ("mia", "nato-hq")]:
        cli("users", "add", user, "--org", org, "--role", "analyst")
        cli("tokens", "add", "--user", user)

    code, text = verify(kizuna, data)
    if code != 0:
        print(f"FAILED: a clean log does not verify: {text}", file=sys.stderr)
        return 1
    con = sqlite3.connect(os.path.join(data, "sharing.sqlite"))
    lines = [row for row in con.execute("SELECT sequence, line FROM audit ORDER BY sequence")]
    con.close()
    print(f"audit: clean log of {len(lines)} entries verifies ({text})")

    failures = []
    checked = 0

    def expect_broken(copy, sequence, what):
        nonlocal checked
        checked += 1
        code, text = verify(kizuna, copy)
        named = re.search(rf"\bline {sequence}\b|\bsequence {sequence}\b|\bentry {sequence}\b", text)
        if code == 0 or not named:
            failures.append(f"{what}: exit {code}, {text!r}")
        shutil.rmtree(copy)

    def flip(sequence, line, position):
        original = line[position]
        replacement = random.choice([c for c in "abcdefABCDEF0123456789 {}\":,x" if c != original])
        changed = line[:position] + replacement + line[position + 1:]
        copy = tampered_copy(data, work, lambda c: c.execute(
            "UPDATE audit SET line = ? WHERE sequence = ?", (changed, sequence)))
        expect_broken(copy, sequence, f"entry {sequence}, byte {position} {original!r}->{replacement!r}")

    sequence, line = lines[len(lines) // 2]
    for position in range(len(line)):
        flip(sequence, line, position)
    for sequence, line in lines:
        flip(sequence, line, random.randrange(len(line)))
    for sequence, _ in lines[:-1]:
        copy = tampered_copy(data, work, lambda c, s=sequence: c.execute("DELETE FROM audit WHERE sequence = ?", (s,)))
        expect_broken(copy, sequence + 1, f"removal of entry {sequence}")

    # cutting entries from the end leaves a valid chain; a checkpoint signed earlier catches it
    checkpoint = os.path.join(work, "checkpoint.txt")
    with open(checkpoint, "w") as f:
        f.write(subprocess.run([kizuna, "audit", "checkpoint", "--data", data], check=True, capture_output=True,
                               text=True).stdout)
    last = lines[-1][0]
    copy = tampered_copy(data, work, lambda c: c.execute("DELETE FROM audit WHERE sequence = ?", (last,)))
    code, text = verify(kizuna, copy)
    if code != 0:
        failures.append(f"without a checkpoint, a log cut at its end should still verify: {text}")
    r = subprocess.run([kizuna, "audit", "verify", "--data", copy, "--checkpoint", checkpoint],
                       capture_output=True, text=True)
    checked += 1
    if r.returncode == 0 or "removed from the end" not in r.stdout + r.stderr:
        failures.append(f"the checkpoint did not catch the cut: {r.stdout + r.stderr!r}")
    else:
        print(f"audit: the last entry cut: caught with the signed checkpoint ({(r.stdout + r.stderr).strip()})")

    for f in failures[:20]:
        print("FAILED:", f, file=sys.stderr)
    print(f"audit: {checked} tampered copies, {checked - len(failures)} caught and blamed on the right entry")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

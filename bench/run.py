#!/usr/bin/env python3
"""Benchmark harness: run bench/programs/*.py under pycopy, CPython 3.11 and
(optionally) MicroPython, interleaved, and print times and ratios.

Usage:
    python3 bench/run.py [--runs N] [--filter SUBSTR] [--pycopy PATH]
                         [--json OUT] [--compare OLD.json] [--timeout SECS]

Interpreters:
    pycopy       --pycopy PATH, default target/release/pycopy at the repo root;
                 if the binary is missing the harness says so and runs the rest.
    cpython      /usr/bin/python3.11 (the reference for outputs and ratios).
    micropython  the binary named by the MICROPYTHON environment variable, if set.

For every program each interpreter is run N times, round-robin (A B C A B C ...),
so slow drifts of a shared machine hit all of them alike. Each run is timed as
wall time around the whole process (start-up included, nothing subtracted).
Every run's stdout must equal CPython's; otherwise the cell shows MISMATCH, FAIL
(non-zero exit) or TIMEOUT instead of a time, and that program is left out of
the geometric mean for that interpreter.

Only the standard library is used, so any Python 3 can run this file.
"""

import argparse
import datetime
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
CPYTHON = "/usr/bin/python3.11"

# Status values stored per (program, interpreter).
OK = "ok"
FAIL = "FAIL"
MISMATCH = "MISMATCH"
TIMEOUT = "TIMEOUT"


class Interp:
    """One interpreter under test: a short name and the command prefix."""

    def __init__(self, name, path, options=()):
        self.name = name
        self.path = path
        self.options = list(options)

    def command(self, script):
        return [self.path] + self.options + [script]


def find_interpreters(pycopy_path, heapsize="256M"):
    """Return the interpreters present on this machine, CPython first."""
    found = []
    if os.access(CPYTHON, os.X_OK):
        found.append(Interp("cpython", CPYTHON))
    else:
        print("note: %s not found; outputs are checked against the first "
              "interpreter that ran instead" % CPYTHON)
    if os.path.isfile(pycopy_path) and os.access(pycopy_path, os.X_OK):
        # The default 2 MiB heap (as on Pycopy's unix port) is too small for
        # programs sized for CPython; give pycopy (and MicroPython) room.
        found.append(Interp("pycopy", pycopy_path, ["-X", "heapsize=" + heapsize]))
    else:
        print("note: pycopy binary %s not found (build it with "
              "`cargo build --release`); running the others only" % pycopy_path)
    mp = os.environ.get("MICROPYTHON")
    if mp:
        resolved = mp if os.path.sep in mp else shutil.which(mp)
        if resolved and os.access(resolved, os.X_OK):
            found.append(Interp("micropython", resolved, ["-X", "heapsize=" + heapsize]))
        else:
            print("note: MICROPYTHON=%s is not an executable; skipping it" % mp)
    return found


def find_programs(substr):
    names = sorted(n for n in os.listdir(PROGRAMS_DIR) if n.endswith(".py"))
    if substr:
        names = [n for n in names if substr in n]
    return [os.path.join(PROGRAMS_DIR, n) for n in names]


def child_cpu():
    """User + system CPU seconds used so far by all waited-for children."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_once(interp, script, timeout):
    """Run one process.

    Returns (wall seconds, CPU seconds, returncode or None on timeout, out, err).
    Processes run one at a time, so the change in the children's CPU total is
    this process's user + system time.
    """
    cmd = interp.command(script)
    cpu0 = child_cpu()
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout, cwd=PROGRAMS_DIR)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, 0.0, None, b"", b""
    except OSError as exc:
        return 0.0, 0.0, -1, b"", str(exc).encode()
    elapsed = time.perf_counter() - start
    return elapsed, child_cpu() - cpu0, proc.returncode, proc.stdout, proc.stderr


def last_line(data):
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[-1] if text else ""


def bench_program(script, interps, runs, timeout, use_cpu):
    """Run one program round-robin; return {interp name: result dict}.

    `times_ms` holds wall times, `cpu_ms` user + system times; `median_ms` and
    `min_ms` summarise the one chosen by `use_cpu`.
    """
    res = {}
    for it in interps:
        res[it.name] = {"status": OK, "times_ms": [], "cpu_ms": [], "output": None,
                        "error": ""}
    reference = None  # CPython's output when CPython is present and succeeds
    for _ in range(runs):
        for it in interps:
            r = res[it.name]
            if r["status"] != OK:
                continue  # a failed interpreter is not retried on this program
            secs, cpu, rc, out, err = run_once(it, script, timeout)
            if rc is None:
                r["status"] = TIMEOUT
                r["error"] = "no exit within %g s" % timeout
                continue
            if rc != 0:
                r["status"] = FAIL
                r["error"] = "exit %d: %s" % (rc, last_line(err) or last_line(out))
                continue
            text = out.decode("utf-8", "replace")
            if r["output"] is None:
                r["output"] = text
            elif text != r["output"]:
                r["status"] = MISMATCH
                r["error"] = "output changed between runs: %r" % last_line(out)
                continue
            if reference is None:
                reference = text
            elif text != reference:
                r["status"] = MISMATCH
                r["error"] = "printed %r, expected %r" % (last_line(out),
                                                          reference.strip())
                continue
            r["times_ms"].append(secs * 1000.0)
            r["cpu_ms"].append(cpu * 1000.0)
    for r in res.values():
        t = r["cpu_ms"] if use_cpu else r["times_ms"]
        if r["status"] == OK and t:
            r["median_ms"] = statistics.median(t)
            r["min_ms"] = min(t)
    return res


def ratio(results, prog, a, b="cpython"):
    """Median of `a` over median of `b` for one program, or None."""
    ra = results[prog].get(a)
    rb = results[prog].get(b)
    if not ra or not rb or ra["status"] != OK or rb["status"] != OK:
        return None
    if not rb.get("median_ms") or "median_ms" not in ra:
        return None
    return ra["median_ms"] / rb["median_ms"]


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def cell(r):
    """Text for one interpreter's time: 'median (min)' or the failure status."""
    if r is None:
        return "-"
    if r["status"] != OK:
        return r["status"]
    return "%.1f (%.1f)" % (r["median_ms"], r["min_ms"])


def print_table(results, names, use_cpu):
    others = [n for n in names if n != "cpython"]
    has_cpy = "cpython" in names
    header = ["program"] + ["%s ms" % n for n in names]
    if has_cpy:
        header += ["%s/cpy" % n for n in others]
    rows = []
    for prog in results:
        row = [prog] + [cell(results[prog].get(n)) for n in names]
        if has_cpy:
            for n in others:
                q = ratio(results, prog, n)
                row.append("%.2f" % q if q is not None else "-")
        rows.append(row)
    if has_cpy and others:
        foot = ["geomean"] + [""] * len(names)
        for n in others:
            qs = [ratio(results, p, n) for p in results]
            qs = [q for q in qs if q is not None]
            g = geomean(qs)
            foot.append("%.2f (%d)" % (g, len(qs)) if g is not None else "-")
        rows.append(foot)
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]

    def fmt(row):
        parts = [str(row[0]).ljust(widths[0])]
        parts += [str(c).rjust(w) for c, w in zip(row[1:], widths[1:])]
        return "  ".join(parts)

    print()
    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for r in rows[:-1] if (has_cpy and others) else rows:
        print(fmt(r))
    if has_cpy and others:
        print("  ".join("-" * w for w in widths))
        print(fmt(rows[-1]))
    print("\ntimes: median (min) of each process's %s time in ms, start-up "
          "included; ratios: median / CPython median, below 1 is faster than "
          "CPython; geomean over programs where both succeeded (count in "
          "parentheses)" % ("user+system CPU" if use_cpu else "wall"))
    problems = [(p, n, r["error"]) for p in results for n, r in results[p].items()
                if r["status"] != OK]
    if problems:
        print("\nproblems:")
        for p, n, e in problems:
            print("  %s under %s: %s" % (p, n, e))


def print_compare(results, old_path):
    try:
        with open(old_path) as f:
            old = json.load(f)
    except (OSError, ValueError) as exc:
        print("cannot read %s: %s" % (old_path, exc))
        return
    old_res = old.get("programs", {})
    print("\nchange vs %s (%s): median ms, old -> new" % (old_path,
                                                         old.get("date", "?")))
    names = []
    for prog in results:
        for n in results[prog]:
            if n not in names:
                names.append(n)
    for n in names:
        changes = []
        print("\n%s:" % n)
        for prog in results:
            new = results[prog].get(n)
            prev = old_res.get(prog, {}).get(n)
            if new is None or prev is None:
                continue
            if new["status"] != OK or prev.get("status") != OK:
                print("  %-22s %10s -> %s" % (prog, prev.get("status"),
                                              new["status"]))
                continue
            q = new["median_ms"] / prev["median_ms"]
            changes.append(q)
            print("  %-22s %10.1f -> %8.1f  %+6.1f%%" % (
                prog, prev["median_ms"], new["median_ms"], (q - 1.0) * 100.0))
        g = geomean(changes)
        if g is not None:
            print("  %-22s %+31.1f%%  (geomean of new/old, %d programs)" % (
                "overall", (g - 1.0) * 100.0, len(changes)))
        elif not changes:
            print("  (no program timed in both runs)")


def version_of(interp):
    try:
        p = subprocess.run([interp.path, "-c", "import sys; print(sys.version)"],
                           capture_output=True, timeout=10,
                           stdin=subprocess.DEVNULL)
        return p.stdout.decode("utf-8", "replace").strip().splitlines()[0]
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return "?"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5,
                    help="runs per interpreter and program (default 5)")
    ap.add_argument("--filter", default="",
                    help="only programs whose file name contains SUBSTR")
    ap.add_argument("--heapsize", default="256M",
                    help="heap size given to pycopy and MicroPython (-X heapsize=)")
    ap.add_argument("--pycopy", default=os.path.join(REPO_ROOT, "target",
                                                     "release", "pycopy"),
                    help="path of the pycopy binary")
    ap.add_argument("--json", metavar="OUT", help="save results to OUT")
    ap.add_argument("--compare", metavar="OLD",
                    help="print per-program change vs an earlier --json file")
    ap.add_argument("--cpu", action="store_true",
                    help="rank by user+system CPU time instead of wall time "
                         "(steadier on a busy machine; both are always saved)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before one run counts as TIMEOUT (default 300)")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    interps = find_interpreters(args.pycopy, args.heapsize)
    if not interps:
        print("no interpreter found")
        return 2
    programs = find_programs(args.filter)
    if not programs:
        print("no program matches %r" % args.filter)
        return 2
    names = [it.name for it in interps]
    print("interpreters: " + ", ".join("%s=%s" % (it.name, it.path) for it in interps))
    print("programs: %d, runs each: %d" % (len(programs), args.runs))

    results = {}
    for script in programs:
        prog = os.path.basename(script)[:-3]
        sys.stdout.write("  %-22s" % prog)
        sys.stdout.flush()
        results[prog] = bench_program(script, interps, args.runs, args.timeout,
                                      args.cpu)
        sys.stdout.write(" ".join("%s=%s" % (n, cell(results[prog][n]))
                                  for n in names) + "\n")
    print_table(results, names, args.cpu)

    if args.json:
        data = {
            "date": datetime.datetime.now().isoformat(timespec="seconds"),
            "machine": platform.platform(),
            "runs": args.runs,
            "clock": "cpu" if args.cpu else "wall",
            "interpreters": {it.name: {"path": it.path, "version": version_of(it)}
                             for it in interps},
            "programs": results,
            "geomean": {n: geomean([ratio(results, p, n) for p in results])
                        for n in names if n != "cpython"},
        }
        with open(args.json, "w") as f:
            json.dump(data, f, indent=1, sort_keys=True)
        print("\nsaved %s" % args.json)
    if args.compare:
        print_compare(results, args.compare)
    bad = any(r["status"] != OK for p in results.values() for r in p.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

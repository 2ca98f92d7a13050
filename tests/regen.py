#!/usr/bin/env python3
"""Regenerate (or check) the expected-output files of the end-to-end tests.

Every ``tests/cases/**/*.py`` is a test unless a path component below
``tests/cases`` starts with ``_`` (those are helper modules and packages that
tests import). For each test this runs ``/usr/bin/python3.11 name.py`` with the
script's directory as the working directory, ``PYTHONHASHSEED=0`` and a 10 s
timeout, and writes its stdout to ``name.exp`` beside the script.

Markers, looked for in the first three lines of a script:

* ``# pycopy-exp: <reason>``: the ``.exp`` file is written by hand because
  Pycopy deliberately differs from CPython here; it is never overwritten.
* ``# expect-exit: N``: the script is expected to exit with status ``N``
  (e.g. an uncaught exception gives 1). Without it any nonzero status is an
  error and no ``.exp`` is written.

Usage::

    python3 tests/regen.py            # (re)write every stale .exp
    python3 tests/regen.py --check    # only report stale/missing .exp; exit 1 if any
    python3 tests/regen.py PATH...    # limit to these scripts or directories
"""

import os
import re
import subprocess
import sys
from pathlib import Path

CPYTHON = "/usr/bin/python3.11"
TIMEOUT = 10
HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
MARKER_LINES = 3


def is_helper(path):
    """True if any component of ``path`` below the cases dir starts with ``_``."""
    rel = path.relative_to(CASES)
    return any(part.startswith("_") for part in rel.parts)


def markers(path):
    """Return ``(hand_written, expected_exit)`` read from the script's first lines."""
    hand = False
    code = 0
    with open(path, encoding="utf-8") as f:
        for _ in range(MARKER_LINES):
            line = f.readline()
            if line.startswith("# pycopy-exp:"):
                hand = True
            m = re.match(r"#\s*expect-exit:\s*(\d+)", line)
            if m:
                code = int(m.group(1))
    return hand, code


def collect(args):
    """All test scripts under the given paths (default: every case)."""
    roots = [Path(a).resolve() for a in args] or [CASES]
    found = []
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for f in files:
            if f.suffix == ".py" and not is_helper(f):
                found.append(f)
    return sorted(set(found))


def run(script):
    """Run one script under CPython; return ``(stdout_bytes, returncode)``."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "LC_ALL": "C.UTF-8",
    }
    proc = subprocess.run(
        [CPYTHON, script.name],
        cwd=script.parent,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    return proc.stdout, proc.returncode, proc.stderr


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    written = stale = errors = skipped = 0
    for script in collect(args):
        rel = script.relative_to(HERE)
        hand, want_code = markers(script)
        exp = script.with_suffix(".exp")
        if hand:
            skipped += 1
            if not exp.exists():
                print(f"MISSING hand-written {rel.with_suffix('.exp')}")
                errors += 1
            continue
        try:
            out, code, err = run(script)
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT {rel}")
            errors += 1
            continue
        if code != want_code:
            print(f"EXIT {code} (want {want_code}) {rel}")
            print(err.decode("utf-8", "replace")[-2000:])
            errors += 1
            continue
        if err and want_code == 0:
            # Not an error (stderr is not compared), but usually a sign of a
            # CPython-only warning that the script should avoid.
            print(f"note: {rel} wrote to stderr: {err.decode('utf-8', 'replace')[:200]!r}")
        old = exp.read_bytes() if exp.exists() else None
        if old == out:
            continue
        if check:
            print(f"STALE {rel}")
            stale += 1
        else:
            exp.write_bytes(out)
            print(f"wrote {rel.with_suffix('.exp')}")
            written += 1
    print(f"written {written}, stale {stale}, errors {errors}, hand-written {skipped}")
    return 1 if errors or stale else 0


if __name__ == "__main__":
    sys.exit(main())

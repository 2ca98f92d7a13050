#!/bin/sh
# Parse speed: pycopy-parser (lex + parse, one thread, release build) versus
# CPython 3.11's ast.parse over the same files: the CPython standard library
# without site-packages (or the directories given as arguments).
# Prints both MB/s figures and the ratio.
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-/usr/bin/python3.11}
if [ "$#" -eq 0 ]; then
    set -- "$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
fi
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build -q --release ${MANIFEST:+--manifest-path "$MANIFEST"} -p pycopy-parser --example parse_files
LIST=$(mktemp)
trap 'rm -f "$LIST"' EXIT
find "$@" -name site-packages -prune -o -name '*.py' -type f -print | sort > "$LIST"
OURS=$(xargs "$CARGO_TARGET_DIR/release/examples/parse_files" < "$LIST" | tail -n 1)
echo "pycopy-parser: $OURS"
CPY=$("$PY" -W ignore - "$LIST" <<'PYEOF'
import ast, sys, time
total = 0
elapsed = 0.0
for path in open(sys.argv[1]).read().split("\n"):
    if not path:
        continue
    try:
        data = open(path, "rb").read()
    except OSError:
        continue
    t0 = time.perf_counter()
    try:
        ast.parse(data)
    except (SyntaxError, ValueError):
        pass
    elapsed += time.perf_counter() - t0
    total += len(data)
print(f"{total / 1e6 / elapsed:.1f}")
PYEOF
)
echo "CPython ast.parse: $CPY MB/s"
OURS_MBS=$(echo "$OURS" | sed 's/.*, \([0-9.]*\) MB\/s/\1/')
echo "ratio: $(echo "$OURS_MBS $CPY" | awk '{printf "%.1fx", $1 / $2}')"

#!/usr/bin/env bash
# Side-by-side timing of two binaries (or commands) on the same arguments:
# the runs alternate, so that the machine's drift over the minutes of the
# run falls on both alike; prints the median and best wall time, the median
# CPU time (user + system) and the median peak RSS of each.
# Usage: bench/ab.sh RUNS BIN_A BIN_B ARGS...
#   bench/ab.sh 6 /tmp/secaudit.old /tmp/secaudit.new code /usr/lib/python3/dist-packages/django \
#     --analyzers config,python,javascript,templates --format json -o /tmp/o.json --exit-zero -q
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 RUNS BIN_A BIN_B ARGS..." >&2; exit 2; }
runs=$1 a=$2 b=$3
shift 3
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for i in $(seq "$runs"); do
	for bin in "$a" "$b"; do
		/usr/bin/time -a -o "$times" -f "$bin %e %U %S %M" "$bin" "$@" >/dev/null 2>&1 || true
	done
done
/usr/bin/python3 - "$times" "$a" "$b" <<'PY'
import statistics as st, sys
rows = {}
for line in open(sys.argv[1]):
    p = line.rsplit(None, 4)
    if len(p) == 5:
        rows.setdefault(p[0], []).append((float(p[1]), float(p[2]) + float(p[3]), int(p[4]) // 1024))
for name in sys.argv[2:]:
    r = rows.get(name, [])
    if r:
        print("%s: wall median %.3f s, best %.3f s; CPU median %.3f s; peak RSS median %d MiB (%d runs)" % (
            name, st.median(x[0] for x in r), min(x[0] for x in r), st.median(x[1] for x in r), st.median(x[2] for x in r), len(r)))
PY

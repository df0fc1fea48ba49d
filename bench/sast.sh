#!/usr/bin/env bash
# Static analysis speed: `secaudit code` (configuration, Python taint
# analysis, JavaScript, templates) against Debian's Bandit on Debian's
# python3-django source tree, in the same run; the tree-sitter parsing floor
# of the same files; and a 20 MiB generated module.
# Usage: bench/sast.sh [RUNS]   (apt-get install python3-django bandit)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/usr/local/go/bin:$PATH
runs=${1:-3}
tree=/usr/lib/python3/dist-packages/django
[ -d "$tree" ] || { echo "missing $tree: apt-get install python3-django" >&2; exit 2; }
command -v bandit >/dev/null || { echo "bandit missing: apt-get install bandit" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/secaudit
go build -o "$bin" ./cmd/secaudit

py=$(find "$tree" -name '*.py' | wc -l)
pybytes=$(find "$tree" -name '*.py' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB"
echo "tree: $tree ($py .py files, $((pybytes / 1024)) KiB of Python)"

wall() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
best() { sort -n | head -1; }
# The code analyzers of the Python taint engine's issue; secrets (gitleaks)
# and dependencies have their own benchmarks (bench/secrets.sh, bench/deps.sh).
code_analyzers=config,python,javascript,templates

# The two tools alternate, so that the machine's drift over the minutes of
# the run (±20% here) falls on both alike; best and median of each.
: >"$work/b.times"
: >"$work/s.times"
for i in $(seq "$runs"); do
	wall bandit -r "$tree" -q -f json -o "$work/bandit.json" >>"$work/b.times"
	wall "$bin" code "$tree" --analyzers $code_analyzers --format json -o "$work/secaudit.json" --exit-zero -q >>"$work/s.times"
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
b=$(best <"$work/b.times")
s=$(best <"$work/s.times")
bm=$(median <"$work/b.times")
sm=$(median <"$work/s.times")
rss=$( { /usr/bin/time -f '%M' "$bin" code "$tree" --analyzers $code_analyzers --format json -o "$work/secaudit.json" --exit-zero -q; } 2>&1 | tail -1)
files=$(python3 -c "import json; r=json.load(open('$work/secaudit.json')); print(sum(a['files'] for a in r['analyzers'] if a['id']=='python'))")
echo "bandit -r: best of $runs ${b}s wall ($(echo "scale=0; $py / $b" | bc) files/s)"
echo "secaudit code --analyzers $code_analyzers: best of $runs ${s}s wall ($(echo "scale=0; $py / $s" | bc) Python files/s), peak RSS $((rss / 1024)) MiB"
echo "throughput ratio secaudit/bandit: $(echo "scale=1; $b / $s" | bc)x (best of $runs each); medians ${bm}s / ${sm}s = $(echo "scale=1; $bm / $sm" | bc)x"

# The floor: tree-sitter parsing into the front end's representation, on all
# cores, without analysis (Go benchmark over the same files).
floor=$(go test ./internal/analyzer/python/ -run '^$' -bench 'DjangoParse$' -benchtime 3x | awk '/BenchmarkDjangoParse/{print $3/1e9}')
full=$(go test ./internal/analyzer/python/ -run '^$' -bench 'Django$' -benchtime 3x | awk '/BenchmarkDjango-/{print $3/1e9}')
echo "python analyzer alone: ${full}s; parsing alone: ${floor}s; ratio $(echo "scale=2; $full / $floor" | bc)"
# The whole run (the command above, best of $runs) against the same floor.
echo "whole run secaudit code vs parsing alone: ${s}s / ${floor}s = $(echo "scale=2; $s / $floor" | bc)"

/usr/bin/python3 bench/gen_large.py "$work/large.py"
mkdir -p "$work/large" && mv "$work/large.py" "$work/large/"
t=$( { /usr/bin/time -f '%e %M' "$bin" code "$work/large" --analyzers $code_analyzers --format json -o "$work/large.json" --exit-zero -q; } 2>&1 | tail -1)
echo "20 MiB generated module: ${t% *}s wall, peak RSS $(( ${t#* } / 1024 )) MiB, $(python3 -c "import json; print(len(json.load(open('$work/large.json'))['findings']))") findings"

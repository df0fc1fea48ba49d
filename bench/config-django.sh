#!/usr/bin/env bash
# Times `secaudit code` (configuration analyzer) over Debian's python3-django
# source tree, and Bandit over the same tree in the same run, for scale.
# Usage: bench/config-django.sh [RUNS]   (needs: apt-get install python3-django bandit)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/usr/local/go/bin:$PATH
runs=${1:-5}
tree=/usr/lib/python3/dist-packages/django
[ -d "$tree" ] || { echo "missing $tree: apt-get install python3-django" >&2; exit 2; }

bin=$(mktemp -d)/secaudit
go build -o "$bin" ./cmd/secaudit
files=$(find "$tree" -name '*.py' | wc -l)
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "tree: $tree ($files .py files, $(du -sh --apparent-size "$tree" | cut -f1))"

best() { sort -n | head -1; }
times=()
for i in $(seq "$runs"); do
  s=$(date +%s.%N)
  "$bin" code "$tree" --format json -o /dev/null --exit-zero -q
  e=$(date +%s.%N)
  times+=("$(echo "$e - $s" | bc)")
done
sa=$(printf '%s\n' "${times[@]}" | best)
rss=$( { /usr/bin/time -f '%M' "$bin" code "$tree" --format json -o /dev/null --exit-zero -q; } 2>&1 | tail -1)
echo "secaudit code: best of $runs ${sa}s wall, peak RSS ${rss} KB"

if command -v bandit >/dev/null; then
  s=$(date +%s.%N)
  bandit -r "$tree" -q -f json -o /dev/null >/dev/null 2>&1 || true
  e=$(date +%s.%N)
  bt=$(echo "$e - $s" | bc)
  echo "bandit -r (all plugins, one run): ${bt}s wall"
  echo "ratio bandit/secaudit: $(echo "scale=1; $bt / $sa" | bc)x"
else
  echo "bandit not installed: apt-get install bandit"
fi

#!/usr/bin/env bash
# Secrets: secaudit's secrets analyzer (bench/secretscan: the runner with that
# analyzer alone) against the gitleaks CLI, in the same run, on the same trees:
#   working tree: Debian's Django source and this repository (gitleaks dir)
#   history:      this repository's git history (gitleaks git)
# Prints wall times (best of RUNS) and finding counts, and compares the
# findings by file and line.
# Usage: bench/secrets.sh [RUNS]
# Needs: git, python3, python3-django (apt-get), and the gitleaks CLI:
#   flock /tmp/secaudit-build.lock go install github.com/zricethezav/gitleaks/v8@v8.30.1
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/usr/local/go/bin:$PATH:$(go env GOPATH)/bin
runs=${1:-3}
django=/usr/lib/python3/dist-packages/django
repo=$(pwd)
command -v gitleaks >/dev/null || { echo "gitleaks CLI missing: go install github.com/zricethezav/gitleaks/v8@v8.30.1" >&2; exit 2; }
[ -d "$django" ] || { echo "missing $django: apt-get install python3-django" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flock /tmp/secaudit-build.lock nice -n 10 go build -o "$work/secretscan" ./bench/secretscan
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "gitleaks: $(gitleaks version)"

# best RUNS... CMD: best wall time of RUNS runs of CMD (seconds)
best() {
  local n=$1; shift
  local b=""
  for _ in $(seq "$n"); do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
  done
  echo "$b"
}

# compare NAME SECAUDIT_JSON GITLEAKS_JSON: counts and file:line overlap.
compare() {
  python3 - "$@" <<'PY'
import json, sys
name, sa, gl = sys.argv[1:4]
s = json.load(open(sa))
g = json.load(open(gl))
sf = [f for f in s["findings"] + (s.get("hidden") or []) + (s.get("suppressions") or []) if f["analyzer"] == "secrets"]
skeys = {(f["location"]["path"], f["location"]["line"]) for f in sf}
root = sys.argv[4] if len(sys.argv) > 4 else ""
def norm(p, root):
    if root and p.startswith(root):
        p = p[len(root):]
    while p.startswith("/") or p.startswith("./"):
        p = p[1:] if p.startswith("/") else p[2:]
    return p
gkeys = {(norm(x["File"], root), x["StartLine"]) for x in g}
by_rule = {}
for f in sf:
    by_rule[f["rule_id"]] = by_rule.get(f["rule_id"], 0) + 1
errs = [e for e in s["errors"] if e["analyzer"] == "secrets"]
print(f"  {name}: secaudit {len(sf)} findings at {len(skeys)} places {by_rule}; gitleaks {len(g)} findings at {len(gkeys)} places")
for e in errs:
    print(f"    error entry: {e['path']} {e['kind']}: {e['message'][:100]}")
print(f"  {name}: both {len(skeys & gkeys)}, gitleaks only {len(gkeys - skeys)}, secaudit only {len(skeys - gkeys)}; secaudit error entries {len(errs)}")
for p, l in sorted(gkeys - skeys):
    rules = sorted({x["RuleID"] for x in g if norm(x["File"], root) == p and x["StartLine"] == l})
    print(f"    gitleaks only: {p}:{l} {rules}")
for p, l in sorted(skeys - gkeys):
    rules = sorted({f["rule_id"] + ("/" + f["title"].split("gitleaks rule ")[-1].rstrip(")") if "gitleaks rule" in f["title"] else "") for f in sf if (f["location"]["path"], f["location"]["line"]) == (p, l)})
    print(f"    secaudit only: {p}:{l} {rules}")
PY
}

tree_bench() {
  local name=$1 dir=$2
  echo "== working tree: $name ($dir, $(find "$dir" -type f | wc -l) files, $(du -sh --apparent-size "$dir" | cut -f1))"
  local ts tg
  ts=$(best "$runs" "$work/secretscan" -o "$work/sa-$name.json" "$dir")
  tg=$(best "$runs" gitleaks dir "$dir" --no-banner --exit-code 0 --report-format json --report-path "$work/gl-$name.json")
  echo "  secaudit secrets: best of $runs ${ts}s; gitleaks dir: best of $runs ${tg}s; ratio gitleaks/secaudit $(echo "scale=2; $tg / $ts" | bc)x"
  compare "$name" "$work/sa-$name.json" "$work/gl-$name.json" "$dir"
}

tree_bench django "$django"
# This repository's working tree, without .git (gitleaks dir skips .git too).
tree_bench repo "$repo"

echo "== history: this repository ($(git -C "$repo" rev-list --all --count) commits)"
ts=$(best "$runs" "$work/secretscan" -history -o "$work/sa-hist.json" "$repo")
th=$(best "$runs" "$work/secretscan" -history-only -o "$work/sa-histonly.json" "$repo")
tg=$(best "$runs" gitleaks git "$repo" --no-banner --exit-code 0 --report-format json --report-path "$work/gl-hist.json")
echo "  secaudit history only: best of $runs ${th}s; gitleaks git: best of $runs ${tg}s; ratio gitleaks/secaudit $(echo "scale=2; $tg / $th" | bc)x"
echo "  secaudit --history (working tree + history in one run): best of $runs ${ts}s"
python3 - "$work/sa-histonly.json" "$work/gl-hist.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); g = json.load(open(sys.argv[2]))
sf = [f for f in s["findings"] + (s.get("hidden") or []) + (s.get("suppressions") or []) if f["analyzer"] == "secrets"]
skeys = {(f["location"]["path"], f["location"]["line"]) for f in sf}
gkeys = {(x["File"], x["StartLine"]) for x in g}
print(f"  history only: secaudit {len(sf)} findings (one per file and secret); gitleaks {len(g)} findings ({len(gkeys)} file:line places, {len({x['Commit'] for x in g})} commits)")
print(f"  history only: both {len(skeys & gkeys)}, gitleaks only {len(gkeys - skeys)}, secaudit only {len(skeys - gkeys)}")
for p, l in sorted(gkeys - skeys):
    print(f"    gitleaks only: {p}:{l} {sorted({x['RuleID'] for x in g if (x['File'], x['StartLine']) == (p, l)})}")
for p, l in sorted(skeys - gkeys):
    print(f"    secaudit only: {p}:{l} {sorted({f['rule_id'] for f in sf if (f['location']['path'], f['location']['line']) == (p, l)})}")
PY
python3 - "$work/sa-hist.json" "$work/gl-hist.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); g = json.load(open(sys.argv[2]))
sf = [f for f in s["findings"] + (s.get("hidden") or []) + (s.get("suppressions") or []) if f["analyzer"] == "secrets"]
hist = [f for f in sf if any(x.startswith("committed in ") for x in f["evidence"].get("facts", []))]
gsecrets = {(x["File"], x["StartLine"], x["Commit"]) for x in g}
print(f"  history: secaudit {len(sf)} findings ({len(hist)} with the commit that added them); gitleaks {len(g)} findings in {len({x['Commit'] for x in g})} commits, {len({(x['File'], x['Secret']) for x in g})} distinct file+secret pairs")
PY

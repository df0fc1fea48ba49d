#!/usr/bin/env bash
# Dependencies analyzer benchmark: import the OSV snapshot, then time
# secaudit's match on vulnshop's lockfiles and on a generated 500-package
# requirements file, and osv-scanner on the same lockfiles with the same
# database when it can be built here.
#
#   bash bench/deps.sh [RUNS]      (OSV_SNAPSHOT=dir overrides ../shared/osv)
set -euo pipefail
export PATH=/usr/local/go/bin:$PATH
runs=${1:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)
snap=${OSV_SNAPSHOT:-$repo/../shared/osv}
[ -f "$snap/PyPI/all.zip" ] || { echo "no OSV snapshot at $snap (set OSV_SNAPSHOT)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lock() { flock /tmp/secaudit-build.lock nice -n 10 "$@"; }

(cd "$repo" && lock go build -o "$work/secaudit" ./cmd/secaudit)
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
# Import: the full snapshot, and PyPI alone (the issue's 5 s budget).
for i in $(seq "$runs"); do
  rm -rf "$work/db1"; t=$(date +%s%N); "$work/secaudit" db import --db "$work/db1" "$snap/PyPI/all.zip" >/dev/null 2>&1; ms "$t"
done | median | sed 's/^/import PyPI all.zip (2,661 advisories), median ms: /'
"$work/secaudit" db import --db "$work/db" "$snap" 2>/dev/null | grep advisories

# Inputs: vulnshop's lockfiles alone (so that only the deps analyzer has
# work), and 500 distinct PyPI packages pinned at versions their advisories list.
mkdir -p "$work/vulnshop" "$work/gen500"
cp "$repo/examples/vulnshop/requirements.txt" "$repo/examples/vulnshop/package-lock.json" "$work/vulnshop/"
python3 - "$snap/PyPI/all.zip" > "$work/gen500/requirements.txt" <<'PY'
import json, sys, zipfile
pins = {}
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in z.namelist():
        for a in json.loads(z.read(n)).get("affected", []):
            name, vs = a["package"]["name"], a.get("versions") or []
            if name not in pins and vs and not any(c in vs[0] for c in " -"):
                pins[name] = vs[0]
for name in sorted(pins)[:500]:
    print(f"{name}=={pins[name]}")
PY
wc -l < "$work/gen500/requirements.txt" | sed 's/^/generated pins: /'

for target in vulnshop gen500; do
  for i in $(seq "$runs"); do
    t=$(date +%s%N); "$work/secaudit" code --db "$work/db" -q --exit-zero --format json -o "$work/$target.json" "$work/$target"; ms "$t"
  done | median | sed "s/^/secaudit code $target (whole command), median ms: /"
  python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  DEP-VULN findings:', sum(f['rule_id']=='DEP-VULN' for f in r['findings']))" "$work/$target.json"
done
# The match alone, in process, after import (extraction included).
(cd "$repo" && lock go test -count=1 -run 'TestMatch500Budget' -v ./internal/analyzer/deps/ | grep 'pins:' | sed 's/^ *//')

# osv-scanner, offline, on the same lockfiles and the same advisories.
# v2 needs a newer Go than this machine's; v1.9.2 (the last v1) builds with
# it and has the same offline matching (flags prefixed --experimental-).
osv=$(command -v osv-scanner || true)
osvflags=(scan source --offline-vulnerabilities --local-db-path "$work/osvdb")
if [ -z "$osv" ]; then
  if GOBIN="$work/bin" lock go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.6.0 > "$work/osv-install.log" 2>&1; then
    osv="$work/bin/osv-scanner"
  else
    echo "osv-scanner v2.6.0: not buildable here: $(grep -m1 -o 'requires go >= [0-9.]*.*' "$work/osv-install.log" || tail -1 "$work/osv-install.log")"
    if GOBIN="$work/bin" lock go install github.com/google/osv-scanner/cmd/osv-scanner@v1.9.2 >> "$work/osv-install.log" 2>&1; then
      osv="$work/bin/osv-scanner"
    else
      echo "osv-scanner v1.9.2: not buildable either: $(tail -1 "$work/osv-install.log")"
    fi
  fi
fi
if [ -n "$osv" ]; then
  if "$osv" --version 2>/dev/null | grep -q 'version: 1\.'; then
    osvflags=(scan --experimental-offline --experimental-local-db-path "$work/osvdb")
  fi
  echo "osv-scanner: $("$osv" --version 2>/dev/null | head -1)"
  # osv-scanner's offline mode reads <local-db-path>/osv-scanner/<ECOSYSTEM>/all.zip.
  mkdir -p "$work/osvdb/osv-scanner"
  cp -r "$snap/PyPI" "$snap/npm" "$work/osvdb/osv-scanner/"
  for target in vulnshop gen500; do
    for i in $(seq "$runs"); do
      t=$(date +%s%N); "$osv" "${osvflags[@]}" --format json -r "$work/$target" > "$work/osv-$target.json" 2>/dev/null || true; ms "$t"
    done | median | sed "s/^/osv-scanner $target, median ms: /"
    python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  vulnerabilities (alias groups):', sum(len(p.get('groups',[])) for x in r.get('results',[]) for p in x['packages']))" "$work/osv-$target.json"
  done
fi

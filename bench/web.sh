#!/usr/bin/env bash
# Dynamic audit: `secaudit web` against Debian's wapiti on examples/vulnshop, in the same run.
# Each tool scans a freshly started vulnshop (127.0.0.1, free port; stored comments from one scan
# must not feed the other), logged in as alice (wapiti through wapiti-getcookie; secaudit with the
# seeded admin/alice/bob identities). Requests are counted in the app's own access log (Werkzeug
# logs every request), the same measure for both tools; secaudit's own count is in its report.
# Usage: bench/web.sh
# Needs: /usr/bin/python3 with python3-flask, python3-lxml, python3-requests; wapiti (apt-get install wapiti).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/usr/local/go/bin:$PATH
command -v wapiti >/dev/null || { echo "wapiti missing: apt-get install wapiti" >&2; exit 2; }
work=$(mktemp -d)
app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work"' EXIT
flock /tmp/secaudit-build.lock nice -n 10 go build -o "$work/secaudit" ./cmd/secaudit
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "wapiti: $(wapiti --version 2>&1 | tail -1)"

# start_app LOG: starts vulnshop on a free 127.0.0.1 port, sets url and app_pid.
start_app() {
  local port
  port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  (cd examples/vulnshop && exec /usr/bin/python3 app.py --port "$port" >"$1" 2>&1) &
  app_pid=$!
  url="http://127.0.0.1:$port/"
  for _ in $(seq 100); do curl -fs -o /dev/null "$url" && return; sleep 0.1; done
  echo "vulnshop did not start" >&2; exit 3
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
requests() { grep -cE '"(GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH) [^"]*HTTP/1\.[01]" [0-9]{3}' "$1" || true; }

cat >"$work/.secaudit.yaml" <<'YAML'
web:
  identities:
    - {name: admin, role: admin, login: {url: /login, username: admin, password: admin123}}
    - {name: alice, role: customer, login: {url: /login, username: alice, password: alice2024}}
    - {name: bob, role: customer, login: {url: /login, username: bob, password: hunter2}}
YAML

start_app "$work/secaudit-app.log"
s=$(date +%s.%N)
"$work/secaudit" web "$url" --config "$work/.secaudit.yaml" --rate 300 --concurrency 8 -q --exit-zero --format json -o "$work/secaudit.json"
e=$(date +%s.%N)
stop_app
sa_wall=$(echo "$e - $s" | bc)
sa_req=$(requests "$work/secaudit-app.log")

start_app "$work/wapiti-app.log"
wapiti-getcookie -u "${url}login" -c "$work/cookies.json" -d "username=alice&password=alice2024" >/dev/null 2>&1 || true
s=$(date +%s.%N)
wapiti -u "$url" -c "$work/cookies.json" --flush-session -f json -o "$work/wapiti.json" --max-scan-time 900 -v 0 >"$work/wapiti.out" 2>&1 || true
e=$(date +%s.%N)
stop_app
wa_wall=$(echo "$e - $s" | bc)
wa_req=$(requests "$work/wapiti-app.log")

python3 - "$work/secaudit.json" "$work/wapiti.json" "$sa_wall" "$sa_req" "$wa_wall" "$wa_req" <<'PY'
import json, sys
sa, wa = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
sw, sr, ww, wr = float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
st = sa["analyzers"][0]["http"]
print(f"secaudit: {sw:.1f} s wall, {sr} requests in the app log ({st['requests_sent']} in its report), {sr/sw:.0f} requests/s, {len(sa['findings'])} findings")
rules = {}
for f in sa["findings"]:
    rules.setdefault(f["rule_id"], []).append(f"{f['web']['method']} {f['web'].get('path_template','')} {f['web'].get('parameter','')}".strip())
for r in sorted(rules): print(f"  {r}: {'; '.join(sorted(set(rules[r])))}")
vulns = {k: v for k, v in wa.get("vulnerabilities", {}).items() if v}
anoms = {k: v for k, v in wa.get("anomalies", {}).items() if v}
n = sum(len(v) for v in vulns.values()) + sum(len(v) for v in anoms.values())
print(f"wapiti: {ww:.1f} s wall, {wr} requests in the app log, {wr/ww:.0f} requests/s, {n} findings")
for k, v in sorted(list(vulns.items()) + list(anoms.items())):
    print(f"  {k}: " + "; ".join(sorted(set(f"{x.get('method')} {x.get('path')} {x.get('parameter','')}".strip() for x in v))))
print(f"secaudit/wapiti wall time: {sw/ww:.2f}")
PY

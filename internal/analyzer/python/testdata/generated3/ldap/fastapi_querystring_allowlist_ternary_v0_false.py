# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=querystring propagation=allowlist_ternary sink=v0 expected=false
import ldap
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00490")
def benchmark_test_00490(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param if param in ("alpha", "beta") else "alpha"
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return {"result": str(result)}

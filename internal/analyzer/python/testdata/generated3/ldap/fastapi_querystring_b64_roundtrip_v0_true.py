# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=querystring propagation=b64_roundtrip sink=v0 expected=true
import base64
import ldap
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00512")
def benchmark_test_00512(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

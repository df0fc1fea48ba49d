# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookieparam propagation=direct sink=v0 expected=true
import ldap

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00488")
def benchmark_test_00488(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=multi propagation=undecidable_ternary (helper class) sink=v0 expected=true
import ldap

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.get("/00515")
def benchmark_test_00515(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=multi shape=getitem_safe sink=v0 expected=false
import ldap

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Registry:
    def __init__(self, value):
        self.value = value

    def __getitem__(self, key):
        return self.value if key == "term" else "fixed"


@app.get("/00273")
def benchmark_test_00273(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Registry(param)["other"]
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return {"result": str(result)}

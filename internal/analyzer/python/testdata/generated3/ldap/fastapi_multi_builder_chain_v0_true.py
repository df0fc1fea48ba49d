# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=multi propagation=builder_chain sink=v0 expected=true
import ldap

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.get("/00464")
def benchmark_test_00464(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Builder().set_value(param).get_value()
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=multi shape=ldap3_percent sink=specific expected=true
import ldap3

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00438")
def benchmark_test_00438(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, "(mail=%s)" % bar, attributes=["cn"])  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

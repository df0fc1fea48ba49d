# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=query shape=search_st sink=specific expected=true
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00444")
def benchmark_test_00444(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_st(LDAP_BASE, ldap.SCOPE_SUBTREE, "(cn=" + bar + ")", timeout=5)  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

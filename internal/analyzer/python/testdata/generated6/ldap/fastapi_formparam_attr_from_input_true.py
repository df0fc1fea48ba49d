# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=formparam shape=attr_from_input sink=specific expected=true
import ldap

from fastapi import FastAPI, Form, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.post("/00441")
def benchmark_test_00441(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(%s=admin)" % bar)  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

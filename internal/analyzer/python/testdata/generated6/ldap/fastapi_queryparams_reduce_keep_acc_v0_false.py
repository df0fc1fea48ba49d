# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=queryparams shape=reduce_keep_acc sink=v0 expected=false
import functools
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00241")
def benchmark_test_00241(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = functools.reduce(lambda acc, s: acc, ["a-", param], "safe")
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return {"result": str(result)}

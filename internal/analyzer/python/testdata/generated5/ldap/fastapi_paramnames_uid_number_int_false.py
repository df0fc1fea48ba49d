# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=paramnames shape=uid_number_int expected=false
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00360")
def benchmark_test_00360(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uidNumber=%d)" % int(bar))
    result = len(entries)
    return {"result": str(result)}

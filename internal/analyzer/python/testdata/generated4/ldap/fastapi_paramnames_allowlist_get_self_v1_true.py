# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=paramnames shape=allowlist_get_self sink=v1 expected=true
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00176")
def benchmark_test_00176(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = CHOICES.get(param, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

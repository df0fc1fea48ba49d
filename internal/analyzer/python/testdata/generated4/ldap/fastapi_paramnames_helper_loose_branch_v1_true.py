# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=paramnames shape=helper_loose_branch sink=v1 expected=true
import ldap3
import re

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


def normalize(value, strict=False):
    if strict:
        return re.sub(r"[^A-Za-z0-9]", "", value)
    return value.strip()


@app.get("/00050")
def benchmark_test_00050(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = normalize(param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

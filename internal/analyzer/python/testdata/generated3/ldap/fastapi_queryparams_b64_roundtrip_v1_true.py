# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=queryparams propagation=b64_roundtrip sink=v1 expected=true
import base64
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00458")
def benchmark_test_00458(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

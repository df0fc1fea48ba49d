# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookie propagation=match_const_taint sink=v1 expected=true
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00484")
def benchmark_test_00484(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

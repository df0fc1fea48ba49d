# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookieparam shape=dict_keyed_by_input_value sink=v1 expected=false
import ldap3

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00140")
def benchmark_test_00140(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    lookup = {param: "fixed"}
    bar = lookup[param]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

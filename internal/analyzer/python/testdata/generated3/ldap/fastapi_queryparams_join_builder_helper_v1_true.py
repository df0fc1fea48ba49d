# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=queryparams propagation=join_builder (helper class) sink=v1 expected=true
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.get("/00509")
def benchmark_test_00509(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

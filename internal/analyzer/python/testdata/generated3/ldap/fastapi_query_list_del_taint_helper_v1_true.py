# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=query propagation=list_del_taint (helper class) sink=v1 expected=true
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.get("/00497")
def benchmark_test_00497(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

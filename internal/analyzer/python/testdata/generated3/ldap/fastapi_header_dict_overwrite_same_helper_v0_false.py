# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=header propagation=dict_overwrite_same (helper class) sink=v0 expected=false
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00503")
def benchmark_test_00503(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return {"result": str(result)}

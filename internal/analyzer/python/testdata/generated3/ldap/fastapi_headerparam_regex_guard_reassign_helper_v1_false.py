# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=headerparam propagation=regex_guard_reassign (helper class) sink=v1 expected=false
import ldap3
import re

from fastapi import FastAPI, Header, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.get("/00521")
def benchmark_test_00521(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

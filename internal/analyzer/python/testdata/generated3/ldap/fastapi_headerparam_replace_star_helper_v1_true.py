# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=headerparam propagation=replace_star (helper class) sink=v1 expected=true
import ldap3

from fastapi import FastAPI, Header, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        bar = param.replace("*", "")
        return bar


@app.get("/00499")
def benchmark_test_00499(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

# generated case: rule=PY-LDAP-INJECTION source=fapath propagation=method_const sink=v0 expected=false
import ldap

from fastapi import FastAPI

app = FastAPI()


class Thing:
    def do_something(self, value):
        return "safe!"


@app.get("/ldap/{p}")
def handle_ldap(p: str):
    param = p
    bar = Thing().do_something(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return {"result": result}

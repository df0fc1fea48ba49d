# generated case: rule=PY-LDAP-INJECTION source=fapath propagation=float sink=v0 expected=false
import ldap

from fastapi import FastAPI

app = FastAPI()


@app.get("/ldap/{p}")
def handle_ldap(p: str):
    param = p
    bar = str(float(param))
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return {"result": result}

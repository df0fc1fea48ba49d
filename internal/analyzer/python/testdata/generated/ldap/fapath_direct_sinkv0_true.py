# generated case: rule=PY-LDAP-INJECTION source=fapath propagation=direct sink=v0 expected=true
import ldap

from fastapi import FastAPI

app = FastAPI()


@app.get("/ldap/{p}")
def handle_ldap(p: str):
    param = p
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": result}

# generated case: rule=PY-LDAP-INJECTION source=faqueryint propagation=direct sink=v0 expected=false
import ldap

from fastapi import FastAPI

app = FastAPI()


@app.get("/ldap")
def handle_ldap(p: int = 0):
    param = str(p)
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return {"result": result}

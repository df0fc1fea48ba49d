# generated case: rule=PY-LDAP-INJECTION source=faquery propagation=isdigit_guard sink=v0 expected=false
import ldap

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/ldap")
def handle_ldap(p: str = ""):
    param = p
    bar = param
    if not bar.isdigit():
        raise HTTPException(status_code=400, detail="invalid")
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return {"result": result}

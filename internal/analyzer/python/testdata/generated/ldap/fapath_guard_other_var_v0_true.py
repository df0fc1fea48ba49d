# generated case: rule=PY-LDAP-INJECTION source=fapath propagation=guard_other_var sink=v0 expected=true
import ldap

from fastapi import FastAPI, HTTPException

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/ldap/{p}")
def handle_ldap(p: str):
    param = p
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": result}

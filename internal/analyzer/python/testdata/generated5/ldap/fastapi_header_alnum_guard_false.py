# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=header shape=alnum_guard expected=false
import ldap

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00365")
def benchmark_test_00365(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    if not bar.isalnum():
        raise HTTPException(status_code=400, detail="invalid")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return {"result": str(result)}

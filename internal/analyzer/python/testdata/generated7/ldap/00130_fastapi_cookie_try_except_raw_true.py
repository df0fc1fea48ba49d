# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookie shape=try_except_raw sink=v2 expected=true
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.get("/case-00130")
async def case_00130(request: Request):
    param = request.cookies.get("q", "none")
    try:
        n = int(param)
    except ValueError:
        bar = param
    else:
        bar = str(n)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=query shape=search_ext_s_fstring sink=specific expected=true
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.get("/case-00312")
async def case_00312(request: Request, q: str = ""):
    param = q
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_ext_s(LDAP_BASE, ldap.SCOPE_ONELEVEL, f"(sn={bar})")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

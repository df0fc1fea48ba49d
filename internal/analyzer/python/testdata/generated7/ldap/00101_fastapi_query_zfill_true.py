# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=query shape=zfill sink=v2 expected=true
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.get("/case-00101")
def case_00101(request: Request, q: str = ""):
    param = q
    bar = param.zfill(8)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=headerparam shape=center_pad sink=v2 expected=true
import ldap3

from fastapi import FastAPI, Header, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.get("/case-00106")
async def case_00106(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param.center(20, "*")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=formparam shape=pop_index_result sink=v2 expected=true
import ldap3

from fastapi import FastAPI, Form, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.post("/case-00034")
async def case_00034(request: Request, q: str = Form("")):
    param = q
    vals = ["x", param, "y"]
    taken = vals.pop(1)
    bar = taken
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

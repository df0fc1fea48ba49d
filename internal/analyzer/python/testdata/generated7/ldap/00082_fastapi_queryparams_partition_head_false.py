# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=queryparams shape=partition_head sink=v2 expected=false
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.get("/case-00082")
async def case_00082(request: Request):
    param = request.query_params.get("q", "")
    head, sep, tail = ("static:" + param).partition(":")
    bar = head
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

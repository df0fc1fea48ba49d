# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=query shape=dict_copy_original sink=v2 expected=false
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.get("/case-00058")
async def case_00058(request: Request, q: str = ""):
    param = q
    base = {"q": "safe"}
    work = base.copy()
    work["q"] = param
    bar = base["q"]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

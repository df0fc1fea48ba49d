# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=query shape=star_forward_safe sink=v2 expected=false
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


def first_of(*args):
    return args[0]


def forward(*args):
    return first_of(*args)


@app.get("/case-00178")
async def case_00178(request: Request, q: str = ""):
    param = q
    bar = forward("safe", param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=formparam shape=ldap3_escaped sink=specific expected=false
import ldap3

from fastapi import FastAPI, Form, Request
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.post("/case-00306")
async def case_00306(request: Request, q: str = Form("")):
    param = q
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, "(cn=%s)" % escape_filter_chars(bar), attributes=["mail"])
    result = len(conn.entries)
    return {"result": str(result)}

# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookie shape=holder_load_secondary sink=v2 expected=false
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


class Holder:
    def __init__(self):
        self.primary = "none"
        self.secondary = "none"

    def load(self, value):
        self.primary = value
        self.secondary = "fixed"

    def clear(self):
        self.primary = "cleared"

    def current(self):
        return self.primary


@app.get("/case-00010")
async def case_00010(request: Request):
    param = request.cookies.get("q", "none")
    h = Holder()
    h.load(param)
    bar = h.secondary
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

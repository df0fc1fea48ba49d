# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=fastapi shape=async_join_parts expected=true
import ldap3
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.api_route("/ldap_async_join_parts", methods=["GET", "POST"])
async def case_async_join_parts(request: Request, q: str = Query("")):
    param = q
    flt = "".join(["(|(uid=", param, ")(cn=", param, "))"])
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, flt)  # want: PY-LDAP-INJECTION
    return {"result": str(len(conn.entries))}

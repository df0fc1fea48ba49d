# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=fastapi shape=loop_overwrites expected=false
import ldap3
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.api_route("/ldap_loop_overwrites", methods=["GET", "POST"])
def case_loop_overwrites(request: Request, q: str = ""):
    param = q
    uid = param
    for candidate in ("alice", "bob"):
        uid = candidate
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, "(uid=" + uid + ")")
    return {"result": str(len(conn.entries))}

# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=fastapi shape=or_join_uids expected=true
import ldap3
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.api_route("/ldap_or_join_uids", methods=["GET", "POST"])
def case_or_join_uids(request: Request, q: str = Query("")):
    param = q
    flt = "(|" + "".join(f"(uid={u})" for u in param.split(",")) + ")"
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, flt)  # want: PY-LDAP-INJECTION
    return {"result": str(len(conn.entries))}

# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=fastapi shape=int_try_uidnumber expected=false
import ldap3
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.api_route("/ldap_int_try_uidnumber", methods=["GET", "POST"])
def case_int_try_uidnumber(request: Request, x_q: str = Header("")):
    param = x_q
    try:
        n = int(param)
    except ValueError:
        n = 0
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, f"(uidNumber={n})")
    return {"result": str(len(conn.entries))}

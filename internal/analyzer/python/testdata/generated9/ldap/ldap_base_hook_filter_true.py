# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=fastapi shape=base_hook_filter expected=true
import ldap3
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


class Directory:
    def find(self, value):
        conn = ldap3.Connection(SERVER, auto_bind=True)
        conn.search(BASE_DN, self.filter_for(value))  # want: PY-LDAP-INJECTION
        return conn.entries

    def filter_for(self, value):
        return "(objectClass=person)"


class MailDirectory(Directory):
    def filter_for(self, value):
        return "(&(objectClass=person)(mail=" + value + "))"


@app.api_route("/ldap_base_hook_filter", methods=["GET", "POST"])
def case_base_hook_filter(request: Request, q: str = Cookie("")):
    param = q
    entries = MailDirectory().find(param)
    return {"result": str(len(entries))}

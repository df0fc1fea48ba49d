# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=fastapi shape=classmethod_filter expected=true
import ldap3
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


class LdapFilter:
    TEMPLATE = "(mail={})"

    @classmethod
    def for_mail(cls, mail):
        return cls.TEMPLATE.format(mail)


@app.api_route("/ldap_classmethod_filter", methods=["GET", "POST"])
def case_classmethod_filter(request: Request, q: str = Cookie("")):
    param = q
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, LdapFilter.for_mail(param))  # want: PY-LDAP-INJECTION
    return {"result": str(len(conn.entries))}

# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=fastapi shape=python_ldap_filter_format expected=false
import ldap
import ldap.filter
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ldap_python_ldap_filter_format", methods=["GET", "POST"])
def case_python_ldap_filter_format(request: Request, q: str = ""):
    param = q
    con = ldap.initialize("ldap://ldap.example.org")
    flt = ldap.filter.filter_format("(cn=%s)", [param])
    res = con.search_s("ou=people,dc=example,dc=org", ldap.SCOPE_SUBTREE, flt)
    return {"result": str(len(res))}

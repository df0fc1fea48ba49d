# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=headerparam shape=escape_wrong_var sink=specific expected=true
import ldap

from fastapi import FastAPI, Header, Request
from ldap.filter import escape_filter_chars

app = FastAPI()
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.get("/case-00309")
def case_00309(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    safe_uid = escape_filter_chars(bar)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")", ["cn", safe_uid[:0] or "mail"])  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

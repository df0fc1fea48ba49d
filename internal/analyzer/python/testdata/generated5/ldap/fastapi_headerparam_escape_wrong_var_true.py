# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=headerparam shape=escape_wrong_var expected=true
import ldap

from fastapi import FastAPI, Header, Request
from ldap.filter import escape_filter_chars

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00347")
def benchmark_test_00347(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    safe_value = escape_filter_chars(bar)
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries) + len(safe_value)
    return {"result": str(result)}

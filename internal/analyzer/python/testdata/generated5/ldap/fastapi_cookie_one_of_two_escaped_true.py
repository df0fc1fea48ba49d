# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookie shape=one_of_two_escaped expected=true
import ldap

from fastapi import FastAPI, Request
from ldap.filter import escape_filter_chars

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00352")
def benchmark_test_00352(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    uid = escape_filter_chars(bar)
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(|(uid=%s)(mail=%s))" % (uid, bar))  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

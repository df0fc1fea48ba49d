# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookie propagation=direct sink=safe0 expected=false
import ldap

from fastapi import FastAPI, Request
from ldap.filter import escape_filter_chars

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00526")
def benchmark_test_00526(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + escape_filter_chars(bar) + "))")
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=querystring shape=filter_format_input_template expected=true
import ldap
import urllib.parse

from fastapi import FastAPI, Request
from ldap.filter import filter_format

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00351")
def benchmark_test_00351(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=" + bar + ")", []))  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=querystring shape=search_ext_async sink=specific expected=true
import ldap
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00492")
def benchmark_test_00492(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    msgid = conn.search_ext(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = conn.result(msgid)[0]
    return {"result": str(result)}

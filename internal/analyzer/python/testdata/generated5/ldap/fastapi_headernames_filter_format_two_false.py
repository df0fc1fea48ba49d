# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=headernames shape=filter_format_two expected=false
import ldap

from fastapi import FastAPI, Request
from ldap.filter import filter_format

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00356")
def benchmark_test_00356(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(|(uid=%s)(mail=%s))", [bar, bar]))
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=form shape=attr_allowlist expected=false
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"
ATTRS = {"c": "cn", "m": "mail"}


@app.post("/00361")
async def benchmark_test_00361(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    attr = ATTRS.get(bar, "cn")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(" + attr + "=*)")
    result = len(entries)
    return {"result": str(result)}

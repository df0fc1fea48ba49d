# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=form shape=map_lambda_lower sink=v0 expected=true
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.post("/00151")
async def benchmark_test_00151(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = "".join(map(lambda ch: ch.lower(), param))
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

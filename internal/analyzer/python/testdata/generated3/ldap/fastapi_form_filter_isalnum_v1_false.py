# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=form propagation=filter_isalnum sink=v1 expected=false
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.post("/00496")
async def benchmark_test_00496(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = "".join(filter(str.isalnum, param))
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

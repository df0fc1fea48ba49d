# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=form propagation=builder_chain sink=v1 expected=true
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.post("/00518")
async def benchmark_test_00518(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Builder().set_value(param).get_value()
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookie shape=super_init_transformed sink=v0 expected=true
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Field:
    def __init__(self, value):
        self.value = value


class StrippedField(Field):
    def __init__(self, value):
        super().__init__(value.strip())


class DefaultField(Field):
    def __init__(self, value):
        super().__init__("default")
        self.original = value


@app.get("/00007")
def benchmark_test_00007(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = StrippedField(param).value
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

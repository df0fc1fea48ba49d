# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=queryparams shape=mixin_result_dropped sink=v0 expected=true
import ldap
import re

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class CleanMixin:
    def clean(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class CleanHandler(CleanMixin):
    def handle(self, value):
        return self.clean(value)


class LeakyHandler(CleanMixin):
    def handle(self, value):
        self.clean(value)
        return value


@app.get("/00023")
def benchmark_test_00023(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = LeakyHandler().handle(param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=query shape=staticmethod_clean sink=v0 expected=false
import ldap
import re

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Sanitizer:
    @staticmethod
    def clean(value):
        return re.sub(r"[^A-Za-z0-9]", "", value)

    @classmethod
    def keep(cls, value):
        return value


@app.get("/00043")
def benchmark_test_00043(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Sanitizer.clean(param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return {"result": str(result)}

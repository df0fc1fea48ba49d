# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=pathparam shape=search_ext_s_fstring expected=true
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00342/{test_id}")
def benchmark_test_00342(request: Request, test_id: str):
    param = test_id
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_ext_s(LDAP_BASE, ldap.SCOPE_SUBTREE, f"(mail={bar})", ["cn"])  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=headerparam propagation=replace_star sink=v0 expected=true
import ldap

from fastapi import FastAPI, Header, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00409")
def benchmark_test_00409(request: Request, referer: str = Header("")):
    param = referer
    bar = param.replace("*", "")
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

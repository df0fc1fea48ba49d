# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=pathparam propagation=dict_get_taint sink=v0 expected=true
import ldap

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00500/{test_id}")
def benchmark_test_00500(request: Request, test_id: str):
    param = test_id
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

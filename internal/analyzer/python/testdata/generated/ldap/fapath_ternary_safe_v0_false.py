# generated case: rule=PY-LDAP-INJECTION source=fapath propagation=ternary_safe sink=v0 expected=false
import ldap

from fastapi import FastAPI

app = FastAPI()


@app.get("/ldap/{p}")
def handle_ldap(p: str):
    param = p
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return {"result": result}

# generated case: rule=PY-LDAP-INJECTION source=faquery propagation=helper_secondarg_used sink=v0 expected=true
import ldap

from fastapi import FastAPI

app = FastAPI()


def pick(first, second):
    return second


@app.get("/ldap")
def handle_ldap(p: str = ""):
    param = p
    bar = pick("fixed", param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": result}

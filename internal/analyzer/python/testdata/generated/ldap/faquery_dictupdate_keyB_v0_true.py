# generated case: rule=PY-LDAP-INJECTION source=faquery propagation=dictupdate_keyB sink=v0 expected=true
import ldap

from fastapi import FastAPI

app = FastAPI()


@app.get("/ldap")
def handle_ldap(p: str = ""):
    param = p
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyB"]
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": result}

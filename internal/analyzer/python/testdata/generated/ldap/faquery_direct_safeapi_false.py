# generated case: rule=PY-LDAP-INJECTION source=faquery propagation=direct sink=safe-api expected=false
import ldap

from fastapi import FastAPI
from ldap.filter import escape_filter_chars

app = FastAPI()


@app.get("/ldap")
def handle_ldap(p: str = ""):
    param = p
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(bar) + ")")
    result = len(entries)
    return {"result": result}

# generated case: rule=PY-LDAP-INJECTION source=fapath propagation=direct sink=ldap3_escaped expected=false
from fastapi import FastAPI
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()


@app.get("/ldap/{p}")
def handle_ldap(p: str):
    param = p
    bar = param
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", "(cn=" + escape_filter_chars(bar) + ")")
    result = len(conn.entries)
    return {"result": result}

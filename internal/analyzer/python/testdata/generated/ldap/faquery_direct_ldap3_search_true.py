# generated case: rule=PY-LDAP-INJECTION source=faquery propagation=direct sink=ldap3_search expected=true
from fastapi import FastAPI
from ldap3 import Connection, Server

app = FastAPI()


@app.get("/ldap")
def handle_ldap(p: str = ""):
    param = p
    bar = param
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", "(cn=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": result}

# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=model shape=ldap3_escape_fstring expected=false
import ldap3

from fastapi import FastAPI, Request
from ldap3.utils.conv import escape_filter_chars
from pydantic import BaseModel

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00369")
def benchmark_test_00369(request: Request, item: Item):
    param = item.name
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    value = escape_filter_chars(bar)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(cn={value}))")
    result = len(conn.entries)
    return {"result": str(result)}

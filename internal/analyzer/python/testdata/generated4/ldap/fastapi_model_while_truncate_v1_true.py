# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=model shape=while_truncate sink=v1 expected=true
import ldap3

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00210")
def benchmark_test_00210(request: Request, item: Item):
    param = item.name
    bar = param
    while len(bar) > 200:
        bar = bar[:200]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return {"result": str(result)}

# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=model shape=update_other_key sink=v1 expected=false
import ldap3

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00084")
def benchmark_test_00084(request: Request, item: Item):
    param = item.name
    options = {"a": "safe"}
    options.update({"b": param})
    bar = options["a"]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

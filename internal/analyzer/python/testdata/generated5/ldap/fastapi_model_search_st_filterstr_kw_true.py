# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=model shape=search_st_filterstr_kw expected=true
import ldap

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00343")
def benchmark_test_00343(request: Request, item: Item):
    param = item.name
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_st(LDAP_BASE, ldap.SCOPE_SUBTREE, filterstr="(cn=" + bar + ")", timeout=5)  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

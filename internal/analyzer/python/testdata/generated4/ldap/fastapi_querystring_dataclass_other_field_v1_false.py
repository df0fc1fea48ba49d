# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=querystring shape=dataclass_other_field sink=v1 expected=false
import ldap3
import urllib.parse

from dataclasses import dataclass
from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@dataclass
class Query:
    term: str
    scope: str = "all"


@app.get("/00016")
def benchmark_test_00016(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    q = Query(term=param)
    bar = q.scope
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

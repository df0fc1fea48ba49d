# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=querystring shape=fstring_len_spec sink=v1 expected=false
import ldap3
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00268")
def benchmark_test_00268(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = f"{len(param):05d}"
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

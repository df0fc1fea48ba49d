# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=multi shape=walrus_fullmatch sink=v0 expected=false
import ldap
import re

from fastapi import FastAPI, HTTPException, Query, Request
from typing import List

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00187")
def benchmark_test_00187(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    if (m := re.fullmatch(r"[A-Za-z0-9_]+", param)) is None:
        raise HTTPException(status_code=400, detail="invalid")
    bar = m.group(0)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return {"result": str(result)}

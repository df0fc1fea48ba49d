# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=cookie propagation=switch_char_safe sink=v1 expected=false
import ldap3

from fastapi import FastAPI, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.get("/00506")
def benchmark_test_00506(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

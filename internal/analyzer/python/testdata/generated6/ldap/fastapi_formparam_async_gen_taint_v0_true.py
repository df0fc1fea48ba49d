# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=formparam shape=async_gen_taint sink=v0 expected=true
import asyncio
import ldap

from fastapi import FastAPI, Form, Request

app = FastAPI()
LDAP_BASE = "ou=users,dc=example,dc=org"


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.post("/00117")
def benchmark_test_00117(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    parts = [p async for p in chunks(param)]
    bar = parts[1]
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return {"result": str(result)}

# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=fastapi source=formparam shape=gather_safe sink=v1 expected=false
import asyncio
import ldap3

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


@app.post("/00124")
async def benchmark_test_00124(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    a, b = await asyncio.gather(label_async(param), echo_async("x"))
    bar = a + b
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return {"result": str(result)}

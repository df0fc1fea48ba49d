# SQLi: an aiohttp app keeps its asyncpg pool in app["pool"]; handlers
# acquire connections from it (untyped here) and fetch with formatted SQL
import asyncpg
from aiohttp import web


async def init_pool(app):
    app["pool"] = await asyncpg.create_pool("postgresql://app@db/app")


async def search(request):
    q = request.query.get("q", "")
    async with request.app["pool"].acquire() as conn:
        rows = await conn.fetch(f"SELECT id FROM items WHERE name LIKE '%{q}%'")  # want: PY-SQLI
        safe = await conn.fetch("SELECT id FROM items WHERE name = $1", q)
    return web.json_response({"n": len(rows) + len(safe)})


async def count(conn, status):
    return await conn.fetchval("SELECT count(*) FROM orders WHERE status = '" + status + "'")  # want: PY-SQLI


async def orders(request):
    async with request.app["pool"].acquire() as conn:
        n = await count(conn, request.query.get("status", "open"))
    return web.json_response({"n": n})


app = web.Application()
app.on_startup.append(init_pool)
app.router.add_get("/search", search)
app.router.add_get("/orders", orders)

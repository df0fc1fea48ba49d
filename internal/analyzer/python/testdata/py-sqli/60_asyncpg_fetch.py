# SQLi: asyncpg connection and pool query methods (fetch, fetchrow, fetchval)
# run a statement built from a route parameter
import asyncpg
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/users/{name}")
async def user(request):
    name = request.match_info["name"]
    conn = await asyncpg.connect("postgresql://app@db/app")
    row = await conn.fetchrow(f"SELECT id FROM users WHERE name = '{name}'")  # want: PY-SQLI
    await conn.close()
    return web.json_response({"id": row["id"]})


@routes.get("/orders")
async def orders(request):
    pool = await asyncpg.create_pool("postgresql://app@db/app")
    async with pool.acquire() as conn:
        rows = await conn.fetch("SELECT id FROM orders WHERE owner = '%s'" % request.query.get("o", ""))  # want: PY-SQLI
    total = await pool.fetchval("SELECT sum(total) FROM orders WHERE status = '" + request.query.get("s", "") + "'")  # want: PY-SQLI
    return web.json_response({"total": total, "n": len(rows)})

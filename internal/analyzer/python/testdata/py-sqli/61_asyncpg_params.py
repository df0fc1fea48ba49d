# SQLi FALSE: asyncpg query methods with $n parameters; fetch on an object
# that is not a database connection
import asyncpg
from aiohttp import web

routes = web.RouteTableDef()


class Feed:
    def fetch(self, url):
        return url


@routes.get("/users/{name}")
async def user(request):
    name = request.match_info["name"]
    conn = await asyncpg.connect("postgresql://app@db/app")
    row = await conn.fetchrow("SELECT id FROM users WHERE name = $1", name)
    rows = await conn.fetch("SELECT id FROM orders WHERE owner = $1 AND status = $2", name, request.query.get("s", ""))
    await conn.close()
    Feed().fetch("SELECT " + name)
    return web.json_response({"id": row["id"], "orders": len(rows)})

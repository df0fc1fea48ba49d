# generated case (gen_cases2): aiosqlite awaited execute with bound parameters -> no SQLi
import aiosqlite
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/users/{uid}")
async def user(request):
    uid = request.match_info["uid"]
    async with aiosqlite.connect("app.db") as db:
        cursor = await db.execute("SELECT name FROM users WHERE id = ?", (uid,))
        rows = await cursor.fetchall()
    return web.json_response({"rows": [list(r) for r in rows]})


app = web.Application()
app.add_routes(routes)

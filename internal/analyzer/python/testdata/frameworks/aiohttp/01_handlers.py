# aiohttp: request.match_info, request.query, await request.post(), await request.text() into sinks; int() is safe
import asyncio
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/users/{name}")
async def user(request):
    name = request.match_info["name"]
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id FROM users WHERE name = '" + name + "'").fetchall()  # want: PY-SQLI
    return web.json_response(rows)


@routes.get("/orders/{id}")
async def order(request):
    oid = int(request.match_info["id"])
    conn = sqlite3.connect("app.db")
    return web.json_response(conn.execute(f"SELECT total FROM orders WHERE id = {oid}").fetchall())


@routes.get("/dns")
async def dns(request):
    host = request.query.get("host", "localhost")
    proc = await asyncio.create_subprocess_shell("dig +short " + host, stdout=asyncio.subprocess.PIPE)  # want: PY-CMDI
    out, _ = await proc.communicate()
    return web.json_response({"answer": out.decode()})


@routes.post("/login-redirect")
async def login_redirect(request):
    form = await request.post()
    raise web.HTTPFound(form.get("next", "/"))  # want: PY-OPEN-REDIRECT


@routes.post("/render")
async def render(request):
    text = await request.text()
    return web.Response(text="<pre>" + text + "</pre>", content_type="text/html")  # want: PY-XSS


@routes.get("/hello")
async def hello(request):
    return web.json_response({"hello": request.query.get("name", "")})


app = web.Application()
app.add_routes(routes)

# aiohttp with an aiopg pool kept in the app (views registered inside
# make_app()): cursors of pool.acquire() connections run SQL; md5 of a
# password; HTTPFound to input; a login without a second factor or a log
# line; Response with content_type text/html.
import aiopg
import hashlib
import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import get_session


async def login(request):  # want: PY-NO-MFA
    data = await request.post()
    username = data["username"]
    password = data["password"]
    pool = request.app["db"]
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT id, pwd FROM users WHERE login = '%s'" % username)  # want: PY-SQLI
            row = await cur.fetchone()
    if row and row[1] == hashlib.md5(password.encode()).hexdigest():  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH
        session = await get_session(request)
        session["user_id"] = row[0]
        raise web.HTTPFound("/")  # want: PY-LOG-NO-SECURITY-EVENT
    raise web.HTTPFound(request.query.get("next", "/"))  # want: PY-OPEN-REDIRECT


async def student(request):
    sid = request.match_info["id"]
    pool = request.app["db"]
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT name FROM students WHERE id = %s" % sid)  # want: PY-SQLI
            name = (await cur.fetchone())[0]
    return web.Response(text="<h1>" + name + "</h1>", content_type="text/html")


async def search(request):
    q = request.query.get("q", "")
    return web.Response(text="<p>Results for " + q + "</p>", content_type="text/html")  # want: PY-XSS


async def search_text(request):
    q = request.query.get("q", "")
    return web.Response(text="Results for " + q)


@aiohttp_jinja2.template("index.html")
async def index(request):
    return {"q": request.query.get("q", "")}


def make_app():
    app = web.Application()
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=False)
    app.router.add_post("/login", login)
    app.router.add_get("/students/{id}", student)
    app.router.add_get("/search", search)
    app.router.add_get("/search.txt", search_text)
    app.router.add_get("/", index)
    return app

# aiohttp_jinja2 set up with autoescape=False: every template prints its
# variables raw (those filtered with |e stay escaped).
import aiohttp_jinja2
import jinja2
from aiohttp import web


@aiohttp_jinja2.template("greeting.html")
async def welcome(request):
    return {"name": request.query.get("name", ""), "motto": "hello"}  # want: PY-XSS


@aiohttp_jinja2.template("greeting.html")
async def motto(request):
    return {"name": "guest", "motto": request.query.get("m", "")}


async def listing(request):
    items = request.query.getall("item", [])
    return aiohttp_jinja2.render_template("listing.html", request, {"items": items, "count": len(items)})


async def listing_count(request):
    return aiohttp_jinja2.render_template("listing.html", request, {"items": [], "count": request.query.get("n", "")})  # want: PY-XSS


def make_app():
    app = web.Application()
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=False)
    app.router.add_get("/welcome", welcome)
    app.router.add_get("/motto", motto)
    app.router.add_get("/list", listing)
    app.router.add_get("/count", listing_count)
    return app

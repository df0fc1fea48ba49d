# Jinja2 templates loaded from files: an Environment without autoescape
# (the default) prints {{ name }} raw, so input rendered into it is XSS;
# |e, select_autoescape() and aiohttp_jinja2's default keep it escaped.
import aiohttp_jinja2
import jinja2
from aiohttp import web
from jinja2 import Environment, FileSystemLoader, select_autoescape

raw_env = Environment(loader=FileSystemLoader("templates"))
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


async def greet(request):
    page = raw_env.get_template("greeting.html").render(name=request.query.get("name", ""), motto="hi")
    return web.Response(text=page, content_type="text/html")  # want: PY-XSS


async def greet_motto(request):
    page = raw_env.get_template("greeting.html").render(name="guest", motto=request.query.get("m", ""))
    return web.Response(text=page, content_type="text/html")


async def greet_safe(request):
    page = safe_env.get_template("greeting.html").render(name=request.query.get("name", ""), motto="hi")
    return web.Response(text=page, content_type="text/html")


@aiohttp_jinja2.template("greeting.html")
async def welcome(request):
    return {"name": request.query.get("name", ""), "motto": "hello"}


def make_app():
    app = web.Application()
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"))
    app.router.add_get("/greet", greet)
    app.router.add_get("/motto", greet_motto)
    app.router.add_get("/safe", greet_safe)
    app.router.add_get("/welcome", welcome)
    return app

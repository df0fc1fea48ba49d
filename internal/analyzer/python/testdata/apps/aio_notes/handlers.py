"""Request handlers of the notes service."""
from aiohttp import web
from werkzeug.security import check_password_hash

from . import db
from .session import load_session, load_prefs, save_session
from .views import render_page, render_banner

routes = web.RouteTableDef()


@routes.post("/login")
async def login(request):  # want: PY-NO-MFA
    form = await request.post()
    user = await db.find_user(form.get("username", ""))
    if user is None or not check_password_hash(user[2], form.get("password", "")):
        raise web.HTTPUnauthorized(text="bad credentials")  # want: PY-LOG-NO-SECURITY-EVENT
    resp = web.HTTPFound("/notes")
    return save_session(resp, {"uid": user[0], "role": user[3]})


@routes.get("/notes")
async def notes(request):
    session = load_session(request)
    uid = session.get("uid")
    if uid is None:
        raise web.HTTPFound("/login")
    term = request.query.get("q")
    if term:
        rows = await db.search_notes(uid, term)
    else:
        rows = await db.list_notes(uid, request.query.get("sort", "created"))
    html = render_page("notes.html", notes=rows, term=term, prefs=load_prefs(request))
    return web.Response(text=html, content_type="text/html")


@routes.get("/notes/{note_id}")
async def show_note(request):
    note = await db.get_note(request.match_info["note_id"])
    if note is None:
        raise web.HTTPNotFound()
    return web.Response(text=render_page("note.html", note=note), content_type="text/html")


@routes.post("/notes/{note_id}/delete")
async def delete(request):
    session = load_session(request)
    if session.get("uid") is None:
        raise web.HTTPForbidden()
    await db.delete_note(request.match_info["note_id"])
    raise web.HTTPFound("/notes")


@routes.post("/notes")
async def create(request):  # want: PY-ROUTE-NO-AUTH
    session = load_session(request)
    data = await request.post()
    await db.add_note(session.get("uid"), data.get("title", ""), data.get("body", ""))
    raise web.HTTPFound("/notes")


@routes.get("/tags/{tag}")
async def by_tag(request):
    tag = request.match_info["tag"]
    ids = await db.notes_with_tag(tag)
    count = await db.tag_count(tag)
    return web.json_response({"tag": tag, "count": count, "notes": [r["note_id"] for r in ids]})


@routes.get("/banner")
async def banner(request):
    body = render_banner(request.query.get("msg", "Welcome"))
    return web.Response(text=body, content_type="text/html")  # want: PY-XSS


@routes.get("/hello")
async def hello(request):
    # text/plain echo: the browser does not parse it as HTML.
    return web.Response(text="Hello " + request.query.get("name", "guest"))


@routes.get("/goto")
async def goto(request):
    target = request.query.get("next", "/notes")
    raise web.HTTPFound(target)  # want: PY-OPEN-REDIRECT


@routes.get("/back")
async def back(request):
    target = request.query.get("next", "/notes")
    # Not enough: browsers read "/\\evil.example" as "//evil.example".
    if not target.startswith("/") or target.startswith("//"):
        target = "/notes"
    raise web.HTTPFound(target)  # want: PY-OPEN-REDIRECT


@routes.get("/back2")
async def back2(request):
    target = request.query.get("next", "/notes")
    if target not in ("/notes", "/tags", "/login"):
        target = "/notes"
    raise web.HTTPFound(target)

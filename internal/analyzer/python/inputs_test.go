package python

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/report"
)

// routeMap runs the analyzer on a project given as path -> source and
// returns "function url methods inputs" lines, inputs as in:name:type.
func routeMap(t *testing.T, files map[string]string) map[string]string {
	t.Helper()
	root := t.TempDir()
	var rels []string
	for rel, src := range files {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	c := analyze(t, root, rels)
	out := map[string]string{}
	for _, r := range c.Routes {
		out[r.Function] = r.URL + " " + strings.Join(r.Methods, ",") + " " + inputsText(r.Inputs)
	}
	return out
}

func inputsText(ins []report.RouteInput) string {
	var s []string
	for _, in := range ins {
		s = append(s, in.In+":"+in.Name+":"+in.Type)
	}
	sort.Strings(s)
	return "[" + strings.Join(s, " ") + "]"
}

func checkRoutes(t *testing.T, got map[string]string, want map[string]string) {
	t.Helper()
	for fn, w := range want {
		if got[fn] != w {
			t.Errorf("%s:\n got  %q\n want %q", fn, got[fn], w)
		}
	}
}

func TestRouteMapFlask(t *testing.T) {
	got := routeMap(t, map[string]string{
		"app.py": `from flask import Flask
import api, views, admin
from other import make_prefix

app = Flask(__name__)
app.register_blueprint(views.bp)
app.register_blueprint(api.bp)
app.register_blueprint(admin.bp, url_prefix="/backoffice")
app.register_blueprint(views.dyn, url_prefix=make_prefix())

@app.route("/health")
def health():
    return "ok"
`,
		"api.py": `from flask import Blueprint, request, jsonify
from lxml import etree
import yaml

bp = Blueprint("api", __name__, url_prefix="/api")

def _cart():
    return request.cookies.get("cart")

@bp.route("/calc")
def calc():
    return jsonify(result=eval(request.args.get("expr", "0")))

@bp.route("/items/<int:item_id>/<uuid:ref>/<path:rest>", methods=["POST"])
def item(item_id, ref, rest):
    data = request.get_json()
    token = request.headers.get("X-Token")
    return jsonify(name=data["name"], qty=request.json.get("qty"), page=request.args["page"], cart=_cart())

@bp.route("/import", methods=["POST"])
def import_xml():
    root = etree.fromstring(request.data)
    return jsonify(n=len(root))

@bp.route("/settings", methods=["POST"])
def settings():
    return jsonify(yaml.safe_load(request.get_data()))

@bp.route("/whole", methods=["POST"])
def whole():
    return jsonify(request.get_json())

@bp.route("/login", methods=["GET", "POST"])
def login():
    nxt = request.values.get("next", "/")
    form = request.form
    return form.get("username", "") + form["password"] + nxt
`,
		"views.py": `from flask import Blueprint, request
bp = Blueprint("shop", __name__)
dyn = Blueprint("dyn", __name__)
PREFIX = "/x"
computed = Blueprint("computed", __name__, url_prefix=PREFIX)

@bp.route("/")
def index():
    return request.args.get("msg", "")

@dyn.route("/d")
def dyn_view():
    return "d"

@computed.route("/c")
def computed_view():
    return "c"
`,
		"admin.py": `from flask import Blueprint, request
bp = Blueprint("admin", __name__, url_prefix="/admin")

@bp.route("/users")
def users():
    name = "q"
    other = {}
    return request.args.get(name) + other.get("x", "")
`,
	})
	checkRoutes(t, got, map[string]string{
		"health":     "/health  []",
		"calc":       "/api/calc  [query:expr:]",
		"item":       "/api/items/<int:item_id>/<uuid:ref>/<path:rest> POST [cookie:cart: header:X-Token: json:name: json:qty: path:item_id:int path:ref:uuid path:rest:path query:page:]",
		"import_xml": "/api/import POST [body::xml]",
		"settings":   "/api/settings POST [body::raw]",
		"whole":      "/api/whole POST [body::json]",
		"login":      "/api/login GET,POST [either:next: form:password: form:username:]",
		"index":      "/  [query:msg:]",
		// register_blueprint(url_prefix=) replaces the blueprint's own.
		// A non-constant key reads nothing we can name; a dict is not the request.
		"users": "/backoffice/users  []",
		// Prefixes that are not constants: the URL is unknown.
		"dyn_view":      "  []",
		"computed_view": "  []",
	})
}

func TestRouteMapFastAPI(t *testing.T) {
	got := routeMap(t, map[string]string{
		"main.py": `from fastapi import FastAPI
from routers import items
app = FastAPI()
app.include_router(items.router, prefix="/api")
`,
		"routers/items.py": `from typing import Optional
from fastapi import APIRouter, Depends, Header, Cookie, Request
from pydantic import BaseModel

router = APIRouter(prefix="/v1")

class Item(BaseModel):
    name: str
    price: float

def get_db():
    pass

@router.get("/items/{item_id}")
def read_item(item_id: int, request: Request, q: Optional[str] = None, limit: int = 10, x_token: str = Header(None), session_id: str = Cookie(None), db=Depends(get_db)):
    return {"q": q}

@router.post("/items")
def create_item(item: Item):
    return item

@router.get("/files/{file_path:path}")
def read_file(file_path: str):
    return file_path
`,
	})
	checkRoutes(t, got, map[string]string{
		"read_item":   "/api/v1/items/{item_id} GET [cookie:session_id:str header:x-token:str path:item_id:str query:limit:int query:q:str]",
		"create_item": "/api/v1/items POST [json:name: json:price:]",
		"read_file":   "/api/v1/files/{file_path:path} GET [path:file_path:path]",
	})
}

func TestRouteMapDjango(t *testing.T) {
	got := routeMap(t, map[string]string{
		"site/urls.py": `from django.urls import path, include
urlpatterns = [
    path("shop/", include("shop.urls")),
]
`,
		"shop/urls.py": `from django.urls import path, re_path
from . import views
urlpatterns = [
    path("items/<int:pk>/", views.item),
    re_path(r"^legacy/(?P<slug>[-\w]+)/$", views.legacy),
    re_path(r"^odd/(?P<code>[A-Z]{3})/$", views.odd),
]
`,
		"shop/views.py": `import json
from django.http import HttpResponse, JsonResponse

def item(request, pk):
    q = request.GET.get("q", "")
    name = request.POST["name"]
    c = request.COOKIES.get("theme")
    key = request.META.get("HTTP_X_API_KEY")
    ip = request.META.get("REMOTE_ADDR")
    return HttpResponse(q + name)

def legacy(request, slug):
    data = json.loads(request.body)
    return JsonResponse({"a": data.get("a")})

def odd(request, code):
    return HttpResponse(code)
`,
	})
	checkRoutes(t, got, map[string]string{
		"item":   "/shop/items/<int:pk>/  [cookie:theme: form:name: header:X-Api-Key: path:pk:int query:q:]",
		"legacy": "/shop/legacy/<slug>/  [json:a: path:slug:str]",
		// A regex group with no plain value: the URL is unknown.
		"odd": "  []",
	})
}

func TestRouteMapAiohttp(t *testing.T) {
	got := routeMap(t, map[string]string{
		"server.py": `from aiohttp import web

async def user(request):
    uid = request.match_info["id"]
    q = request.query.get("q")
    data = await request.post()
    return web.Response(text=data["name"] + q + uid)

async def upload(request):
    body = await request.json()
    return web.json_response({"ok": body["ok"]})

app = web.Application()
app.router.add_get("/users/{id}", user)
app.router.add_post("/upload", upload)
`,
	})
	checkRoutes(t, got, map[string]string{
		"user":   "/users/{id} GET [form:name: path:id:str query:q:]",
		"upload": "/upload POST [json:ok:]",
	})
}

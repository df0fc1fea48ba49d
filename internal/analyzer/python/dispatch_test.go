package python

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// dispatchMap runs the analyzer and returns every route as
// "METHODS URL inputs" (http.server handlers have several routes per
// function, so routeMap's key by function does not fit).
func dispatchMap(t *testing.T, files map[string]string) []string {
	t.Helper()
	root := t.TempDir()
	var rels []string
	for rel, src := range files {
		if err := os.WriteFile(filepath.Join(root, rel), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	c := analyze(t, root, rels)
	var out []string
	for _, r := range c.Routes {
		if r.URL == "" {
			continue
		}
		out = append(out, strings.Join(r.Methods, ",")+" "+r.URL+" "+inputsText(r.Inputs))
	}
	sort.Strings(out)
	return out
}

func checkDispatch(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("routes:\n got:\n  %s\n want:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestRouteMapHTTPServer(t *testing.T) {
	got := dispatchMap(t, map[string]string{
		"server.py": `import json, re, sqlite3, os
from http.server import BaseHTTPRequestHandler, HTTPServer
from http.cookies import SimpleCookie
from urllib.parse import urlparse, parse_qs, parse_qsl
import xml.etree.ElementTree as ET

ITEM = re.compile(r"^/orders/(?P<oid>\d+)/?$")

class Handler(BaseHTTPRequestHandler):
    routes = {"/about": "handle_about"}

    def do_GET(self):
        parsed = urlparse(self.path)
        qs = parse_qs(parsed.query)
        print("GET %s" % self.path)
        log_target = "/audit"
        if parsed.path == "/search":
            q = qs.get("q", [""])[0]
            self.reply(q)
        elif parsed.path in ("/", "/index.html"):
            self.reply("home")
        elif parsed.path == log_target:
            self.reply("not a route: compared with a variable")
        elif self.path.startswith("/static/"):
            name = self.path[len("/static/"):]
            self.reply(open(os.path.join("static", name)).read())
        elif self.path.startswith("/report?"):
            args = parse_qs(self.path.split("?", 1)[1]) if "?" in self.path else {}
            self.reply(args["year"][0])
        elif self.path.startswith("/api/"):
            self.api_get(parsed.path, qs)
        elif re.match(r"^/item/(\d+)$", parsed.path):
            self.reply("item")
        elif (m := ITEM.match(parsed.path)):
            self.reply(m.group("oid"))
        elif re.match(r"^/w/(\w+)/(x|y)$", parsed.path):
            self.reply("alternation: not a value we can pick")
        else:
            token = self.headers.get("X-Api-Key")
            self.send_error(404)

    def api_get(self, path, params):
        if path == "/api/user":
            c = SimpleCookie(self.headers.get("Cookie"))
            return self.reply(params["id"][0] + c["session"].value)
        handlers = {"/api/stats": self.stats}
        h = handlers.get(path)
        if h:
            h()

    def stats(self):
        lang = self.headers["Accept-Language"]
        self.reply(lang)

    def _params(self):
        return dict(parse_qsl(urlparse(self.path).query))

    def do_PATCH(self):
        params = self._params()
        if self.path.startswith("/ping?"):
            self.reply(params.get("host"))

    def do_DELETE(self):
        parts = urlparse(self.path).path.strip("/").split("/")
        raw = self.path.split("/")
        if parts[0] == "notes" and len(parts) == 2:
            self.reply(int(parts[1]))
        elif len(parts) == 3 and parts[0] == "users" and parts[2] == "avatar":
            self.reply(parts[1])
        elif raw[1] == "tags":
            self.reply(raw[2])
        elif parts[0] == other_name():
            self.reply("compared with a call: no route")

    def do_POST(self):
        path = self.path.split("?")[0]
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        if path == "/api/lookup":
            data = json.loads(body or b"{}")
            db = sqlite3.connect("x.db")
            db.execute(f"SELECT * FROM t WHERE name = '{data['name']}'")
        elif path == "/login":
            form = parse_qs(body.decode())
            self.reply(form["username"][0] + form.get("password", [""])[0])
        elif path == "/import":
            root = ET.fromstring(body)
        elif path == "/raw":
            self.reply(json.loads(body))

    def reply(self, text):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(text).encode())
`,
		// Not a request handler: its path comparisons are no routes.
		"other.py": `class Router:
    def do_GET(self):
        if self.path == "/nope":
            pass
`,
	})
	checkDispatch(t, got, []string{
		"DELETE /notes/<int:p1> [path:p1:int]",
		"DELETE /tags/<p1> [path:p1:str]",
		"DELETE /users/<p1>/avatar [path:p1:str]",
		"GET / []",
		"GET /api/stats [header:Accept-Language:]",
		"GET /api/user [cookie:session: query:id:]",
		"GET /index.html []",
		"GET /item/<int:p1> [path:p1:int]",
		"GET /orders/<int:oid> [path:oid:int]",
		"GET /report [query:year:]",
		"GET /search [query:q:]",
		"GET /static/<path:rest> [path:rest:path]",
		"PATCH /ping [query:host:]",
		"POST /api/lookup [json:name:]",
		"POST /import [body::xml]",
		"POST /login [form:password: form:username:]",
		"POST /raw [body::json]",
	})
}

func TestRouteMapWSGI(t *testing.T) {
	got := dispatchMap(t, map[string]string{
		"wsgi.py": `from urllib.parse import parse_qs
import json

def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    method = environ["REQUEST_METHOD"]
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    prefix = environ.get("SCRIPT_NAME", "")
    if path == "/hello":
        name = qs.get("name", ["world"])[0]
        body = "Hello " + name
    elif method == "POST" and path == "/notes":
        size = int(environ.get("CONTENT_LENGTH") or 0)
        data = json.loads(environ["wsgi.input"].read(size))
        body = data["text"]
    elif path == prefix:
        body = "compared with a variable"
    else:
        ua = environ.get("HTTP_USER_AGENT")
        body = "nothing"
    start_response("200 OK", [("Content-Type", "text/html")])
    return [body.encode()]

def middleware(environ, start_response):
    print("request for", environ["PATH_INFO"])
    return application(environ, start_response)
`,
	})
	checkDispatch(t, got, []string{
		"GET /hello [query:name:]",
		"POST /notes [json:text:]",
	})
}

package web

import (
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
	"github.com/secaudit/secaudit/internal/webscan/identity"
)

func endpointText(ep *webscan.Endpoint) string {
	var ps []string
	for _, p := range ep.Params {
		ps = append(ps, p.In+":"+p.Name+"="+p.Value)
	}
	sort.Strings(ps)
	return ep.Method + " " + ep.Template + " " + ep.URL.RequestURI() + " " + ep.Encoding + " [" + strings.Join(ps, " ") + "]"
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestCodeEndpoints(t *testing.T) {
	target := mustURL(t, "http://127.0.0.1:5000/")
	crawled := []*webscan.Endpoint{{Method: "GET", URL: mustURL(t, "http://127.0.0.1:5000/product/7"), Template: "/product/{id}"}}
	routes := []report.RouteEntry{
		{Path: "api.py", Line: 73, Function: "calc", URL: "/api/calc", Inputs: []report.RouteInput{{In: "query", Name: "expr"}, {In: "header", Name: "X-Token"}}},
		{Path: "views.py", Line: 36, Function: "product", URL: "/product/<int:pid>", Inputs: []report.RouteInput{{In: "path", Name: "pid", Type: "int"}}},
		{Path: "views.py", Line: 40, Function: "order", URL: "/orders/<uuid:oid>/lines/{n}", Inputs: []report.RouteInput{{In: "path", Name: "oid", Type: "uuid"}}},
		{Path: "api.py", Line: 45, Function: "imp", URL: "/api/import", Methods: []string{"POST"}, Inputs: []report.RouteInput{{In: "body", Type: "xml"}}},
		{Path: "api.py", Line: 50, Function: "yaml", URL: "/api/settings", Methods: []string{"POST"}, Inputs: []report.RouteInput{{In: "body", Type: "raw"}}},
		{Path: "api.py", Line: 55, Function: "items", URL: "/api/items", Methods: []string{"POST", "DELETE", "HEAD"}, Inputs: []report.RouteInput{{In: "json", Name: "name"}, {In: "body", Type: "json"}}},
		{Path: "views.py", Line: 51, Function: "login", URL: "/login", Methods: []string{"GET", "POST"}, Inputs: []report.RouteInput{{In: "either", Name: "next"}, {In: "form", Name: "username"}}},
		{Path: "views.py", Line: 120, Function: "cart", URL: "/cart", Inputs: []report.RouteInput{{In: "cookie", Name: "cart"}, {In: "cookie", Name: "theme"}}},
		{Path: "files.py", Line: 9, Function: "file", URL: "/files/<path:name>"},
		// Not plain patterns: skipped, a guessed path would probe something else.
		{Path: "x.py", Line: 1, Function: "unknown", URL: ""},
		{Path: "x.py", Line: 2, Function: "regex", URL: "/a/(?P<x>[A-Z]+)"},
		{Path: "x.py", Line: 3, Function: "two", URL: "/a/<x>-<y>"},
		{Path: "x.py", Line: 4, Function: "logout", URL: "/logout"},
	}
	env := &seedEnv{target: target, crawled: crawled, origins: map[string]string{},
		cookie: func(n string) string {
			if n == "cart" {
				return "gASVBAAAAAAAAABdlC4="
			}
			return ""
		}}
	var got []string
	for _, ep := range codeEndpoints(env, routes) {
		if ep.Source != "code" {
			t.Errorf("%s: source %q", ep.Template, ep.Source)
		}
		got = append(got, endpointText(ep))
	}
	want := []string{
		"GET /api/calc /api/calc?expr=a  [query:expr=a]",
		"GET /product/{id} /product/7  [path:id=7]",
		"GET /orders/{id}/lines/{n} /orders/00000000-0000-4000-8000-000000000001/lines/a  [path:id=00000000-0000-4000-8000-000000000001 path:n=a]",
		"POST /api/import /api/import xml [body:body=" + sampleXML + "]",
		"POST /api/settings /api/settings  []",
		"POST /api/items /api/items json [json:name=a]",
		"GET /login /login?next=a  [query:next=a]",
		"POST /login /login form [form:next=a form:username=a]",
		"GET /cart /cart  [cookie:cart=gASVBAAAAAAAAABdlC4= cookie:theme=a]",
		"GET /files/{name} /files/a  [path:name=a]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("endpoints:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if o := env.origins["GET /api/calc"]; !strings.Contains(o, "api.py:73") {
		t.Errorf("origin of /api/calc: %q", o)
	}
	// The aggressive mode also probes DELETE.
	env.aggressive = true
	n := 0
	for _, ep := range codeEndpoints(env, routes[5:6]) {
		if ep.Method == "DELETE" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("aggressive: %d DELETE endpoints, want 1", n)
	}
}

func TestMergeCode(t *testing.T) {
	crawledLogin := &webscan.Endpoint{Method: "POST", URL: mustURL(t, "http://h/login"), Template: "/login", Encoding: "form",
		Params: []webscan.Param{{Name: "username", In: "form", Value: ""}, {Name: "password", In: "form", Value: ""}}}
	crawledSearch := &webscan.Endpoint{Method: "GET", URL: mustURL(t, "http://h/search?q=mug"), Template: "/search", Params: []webscan.Param{{Name: "q", In: "query", Value: "mug"}}}
	crawled := []*webscan.Endpoint{crawledLogin, crawledSearch}
	code := []*webscan.Endpoint{
		{Method: "POST", URL: mustURL(t, "http://h/login"), Template: "/login", Encoding: "form", Source: "code",
			Params: []webscan.Param{{Name: "next", In: "form", Value: "a"}, {Name: "username", In: "form", Value: "a"}}},
		{Method: "GET", URL: mustURL(t, "http://h/search?q=a&page=1"), Template: "/search", Source: "code",
			Params: []webscan.Param{{Name: "q", In: "query", Value: "a"}, {Name: "page", In: "query", Value: "1"}}},
		{Method: "GET", URL: mustURL(t, "http://h/api/calc?expr=a"), Template: "/api/calc", Source: "code", Params: []webscan.Param{{Name: "expr", In: "query", Value: "a"}}},
	}
	added := mergeCode(crawled, code)
	if len(added) != 1 || added[0].Template != "/api/calc" {
		t.Fatalf("added %d endpoints, want only /api/calc", len(added))
	}
	if got := endpointText(crawledLogin); got != "POST /login /login form [form:next=a form:password= form:username=]" {
		t.Errorf("merged login: %s", got)
	}
	// The crawled value of q is kept; page is added to params and URL.
	if got := endpointText(crawledSearch); got != "GET /search /search?page=1&q=mug  [query:page=1 query:q=mug]" {
		t.Errorf("merged search: %s", got)
	}
}

func TestLoginFill(t *testing.T) {
	l := &loginFields{path: "/login", user: "alice", pass: "alice2024"}
	ep := &webscan.Endpoint{Method: "POST", URL: mustURL(t, "http://h/login"), Template: "/login",
		Params: []webscan.Param{{Name: "next", In: "form", Value: "a"}, {Name: "username", In: "form", Value: ""}, {Name: "password", In: "form", Value: ""}}}
	if !l.fill(ep) || ep.Params[1].Value != "alice" || ep.Params[2].Value != "alice2024" || ep.Params[0].Value != "a" {
		t.Errorf("login fill: %+v", ep.Params)
	}
	// Aggressive mode probes the credential fields too.
	if ep.Params[0].Fixed || ep.Params[1].Fixed || ep.Params[2].Fixed {
		t.Errorf("aggressive fill fixed a field: %+v", ep.Params)
	}
	// Safe mode: the real credentials are sent but never replaced by a
	// payload (a failed login for the real account); next is still probed.
	safe := &loginFields{path: "/login", user: "alice", pass: "alice2024", fixed: true}
	ep = &webscan.Endpoint{Method: "POST", URL: mustURL(t, "http://h/login"), Template: "/login",
		Params: []webscan.Param{{Name: "next", In: "form", Value: "a"}, {Name: "username", In: "form", Value: ""}, {Name: "password", In: "form", Value: ""}}}
	if !safe.fill(ep) || ep.Params[0].Fixed || !ep.Params[1].Fixed || !ep.Params[2].Fixed || ep.Params[1].Value != "alice" {
		t.Errorf("safe login fill: %+v", ep.Params)
	}
	// Another path, a GET, or a form without a password field: untouched.
	for _, ep := range []*webscan.Endpoint{
		{Method: "POST", URL: mustURL(t, "http://h/forgot"), Params: []webscan.Param{{Name: "username", In: "form"}, {Name: "password", In: "form"}}},
		{Method: "GET", URL: mustURL(t, "http://h/login"), Params: []webscan.Param{{Name: "username", In: "query"}, {Name: "password", In: "query"}}},
		{Method: "POST", URL: mustURL(t, "http://h/login"), Params: []webscan.Param{{Name: "username", In: "form"}}},
	} {
		if l.fill(ep) {
			t.Errorf("filled %s %s", ep.Method, ep.URL)
		}
	}
	// Field names from the configuration win over the guess.
	l = &loginFields{path: "/signin", userField: "ident", passField: "secret", user: "bob", pass: "pw"}
	ep = &webscan.Endpoint{Method: "POST", URL: mustURL(t, "http://h/signin"), Params: []webscan.Param{{Name: "ident", In: "form"}, {Name: "secret", In: "form"}, {Name: "username", In: "form", Value: "x"}}}
	if !l.fill(ep) || ep.Params[0].Value != "bob" || ep.Params[1].Value != "pw" || ep.Params[2].Value != "x" {
		t.Errorf("configured fields: %+v", ep.Params)
	}
}

// The scan's mode decides whether the login endpoint's credential fields
// may be probed: never in safe mode (lockout of the real account).
func TestLoginFieldsMode(t *testing.T) {
	ids := []identity.Config{{Name: "alice", Role: "user", Login: &identity.Login{URL: "/login", Username: "alice", Password: "alice2024"}}}
	for mode, fixed := range map[string]bool{"": true, "safe": true, "aggressive": false} {
		s := &scan{o: Options{Active: mode, Identities: ids}, target: mustURL(t, "http://127.0.0.1:5000/")}
		l := s.loginFields()
		if l == nil || l.path != "/login" || l.fixed != fixed {
			t.Errorf("mode %q: %+v, want fixed %v", mode, l, fixed)
		}
	}
}

// Routes of http.server apps: regex groups became typed parameters and a
// startswith() prefix whose rest the handler reads a path parameter.
func TestCodeEndpointsDispatchRoutes(t *testing.T) {
	env := &seedEnv{target: mustURL(t, "http://127.0.0.1:5000/"), cookie: func(string) string { return "" }}
	routes := []report.RouteEntry{
		{Path: "server.py", Line: 30, Function: "do_GET", URL: "/item/<int:p1>", Methods: []string{"GET"}, Inputs: []report.RouteInput{{In: "path", Name: "p1", Type: "int"}}},
		{Path: "server.py", Line: 32, Function: "do_GET", URL: "/static/<path:rest>", Methods: []string{"GET"}, Inputs: []report.RouteInput{{In: "path", Name: "rest", Type: "path"}}},
		{Path: "server.py", Line: 40, Function: "do_POST", URL: "/api/lookup", Methods: []string{"POST"}, Inputs: []report.RouteInput{{In: "json", Name: "name"}}},
	}
	var got []string
	for _, ep := range codeEndpoints(env, routes) {
		got = append(got, endpointText(ep))
	}
	want := []string{
		"GET /item/{id} /item/1  [path:id=1]",
		"GET /static/{rest} /static/a  [path:rest=a]",
		"POST /api/lookup /api/lookup json [json:name=a]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("endpoints:\n got:\n  %s\n want:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// seedFromCode in safe mode: the login endpoint filled with the real
// credentials keeps them Fixed (its next= is probed after a real login);
// a twin with the discovered placeholder values probes the credential
// fields, so no payload is ever a failed login for the real account. A
// login form with nothing besides its credentials is not filled at all.
func TestSeedLoginSafeMode(t *testing.T) {
	run := func(mode string, params []webscan.Param) []*webscan.Endpoint {
		target := mustURL(t, "http://127.0.0.1:5000/")
		ids := []identity.Config{{Name: "alice", Role: "user", Login: &identity.Login{URL: "/login", Username: "alice", Password: "alice2024"}}}
		s := &scan{o: Options{Active: mode, Identities: ids}, target: target,
			in: &audit.Input{Routes: []report.RouteEntry{{Path: "app.py", Line: 1, Function: "health", URL: "/health"}}}}
		ep := &webscan.Endpoint{Method: "POST", URL: mustURL(t, "http://127.0.0.1:5000/login"), Template: "/login", Encoding: "form", Source: "form",
			Params: params}
		all := []crawled{{id: &webscan.Identity{Name: "anonymous", Session: httpx.New(httpx.Options{}).Session("anonymous")}, res: &crawl.Result{Endpoints: []*webscan.Endpoint{ep}}}}
		s.seedFromCode(all)
		var out []*webscan.Endpoint
		for _, e := range all[0].res.Endpoints {
			if e.Template == "/login" {
				out = append(out, e)
			}
		}
		return out
	}
	form := func(names ...string) []webscan.Param {
		var ps []webscan.Param
		for _, n := range names {
			ps = append(ps, webscan.Param{Name: n, In: "form", Value: ""})
		}
		return ps
	}
	text := func(eps []*webscan.Endpoint) string {
		var s []string
		for _, ep := range eps {
			var ps []string
			for _, p := range ep.Params {
				ps = append(ps, p.Name+"="+p.Value+map[bool]string{true: "(fixed)"}[p.Fixed])
			}
			s = append(s, strings.Join(ps, " "))
		}
		return strings.Join(s, " | ")
	}
	cases := []struct{ mode, want string }{
		{"safe", "csrf_token= next= username=alice(fixed) password=alice2024(fixed) | csrf_token= username= password="},
		{"aggressive", "csrf_token= next= username=alice password=alice2024"},
	}
	for _, c := range cases {
		if got := text(run(c.mode, form("csrf_token", "next", "username", "password"))); got != c.want {
			t.Errorf("%s:\n got  %s\n want %s", c.mode, got, c.want)
		}
	}
	if got := text(run("safe", form("username", "password"))); got != "username= password=" {
		t.Errorf("safe, credentials only: %s", got)
	}
}

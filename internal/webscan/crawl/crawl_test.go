package crawl

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/secaudit/secaudit/internal/httpx"
)

func site(t *testing.T) (*httptest.Server, *sync.Map) {
	hits := &sync.Map{}
	mux := http.NewServeMux()
	page := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			hits.Store(r.Method+" "+r.URL.Path, true)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(body))
		}
	}
	mux.HandleFunc("/{$}", page(`<html><a href="/product/1">p1</a> <a href="/product/2">p2</a>
		<a href="/logout">Log out</a> <a href="javascript:alert(1)">x</a> <a href="http://evil.example/">ext</a>
		<form action="/search"><input name="q"></form>
		<form action="/cart/add/1" method="post"><button>Add</button></form>
		<form action="/account/delete" method="post"><button>Delete my account</button></form>
		<script src="/static/app.js"></script>`))
	mux.HandleFunc("/product/{id}", page(`<p>product</p><a href="/download?name=a.txt">dl</a>`))
	mux.HandleFunc("/search", page(`results`))
	mux.HandleFunc("/download", page(`file`))
	mux.HandleFunc("/logout", page(`bye`))
	mux.HandleFunc("/static/app.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/javascript")
		w.Write([]byte(`fetch("/api/items?limit=5").then(r => r.json()); var re = "/*not a path";`))
	})
	mux.HandleFunc("/api/items", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`[]`)) })
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /secret-admin/\nDisallow: /*.bak$\nSitemap: /sitemap.xml\n"))
	})
	mux.HandleFunc("/secret-admin/", page(`hidden`))
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.Write([]byte(`<?xml version="1.0"?><urlset><url><loc>/from-sitemap</loc></url></urlset>`))
	})
	mux.HandleFunc("/from-sitemap", page(`ok`))
	mux.HandleFunc("POST /cart/add/{id}", func(w http.ResponseWriter, r *http.Request) {
		hits.Store("POST /cart/add", true)
		http.Redirect(w, r, "/cart", http.StatusFound)
	})
	mux.HandleFunc("POST /account/delete", func(w http.ResponseWriter, r *http.Request) { hits.Store("POST /account/delete", true) })
	mux.HandleFunc("/cart", page(`cart`))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, hits
}

func TestCrawl(t *testing.T) {
	srv, hits := site(t)
	sc, _ := httpx.NewScope(srv.URL, nil, nil)
	c := httpx.New(httpx.Options{Scope: sc, Rate: 1000})
	start, _ := url.Parse(srv.URL + "/")
	res := Crawl(context.Background(), c.Session("alice"), start, Options{
		Authenticated: true, Wordlist: []string{"/robots.txt"},
		SubmitPOST: func(f *Form) bool { return !IsDestructive(f.Action.Path + " " + f.Label) },
	})
	var keys []string
	for _, ep := range res.Endpoints {
		keys = append(keys, ep.Key())
	}
	sort.Strings(keys)
	got := strings.Join(keys, "\n")
	for _, want := range []string{
		"GET /product/{id} path:id", "GET /search query:q", "GET /download query:name", "GET /api/items query:limit",
		"GET /secret-admin/", "GET /from-sitemap", "POST /cart/add/{id} path:id", "POST /account/delete",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing endpoint %q in\n%s", want, got)
		}
	}
	if strings.Count(got, "GET /product/{id}") != 1 {
		t.Errorf("/product/1 and /product/2 not deduplicated:\n%s", got)
	}
	if _, ok := hits.Load("GET /logout"); ok {
		t.Error("an authenticated crawl requested the logout link")
	}
	if _, ok := hits.Load("POST /cart/add"); !ok {
		t.Error("the harmless POST form was not submitted")
	}
	if _, ok := hits.Load("POST /account/delete"); ok {
		t.Error("the destructive form was submitted in safe mode")
	}
	if st := c.Stats(); st.Refused != 0 {
		// Out-of-scope links are filtered before a request is built.
		t.Errorf("requests refused: %+v", st)
	}
}

func TestTemplate(t *testing.T) {
	for in, want := range map[string]string{
		"/orders/12": "/orders/{id}",
		"/u/550e8400-e29b-41d4-a716-446655440000/f/3": "/u/{id}/f/{id2}",
		"/v2/items":        "/v2/items",
		"/":                "/",
		"/blog/2024-title": "/blog/2024-title",
	} {
		if got, _ := Template(in); got != want {
			t.Errorf("Template(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpenAPI(t *testing.T) {
	doc := `openapi: 3.0.0
info: {title: t, version: "1"}
servers: [{url: "http://api.example.com/v1"}]
paths:
  /items/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: fields, in: query, schema: {type: string, example: name}}
      responses: {"200": {description: ok}}
  /items:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}, qty: {type: integer}}}
      responses: {"201": {description: ok}}
`
	base, _ := url.Parse("http://127.0.0.1:8080/")
	eps, err := OpenAPI(base, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(eps) != 2 {
		t.Fatalf("%d endpoints", len(eps))
	}
	get := eps[1]
	if get.URL.String() != "http://127.0.0.1:8080/v1/items/1?fields=name" || get.Key() != "GET /v1/items/{id} path:id query:fields" {
		t.Fatalf("GET: %s %s", get.URL, get.Key())
	}
	post := eps[0]
	if post.Encoding != "json" || post.Key() != "POST /v1/items json:name json:qty" || post.Params[1].Type != "integer" {
		t.Fatalf("POST: %+v", post)
	}
	if _, err := OpenAPI(base, []byte("not: [an openapi")); err == nil {
		t.Fatal("broken document accepted")
	}
}

func TestParseHTMLHostile(t *testing.T) {
	base, _ := url.Parse("http://127.0.0.1/")
	// Unclosed tags, invalid UTF-8 and nested forms must not crash or hang.
	p := ParseHTML(base, []byte("<form action=/a><input name=x value=\xff><form action=/b><select name=s><option>1<option selected value=2></select><textarea name=t>hi"))
	if len(p.Forms) == 0 || p.Forms[0].Inputs[0].Name != "x" {
		t.Fatalf("forms: %+v", p.Forms)
	}
}

// A page that ends the session without being named like a logout (here
// /switch-account drops the session cookie) is recognised by its effect:
// it is requested once, listed as a logout, the session is restored, and
// the crawl goes on logged in.
func TestLogoutByEffect(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/":
			w.Write([]byte(`<a href="/switch-account">switch</a> <a href="/private">private</a> <a href="/switch-account?x=1">again</a>`))
		case "/switch-account":
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", Path: "/", MaxAge: -1})
			w.Write([]byte(`signed out`))
		case "/private":
			if _, err := r.Cookie("sid"); err != nil {
				http.Error(w, "login first", http.StatusUnauthorized)
				return
			}
			w.Write([]byte(`<p>your orders</p>`))
		default:
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	sc, _ := httpx.NewScope(srv.URL, nil, nil)
	c := httpx.New(httpx.Options{Scope: sc, Rate: 1000, Concurrency: 1})
	s := c.Session("alice")
	root, _ := url.Parse(srv.URL + "/")
	login := func() error {
		s.Jar.SetCookies(root, []*http.Cookie{{Name: "sid", Value: "alice-session", Path: "/"}})
		return nil
	}
	login()
	relogins := 0
	res := Crawl(context.Background(), s, root, Options{Authenticated: true, PerTemplate: 1,
		Relogin: func() error { relogins++; return login() }})
	if len(res.Logouts) != 1 || !strings.HasPrefix(res.Logouts[0].URL.Path, "/switch-account") {
		t.Fatalf("logouts: %+v", res.Logouts)
	}
	if relogins != 1 {
		t.Errorf("%d re-logins, want 1", relogins)
	}
	if ck := s.Jar.Cookies(root); len(ck) != 1 || ck[0].Value != "alice-session" {
		t.Errorf("session not restored: %v", ck)
	}
	mu.Lock()
	defer mu.Unlock()
	if hits["/switch-account"] != 1 {
		t.Errorf("/switch-account requested %d times, want once", hits["/switch-account"])
	}
	for _, p := range res.Pages {
		if p.Request.URL.Path == "/private" && p.Status != http.StatusOK {
			t.Errorf("/private crawled logged out: %d", p.Status)
		}
	}
}

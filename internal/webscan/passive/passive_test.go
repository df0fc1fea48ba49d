package passive

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// scan requests paths from a handler and returns the rule IDs found with
// the observations.
func scan(t *testing.T, h http.HandlerFunc, origin bool, paths ...string) ([]webscan.Result, []Observation) {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	var mu sync.Mutex
	var res []webscan.Result
	var obs []Observation
	c := New(func(r webscan.Result) { mu.Lock(); res = append(res, r); mu.Unlock() },
		func(o Observation) { mu.Lock(); obs = append(obs, o); mu.Unlock() })
	sc, _ := httpx.NewScope(srv.URL, nil, nil)
	cl := httpx.New(httpx.Options{Scope: sc, Rate: 1000, Observe: c.Response})
	s := cl.Session("a")
	for _, p := range paths {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+p, nil)
		if origin {
			req.Header.Set("Origin", Origin)
		}
		if _, err := s.Do(context.Background(), req, nil); err != nil {
			t.Fatal(err)
		}
	}
	c.Finish()
	sort.Slice(res, func(i, j int) bool { return res[i].RuleID < res[j].RuleID })
	return res, obs
}

func rules(rs []webscan.Result) string {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.RuleID+"@"+r.Template+":"+r.Parameter)
	}
	return strings.Join(ids, " ")
}

const vulnPage = `<html><head><script src="https://cdn.example.com/lib.js"></script></head><body>
<form action="/profile" method="post"><input name="email"><button>Save</button></form>
<form action="/login" method="post"><input name="user"><input type="password" name="pw"></form></body></html>`

func TestVulnerableSite(t *testing.T) {
	res, _ := scan(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Server", "Werkzeug/3.0.1 Python/3.12.3")
		if o := r.Header.Get("Origin"); o != "" {
			w.Header().Set("Access-Control-Allow-Origin", o)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		switch r.URL.Path {
		case "/console":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<title>Console // Werkzeug Debugger</title><script src="?__debugger__=yes&cmd=resource&f=debugger.js"></script> Interactive Console`))
		case "/crash":
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(500)
			w.Write([]byte("<pre>Traceback (most recent call last):\n  File &#34;/app/views.py&#34;, line 12, in download\nKeyError: 'name'</pre>"))
		case "/files/":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<html><head><title>Index of /files/</title></head><body><a href="a.txt">a.txt</a></body></html>`))
		case "/api/me":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{}`))
		default:
			http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc123", Path: "/"})
			http.SetCookie(w, &http.Cookie{Name: "cart", Value: "W10=", Path: "/", HttpOnly: true})
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(vulnPage))
		}
	}, true, "/", "/console", "/crash", "/files/", "/api/me")
	got := rules(res)
	for _, want := range []string{
		"WEB-CSP-MISSING@/:", "WEB-HEADERS-MISSING@/:", "WEB-SERVER-VERSION@/:", "WEB-COOKIE-FLAGS@/:session",
		"WEB-COOKIE-FLAGS@/:cart", "WEB-SRI-MISSING@/:", "WEB-DEBUG-PAGE@/console:", "WEB-STACK-TRACE@/crash:",
		"WEB-DIR-LISTING@/files/:", "WEB-CSRF@/profile:", "WEB-CORS@/api/me:Origin", "WEB-PASSWORD-AUTOCOMPLETE@/login:pw",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %s", want, got)
		}
	}
	if strings.Contains(got, "WEB-CSRF@/login") {
		t.Errorf("login form reported as CSRF: %s", got)
	}
	for _, r := range res {
		if r.RuleID == "WEB-COOKIE-FLAGS" && r.Parameter == "session" && r.Severity <= 2 {
			t.Errorf("session cookie weighs like any cookie: %v", r.Severity)
		}
		if len(r.Proof) == 0 {
			t.Errorf("%s without proof", r.RuleID)
		}
	}
}

func TestHardenedSite(t *testing.T) {
	res, obs := scan(t, func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Server", "nginx") // no version
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-r4nd0m' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		if o := r.Header.Get("Origin"); o == "https://shop.example" { // an allow-list, not a reflection
			h.Set("Access-Control-Allow-Origin", o)
			h.Set("Access-Control-Allow-Credentials", "true")
		}
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc", Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
		http.SetCookie(w, &http.Cookie{Name: "old", Value: "", Path: "/", MaxAge: -1}) // a deletion
		h.Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/help":
			// Prose about errors and listings, escaped echo of a trace header: not a trace.
			w.Write([]byte(`<title>Help</title><p>If you see "Traceback (most recent call last):" please report it. Our index of /docs is below.</p>`))
		default:
			w.Write([]byte(`<html><script src="/static/app.js"></script><script src="https://cdn.example.com/x.js" integrity="sha384-abc" crossorigin="anonymous"></script>
<form method="post" action="/profile"><input type="hidden" name="csrf_token" value="Zm9vYmFyYmF6cXV4"><input name="email"></form>
<form method="post" action="/comment"><textarea name="body"></textarea></form>
<form method="post" action="/login"><input name="u"><input type="password" name="p" autocomplete="current-password"></form></html>`))
		}
	}, true, "/", "/help")
	if len(res) != 0 {
		t.Fatalf("false positives on a hardened site: %s", rules(res))
	}
	if len(obs) == 0 || obs[0].Control != "XSS-2" {
		t.Fatalf("no positive CSP observation: %+v", obs)
	}
}

func TestCSPEvaluator(t *testing.T) {
	for csp, want := range map[string]string{
		"script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'":                   "unsafe-inline",
		"script-src 'nonce-x' 'unsafe-inline'; object-src 'none'; base-uri 'self'":                "",
		"default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'": "unsafe-eval",
		"default-src *; object-src 'none'; base-uri 'none'":                                       "allows *",
		"script-src https: data:; object-src 'none'; base-uri 'none'":                             "allows https:",
		"script-src 'self'; base-uri 'none'":                                                      "object-src",
		"script-src 'self'; object-src 'none'":                                                    "base-uri",
		"img-src 'self'; object-src 'none'; base-uri 'none'":                                      "no script-src",
		"script-src 'nonce-x' 'strict-dynamic' https:; object-src 'none'; base-uri 'none'":        "",
		"default-src 'none'; base-uri 'none'":                                                     "",
	} {
		got := strings.Join(ParseCSP(csp).Weaknesses(), " | ")
		if want == "" && got != "" || want != "" && !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q", csp, got, want)
		}
	}
}

func TestReportOnlyAndWeakCSP(t *testing.T) {
	res, _ := scan(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy-Report-Only", "default-src 'self'")
		w.Header().Set("Content-Type", "text/html")
	}, false, "/")
	if !strings.Contains(rules(res), "WEB-CSP-WEAK") {
		t.Fatalf("report-only CSP: %s", rules(res))
	}
}

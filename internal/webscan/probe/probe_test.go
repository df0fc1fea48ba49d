package probe

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/oast"
)

// server is a set of small vulnerable and safe handlers on 127.0.0.1.
func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	page := func(w http.ResponseWriter, body string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<!doctype html><html><head><title>t</title></head><body>%s</body></html>", body)
	}
	// SQL: an odd number of quotes is a syntax error with SQLite's message.
	mux.HandleFunc("/sqli/error", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query().Get("q")
		if strings.Count(q, "'")%2 == 1 {
			w.WriteHeader(500)
			page(w, "sqlite3.OperationalError: unrecognized token: \"'\"")
			return
		}
		page(w, "results for "+html.EscapeString(q))
	})
	// SQL boolean: WHERE name = '<q>' emulated for AND conditions, no errors shown.
	cond := regexp.MustCompile(`^(.*)' AND '(\w+)'='(\w+)$`)
	mux.HandleFunc("/sqli/bool", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query().Get("q")
		if m := cond.FindStringSubmatch(q); m != nil {
			if m[1] == "mug" && m[2] == m[3] {
				page(w, "1 result: mug")
				return
			}
			page(w, "no result")
			return
		}
		if strings.Contains(q, "'") {
			w.WriteHeader(500)
			page(w, "Internal error")
			return
		}
		if q == "mug" {
			page(w, "1 result: mug")
			return
		}
		page(w, "no result")
	})
	// An error page that mentions SQL for other reasons, in every answer.
	mux.HandleFunc("/sqli/mention", func(w http.ResponseWriter, r *http.Request) {
		page(w, "Help: the message 'You have an error in your SQL syntax' means ... sqlite3.OperationalError docs. You searched "+html.EscapeString(r.URL.Query().Get("q")))
	})
	// MySQL-like sleep.
	sleepRe := regexp.MustCompile(`SLEEP\((\d+)\)`)
	mux.HandleFunc("/sqli/time", func(w http.ResponseWriter, r *http.Request) {
		if m := sleepRe.FindStringSubmatch(r.URL.Query().Get("q")); m != nil && strings.HasPrefix(r.URL.Query().Get("q"), "mug' AND") {
			n, _ := strconv.Atoi(m[1])
			time.Sleep(time.Duration(n) * time.Second)
		}
		page(w, "ok")
	})
	// Random delays: must never look time-based.
	mux.HandleFunc("/random-delay", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Duration(rand.Intn(1500)) * time.Millisecond)
		page(w, "ok "+html.EscapeString(r.URL.Query().Get("q")))
	})
	// XSS: raw echo, escaped echo, attribute, script string.
	mux.HandleFunc("/xss/raw", func(w http.ResponseWriter, r *http.Request) { page(w, "<p>"+r.URL.Query().Get("q")+"</p>") })
	mux.HandleFunc("/xss/escaped", func(w http.ResponseWriter, r *http.Request) {
		page(w, "<p>"+html.EscapeString(r.URL.Query().Get("q"))+"</p><input value=\""+html.EscapeString(r.URL.Query().Get("q"))+"\">")
	})
	mux.HandleFunc("/xss/attr", func(w http.ResponseWriter, r *http.Request) {
		page(w, `<input name="q" value="`+strings.ReplaceAll(r.URL.Query().Get("q"), "<", "&lt;")+`">`)
	})
	mux.HandleFunc("/xss/script", func(w http.ResponseWriter, r *http.Request) {
		page(w, "<script>var q = '"+strings.NewReplacer("<", `\x3c`).Replace(r.URL.Query().Get("q"))+"';</script>")
	})
	mux.HandleFunc("/xss/json-script", func(w http.ResponseWriter, r *http.Request) {
		b, _ := json.Marshal(r.URL.Query().Get("q"))
		page(w, "<script>var q = "+string(b)+";</script>")
	})
	mux.HandleFunc("/xss/redirect", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Location", "/")
		w.WriteHeader(302)
		fmt.Fprintf(w, `<a href="%s">here</a>`, r.URL.Query().Get("q"))
	})
	// SSTI: {{a*b}} evaluated; a page showing template text literally.
	mulRe := regexp.MustCompile(`\{\{(\d+)\*(\d+)\}\}`)
	mux.HandleFunc("/ssti", func(w http.ResponseWriter, r *http.Request) {
		page(w, mulRe.ReplaceAllStringFunc(html.EscapeString(r.URL.Query().Get("q")), func(s string) string {
			m := mulRe.FindStringSubmatch(s)
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			return strconv.Itoa(a * b)
		}))
	})
	mux.HandleFunc("/ssti/literal", func(w http.ResponseWriter, r *http.Request) {
		page(w, "Use {{7*191}} in templates. You typed: "+html.EscapeString(r.URL.Query().Get("q")))
	})
	// Command injection: ";echo sq$((a+b))qs" run by a fake shell.
	echoRe := regexp.MustCompile(`;echo sq\$\(\((\d+)\+(\d+)\)\)qs`)
	mux.HandleFunc("/cmdi", func(w http.ResponseWriter, r *http.Request) {
		h := r.FormValue("host")
		out := "PING " + html.EscapeString(h)
		if m := echoRe.FindStringSubmatch(h); m != nil {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			out += fmt.Sprintf("\nsq%dqs", a+b)
		}
		w.Write([]byte(out))
	})
	// Exposed file and a catch-all site.
	mux.HandleFunc("/.git/HEAD", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ref: refs/heads/main\n")) })
	// Open redirects.
	mux.HandleFunc("/redir/open", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
	})
	mux.HandleFunc("/redir/fixed", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/home?from="+url.QueryEscape(r.URL.Query().Get("next")), http.StatusFound)
	})
	// CRLF: the value is written into a header line by line.
	mux.HandleFunc("/crlf", func(w http.ResponseWriter, r *http.Request) {
		lines := strings.Split(r.URL.Query().Get("lang"), "\r\n")
		w.Header().Set("Content-Language", lines[0])
		for _, l := range lines[1:] {
			if k, v, ok := strings.Cut(l, ": "); ok {
				w.Header().Set(k, v)
			}
		}
		page(w, "ok")
	})
	mux.HandleFunc("/crlf/safe", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Language", r.URL.Query().Get("lang"))
		page(w, "ok")
	})
	// Path traversal: joined under a directory, or only the base name kept.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("hello"), 0o644)
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		b, err := os.ReadFile(filepath.Join(dir, r.URL.Query().Get("name")))
		if err != nil {
			http.Error(w, "not found", 404)
			return
		}
		w.Write(b)
	})
	mux.HandleFunc("/file/safe", func(w http.ResponseWriter, r *http.Request) {
		b, err := os.ReadFile(filepath.Join(dir, filepath.Base(r.URL.Query().Get("name"))))
		if err != nil {
			http.Error(w, "not found", 404)
			return
		}
		w.Write(b)
	})
	// NoSQL: user[$ne] matches every user.
	mux.HandleFunc("/nosql", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		switch {
		case q.Has("user[$ne]"):
			page(w, "users: admin, alice")
		case q.Has("user[$eq]") && q.Get("user[$eq]") == "alice", q.Get("user") == "alice":
			page(w, "users: alice")
		default:
			page(w, "users: none")
		}
	})
	mux.HandleFunc("/nosql/safe", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("user") == "alice" {
			page(w, "users: alice")
			return
		}
		page(w, "users: none")
	})
	// JWT: one server accepts alg none, the other verifies HS256.
	jwtCheck := func(verify bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			parts := strings.Split(tok, ".")
			if len(parts) != 3 {
				http.Error(w, "no token", 401)
				return
			}
			hb, _ := base64.RawURLEncoding.DecodeString(parts[0])
			var h map[string]string
			json.Unmarshal(hb, &h)
			ok := tok == goodJWT || !verify && strings.EqualFold(h["alg"], "none") && parts[1] == strings.Split(goodJWT, ".")[1]
			if !ok {
				http.Error(w, "bad token", 401)
				return
			}
			fmt.Fprint(w, `{"sub":"alice"}`)
		}
	}
	mux.HandleFunc("/jwt/none", jwtCheck(false))
	mux.HandleFunc("/jwt/safe", jwtCheck(true))
	// Catch-all: every other path is 200 with the same page.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { page(w, "welcome") })
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// goodJWT is HS256 over {"sub":"alice"} with a long random-looking secret.
const goodJWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSJ9.mDNvrAKpd1HmuCe8lzlgpYkmVnUBNH7aBWOS-XUclzs"

func testEnv(t *testing.T, base string) *Env {
	scope, _ := httpx.NewScope(base, nil, nil)
	l, err := oast.Start("127.0.0.1:0", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return &Env{Client: httpx.New(httpx.Options{Scope: scope, Rate: 5000, Concurrency: 8, MaxRequests: 100000}),
		OAST: l, Delay: time.Second, OASTWait: 500 * time.Millisecond}
}

func run(t *testing.T, p Probe, env *Env, e *webscan.Endpoint, id *webscan.Identity) []webscan.Result {
	t.Helper()
	if id == nil {
		id = &webscan.Identity{Name: "anonymous", Session: env.Client.Session("anonymous")}
	}
	var mu sync.Mutex
	var out []webscan.Result
	p.Run(context.Background(), e, id, env, func(r webscan.Result) {
		mu.Lock()
		out = append(out, r)
		mu.Unlock()
	})
	for _, r := range out {
		if len(r.Proof) == 0 || len(r.Facts) == 0 || r.RuleID == "" {
			t.Errorf("%s: result without proof or facts: %+v", p.ID(), r)
		}
	}
	return out
}

func getEP(t *testing.T, base, path string, params ...webscan.Param) *webscan.Endpoint {
	u, _ := url.Parse(base + path)
	return &webscan.Endpoint{Method: "GET", URL: u, Template: path, Params: params}
}

func TestProbes(t *testing.T) {
	s := server(t)
	env := testEnv(t, s.URL)
	cases := []struct {
		name  string
		probe Probe
		ep    *webscan.Endpoint
		id    func() *webscan.Identity
		want  int
	}{
		{"sqli error-based", &SQLi{}, getEP(t, s.URL, "/sqli/error", q("q", "mug")), nil, 1},
		{"sqli boolean-based", &SQLi{}, getEP(t, s.URL, "/sqli/bool", q("q", "mug")), nil, 1},
		{"sqli time-based", &SQLi{}, getEP(t, s.URL, "/sqli/time", q("q", "mug")), nil, 1},
		{"sqli: SQL mentioned in every page", &SQLi{}, getEP(t, s.URL, "/sqli/mention", q("q", "mug")), nil, 0},
		{"sqli: escaped echo", &SQLi{}, getEP(t, s.URL, "/xss/escaped", q("q", "mug")), nil, 0},
		{"sqli: random delays", &SQLi{}, getEP(t, s.URL, "/random-delay", q("q", "mug")), nil, 0},
		{"cmdi: random delays", &CMDI{}, getEP(t, s.URL, "/random-delay", q("q", "x")), nil, 0},
		{"xss raw", &XSSReflected{}, getEP(t, s.URL, "/xss/raw", q("q", "x")), nil, 1},
		{"xss attribute", &XSSReflected{}, getEP(t, s.URL, "/xss/attr", q("q", "x")), nil, 1},
		{"xss script string", &XSSReflected{}, getEP(t, s.URL, "/xss/script", q("q", "x")), nil, 1},
		{"xss: escaped echo", &XSSReflected{}, getEP(t, s.URL, "/xss/escaped", q("q", "x")), nil, 0},
		{"xss: JSON-encoded in script", &XSSReflected{}, getEP(t, s.URL, "/xss/json-script", q("q", "x")), nil, 0},
		{"xss: redirect body", &XSSReflected{}, getEP(t, s.URL, "/xss/redirect", q("q", "x")), nil, 0},
		{"ssti", &SSTI{}, getEP(t, s.URL, "/ssti", q("q", "x")), nil, 1},
		{"ssti: literal template text", &SSTI{}, getEP(t, s.URL, "/ssti/literal", q("q", "x")), nil, 0},
		{"ssti: escaped echo", &SSTI{}, getEP(t, s.URL, "/xss/escaped", q("q", "x")), nil, 0},
		{"cmdi output", &CMDI{}, getEP(t, s.URL, "/cmdi", q("host", "127.0.0.1")), nil, 1},
		{"code injection: echo", &CodeInjection{}, getEP(t, s.URL, "/xss/escaped", q("q", "1")), nil, 0},
		{"exposed .git with catch-all", &ExposedFiles{}, getEP(t, s.URL, "/"), nil, 1},
		{"open redirect", &OpenRedirect{}, getEP(t, s.URL, "/redir/open", q("next", "/")), nil, 1},
		{"redirect to a fixed internal path", &OpenRedirect{}, getEP(t, s.URL, "/redir/fixed", q("next", "/")), nil, 0},
		{"crlf", &CRLF{}, getEP(t, s.URL, "/crlf", q("lang", "en")), nil, 1},
		{"crlf: Go sanitises header values", &CRLF{}, getEP(t, s.URL, "/crlf/safe", q("lang", "en")), nil, 0},
		{"path traversal", &PathTraversal{}, getEP(t, s.URL, "/file", q("name", "a.txt")), nil, 1},
		{"path traversal: base name only", &PathTraversal{}, getEP(t, s.URL, "/file/safe", q("name", "a.txt")), nil, 0},
		{"nosql $ne", &NoSQLi{}, getEP(t, s.URL, "/nosql", q("user", "alice")), nil, 1},
		{"nosql: brackets ignored", &NoSQLi{}, getEP(t, s.URL, "/nosql/safe", q("user", "alice")), nil, 0},
		{"jwt alg none", &JWT{}, getEP(t, s.URL, "/jwt/none"), bearer(env), 1},
		{"jwt verified", &JWT{}, getEP(t, s.URL, "/jwt/safe"), bearer(env), 0},
		{"xpath: escaped echo", &XPath{}, getEP(t, s.URL, "/xss/escaped", q("q", "x")), nil, 0},
		{"ssrf: no fetch", &SSRF{}, getEP(t, s.URL, "/xss/escaped", q("url", "http://example.com/")), nil, 0},
	}
	// Catch-all only: an exposed-file probe on a fresh site must be silent.
	for _, c := range cases {
		c := c
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var id *webscan.Identity
			if c.id != nil {
				id = c.id()
			}
			got := run(t, c.probe, env, c.ep, id)
			if len(got) != c.want {
				for _, r := range got {
					t.Logf("%s %s: %v", r.RuleID, r.Parameter, r.Facts)
				}
				t.Fatalf("%d results, want %d", len(got), c.want)
			}
		})
	}
}

func bearer(env *Env) func() *webscan.Identity {
	return func() *webscan.Identity {
		s := env.Client.Session("api")
		s.Headers.Set("Authorization", "Bearer "+goodJWT)
		return &webscan.Identity{Name: "api", Session: s}
	}
}

func TestExposedFilesCatchAllOnly(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Every path answers 200 with the same text, which even looks like
		// a git HEAD: not a file.
		w.Write([]byte("ref: refs/heads/main\n"))
	}))
	defer s.Close()
	env := testEnv(t, s.URL)
	if got := run(t, &ExposedFiles{}, env, getEP(t, s.URL, "/"), nil); len(got) != 0 {
		t.Fatalf("catch-all reported: %+v", got)
	}
}

func TestOASTToken(t *testing.T) {
	l, err := oast.Start("", "")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	tok := oast.NewToken()
	go func() {
		r, err := http.Get(l.URL(tok) + ".dtd")
		if err == nil {
			r.Body.Close()
		}
	}()
	hits := l.Wait(context.Background(), tok, 3*time.Second)
	if len(hits) != 1 || hits[0].Token != tok {
		t.Fatalf("hits %+v", hits)
	}
	if len(l.Hits(oast.NewToken())) != 0 {
		t.Fatal("a fresh token has hits")
	}
}

func TestJSCodeAt(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{`var q = '';alert(1);//';`, true},
		{`var q = '\';alert(1);//';`, false},
		{`var q = "';alert(1);//";`, false},
		{`// ';alert(1)`, false},
	} {
		if got := jsCodeAt(c.src, strings.Index(c.src, "alert(1)")); got != c.want {
			t.Errorf("%q: %v, want %v", c.src, got, c.want)
		}
	}
}

// A Fixed parameter (a real account's password on a login form) is sent as
// it is by every probe, never replaced by a payload: a failed login for a
// real account could lock it.
func TestFixedParamsNeverInjected(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		if r.Method == http.MethodPost && r.URL.Path == "/login" && r.PostForm.Has("next") {
			mu.Lock()
			seen = append(seen, r.PostForm.Get("password"))
			mu.Unlock()
		}
		fmt.Fprintf(w, "<html><body>hello %s</body></html>", html.EscapeString(r.PostForm.Get("next")))
	}))
	defer s.Close()
	env := testEnv(t, s.URL)
	u, _ := url.Parse(s.URL + "/login")
	ep := &webscan.Endpoint{Method: http.MethodPost, URL: u, Template: "/login", Encoding: "form", Params: []webscan.Param{
		{Name: "username", In: "form", Value: "alice", Fixed: true},
		{Name: "password", In: "form", Value: "s3cret-pw", Fixed: true},
		{Name: "next", In: "form", Value: "/"},
	}}
	for _, p := range All() {
		run(t, p, env, ep, nil)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) < 10 {
		t.Fatalf("only %d requests: the other parameter should have been probed", len(seen))
	}
	for _, v := range seen {
		if v != "s3cret-pw" {
			t.Fatalf("a probe changed a fixed credential: password=%q", v)
		}
	}
}

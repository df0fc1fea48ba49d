package probe

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/oast"
)

// app is a Python example app started for a test.
type app struct {
	base string
	cmd  *exec.Cmd
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startApp runs examples/NAME/app.py with Debian's python3 on a free
// loopback port; the test is skipped when Flask or lxml is missing.
func startApp(t *testing.T, name string) *app {
	t.Helper()
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import flask, lxml, requests").Run(); err != nil {
		t.Skipf("%s cannot import flask, lxml and requests (apt-get install python3-flask python3-lxml python3-requests): %v", py, err)
	}
	dir, _ := filepath.Abs(filepath.Join("..", "..", "..", "examples", name))
	port := freePort(t)
	cmd := exec.Command(py, "app.py", "--port", fmt.Sprint(port))
	cmd.Dir = dir
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	a := &app{base: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_, _ = cmd.Process.Wait()
	})
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if r, err := http.Get(a.base + "/"); err == nil {
			r.Body.Close()
			return a
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("%s did not start: %s", name, logs.String())
	return nil
}

func ep(t *testing.T, base, method, path, enc string, params ...webscan.Param) *webscan.Endpoint {
	u, err := url.Parse(base + path)
	if err != nil {
		t.Fatal(err)
	}
	return &webscan.Endpoint{Method: method, URL: u, Template: u.Path, Params: params, Encoding: enc, Source: "test"}
}

func login(t *testing.T, c *httpx.Client, base, user, pass string, strict bool) *webscan.Identity {
	s := c.Session(user)
	req, _ := http.NewRequest(http.MethodPost, base+"/login", nil)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r, err := s.Do(context.Background(), req, []byte(url.Values{"username": {user}, "password": {pass}}.Encode()))
	if err != nil || r.Status != http.StatusFound {
		if !strict {
			return &webscan.Identity{Name: "anonymous", Session: c.Session("anonymous")}
		}
		t.Fatalf("login %s: %v %v", user, err, r)
	}
	return &webscan.Identity{Name: user, Role: user, Session: s}
}

type runCase struct {
	ep   *webscan.Endpoint
	id   *webscan.Identity
	want []string
}

// runAll runs every probe on every case, a few at a time.
func runAll(t *testing.T, env *Env, cases []runCase) map[int][]webscan.Result {
	probes := All()
	out := map[int][]webscan.Result{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	for i, c := range cases {
		for _, p := range probes {
			wg.Add(1)
			go func(i int, c runCase, p Probe) {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				p.Run(ctx, c.ep, c.id, env, func(r webscan.Result) {
					mu.Lock()
					out[i] = append(out[i], r)
					mu.Unlock()
				})
			}(i, c, p)
		}
	}
	wg.Wait()
	return out
}

func newEnv(t *testing.T, base string) *Env {
	scope, err := httpx.NewScope(base, nil, []string{"/logout"})
	if err != nil {
		t.Fatal(err)
	}
	l, err := oast.Start("127.0.0.1:0", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	c := httpx.New(httpx.Options{Scope: scope, Rate: 2000, Concurrency: 8, Timeout: 15 * time.Second, MaxRequests: 20000})
	return &Env{Client: c, OAST: l, Delay: time.Second, OASTWait: 2 * time.Second,
		Errorf: func(f string, a ...any) { t.Logf("probe error: "+f, a...) }}
}

func q(name, v string) webscan.Param {
	return webscan.Param{Name: name, In: "query", Value: v, Type: "string"}
}
func f(name, v string) webscan.Param {
	return webscan.Param{Name: name, In: "form", Value: v, Type: "string"}
}

// shopCases are vulnshop's web-reachable flaws that probes own (EXPECTED.md),
// as endpoints built by hand; safeshop gets the same endpoints.
func shopCases(t *testing.T, env *Env, base string, vuln bool) []runCase {
	anon := &webscan.Identity{Name: "anonymous", Session: env.Client.Session("anonymous")}
	alice := login(t, env.Client, base, "alice", "alice2024", vuln)
	// The cart cookie as the app sets it (whatever its format).
	cs := env.Client.Session("cart")
	req, _ := http.NewRequest(http.MethodPost, base+"/cart/add/1", nil)
	cart := ""
	if r, err := cs.Do(context.Background(), req, nil); err == nil {
		for _, c := range cs.Jar.Cookies(req.URL) {
			if c.Name == "cart" {
				cart = c.Value
			}
		}
		_ = r
	}
	product, _ := url.Parse(base + "/product/1")
	comment := ep(t, base, "POST", "/product/1/comment", "form", f("body", "nice"))
	comment.FoundOn = product
	xml := `<products><product><name>Lamp</name><price>3</price></product></products>`
	cases := []runCase{
		{ep(t, base, "GET", "/search", "", q("q", "mug")), anon, []string{"WEB-SQLI", "WEB-XSS-REFLECTED", "WEB-SSTI"}},
		{ep(t, base, "GET", "/", "", q("msg", "hello")), anon, []string{"WEB-XSS-REFLECTED"}},
		{ep(t, base, "GET", "/download", "", q("name", "catalog.txt")), anon, []string{"WEB-PATH-TRAVERSAL"}},
		{ep(t, base, "GET", "/api/calc", "", q("expr", "1+1")), anon, []string{"WEB-CODE-INJECTION"}},
		{ep(t, base, "GET", "/api/preview", "", q("url", base+"/")), anon, []string{"WEB-SSRF"}},
		{ep(t, base, "GET", "/api/stock", "", q("warehouse", "eu")), anon, []string{"WEB-SSRF"}},
		{ep(t, base, "POST", "/api/import", "xml", webscan.Param{Name: "body", In: "body", Value: xml}), anon, []string{"WEB-XXE"}},
		{ep(t, base, "GET", "/cart", "", webscan.Param{Name: "cart", In: "cookie", Value: cart}), anon, []string{"WEB-DESERIALIZATION"}},
		{ep(t, base, "POST", "/login", "form", f("next", "/"), f("username", "alice"), f("password", "alice2024")), anon, []string{"WEB-OPEN-REDIRECT", "WEB-SQLI"}},
		{ep(t, base, "POST", "/profile", "form", f("email", "alice@example.com"), f("bio", "hi")), alice, []string{"WEB-SQLI"}},
		{comment, anon, []string{"WEB-XSS-STORED"}},
	}
	if !vuln {
		// safeshop's forms carry a CSRF token: the probes refresh it from
		// the page the form is on (login needs MFA: the profile is probed
		// anonymously and must simply find nothing).
		for _, c := range cases {
			if c.ep.Method == "POST" && c.ep.Encoding == "form" {
				c.ep.Params = append(c.ep.Params, f("csrf_token", "stale"))
				if c.ep.FoundOn == nil {
					c.ep.FoundOn, _ = url.Parse(base + c.ep.URL.Path)
				}
			}
		}
	}
	if vuln {
		adm := login(t, env.Client, base, "admin", "admin123", vuln)
		cases = append(cases, runCase{ep(t, base, "POST", "/admin/ping", "form", f("host", "127.0.0.1")), adm, []string{"WEB-CMDI"}})
	}
	// The API token, for the JWT probe.
	ts := env.Client.Session("api")
	req, _ = http.NewRequest(http.MethodPost, base+"/api/token", nil)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if r, err := ts.Do(context.Background(), req, []byte("username=alice&password=alice2024")); err == nil && r.Status == 200 {
		var tok struct{ Token string }
		if json.Unmarshal(r.Body, &tok) == nil && tok.Token != "" {
			ts.Headers.Set("Authorization", "Bearer "+tok.Token)
			cases = append(cases, runCase{ep(t, base, "GET", "/api/me", ""), &webscan.Identity{Name: "api", Session: ts}, nil})
		}
	}
	return cases
}

func TestVulnshopAndSafeshop(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the example apps")
	}
	t.Run("vulnshop", func(t *testing.T) {
		a := startApp(t, "vulnshop")
		env := newEnv(t, a.base)
		cases := shopCases(t, env, a.base, true)
		got := runAll(t, env, cases)
		for i, c := range cases {
			rules := map[string]bool{}
			for _, r := range got[i] {
				rules[r.RuleID] = true
				if len(r.Proof) == 0 || len(r.Facts) == 0 {
					t.Errorf("%s %s: result without proof or facts: %+v", c.ep.Method, c.ep.URL.Path, r)
				}
			}
			for _, w := range c.want {
				if !rules[w] {
					t.Errorf("%s %s: %s not found (got %v)", c.ep.Method, c.ep.URL.Path, w, keys(rules))
				}
			}
			for _, r := range got[i] {
				t.Logf("%s %s: %s %s %s", c.ep.Method, c.ep.URL.Path, r.RuleID, r.Parameter, strings.Join(r.Facts, " | "))
			}
		}
		t.Logf("requests: %+v", env.Client.Stats())
	})
	t.Run("safeshop", func(t *testing.T) {
		a := startApp(t, "safeshop")
		env := newEnv(t, a.base)
		cases := shopCases(t, env, a.base, false)
		got := runAll(t, env, cases)
		for i, c := range cases {
			for _, r := range got[i] {
				t.Errorf("safeshop %s %s: false positive %s %s: %s", c.ep.Method, c.ep.URL.Path, r.RuleID, r.Parameter, strings.Join(r.Facts, " | "))
			}
		}
		t.Logf("requests: %+v", env.Client.Stats())
	})
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var _ = os.Getenv

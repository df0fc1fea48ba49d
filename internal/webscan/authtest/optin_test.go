package authtest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
)

// credSite is a login application with the accounts given; every form
// carries a one-time CSRF token that the POST must return (a token
// reused or taken from another session is refused). With register, it
// also has a sign-up form that refuses passwords shorter than minLen.
type credSite struct {
	mu       sync.Mutex
	accounts map[string]string
	tokens   map[string]string // session -> the token of its last form
	posts    int               // login submissions
	n        int
	minLen   int
}

func (c *credSite) handler() http.Handler {
	mux := http.NewServeMux()
	page := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			h(w, r)
		}
	}
	session := func(w http.ResponseWriter, r *http.Request) string {
		if ck, _ := r.Cookie("sid"); ck != nil {
			if _, ok := c.tokens[ck.Value]; ok {
				return ck.Value
			}
		}
		c.n++
		id := fmt.Sprintf("sess%06d", c.n)
		c.tokens[id] = ""
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/"})
		return id
	}
	token := func(id string) string {
		c.n++
		t := fmt.Sprintf("tok%06dx", c.n)
		c.tokens[id] = t
		return t
	}
	loginForm := `<form method="post" action="/login"><input type="hidden" name="csrf" value="%s"><input name="username"><input type="password" name="password"><button>Log in</button></form><p>%s</p>`
	regForm := `<form method="post" action="/signup"><input type="hidden" name="csrf" value="%s"><input name="username"><input type="email" name="email"><input type="password" name="password"><input type="password" name="confirm"><button>Create account</button></form><p>%s</p>`
	mux.HandleFunc("/", page(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(`<a href="/login">Log in</a> <a href="/signup">Sign up</a>`))
	}))
	mux.HandleFunc("/login", page(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		defer c.mu.Unlock()
		id := session(w, r)
		if r.Method == http.MethodGet {
			fmt.Fprintf(w, loginForm, token(id), "")
			return
		}
		c.posts++
		want := c.tokens[id]
		c.tokens[id] = ""
		if want == "" || r.FormValue("csrf") != want {
			w.WriteHeader(http.StatusForbidden)
			w.Write([]byte("CSRF token missing or reused"))
			return
		}
		if pw, ok := c.accounts[r.FormValue("username")]; !ok || pw != r.FormValue("password") {
			fmt.Fprintf(w, loginForm, token(id), "Invalid username or password")
			return
		}
		http.Redirect(w, r, "/home", http.StatusFound)
	}))
	mux.HandleFunc("/home", page(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<h1>Welcome</h1><a href="/logout">Log out</a>`))
	}))
	mux.HandleFunc("/signup", page(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		defer c.mu.Unlock()
		id := session(w, r)
		if r.Method == http.MethodGet {
			fmt.Fprintf(w, regForm, token(id), "")
			return
		}
		want := c.tokens[id]
		c.tokens[id] = ""
		u, pw := r.FormValue("username"), r.FormValue("password")
		switch {
		case want == "" || r.FormValue("csrf") != want:
			w.WriteHeader(http.StatusForbidden)
			return
		case pw != r.FormValue("confirm") || !strings.HasSuffix(r.FormValue("email"), "@example.invalid"):
			fmt.Fprintf(w, regForm, token(id), "Passwords do not match")
			return
		case len(pw) < c.minLen:
			fmt.Fprintf(w, regForm, token(id), fmt.Sprintf("Password must have at least %d characters", c.minLen))
			return
		}
		c.accounts[u] = pw
		http.Redirect(w, r, "/login", http.StatusFound)
	}))
	return mux
}

type optRun struct {
	results []webscan.Result
	sent    int64
}

func runOptIn(t *testing.T, site *credSite, attempts int, known []Pair, f func(context.Context, *OptIn, []crawl.Found, []LoginForm)) optRun {
	t.Helper()
	if site.tokens == nil {
		site.tokens = map[string]string{}
	}
	srv := httptest.NewServer(site.handler())
	defer srv.Close()
	sc, _ := httpx.NewScope(srv.URL, nil, nil)
	c := httpx.New(httpx.Options{Scope: sc, Rate: 1000})
	target, _ := url.Parse(srv.URL + "/")
	res := crawl.Crawl(context.Background(), c.Session("crawl"), target, crawl.Options{MaxPages: 10,
		SubmitPOST: func(*crawl.Form) bool { return false }})
	before := c.Stats().Sent
	var out optRun
	var mu sync.Mutex
	o := &OptIn{Client: c, Attempts: attempts, Known: known, Emit: func(r webscan.Result) {
		mu.Lock()
		defer mu.Unlock()
		if len(r.Proof) == 0 {
			t.Errorf("%s without proof", r.RuleID)
		}
		out.results = append(out.results, r)
	}}
	f(context.Background(), o, res.Forms, LoginForms(res.Forms))
	out.sent = c.Stats().Sent - before
	return out
}

func defaults(ctx context.Context, o *OptIn, _ []crawl.Found, logins []LoginForm) {
	o.DefaultCredentials(ctx, logins, nil)
}

func TestDefaultCredentialsFound(t *testing.T) {
	site := &credSite{accounts: map[string]string{"alice": "S3cret-pass", "admin": "admin"}}
	got := runOptIn(t, site, 15, nil, defaults)
	if len(got.results) != 1 || got.results[0].RuleID != "WEB-DEFAULT-CREDENTIALS" {
		t.Fatalf("want one WEB-DEFAULT-CREDENTIALS, got %+v", got.results)
	}
	r := got.results[0]
	// The site refuses a reused CSRF token with 403: a success proves a
	// fresh token per attempt.
	if r.Proof[0].Status != http.StatusFound {
		t.Errorf("proof status %d", r.Proof[0].Status)
	}
	for _, s := range append([]string{r.Message}, r.Facts...) {
		if strings.Contains(s, "/ admin") || strings.Contains(s, "password admin") {
			t.Errorf("password in clear: %q", s)
		}
	}
	if len(r.Redact) == 0 || r.Redact["password=admin"] == "" {
		t.Errorf("the proof's password is not redacted: %v", r.Redact)
	}
}

func TestDefaultCredentialsSkipsKnownPairs(t *testing.T) {
	// admin/admin is a configured identity's account: known, not a default.
	site := &credSite{accounts: map[string]string{"admin": "admin"}}
	got := runOptIn(t, site, 15, []Pair{{"admin", "admin"}}, defaults)
	if len(got.results) != 0 {
		t.Fatalf("a configured identity's credentials reported as defaults: %+v", got.results)
	}
}

func TestDefaultCredentialsHardenedBounded(t *testing.T) {
	site := &credSite{accounts: map[string]string{"alice": "S3cret-pass"}}
	got := runOptIn(t, site, 6, nil, defaults)
	if len(got.results) != 0 {
		t.Fatalf("false positive: %+v", got.results)
	}
	if site.posts != 6 {
		t.Errorf("%d login submissions, want exactly --login-attempts (6)", site.posts)
	}
	// One GET for the form and one POST per attempt.
	if got.sent > 12 {
		t.Errorf("%d requests for 6 attempts", got.sent)
	}
}

func TestReadPairs(t *testing.T) {
	f := filepath.Join(t.TempDir(), "creds")
	os.WriteFile(f, []byte("# vendor defaults\nops:ops:colon\n\nsa:\n"), 0o600)
	p, err := ReadPairs(f)
	if err != nil || len(p) != 2 || p[0] != (Pair{"ops", "ops:colon"}) || p[1] != (Pair{"sa", ""}) {
		t.Fatalf("got %v %v", p, err)
	}
	os.WriteFile(f, []byte("nocolon\n"), 0o600)
	if _, err := ReadPairs(f); err == nil {
		t.Error("a line without a colon is accepted")
	}
}

func register(ctx context.Context, o *OptIn, found []crawl.Found, logins []LoginForm) {
	o.WeakRegistration(ctx, found, logins)
}

func TestWeakRegistrationFound(t *testing.T) {
	site := &credSite{accounts: map[string]string{}, minLen: 0}
	got := runOptIn(t, site, 15, nil, register)
	if len(got.results) != 1 || got.results[0].RuleID != "WEB-WEAK-PASSWORD-POLICY" {
		t.Fatalf("want one WEB-WEAK-PASSWORD-POLICY, got %+v", got.results)
	}
	if len(site.accounts) != 1 {
		t.Errorf("%d accounts created, want one", len(site.accounts))
	}
	var user string
	for u := range site.accounts {
		user = u
	}
	facts := strings.Join(got.results[0].Facts, "\n")
	if !strings.HasPrefix(user, "secaudit_") || !strings.Contains(facts, user) || !strings.Contains(facts, "test account was created") {
		t.Errorf("the facts do not name the test account %q: %s", user, facts)
	}
	if len(got.results[0].Proof) != 2 {
		t.Errorf("want the registration and the login as proof")
	}
}

func TestWeakRegistrationRefused(t *testing.T) {
	site := &credSite{accounts: map[string]string{}, minLen: 10}
	got := runOptIn(t, site, 15, nil, register)
	if len(got.results) != 0 {
		t.Fatalf("false positive: %+v", got.results)
	}
	if site.posts > 0 {
		t.Errorf("%d logins after a refused registration", site.posts)
	}
	// Without a login form to confirm, the answer is judged by effect.
	got = runOptIn(t, site, 15, nil, func(ctx context.Context, o *OptIn, found []crawl.Found, _ []LoginForm) {
		o.WeakRegistration(ctx, found, nil)
	})
	if len(got.results) != 0 {
		t.Fatalf("false positive judged by effect: %+v", got.results)
	}
}

func TestWeakRegistrationByEffect(t *testing.T) {
	site := &credSite{accounts: map[string]string{}}
	got := runOptIn(t, site, 15, nil, func(ctx context.Context, o *OptIn, found []crawl.Found, _ []LoginForm) {
		o.WeakRegistration(ctx, found, nil)
	})
	if len(got.results) != 1 || got.results[0].Confidence == 0 {
		t.Fatalf("want one medium-confidence finding, got %+v", got.results)
	}
}

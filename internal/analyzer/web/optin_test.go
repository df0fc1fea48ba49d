package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
	"github.com/secaudit/secaudit/internal/webscan/identity"
)

// optInSite has a configured account (alice), a default one (admin/admin)
// and a sign-up form that takes any password. It counts the login and
// sign-up submissions other than alice's.
type optInSite struct {
	mu       sync.Mutex
	accounts map[string]string
	guessed  int // logins as a default-list user
	signups  int
}

func (o *optInSite) handler() http.Handler {
	mux := http.NewServeMux()
	page := func(w http.ResponseWriter) { w.Header().Set("Content-Type", "text/html; charset=utf-8") }
	login := `<form method="post" action="/login"><input name="username"><input type="password" name="password"><button>Log in</button></form>`
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		page(w)
		fmt.Fprint(w, `<a href="/login">Log in</a> <a href="/register">Register</a>`)
	})
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		page(w)
		if r.Method == http.MethodGet {
			fmt.Fprint(w, login)
			return
		}
		u, pw := r.FormValue("username"), r.FormValue("password")
		o.mu.Lock()
		want, ok := o.accounts[u]
		if u == "admin" || u == "root" || u == "test" || u == "guest" {
			o.guessed++
		}
		o.mu.Unlock()
		if !ok || want != pw {
			fmt.Fprint(w, login+"<p>Invalid username or password</p>")
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "s-" + u, Path: "/"})
		http.Redirect(w, r, "/", http.StatusFound)
	})
	mux.HandleFunc("/register", func(w http.ResponseWriter, r *http.Request) {
		page(w)
		if r.Method == http.MethodGet {
			fmt.Fprint(w, `<form method="post" action="/register"><input name="username"><input type="password" name="password"><input type="password" name="password2"><button>Sign up</button></form>`)
			return
		}
		o.mu.Lock()
		o.signups++
		o.accounts[r.FormValue("username")] = r.FormValue("password")
		o.mu.Unlock()
		http.Redirect(w, r, "/login", http.StatusFound)
	})
	return mux
}

func runOptInScan(t *testing.T, mod func(*Options)) (*optInSite, *sink) {
	t.Helper()
	site := &optInSite{accounts: map[string]string{"alice": "S3cret-pass", "admin": "admin"}}
	srv := httptest.NewServer(site.handler())
	defer srv.Close()
	rules, err := rule.Default()
	if err != nil {
		t.Fatal(err)
	}
	o := Options{URL: srv.URL + "/", Rate: 500, Concurrency: 4, Timeout: 2 * time.Second, MaxRequests: 2000,
		MaxDuration: time.Minute, MaxPages: 20, Active: "off", LoginAttempts: 5,
		Identities: []identity.Config{{Name: "alice", Login: &identity.Login{URL: "/login", Username: "alice", Password: "S3cret-pass"}}}}
	mod(&o)
	out := &sink{}
	if err := New(o).Run(context.Background(), &audit.Input{Rules: rules}, out); err != nil {
		t.Fatal(err)
	}
	return site, out
}

// ruleIDs lists the rules of findings, space-separated.
func ruleIDs(fs []finding.Finding) string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.RuleID)
	}
	return strings.Join(ids, " ")
}

func TestOptInAuthTestsOffByDefault(t *testing.T) {
	site, out := runOptInScan(t, func(*Options) {})
	if site.guessed != 0 || site.signups != 0 {
		t.Errorf("without the flags: %d default-credential logins, %d sign-ups", site.guessed, site.signups)
	}
	if got := ruleIDs(out.findings); strings.Contains(got, "WEB-DEFAULT-CREDENTIALS") || strings.Contains(got, "WEB-WEAK-PASSWORD-POLICY") {
		t.Errorf("opt-in findings without the flags: %s", got)
	}
}

func TestOptInAuthTests(t *testing.T) {
	site, out := runOptInScan(t, func(o *Options) { o.DefaultCredentials, o.WeakRegistration = true, true })
	got := ruleIDs(out.findings)
	for _, want := range []string{"WEB-DEFAULT-CREDENTIALS", "WEB-WEAK-PASSWORD-POLICY"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %q", want, got)
		}
	}
	if site.signups != 1 {
		t.Errorf("%d sign-ups, want one per form", site.signups)
	}
	if site.guessed > 5 {
		t.Errorf("%d default-credential logins, more than --login-attempts", site.guessed)
	}
	for _, f := range out.findings {
		if f.RuleID != "WEB-DEFAULT-CREDENTIALS" {
			continue
		}
		for _, x := range f.Evidence.Exchanges {
			if strings.Contains(x.Request, "password=admin") || strings.Contains(x.Curl, "password=admin") {
				t.Errorf("the default password is in clear in the proof:\n%s", x.Request)
			}
			if !strings.Contains(x.Request, "username=admin") {
				t.Errorf("the proof does not show the username:\n%s", x.Request)
			}
		}
	}
}

package identity

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/secaudit/secaudit/internal/httpx"
)

func rnd() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// djangoLike is a session login with one-time CSRF tokens bound to the
// session (stricter than Django, whose token is per session): a token is
// valid for one submission only, so a login that reuses a token it saw
// earlier fails, and only a form fetched fresh before each submission
// works. /account needs the login; /kill ends every session (the server
// restarting, a session store flushed).
type djangoLike struct {
	mu       sync.Mutex
	sessions map[string]string          // session id -> user ("" anonymous)
	tokens   map[string]map[string]bool // session id -> unused tokens
	posts    int
}

func newDjangoLike() *djangoLike {
	return &djangoLike{sessions: map[string]string{}, tokens: map[string]map[string]bool{}}
}

func (d *djangoLike) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	d.mu.Lock()
	defer d.mu.Unlock()
	sid := ""
	if c, err := r.Cookie("sessionid"); err == nil {
		if _, ok := d.sessions[c.Value]; ok {
			sid = c.Value
		}
	}
	if sid == "" {
		sid = rnd()
		d.sessions[sid] = ""
		d.tokens[sid] = map[string]bool{}
		http.SetCookie(w, &http.Cookie{Name: "sessionid", Value: sid, Path: "/", HttpOnly: true})
	}
	w.Header().Set("Content-Type", "text/html")
	loginForm := func(msg string) {
		tok := rnd()
		d.tokens[sid][tok] = true
		fmt.Fprintf(w, `<html><body><p>%s</p><form method="post" action="/accounts/login/">
<input type="hidden" name="csrfmiddlewaretoken" value="%s">
<input type="text" name="username"><input type="password" name="password">
<input type="submit" value="Log in"></form></body></html>`, msg, tok)
	}
	switch r.URL.Path {
	case "/accounts/login/":
		if r.Method == http.MethodGet {
			loginForm("")
			return
		}
		d.posts++
		tok := r.FormValue("csrfmiddlewaretoken")
		if !d.tokens[sid][tok] {
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, "CSRF verification failed. Request aborted.")
			return
		}
		delete(d.tokens[sid], tok)
		if r.FormValue("username") != "alice" || r.FormValue("password") != "wonderland" {
			w.WriteHeader(http.StatusOK)
			loginForm("Please enter a correct username and password.")
			return
		}
		// Session rotated at login, as Django does.
		delete(d.sessions, sid)
		nsid := rnd()
		d.sessions[nsid] = "alice"
		d.tokens[nsid] = map[string]bool{}
		http.SetCookie(w, &http.Cookie{Name: "sessionid", Value: nsid, Path: "/", HttpOnly: true})
		http.Redirect(w, r, "/account", http.StatusFound)
	case "/account":
		if d.sessions[sid] == "" {
			http.Redirect(w, r, "/accounts/login/?next=/account", http.StatusFound)
			return
		}
		fmt.Fprintf(w, `<html><body>Welcome %s <a href="/accounts/logout/">Log out</a></body></html>`, d.sessions[sid])
	case "/kill":
		for k := range d.sessions {
			d.sessions[k] = ""
		}
	default:
		http.NotFound(w, r)
	}
}

func client(t *testing.T, srv *httptest.Server) (*httpx.Client, *url.URL) {
	t.Helper()
	sc, err := httpx.NewScope(srv.URL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(srv.URL + "/")
	return httpx.New(httpx.Options{Scope: sc, Rate: 1000, Concurrency: 4}), u
}

func get(t *testing.T, s *httpx.Session, u string) *httpx.Response {
	t.Helper()
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, u, nil)
	r, _, err := s.Follow(context.Background(), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestFormLoginFreshCSRFAndRelogin(t *testing.T) {
	app := newDjangoLike()
	srv := httptest.NewServer(app)
	defer srv.Close()
	c, target := client(t, srv)
	id, err := Establish(context.Background(), c, target, Config{Name: "alice", Role: "customer",
		Login: &Login{URL: "/accounts/login/", Username: "alice", Password: "wonderland", Success: "Welcome alice"}})
	if err != nil {
		t.Fatalf("login with a one-time CSRF token: %v", err)
	}
	if r := get(t, id.Session, srv.URL+"/account"); !strings.Contains(string(r.Body), "Welcome alice") {
		t.Fatalf("session not logged in: %d %q", r.Status, r.Body)
	}

	// The server forgets the session: the identity's pages show the login
	// form again (what the scan's lost-session check looks for), and
	// Relogin must work with a new token (the first one was used).
	get(t, id.Session, srv.URL+"/kill")
	lost := get(t, id.Session, srv.URL+"/account")
	if !HasPasswordForm(lost) {
		t.Fatalf("a lost session should show the password form: %q", lost.Body)
	}
	if err := id.Relogin(); err != nil {
		t.Fatalf("relogin: %v", err)
	}
	if r := get(t, id.Session, srv.URL+"/account"); !strings.Contains(string(r.Body), "Welcome alice") || HasPasswordForm(r) {
		t.Fatalf("relogin did not restore the session: %d %q", r.Status, r.Body)
	}
	if app.posts != 2 {
		t.Errorf("want 2 login submissions, got %d", app.posts)
	}
}

func TestFormLoginWithoutSuccessTextJudgedByEffect(t *testing.T) {
	srv := httptest.NewServer(newDjangoLike())
	defer srv.Close()
	c, target := client(t, srv)
	if _, err := Establish(context.Background(), c, target, Config{Name: "alice",
		Login: &Login{URL: "/accounts/login/", Username: "alice", Password: "wonderland"}}); err != nil {
		t.Fatalf("login judged by its effect (no password form after it): %v", err)
	}
}

func TestFormLoginFailureIsAnError(t *testing.T) {
	srv := httptest.NewServer(newDjangoLike())
	defer srv.Close()
	c, target := client(t, srv)
	for _, l := range []*Login{
		{URL: "/accounts/login/", Username: "alice", Password: "wrong"},
		{URL: "/accounts/login/", Username: "alice", Password: "wrong", Success: "Welcome"},
		{URL: "/nothing-here/", Username: "alice", Password: "wonderland"},
	} {
		id, err := Establish(context.Background(), c, target, Config{Name: "alice", Login: l})
		if err == nil || id != nil {
			t.Errorf("login %+v: want an error, got identity %v", l, id)
		}
	}
}

// jsonAPI issues a token at POST /api/login, either in a JSON field
// (data.access) or in a response header (X-Auth-Token), and accepts it in
// the header and form the test says.
func jsonAPI(inHeader bool, header string, bearer bool) (http.Handler, *sync.Map) {
	issued := &sync.Map{}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/login", func(w http.ResponseWriter, r *http.Request) {
		var creds map[string]string
		if r.Method != http.MethodPost || json.NewDecoder(r.Body).Decode(&creds) != nil {
			http.Error(w, `{"error":"bad request"}`, http.StatusBadRequest)
			return
		}
		if creds["email"] != "bob@example.com" || creds["pass"] != "builder" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"error":"invalid credentials"}`)
			return
		}
		tok := "eyJ" + rnd()
		issued.Store(tok, true)
		w.Header().Set("Content-Type", "application/json")
		if inHeader {
			w.Header().Set("X-Auth-Token", tok)
			fmt.Fprint(w, `{"ok":true}`)
			return
		}
		fmt.Fprintf(w, `{"data":{"access":%q,"expires":3600}}`, tok)
	})
	mux.HandleFunc("/api/me", func(w http.ResponseWriter, r *http.Request) {
		v := r.Header.Get(header)
		if bearer {
			if !strings.HasPrefix(v, "Bearer ") {
				http.Error(w, "no bearer", http.StatusUnauthorized)
				return
			}
			v = strings.TrimPrefix(v, "Bearer ")
		}
		if _, ok := issued.Load(v); !ok {
			http.Error(w, "bad token", http.StatusUnauthorized)
			return
		}
		fmt.Fprint(w, `{"user":"bob"}`)
	})
	return mux, issued
}

func TestJSONLogin(t *testing.T) {
	cases := []struct {
		name     string
		inHeader bool
		login    Login
		header   string
		bearer   bool
	}{
		{"field, Authorization Bearer", false,
			Login{Type: "json", URL: "/api/login", UserField: "email", PassField: "pass", TokenField: "data.access"}, "Authorization", true},
		{"field, custom header without Bearer", false,
			Login{Type: "json", URL: "/api/login", UserField: "email", PassField: "pass", TokenField: "data.access", Header: "X-Api-Key", NoBearer: true}, "X-Api-Key", false},
		{"response header, Authorization Bearer", true,
			Login{Type: "json", URL: "/api/login", UserField: "email", PassField: "pass", TokenHeader: "X-Auth-Token"}, "Authorization", true},
		{"response header, raw token", true,
			Login{Type: "JSON", URL: "/api/login", UserField: "email", PassField: "pass", TokenHeader: "X-Auth-Token", Header: "X-Auth-Token", NoBearer: true}, "X-Auth-Token", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h, _ := jsonAPI(tc.inHeader, tc.header, tc.bearer)
			srv := httptest.NewServer(h)
			defer srv.Close()
			c, target := client(t, srv)
			l := tc.login
			l.Username, l.Password = "bob@example.com", "builder"
			id, err := Establish(context.Background(), c, target, Config{Name: "bob", Role: "user", Login: &l})
			if err != nil {
				t.Fatalf("json login: %v", err)
			}
			got := id.Session.Headers.Get(tc.header)
			if tc.bearer != strings.HasPrefix(got, "Bearer ") {
				t.Errorf("header %s = %q, bearer prefix wanted: %v", tc.header, got, tc.bearer)
			}
			if r := get(t, id.Session, srv.URL+"/api/me"); r.Status != http.StatusOK {
				t.Fatalf("token not accepted: %d %q (header %s=%q)", r.Status, r.Body, tc.header, got)
			}
			// Relogin replaces the token with a new one that works too.
			if err := id.Relogin(); err != nil || id.Session.Headers.Get(tc.header) == got {
				t.Errorf("relogin: %v, token unchanged: %v", err, id.Session.Headers.Get(tc.header) == got)
			}
		})
	}
}

func TestJSONLoginFailures(t *testing.T) {
	h, _ := jsonAPI(false, "Authorization", true)
	srv := httptest.NewServer(h)
	defer srv.Close()
	c, target := client(t, srv)
	for name, l := range map[string]Login{
		"wrong password": {Type: "json", URL: "/api/login", UserField: "email", PassField: "pass", Username: "bob@example.com", Password: "nope", TokenField: "data.access"},
		"no such field":  {Type: "json", URL: "/api/login", UserField: "email", PassField: "pass", Username: "bob@example.com", Password: "builder", TokenField: "data.token"},
		"no such header": {Type: "json", URL: "/api/login", UserField: "email", PassField: "pass", Username: "bob@example.com", Password: "builder", TokenHeader: "X-Token"},
		"not JSON":       {Type: "json", URL: "/api/me", Username: "bob@example.com", Password: "builder"},
	} {
		l := l
		if id, err := Establish(context.Background(), c, target, Config{Name: "bob", Login: &l}); err == nil {
			t.Errorf("%s: want an error, got identity with headers %v", name, id.Session.Headers)
		}
	}
}

func TestStaticCredentials(t *testing.T) {
	var got http.Header
	var ck string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		if c, err := r.Cookie("session"); err == nil {
			ck = c.Value
		}
	}))
	defer srv.Close()
	c, target := client(t, srv)
	id, err := Establish(context.Background(), c, target, Config{Name: "svc", Role: "admin",
		Headers: map[string]string{"Authorization": "Bearer abc"}, Cookies: map[string]string{"session": "xyz"}})
	if err != nil || id.Relogin != nil {
		t.Fatalf("static identity: %v, relogin %v", err, id.Relogin != nil)
	}
	get(t, id.Session, srv.URL+"/x")
	if got.Get("Authorization") != "Bearer abc" || ck != "xyz" {
		t.Errorf("static credentials not sent: %v cookie %q", got, ck)
	}
}

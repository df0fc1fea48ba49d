package authtest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/identity"
	"github.com/secaudit/secaudit/internal/webscan/passive"
)

// loginSite is a small login application. hardened: one generic error,
// lockout after 5 failures, session rotated at login and deleted at logout.
func loginSite(hardened bool) http.Handler {
	var mu sync.Mutex
	sessions := map[string]string{} // session id -> user ("" anonymous)
	fails := 0
	n := 0
	newID := func() string { n++; return fmt.Sprintf("s%08d-random", n) }
	form := `<form method="post" action="/login"><input type="hidden" name="csrf" value="%s"><input name="user"><input type="password" name="pw"></form><p>%s</p>`
	mux := http.NewServeMux()
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		ck, _ := r.Cookie("sid")
		id := ""
		if ck != nil {
			if _, ok := sessions[ck.Value]; ok {
				id = ck.Value
			}
		}
		if id == "" {
			id = newID()
			sessions[id] = ""
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true})
		}
		w.Header().Set("Content-Type", "text/html")
		if r.Method == http.MethodGet {
			fmt.Fprintf(w, form, newID(), "")
			return
		}
		user, pw := r.FormValue("user"), r.FormValue("pw")
		if hardened && fails >= 5 {
			w.WriteHeader(429)
			fmt.Fprintf(w, form, newID(), "Too many attempts")
			return
		}
		if user != "alice" || pw != "secret" {
			fails++
			msg := "Invalid username or password"
			if !hardened && user != "alice" {
				msg = "Unknown user " + user
			} else if !hardened {
				msg = "Wrong password"
			}
			w.WriteHeader(401)
			fmt.Fprintf(w, form, newID(), msg)
			return
		}
		if hardened {
			delete(sessions, id)
			id = newID()
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true})
		}
		sessions[id] = "alice"
		http.Redirect(w, r, "/account", http.StatusFound)
	})
	mux.HandleFunc("/account", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		ck, _ := r.Cookie("sid")
		if ck == nil || sessions[ck.Value] == "" {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<h1>alice's account</h1><a href=/logout>Log out</a>"))
	})
	mux.HandleFunc("/logout", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if ck, _ := r.Cookie("sid"); ck != nil && hardened {
			delete(sessions, ck.Value)
		}
		http.Redirect(w, r, "/login", http.StatusFound)
	})
	return mux
}

func run(t *testing.T, hardened bool) (string, []passive.Observation) {
	srv := httptest.NewServer(loginSite(hardened))
	defer srv.Close()
	sc, _ := httpx.NewScope(srv.URL, nil, nil)
	c := httpx.New(httpx.Options{Scope: sc, Rate: 1000})
	target, _ := url.Parse(srv.URL + "/")
	var mu sync.Mutex
	var ids []string
	var obs []passive.Observation
	prot, _ := target.Parse("/account")
	lo, _ := target.Parse("/logout")
	Run(context.Background(), &Env{Client: c, Target: target, Attempts: 8, Protected: prot, Logout: lo,
		Login: &identity.Login{URL: "/login", Username: "alice", Password: "secret"},
		Emit: func(r webscan.Result) {
			mu.Lock()
			ids = append(ids, r.RuleID)
			mu.Unlock()
			if len(r.Proof) == 0 {
				t.Errorf("%s without proof", r.RuleID)
			}
		},
		Observe: func(o passive.Observation) { mu.Lock(); obs = append(obs, o); mu.Unlock() }})
	if st := c.Stats(); st.Sent > 60 {
		t.Errorf("%d requests: the lockout test is bounded by Attempts", st.Sent)
	}
	return strings.Join(ids, " "), obs
}

func TestWeakLogin(t *testing.T) {
	got, _ := run(t, false)
	for _, want := range []string{"WEB-USER-ENUM", "WEB-SESSION-FIXATION", "WEB-SESSION-AFTER-LOGOUT", "WEB-NO-LOCKOUT"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %q", want, got)
		}
	}
}

func TestHardenedLogin(t *testing.T) {
	got, obs := run(t, true)
	if got != "" {
		t.Fatalf("false positives: %s", got)
	}
	var texts []string
	for _, o := range obs {
		texts = append(texts, o.Control+": "+o.Text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"rotated at login", "invalidated at logout", "throttled or locked"} {
		if !strings.Contains(all, want) {
			t.Errorf("no positive evidence %q in\n%s", want, all)
		}
	}
}

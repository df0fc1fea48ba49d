package access

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/passive"
)

func rnd() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// shop is a small application with a "user" cookie standing for a
// session (admin, alice, bob, or none). ownerCheck: orders are only
// shown to their owner (else any logged-in user reads any order).
func shop(ownerCheck bool) http.Handler {
	orders := map[string]string{"1": "alice", "2": "bob"}
	// Per-response noise the comparison must ignore: a CSRF token and a
	// timestamp that change on every request.
	noise := func() string {
		return fmt.Sprintf(`<input type="hidden" name="csrf_token" value="%s"><p>Generated %s</p>`,
			rnd(), time.Now().Format("2006-01-02 15:04:05.000000"))
	}
	mux := http.NewServeMux()
	user := func(r *http.Request) string {
		if c, err := r.Cookie("user"); err == nil {
			return c.Value
		}
		return ""
	}
	page := func(w http.ResponseWriter, body string) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><body>%s</body></html>", body)
	}
	// Only the admin: customers get 403, anonymous a redirect to the login.
	mux.HandleFunc("/admin/users", func(w http.ResponseWriter, r *http.Request) {
		switch user(r) {
		case "admin":
			page(w, "<h1>Users</h1><table><tr><td>alice</td><td>alice@example.com</td></tr><tr><td>bob</td><td>bob@example.com</td></tr></table>"+noise())
		case "":
			http.Redirect(w, r, "/login", http.StatusFound)
		default:
			w.WriteHeader(http.StatusForbidden)
			page(w, "<h1>Forbidden</h1><p>You are not allowed to see this page.</p>")
		}
	})
	// Checks the login but not the role: a customer gets the admin's page
	// (with another CSRF token and timestamp).
	mux.HandleFunc("/admin/reports", func(w http.ResponseWriter, r *http.Request) {
		if user(r) == "" {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		page(w, "<h1>Revenue report</h1><ul><li>2026-10: 18,230 EUR</li><li>2026-11: 21,004 EUR</li></ul>"+
			`<form method="post" action="/admin/reports/export">`+noise()+`<button>Export</button></form>`)
	})
	// Public page, the same for everyone apart from the token and clock.
	mux.HandleFunc("/about", func(w http.ResponseWriter, r *http.Request) {
		page(w, "<h1>About us</h1><p>We sell things.</p>"+noise())
	})
	// Personalised page on an administrative-looking path: every user sees
	// their own content, so the replay gives a different page.
	mux.HandleFunc("/dashboard/admin", func(w http.ResponseWriter, r *http.Request) {
		u := user(r)
		if u == "" {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		page(w, fmt.Sprintf("<h1>Dashboard of %s</h1><p>%s</p>", u, strings.Repeat("Your personal notes, "+u+". ", 20)))
	})
	mux.HandleFunc("/orders/", func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimPrefix(r.URL.Path, "/orders/")
		owner, ok := orders[id]
		u := user(r)
		if !ok || u == "" || ownerCheck && u != owner {
			http.NotFound(w, r)
			return
		}
		page(w, fmt.Sprintf("<h1>Order %s</h1><p>Customer: %s, 3 items, card ending 4242</p>", id, owner)+noise())
	})
	// The admin area's login page: everyone gets it, by design.
	mux.HandleFunc("/admin/login", func(w http.ResponseWriter, r *http.Request) {
		page(w, `<h1>Administration</h1><form method="post"><input name="username"><input type="password" name="password">`+noise()+`<button>Log in</button></form>`)
	})
	// Shared objects every customer is linked to.
	mux.HandleFunc("/product/", func(w http.ResponseWriter, r *http.Request) {
		page(w, "<h1>Product "+strings.TrimPrefix(r.URL.Path, "/product/")+"</h1>")
	})
	return mux
}

type fixture struct {
	srv      *httptest.Server
	c        *httpx.Client
	ids      map[string]*webscan.Identity
	results  []webscan.Result
	observed []passive.Observation
}

func newFixture(t *testing.T, h http.Handler) *fixture {
	t.Helper()
	f := &fixture{srv: httptest.NewServer(h), ids: map[string]*webscan.Identity{}}
	t.Cleanup(f.srv.Close)
	sc, err := httpx.NewScope(f.srv.URL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.c = httpx.New(httpx.Options{Scope: sc, Rate: 1000, Concurrency: 4})
	root, _ := url.Parse(f.srv.URL + "/")
	for _, x := range []struct{ name, role string }{{"anonymous", ""}, {"admin", "admin"}, {"alice", "customer"}, {"bob", "customer"}} {
		s := f.c.Session(x.name)
		if x.role != "" {
			s.Jar.SetCookies(root, []*http.Cookie{{Name: "user", Value: x.name, Path: "/"}})
		}
		f.ids[x.name] = &webscan.Identity{Name: x.name, Role: x.role, Session: s}
	}
	return f
}

// crawl fetches the paths as the identity, like the crawler would have.
func (f *fixture) crawl(t *testing.T, who string, paths ...string) Crawled {
	t.Helper()
	c := Crawled{ID: f.ids[who]}
	for _, p := range paths {
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, f.srv.URL+p, nil)
		r, err := c.ID.Session.Do(context.Background(), req, nil)
		if err != nil {
			t.Fatal(err)
		}
		c.Pages = append(c.Pages, r)
	}
	return c
}

func (f *fixture) run(policy Policy, cs ...Crawled) {
	Run(context.Background(), &Env{Identities: cs, Policy: policy,
		Emit:    func(r webscan.Result) { f.results = append(f.results, r) },
		Observe: func(o passive.Observation) { f.observed = append(f.observed, o) }})
}

func (f *fixture) find(rule, tpl string) *webscan.Result {
	for i := range f.results {
		if f.results[i].RuleID == rule && f.results[i].Template == tpl {
			return &f.results[i]
		}
	}
	return nil
}

func TestReplayAdminPageToCustomer(t *testing.T) {
	f := newFixture(t, shop(true))
	f.run(nil,
		f.crawl(t, "anonymous", "/about"),
		f.crawl(t, "admin", "/admin/users", "/admin/reports", "/about", "/dashboard/admin", "/admin/login"),
		f.crawl(t, "alice", "/about", "/dashboard/admin"),
		f.crawl(t, "bob", "/about"))
	// Positive: the customers get the admin's report page; its CSRF token
	// and timestamp differ on every response and must not hide that.
	r := f.find("WEB-ACCESS-CONTROL", "/admin/reports")
	if r == nil {
		t.Fatalf("admin page served to a customer not reported; results: %+v", f.results)
	}
	if !strings.Contains(r.Message, "role customer") || len(r.Proof) != 2 {
		t.Errorf("finding should name the customer and carry both responses: %q, %d proofs", r.Message, len(r.Proof))
	}
	// Negatives: refused to customers (403) and anonymous (redirect); a
	// public page the same for everyone except token and clock; a
	// personalised page on an admin-looking path.
	// The admin login page is the same for everyone: not a finding either.
	for _, tpl := range []string{"/admin/users", "/about", "/dashboard/admin", "/admin/login"} {
		if r := f.find("WEB-ACCESS-CONTROL", tpl); r != nil {
			t.Errorf("false positive on %s: %s", tpl, r.Message)
		}
	}
	if len(f.results) != 1 {
		t.Errorf("want exactly one finding, got %d: %+v", len(f.results), f.results)
	}
}

func TestReplayAllRefusedIsPositiveEvidence(t *testing.T) {
	f := newFixture(t, shop(true))
	f.run(nil,
		f.crawl(t, "anonymous"),
		f.crawl(t, "admin", "/admin/users"),
		f.crawl(t, "alice"))
	if len(f.results) != 0 {
		t.Fatalf("no finding expected: %+v", f.results)
	}
	if len(f.observed) == 0 || f.observed[0].Control != "AC-2" {
		t.Errorf("refused replays should count for AC-2: %+v", f.observed)
	}
}

func TestReplayWithPolicy(t *testing.T) {
	f := newFixture(t, shop(true))
	// The policy reserves /about for admins (a made-up rule, so that a page
	// the path does not mark as administrative is judged by the policy),
	// and allows customers /admin/reports: the verdicts follow the policy.
	pol := Policy{"admin": {"/about", "/admin/"}, "customer": {"/admin/reports"}}
	f.run(pol,
		f.crawl(t, "anonymous"),
		f.crawl(t, "admin", "/about", "/admin/reports", "/admin/users"),
		f.crawl(t, "alice"))
	r := f.find("WEB-ACCESS-CONTROL", "/about")
	if r == nil || r.Confidence == 0 || !strings.Contains(strings.Join(r.Facts, " "), "policy") {
		t.Fatalf("policy-restricted page served to others not reported with the policy as reason: %+v", f.results)
	}
	if r := f.find("WEB-ACCESS-CONTROL", "/admin/reports"); r != nil && strings.Contains(r.Message, "alice") {
		t.Errorf("customer allowed by the policy reported: %s", r.Message)
	}
}

func TestIDOR(t *testing.T) {
	for _, vulnerable := range []bool{true, false} {
		t.Run(fmt.Sprintf("vulnerable=%v", vulnerable), func(t *testing.T) {
			f := newFixture(t, shop(!vulnerable))
			f.run(nil,
				f.crawl(t, "anonymous", "/product/1"),
				f.crawl(t, "admin"),
				f.crawl(t, "alice", "/orders/1", "/product/1", "/product/2"),
				f.crawl(t, "bob", "/orders/2", "/product/1", "/product/2"))
			r := f.find("WEB-IDOR", "/orders/{id}")
			if vulnerable != (r != nil) {
				t.Fatalf("IDOR reported: %v, want %v; results %+v", r != nil, vulnerable, f.results)
			}
			if r != nil && (r.Parameter != "id" || len(r.Proof) != 2) {
				t.Errorf("IDOR finding: parameter %q, %d proofs", r.Parameter, len(r.Proof))
			}
			// Products are linked to every customer: shared, never an IDOR.
			if r := f.find("WEB-IDOR", "/product/{id}"); r != nil {
				t.Errorf("shared object reported as IDOR: %s", r.Message)
			}
		})
	}
}

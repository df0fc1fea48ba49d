// Package authtest tests a form login the way an auditor does: throttling
// or lockout after failed attempts, username enumeration by response
// differences, session rotation at login, and session invalidation at
// logout. Each test runs on its own fresh sessions, never on the
// identities the rest of the scan uses.
package authtest

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/identity"
	"github.com/secaudit/secaudit/internal/webscan/passive"
)

// Env is what the tests need.
type Env struct {
	Client   *httpx.Client
	Target   *url.URL
	Login    *identity.Login // a form login with a valid account
	Attempts int             // failed logins for the lockout test (default 15)
	// Protected is a page the logged-in account gets and anonymous does not
	// (nil: the after-logout test is skipped).
	Protected  *url.URL
	Logout     *url.URL // the logout link or form action (nil: skipped)
	LogoutPOST bool
	Emit       webscan.Emit
	Observe    func(passive.Observation)
}

func (e *Env) fresh() *httpx.Session { return e.Client.Session("authtest") }

func (e *Env) loginURL() *url.URL {
	u, _ := e.Target.Parse(e.Login.URL)
	return u
}

// Run runs every test. Lockout runs last: it may lock the account.
func Run(ctx context.Context, e *Env) {
	if e.Observe == nil {
		e.Observe = func(passive.Observation) {}
	}
	e.enumeration(ctx)
	e.fixation(ctx)
	e.afterLogout(ctx)
	e.lockout(ctx)
}

func result(rule, param, msg string, proof []*httpx.Response, facts ...string) webscan.Result {
	r := proof[0]
	return webscan.Result{RuleID: rule, Message: msg, Method: r.Request.Method, URL: r.Request.URL.String(),
		Parameter: param, Template: r.Request.URL.Path, Proof: proof, Facts: facts}
}

// noise is what differs between two identical answers: hidden field
// values (CSRF tokens), long random strings and numbers (timestamps).
var noise = regexp.MustCompile(`value="[^"]*"|[A-Za-z0-9_\-+/=]{20,}|\d+`)

// Normalize removes tokens, timestamps and the given echoed values from a body.
func Normalize(body []byte, echoed ...string) string {
	s := string(body)
	for _, e := range echoed {
		if e != "" {
			s = strings.ReplaceAll(s, e, "")
		}
	}
	return noise.ReplaceAllString(s, "")
}

func (e *Env) failedLogin(ctx context.Context, user string) (*httpx.Response, *httpx.Response, error) {
	return identity.SubmitForm(ctx, e.fresh(), e.loginURL(), e.Login.UserField, e.Login.PassField, user, "Wrong-Secaudit-9x!")
}

func (e *Env) enumeration(ctx context.Context) {
	unknown := "secaudit-nouser-4k2q"
	a1, f1, err := e.failedLogin(ctx, unknown)
	if err != nil {
		return
	}
	a2, f2, err := e.failedLogin(ctx, unknown+"x")
	if err != nil {
		return
	}
	k, fk, err := e.failedLogin(ctx, e.Login.Username)
	if err != nil {
		return
	}
	sig := func(sub, final *httpx.Response, user string) string {
		return fmt.Sprintf("%d %d %s", sub.Status, final.Status, Normalize(final.Body, user, url.QueryEscape(user)))
	}
	u1, u2, kn := sig(a1, f1, unknown), sig(a2, f2, unknown+"x"), sig(k, fk, e.Login.Username)
	if u1 != u2 {
		return // the answer varies by itself: no conclusion
	}
	if kn != u1 {
		e.Emit(result("WEB-USER-ENUM", "username", "the login answers a failed attempt for an existing user differently from one for an unknown user",
			[]*httpx.Response{k, a1}, fmt.Sprintf("existing user %q: status %d; unknown user: status %d; the page texts differ", e.Login.Username, k.Status, a1.Status)))
	}
}

// sessionCookies returns the session-like cookies a jar sends to u.
func sessionCookies(s *httpx.Session, u *url.URL) map[string]string {
	m := map[string]string{}
	for _, c := range s.Jar.Cookies(u) {
		if passive.IsSessionCookie(c.Name) {
			m[c.Name] = c.Value
		}
	}
	return m
}

func (e *Env) fixation(ctx context.Context) {
	s := e.fresh()
	lu := e.loginURL()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, lu.String(), nil)
	if _, _, err := s.Follow(ctx, req, nil); err != nil {
		return
	}
	before := sessionCookies(s, lu)
	if len(before) == 0 {
		return // no pre-login session to fix: nothing to test
	}
	sub, err := identity.LogIn(ctx, s, e.Target, e.Login)
	if err != nil {
		return
	}
	after := sessionCookies(s, lu)
	for name, v := range before {
		if after[name] == v {
			e.Emit(result("WEB-SESSION-FIXATION", "", "the session cookie "+name+" keeps its pre-login value after login: a planted session identifier becomes an authenticated one",
				[]*httpx.Response{sub}, "cookie "+name+" before and after login: "+v))
			return
		}
	}
	e.Observe(passive.Observation{Control: "AU-2", Text: "session identifier rotated at login"})
}

func (e *Env) afterLogout(ctx context.Context) {
	if e.Protected == nil || e.Logout == nil {
		return
	}
	s := e.fresh()
	if _, err := identity.LogIn(ctx, s, e.Target, e.Login); err != nil {
		return
	}
	get := func(s *httpx.Session) *httpx.Response {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.Protected.String(), nil)
		r, err := s.Do(ctx, req, nil)
		if err != nil {
			return nil
		}
		return r
	}
	in := get(s)
	if in == nil || in.Status != http.StatusOK {
		return
	}
	saved := s.Jar.Cookies(e.Protected)
	hdr := s.Headers.Clone()
	method := http.MethodGet
	if e.LogoutPOST {
		method = http.MethodPost
	}
	lreq, _ := http.NewRequestWithContext(ctx, method, e.Logout.String(), nil)
	var body []byte
	if e.LogoutPOST {
		lreq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		body = []byte{}
	}
	lo, err := s.Do(ctx, lreq, body)
	if err != nil {
		return
	}
	// The old credentials, replayed by someone who kept them.
	old := e.fresh()
	old.Jar.SetCookies(e.Protected, saved)
	old.Headers = hdr
	r := get(old)
	if r == nil {
		return
	}
	if r.Status == http.StatusOK && Similar(Normalize(in.Body), Normalize(r.Body)) >= 0.9 {
		e.Emit(result("WEB-SESSION-AFTER-LOGOUT", "", "the session still works after logout: "+e.Protected.Path+" answers the old cookie as before",
			[]*httpx.Response{lo, r}, fmt.Sprintf("GET %s with the pre-logout cookie: %d, same page as when logged in", e.Protected.Path, r.Status)))
		return
	}
	e.Observe(passive.Observation{Control: "AU-2", Text: "session invalidated at logout (the old cookie no longer opens " + e.Protected.Path + ")"})
}

// lockedOut matches the texts of throttling and lockout answers.
var lockedOut = regexp.MustCompile(`(?i)too many|locked|try again later|temporarily|rate limit|captcha|slow down`)

func (e *Env) lockout(ctx context.Context) {
	n := e.Attempts
	if n <= 0 {
		n = 15
	}
	var first, last *httpx.Response
	for i := 0; i < n; i++ {
		sub, final, err := e.failedLogin(ctx, e.Login.Username)
		if err != nil {
			return
		}
		if first == nil {
			first = sub
		}
		last = sub
		if sub.Status == http.StatusTooManyRequests || sub.Header.Get("Retry-After") != "" || lockedOut.Match(final.Body) && !lockedOut.Match(first.Body) {
			e.Observe(passive.Observation{Control: "AU-1", Text: fmt.Sprintf("login throttled or locked after %d failed attempts", i+1)})
			return
		}
	}
	// Same answer every time: did the account get locked silently? The
	// right password tells.
	s := e.fresh()
	sub, err := identity.LogIn(ctx, s, e.Target, e.Login)
	if err != nil {
		e.Observe(passive.Observation{Control: "AU-1", Text: fmt.Sprintf("the correct password was refused after %d failed attempts (silent lockout)", n)})
		return
	}
	e.Emit(result("WEB-NO-LOCKOUT", "password", fmt.Sprintf("%d failed logins in a row for %q were answered alike and the correct credentials still logged in afterwards: no lockout or throttling", n, e.Login.Username),
		[]*httpx.Response{last, sub}, fmt.Sprintf("%d failed logins, all answered %d, then a successful login", n, first.Status)))
}

// Similar is a line-multiset similarity in [0,1] (1: the same lines).
func Similar(a, b string) float64 {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	if len(la)+len(lb) == 0 {
		return 1
	}
	count := map[string]int{}
	for _, l := range la {
		count[strings.TrimSpace(l)]++
	}
	common := 0
	for _, l := range lb {
		if k := strings.TrimSpace(l); count[k] > 0 {
			count[k]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(la)+len(lb))
}

package authtest

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
	"github.com/secaudit/secaudit/internal/webscan/identity"
)

// Pair is a username and password.
type Pair struct{ User, Password string }

// DefaultPairs are the credentials products ship with and people leave in
// place. The list is short on purpose: the test is a check of the
// obvious, not a guessing attack, and every try is a failed login that
// counts toward the site's lockout.
var DefaultPairs = []Pair{
	{"admin", "admin"}, {"admin", "password"}, {"admin", "admin123"},
	{"administrator", "administrator"}, {"root", "root"}, {"root", "toor"},
	{"test", "test"}, {"guest", "guest"}, {"user", "user"}, {"demo", "demo"},
}

// ReadPairs reads "user:password" lines (blank lines and # comments skipped).
func ReadPairs(file string) ([]Pair, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Pair
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u, p, ok := strings.Cut(line, ":")
		if !ok || u == "" {
			return nil, fmt.Errorf("%s:%d: want user:password", file, n)
		}
		out = append(out, Pair{u, p})
	}
	return out, sc.Err()
}

// LoginForm is a login form the scan knows: the page serving it and the
// form's field names (fetched again before each try, for a fresh CSRF token).
type LoginForm struct {
	Page                 *url.URL
	Action               string // the form's action path ("" for the page's first password form)
	UserField, PassField string
	Success              string // the configured success text, if any
}

// OptIn is the environment of the opt-in tests.
type OptIn struct {
	Client   *httpx.Client
	Attempts int    // login submissions in total at most (default 15)
	Known    []Pair // configured identities' credentials: known, not defaults
	Emit     webscan.Emit
}

// LoginForms returns the login forms among crawled ones: one text field
// and one password field (a registration form has more, or a second
// password field).
func LoginForms(found []crawl.Found) []LoginForm {
	var out []LoginForm
	seen := map[string]bool{}
	for _, f := range found {
		var user, pass string
		texts, pws := 0, 0
		for _, in := range f.Form.Inputs {
			switch in.Type {
			case "password":
				pws++
				pass = in.Name
			case "", "text", "email":
				texts++
				user = in.Name
			}
		}
		if texts != 1 || pws != 1 || isRegistration(f) {
			continue
		}
		key := f.Form.Action.Path
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, LoginForm{Page: f.Page.Request.URL, Action: f.Form.Action.Path, UserField: user, PassField: pass})
	}
	return out
}

// submit fetches page in a fresh session, fills the form whose action is
// action (or the first form with a password field) with values, the
// hidden fields kept as served, and submits it.
func submit(ctx context.Context, s *httpx.Session, page *url.URL, action string, fill func(crawl.Input) (string, bool)) (sub, final *httpx.Response, form *crawl.Form, err error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, page.String(), nil)
	lp, _, err := s.Follow(ctx, req, nil)
	if err != nil {
		return nil, nil, nil, err
	}
	for _, f := range crawl.ParseHTML(lp.Request.URL, lp.Body).Forms {
		if (action == "" || f.Action.Path == action) && hasPasswordInput(f) {
			f := f
			form = &f
			break
		}
	}
	if form == nil {
		return nil, nil, nil, fmt.Errorf("the form is gone from %s", lp.Request.URL.Path)
	}
	q := url.Values{}
	for _, in := range form.Inputs {
		if v, ok := fill(in); ok {
			q.Set(in.Name, v)
		}
	}
	body := []byte(q.Encode())
	target := form.Action.String()
	if form.Method == http.MethodGet {
		a := *form.Action
		a.RawQuery = q.Encode()
		target, body = a.String(), nil
	}
	preq, err := http.NewRequestWithContext(ctx, form.Method, target, nil)
	if err != nil {
		return nil, nil, nil, err
	}
	if body != nil {
		preq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	final, chain, err := s.Follow(ctx, preq, body)
	if err != nil {
		return nil, nil, nil, err
	}
	return chain[0], final, form, nil
}

func hasPasswordInput(f crawl.Form) bool {
	for _, in := range f.Inputs {
		if in.Type == "password" {
			return true
		}
	}
	return false
}

// tryLogin submits one login in a fresh session and judges it by effect,
// exactly as an identity's login is judged.
func (o *OptIn) tryLogin(ctx context.Context, lf LoginForm, user, pass string) (sub *httpx.Response, passField string, ok bool, err error) {
	s := o.Client.Session("authtest-optin")
	userField := lf.UserField
	sub, final, _, err := submit(ctx, s, lf.Page, lf.Action, func(in crawl.Input) (string, bool) {
		switch {
		case in.Type == "password":
			passField = in.Name
			return pass, true
		case in.Name == userField:
			return user, true
		case userField == "" && (in.Type == "" || in.Type == "text" || in.Type == "email"):
			// No configured field name: the first text field, as the
			// identity login fills it.
			userField = in.Name
			return user, true
		case in.Type == "checkbox" || in.Type == "radio":
			return "", false
		}
		return in.Value, true
	})
	if err != nil {
		return nil, "", false, err
	}
	return sub, passField, identity.FormLoginSucceeded(sub, final, lf.Success), nil
}

// redact masks the password as the form sent it, and nothing else: a
// default password is often also a path ("admin") or the username.
func redact(field, pass string) map[string]string {
	m := finding.Mask(pass)
	return map[string]string{
		url.QueryEscape(field) + "=" + url.QueryEscape(pass): url.QueryEscape(field) + "=" + m,
	}
}

// DefaultCredentials tries the default pairs (and extra ones) on each
// login form, at most o.Attempts submissions in all. Before the pairs, one
// random password is tried: a form whose failure already looks like a
// success by effect cannot be judged, and is skipped.
func (o *OptIn) DefaultCredentials(ctx context.Context, forms []LoginForm, extra []Pair) {
	budget := o.Attempts
	if budget <= 0 {
		budget = 15
	}
	known := map[Pair]bool{}
	for _, p := range o.Known {
		known[p] = true
	}
	pairs := append(append([]Pair{}, DefaultPairs...), extra...)
	for _, lf := range forms {
		if budget <= 0 || ctx.Err() != nil {
			return
		}
		budget--
		if _, _, ok, err := o.tryLogin(ctx, lf, "secaudit-nouser-"+randomHex(4), "Wrong-Secaudit-"+randomHex(4)); err != nil || ok {
			continue
		}
		for _, p := range pairs {
			if known[p] {
				continue
			}
			if budget <= 0 || ctx.Err() != nil {
				return
			}
			budget--
			sub, field, ok, err := o.tryLogin(ctx, lf, p.User, p.Password)
			if err != nil {
				break
			}
			if sub.Status == http.StatusTooManyRequests {
				break // throttled: further tries would only lock accounts
			}
			if ok {
				masked := finding.Mask(p.Password)
				r := result("WEB-DEFAULT-CREDENTIALS", lf.UserField, fmt.Sprintf("the login form accepts the default credentials %s / %s", p.User, masked),
					[]*httpx.Response{sub}, fmt.Sprintf("login as %q with password %s succeeded (judged by effect: no error and no password form afterwards)", p.User, masked))
				r.Redact = redact(field, p.Password)
				o.Emit(r)
				break // one pair per form proves it
			}
		}
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) //nolint:errcheck // crypto/rand does not fail on Linux
	return hex.EncodeToString(b)
}

// registration matches the paths and labels of sign-up forms.
var registration = regexp.MustCompile(`(?i)regist|sign[-_ ]?up|\bjoin\b|create[-_ ]?(an[-_ ])?account|new[-_ ]?account|enrol`)

func isRegistration(f crawl.Found) bool {
	pws := 0
	for _, in := range f.Form.Inputs {
		if in.Type == "password" {
			pws++
		}
	}
	if pws == 0 {
		return false
	}
	return registration.MatchString(f.Form.Action.Path+" "+f.Form.Label+" "+f.Page.Request.URL.Path) || pws >= 2
}

// WeakPassword is the password the registration test submits.
const WeakPassword = "123456"

var emailField = regexp.MustCompile(`(?i)e-?mail`)

// WeakRegistration registers one account with a weak password on each
// registration form (once per form action), then logs in with it on a
// known login form, or, with none, judges by the registration's effect.
func (o *OptIn) WeakRegistration(ctx context.Context, found []crawl.Found, logins []LoginForm) {
	done := map[string]bool{}
	for _, f := range found {
		if !isRegistration(f) || done[f.Form.Action.Path] || ctx.Err() != nil {
			continue
		}
		done[f.Form.Action.Path] = true
		user := "secaudit_" + randomHex(5)
		email := user + "@example.invalid"
		s := o.Client.Session("authtest-register")
		sub, final, form, err := submit(ctx, s, f.Page.Request.URL, f.Form.Action.Path, func(in crawl.Input) (string, bool) {
			switch {
			case in.Type == "password":
				return WeakPassword, true
			case in.Type == "email" || emailField.MatchString(in.Name):
				return email, true
			case in.Type == "", in.Type == "text":
				return user, true
			case in.Type == "checkbox":
				// Terms-of-service boxes: ticked, or the form is refused for
				// another reason than the password.
				if in.Value == "" {
					return "on", true
				}
				return in.Value, true
			case in.Type == "radio" || in.Type == "submit" && in.Value == "":
				return "", false
			}
			return in.Value, true
		})
		// Refused (an error status, the form again, a password rule
		// message): nothing more is tried, and no login is sent.
		if err != nil || sub.Status >= 400 || final == nil || final.Status >= 400 || stillAsks(final, form) {
			continue
		}
		hasEmail := false
		for _, in := range form.Inputs {
			if in.Type == "email" || emailField.MatchString(in.Name) {
				hasEmail = true
			}
		}
		var proof []*httpx.Response
		how := ""
		if len(logins) > 0 {
			lf := logins[0]
			for _, name := range []string{user, email} {
				if name == email && !hasEmail {
					break
				}
				r, _, ok, err := o.tryLogin(ctx, lf, name, WeakPassword)
				if err == nil && ok {
					proof, how = []*httpx.Response{sub, r}, "then logged in as "+name+" with it"
					break
				}
			}
		} else {
			proof, how = []*httpx.Response{sub}, "the answer does not show the registration form again (no login form known to confirm)"
		}
		if proof == nil {
			continue
		}
		facts := []string{fmt.Sprintf("registered with password %q: %s", WeakPassword, how),
			fmt.Sprintf("a test account was created: username %q, e-mail %q; delete it", user, email)}
		r := result("WEB-WEAK-PASSWORD-POLICY", "password", fmt.Sprintf("registration at %s accepts the password %q", form.Action.Path, WeakPassword), proof, facts...)
		if len(logins) == 0 {
			r.Confidence = finding.ConfidenceMedium
		}
		o.Emit(r)
	}
}

// stillAsks reports whether the page after a registration shows the same
// registration form again (the usual answer to a refused password) or an
// error about the password.
func stillAsks(final *httpx.Response, form *crawl.Form) bool {
	if passwordRule.Match(final.Body) {
		return true
	}
	for _, f := range crawl.ParseHTML(final.Request.URL, final.Body).Forms {
		if f.Action.Path == form.Action.Path && hasPasswordInput(f) {
			return true
		}
	}
	return false
}

var passwordRule = regexp.MustCompile(`(?i)password (is )?(too short|too weak|too common|must)|at least \d+ characters|weak password`)

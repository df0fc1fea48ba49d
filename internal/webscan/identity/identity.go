// Package identity logs the scan's users in: form login (the form fetched
// fresh before each submission, so CSRF tokens are current), JSON API login
// (a token taken from a JSON field or a response header and sent back in a
// named header), and static cookies or headers. A login that fails is an
// error: the scan never silently goes on as anonymous.
package identity

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
)

// Config describes one identity (from .secaudit.yaml's web.identities).
type Config struct {
	Name    string            `yaml:"name"`
	Role    string            `yaml:"role"`
	Login   *Login            `yaml:"login"`
	Cookies map[string]string `yaml:"cookies"`
	Headers map[string]string `yaml:"headers"`
}

// Login is how an identity logs in.
type Login struct {
	Type     string `yaml:"type"` // form (default) or json
	URL      string `yaml:"url"`  // the login page (form) or endpoint (json), relative to the target
	Username string `yaml:"username"`
	Password string `yaml:"password"`
	// Field names; empty: found in the form (form) or "username"/"password" (json).
	UserField string `yaml:"username_field"`
	PassField string `yaml:"password_field"`
	// Success is text the page after a successful login shows (optional).
	Success string `yaml:"success"`
	// JSON login: the token's JSON field (dot path) or response header, and
	// the request header that carries it back (default Authorization with "Bearer ").
	TokenField  string `yaml:"token_field"`
	TokenHeader string `yaml:"token_header"`
	Header      string `yaml:"header"`
	NoBearer    bool   `yaml:"no_bearer"`
}

// Establish creates the identity's session and logs it in.
func Establish(ctx context.Context, c *httpx.Client, target *url.URL, cfg Config) (*webscan.Identity, error) {
	s := c.Session(cfg.Name)
	for k, v := range cfg.Headers {
		s.Headers.Set(k, v)
	}
	if len(cfg.Cookies) > 0 {
		var cks []*http.Cookie
		for k, v := range cfg.Cookies {
			cks = append(cks, &http.Cookie{Name: k, Value: v, Path: "/"})
		}
		s.Jar.SetCookies(target, cks)
	}
	id := &webscan.Identity{Name: cfg.Name, Role: cfg.Role, Session: s}
	if cfg.Login == nil {
		return id, nil
	}
	id.Relogin = func() error {
		_, err := LogIn(ctx, s, target, cfg.Login)
		return err
	}
	if err := id.Relogin(); err != nil {
		return nil, fmt.Errorf("identity %s: login failed: %w", cfg.Name, err)
	}
	return id, nil
}

// LogIn logs the session in and returns the response of the submission.
func LogIn(ctx context.Context, s *httpx.Session, target *url.URL, l *Login) (*httpx.Response, error) {
	u, err := target.Parse(l.URL)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(l.Type, "json") {
		return jsonLogin(ctx, s, u, l)
	}
	r, final, err := SubmitForm(ctx, s, u, l.UserField, l.PassField, l.Username, l.Password)
	if err != nil {
		return nil, err
	}
	if !FormLoginSucceeded(r, final, l.Success) {
		return r, fmt.Errorf("POST %s answered %d and the page after it still asks for a password", r.Request.URL.Path, r.Status)
	}
	return r, nil
}

// FormLoginSucceeded judges a form login by its effect: the success text
// when given, else no error status and no password form on the page that
// follows.
func FormLoginSucceeded(r, final *httpx.Response, success string) bool {
	if success != "" {
		return final != nil && bytes.Contains(final.Body, []byte(success))
	}
	if r.Status >= 400 || final == nil || final.Status >= 400 {
		return false
	}
	return !HasPasswordForm(final)
}

// HasPasswordForm reports whether a page shows a form with a password field.
func HasPasswordForm(r *httpx.Response) bool {
	if r == nil {
		return false
	}
	for _, f := range crawl.ParseHTML(r.Request.URL, r.Body).Forms {
		for _, in := range f.Inputs {
			if in.Type == "password" {
				return true
			}
		}
	}
	return false
}

// SubmitForm fetches the login page, fills its password form (hidden
// fields such as CSRF tokens kept as served) and submits it. It returns
// the submission's response and the page the redirects lead to.
func SubmitForm(ctx context.Context, s *httpx.Session, page *url.URL, userField, passField, user, pass string) (sub, final *httpx.Response, err error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, page.String(), nil)
	lp, _, err := s.Follow(ctx, req, nil)
	if err != nil {
		return nil, nil, err
	}
	var form *crawl.Form
	for _, f := range crawl.ParseHTML(lp.Request.URL, lp.Body).Forms {
		for _, in := range f.Inputs {
			if in.Type == "password" {
				f := f
				form = &f
			}
		}
		if form != nil {
			break
		}
	}
	if form == nil {
		return nil, nil, fmt.Errorf("no form with a password field on %s", lp.Request.URL.Path)
	}
	q := url.Values{}
	for _, in := range form.Inputs {
		v := in.Value
		switch {
		case in.Type == "password" && (passField == "" || in.Name == passField):
			if passField == "" {
				passField = in.Name
			}
			v = pass
		case in.Name == userField:
			v = user
		case userField == "" && (in.Type == "" || in.Type == "text" || in.Type == "email"):
			userField, v = in.Name, user
		case in.Type == "checkbox" || in.Type == "radio":
			continue
		}
		q.Set(in.Name, v)
	}
	method := form.Method
	body := []byte(q.Encode())
	target := form.Action.String()
	if method == http.MethodGet {
		a := *form.Action
		a.RawQuery = q.Encode()
		target, body = a.String(), nil
	}
	preq, err := http.NewRequestWithContext(ctx, method, target, nil)
	if err != nil {
		return nil, nil, err
	}
	if body != nil {
		preq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	final, chain, err := s.Follow(ctx, preq, body)
	if err != nil {
		return nil, nil, err
	}
	return chain[0], final, nil
}

func jsonLogin(ctx context.Context, s *httpx.Session, u *url.URL, l *Login) (*httpx.Response, error) {
	uf, pf := l.UserField, l.PassField
	if uf == "" {
		uf = "username"
	}
	if pf == "" {
		pf = "password"
	}
	body, _ := json.Marshal(map[string]string{uf: l.Username, pf: l.Password})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), nil)
	req.Header.Set("Content-Type", "application/json")
	r, err := s.Do(ctx, req, body)
	if err != nil {
		return nil, err
	}
	if r.Status >= 300 {
		return r, fmt.Errorf("POST %s answered %d", u.Path, r.Status)
	}
	var token string
	if l.TokenHeader != "" {
		token = r.Header.Get(l.TokenHeader)
	} else {
		field := l.TokenField
		if field == "" {
			field = "token"
		}
		var doc any
		if err := json.Unmarshal(r.Body, &doc); err != nil {
			return r, fmt.Errorf("login response is not JSON: %w", err)
		}
		for _, k := range strings.Split(field, ".") {
			m, _ := doc.(map[string]any)
			doc = m[k]
		}
		token, _ = doc.(string)
	}
	if token == "" {
		return r, fmt.Errorf("no token in the login response (field %q, header %q)", l.TokenField, l.TokenHeader)
	}
	h := l.Header
	if h == "" {
		h = "Authorization"
	}
	if !l.NoBearer {
		token = "Bearer " + token
	}
	s.Headers.Set(h, token)
	return r, nil
}

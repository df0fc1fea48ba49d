// Package web is the dynamic audit of a running application (secaudit web
// URL, audit --url): it logs the configured identities in, discovers
// endpoints (crawl), runs the passive checks on every response, the active
// probes on every endpoint, the access-control replay and the
// authentication and session tests, and turns what they establish into
// findings with the proving HTTP exchanges. It reads no files.
package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/access"
	"github.com/secaudit/secaudit/internal/webscan/authtest"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
	"github.com/secaudit/secaudit/internal/webscan/identity"
	"github.com/secaudit/secaudit/internal/webscan/passive"
)

// Options configure the dynamic audit.
type Options struct {
	URL         string
	Scope       []string // path prefixes in scope (empty: the whole origin)
	Exclude     []string // path prefixes never requested
	Rate        float64
	Concurrency int
	Timeout     time.Duration
	MaxRequests int
	MaxDuration time.Duration
	MaxPages    int
	// Active: "safe" (default), "aggressive" (payloads that may modify
	// data, destructive forms submitted) or "off" (no active probes).
	Active        string
	LoginAttempts int
	OpenAPI       string // file or URL of an OpenAPI 3 document
	OASTAddr      string // address the out-of-band listener serves and advertises
	Identities    []identity.Config
	Policy        map[string][]string
	CAFile        string // PEM CA certificates trusted for an https target, besides the system's
	Browser       bool   // also crawl with headless Chromium
	// Opt-in tests: default credentials on the login forms (the built-in
	// pairs and ExtraCredentials, bounded by LoginAttempts), and one weak
	// password registration per registration form (it creates an account).
	DefaultCredentials bool
	ExtraCredentials   []authtest.Pair
	WeakRegistration   bool
}

// Analyzer is the web analyzer.
type Analyzer struct{ o Options }

// New returns the analyzer for the options.
func New(o Options) *Analyzer { return &Analyzer{o: o} }

func (a *Analyzer) ID() string          { return "web" }
func (a *Analyzer) Wants(_ string) bool { return false }

// scan is one run's state.
type scan struct {
	o       Options
	target  *url.URL
	client  *httpx.Client
	emit    audit.Emitter
	in      *audit.Input
	checker *passive.Checker

	mu   sync.Mutex
	seen map[string]bool // findings already emitted (rule, method, template, parameter)
	// origins: where the code declares the routes of code-seeded
	// endpoints (method + template -> fact).
	origins map[string]string
	// loginKeys are the login endpoints given credentials; only the
	// anonymous identity probes them (a login inside another identity's
	// session could end that session on the server).
	loginKeys map[string]bool
	// creds masks the configured identities' credentials in evidence.
	creds *credentialMasker
}

// Run audits the URL.
func (a *Analyzer) Run(ctx context.Context, in *audit.Input, emit audit.Emitter) error {
	o := a.o
	target, err := url.Parse(o.URL)
	if err != nil {
		return fmt.Errorf("--url: %w", err)
	}
	if target.Path == "" {
		target.Path = "/"
	}
	sc, err := httpx.NewScope(o.URL, o.Scope, o.Exclude)
	if err != nil {
		return err
	}
	s := &scan{o: o, target: target, emit: emit, in: in, seen: map[string]bool{}, creds: newCredentialMasker(o.Identities)}
	s.checker = passive.New(s.result, s.observe)
	roots, err := trustRoots(o.CAFile)
	if err != nil {
		return err
	}
	s.client = httpx.New(httpx.Options{Scope: sc, Rate: o.Rate, Concurrency: o.Concurrency, Timeout: o.Timeout,
		MaxRequests: o.MaxRequests, MaxDuration: o.MaxDuration, Observe: s.checker.Response, UserAgent: "secaudit (security audit)",
		TLSConfig: tlsConfig(roots)})
	defer func() {
		if se, ok := emit.(audit.StatsEmitter); ok {
			st := s.client.Stats()
			se.HTTPStats(a.ID(), report.HTTPStats{Sent: st.Sent, Refused: st.Refused, Errors: st.Errors, Bytes: st.Bytes, Seconds: st.Seconds, PerSecond: st.PerSecond})
		}
	}()
	return s.run(ctx)
}

func (s *scan) errorf(kind, format string, args ...any) {
	s.emit.Error(report.ErrorEntry{Analyzer: "web", Path: s.o.URL, Kind: kind, Message: fmt.Sprintf(format, args...)})
}

func (s *scan) observe(o passive.Observation) {
	s.emit.Observe(control.Observation{Control: o.Control, Kind: control.Positive, Analyzer: "web", Text: o.Text})
}

// crawled is one identity's discovery.
type crawled struct {
	id  *webscan.Identity
	res *crawl.Result
}

func (s *scan) run(ctx context.Context) error {
	// Identities: anonymous, then the configured ones. A failed login
	// stops the audit: a silent anonymous scan would report "no finding"
	// for everything behind the login.
	ids := []*webscan.Identity{{Name: "anonymous", Session: s.client.Session("anonymous")}}
	// The start page first: site-wide header checks are reported on it,
	// and an unreachable target stops the audit before any login.
	s.tlsChecks(ctx)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.target.String(), nil)
	if _, err := ids[0].Session.Do(ctx, req, nil); err != nil {
		return fmt.Errorf("target %s: %w%s", s.o.URL, err, caHint(err))
	}
	var formLogin *identity.Login
	for _, cfg := range s.o.Identities {
		id, err := identity.Establish(ctx, s.client, s.target, cfg)
		if err != nil {
			return err
		}
		ids = append(ids, id)
		if formLogin == nil && cfg.Login != nil && !strings.EqualFold(cfg.Login.Type, "json") {
			formLogin = cfg.Login
		}
	}
	var seeds []*webscan.Endpoint
	if s.o.OpenAPI != "" {
		eps, err := s.openAPI(ctx)
		if err != nil {
			return fmt.Errorf("--openapi: %w", err)
		}
		seeds = eps
	}
	aggressive := s.o.Active == "aggressive"
	var all []crawled
	for i, id := range ids {
		opts := crawl.Options{MaxPages: s.o.MaxPages, Authenticated: i > 0, Seeds: seeds, Relogin: id.Relogin,
			SubmitPOST: func(f *crawl.Form) bool {
				if aggressive {
					return !crawl.IsLogout(f.Action.Path + " " + f.Label)
				}
				return !crawl.IsDestructive(f.Action.Path+" "+f.Label) && !hasPassword(f)
			}}
		if i == 0 {
			opts.Wordlist = crawl.CommonPaths
		}
		res := crawl.Crawl(ctx, id.Session, s.target, opts)
		if s.o.Browser && ctx.Err() == nil {
			s.browserCrawl(ctx, id, res)
		}
		for _, err := range res.Errors {
			if !errors.Is(err, httpx.ErrOutOfScope) {
				s.errorf("request", "crawl as %s: %v", id.Name, err)
			}
		}
		s.keepAlive(ctx, id)
		all = append(all, crawled{id, res})
	}
	s.seedFromCode(all)
	s.corsProbe(ctx, all)
	// Access control before the probes: the replay compares each page with
	// what the crawl saw, and probe payloads change data (a profile's e-mail,
	// a comment) that such pages show.
	if ctx.Err() == nil {
		var ac []access.Crawled
		for _, c := range all {
			s.keepAlive(ctx, c.id)
			ac = append(ac, access.Crawled{ID: c.id, Pages: c.res.Pages})
		}
		access.Run(ctx, &access.Env{Identities: ac, Policy: s.o.Policy, Emit: s.result, Observe: s.observe})
	}
	if s.o.Active != "off" {
		s.probes(ctx, all)
	}
	if formLogin != nil && ctx.Err() == nil {
		s.authTests(ctx, formLogin, all)
	}
	if (s.o.DefaultCredentials || s.o.WeakRegistration) && ctx.Err() == nil {
		s.optInAuthTests(ctx, formLogin, all)
	}
	s.checker.Finish()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return nil
}

func hasPassword(f *crawl.Form) bool {
	for _, in := range f.Inputs {
		if in.Type == "password" {
			return true
		}
	}
	return false
}

// keepAlive logs an identity in again when its session was lost (a
// logged-in page shows a logout action; a lost session shows a password
// form instead).
func (s *scan) keepAlive(ctx context.Context, id *webscan.Identity) {
	if id.Relogin == nil {
		return
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.target.String(), nil)
	r, _, err := id.Session.Follow(ctx, req, nil)
	if err != nil {
		return
	}
	p := crawl.ParseHTML(r.Request.URL, r.Body)
	for _, l := range p.Links {
		if crawl.IsLogout(l.Path) {
			return
		}
	}
	for _, f := range p.Forms {
		if crawl.IsLogout(f.Action.Path + " " + f.Label) {
			return
		}
	}
	if err := id.Relogin(); err != nil {
		s.errorf("login", "identity %s lost its session and could not log in again: %v", id.Name, err)
	}
}

func (s *scan) openAPI(ctx context.Context) ([]*webscan.Endpoint, error) {
	var data []byte
	if strings.HasPrefix(s.o.OpenAPI, "http://") || strings.HasPrefix(s.o.OpenAPI, "https://") {
		// Fetched through the scoped client: a document outside the scope
		// is refused like any other request.
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.o.OpenAPI, nil)
		if err != nil {
			return nil, err
		}
		r, err := s.client.Session("openapi").Do(ctx, req, nil)
		if err != nil {
			return nil, err
		}
		data = r.Body
	} else {
		var err error
		if data, err = os.ReadFile(s.o.OpenAPI); err != nil {
			return nil, err
		}
	}
	return crawl.OpenAPI(s.target, data)
}

// corsProbe sends a foreign Origin to the GET endpoints; the passive
// checker sees the answers.
func (s *scan) corsProbe(ctx context.Context, all []crawled) {
	done := map[string]bool{}
	n := 0
	for _, c := range all {
		for _, ep := range c.res.Endpoints {
			if ep.Method != http.MethodGet || done[ep.Template] || n >= 60 || ep.URL == nil {
				continue
			}
			done[ep.Template] = true
			n++
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, ep.URL.String(), nil)
			if err != nil {
				continue
			}
			req.Header.Set("Origin", passive.Origin)
			c.id.Session.Do(ctx, req, nil) //nolint:errcheck // the observer judges the answer
		}
	}
}

// authTests runs the login and session tests with the first form login.
func (s *scan) authTests(ctx context.Context, l *identity.Login, all []crawled) {
	env := &authtest.Env{Client: s.client, Target: s.target, Login: l, Attempts: s.o.LoginAttempts, Emit: s.result, Observe: s.observe}
	anon := all[0].id.Session
	for _, c := range all[1:] {
		if c.id.Relogin == nil {
			continue
		}
		if env.Logout == nil && len(c.res.Logouts) > 0 {
			env.Logout, env.LogoutPOST = c.res.Logouts[0].URL, c.res.Logouts[0].POST
		}
		// A page the account gets and anonymous does not.
		for _, p := range c.res.Pages {
			if env.Protected != nil || p.Status != http.StatusOK || p.Request.URL.Path == s.target.Path || p.Request.URL.RawQuery != "" {
				continue
			}
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.Request.URL.String(), nil)
			if r, err := anon.Do(ctx, req, nil); err == nil && (r.Status >= 300 && r.Status < 400 || r.Status == 401 || r.Status == 403) {
				env.Protected = p.Request.URL
			}
		}
		if env.Protected != nil {
			break
		}
	}
	authtest.Run(ctx, env)
}

// optInAuthTests runs the opt-in tests after the others: their failed
// logins must not disturb the lockout test's count, and the account the
// registration test creates must not show up in the access-control replay.
func (s *scan) optInAuthTests(ctx context.Context, l *identity.Login, all []crawled) {
	var found []crawl.Found
	for _, c := range all {
		found = append(found, c.res.Forms...)
	}
	var logins []authtest.LoginForm
	if l != nil {
		if u, err := s.target.Parse(l.URL); err == nil {
			logins = append(logins, authtest.LoginForm{Page: u, UserField: l.UserField, PassField: l.PassField, Success: l.Success})
		}
	}
	for _, lf := range authtest.LoginForms(found) {
		if len(logins) > 0 && l != nil && lf.Page.Path == logins[0].Page.Path {
			continue // the configured login page, already listed
		}
		logins = append(logins, lf)
	}
	o := &authtest.OptIn{Client: s.client, Attempts: s.o.LoginAttempts, Emit: s.result}
	for _, c := range s.o.Identities {
		if c.Login != nil {
			o.Known = append(o.Known, authtest.Pair{User: c.Login.Username, Password: c.Login.Password})
		}
	}
	if s.o.DefaultCredentials {
		o.DefaultCredentials(ctx, logins, s.o.ExtraCredentials)
	}
	if s.o.WeakRegistration {
		o.WeakRegistration(ctx, found, logins)
	}
}

// result turns a check's or probe's result into a finding (once per rule,
// method, path template and parameter).
func (s *scan) result(r webscan.Result) {
	rules := s.in.Rules
	if rules == nil || rules.Get(r.RuleID) == nil {
		s.errorf("rule", "result of unknown rule %s: %s", r.RuleID, r.Message)
		return
	}
	tpl := r.Template
	if tpl == "" {
		if u, err := url.Parse(r.URL); err == nil {
			tpl, _ = crawl.Template(u.Path)
		}
	}
	key := r.RuleID + " " + r.Method + " " + tpl + " " + r.Parameter
	s.mu.Lock()
	dup := s.seen[key]
	s.seen[key] = true
	s.mu.Unlock()
	if dup {
		return
	}
	f := rules.NewFinding(r.RuleID, r.Message)
	f.Analyzer = "web"
	f.Web = &finding.WebLocation{Method: r.Method, URL: r.URL, Parameter: r.Parameter, PathTemplate: tpl}
	if r.Confidence != 0 {
		f.Confidence = r.Confidence
	}
	if r.Severity != 0 {
		f.Severity = r.Severity
	}
	mask := func(x string) string {
		for from, to := range r.Redact {
			x = strings.ReplaceAll(x, from, to)
		}
		return s.creds.mask(x)
	}
	for _, p := range r.Proof {
		if p == nil || p.Request == nil {
			continue
		}
		req, resp := httpx.Dump(p, 4096)
		f.Evidence.Exchanges = append(f.Evidence.Exchanges, finding.Exchange{Request: mask(req),
			Response: mask(resp), Curl: mask(httpx.Curl(p))})
	}
	for _, x := range r.Facts {
		f.Evidence.Facts = append(f.Evidence.Facts, mask(x))
	}
	f.Message = mask(f.Message)
	if o, ok := s.origins[r.Method+" "+tpl]; ok {
		f.Evidence.Facts = append(f.Evidence.Facts, o)
	}
	s.emit.Finding(f)
}

// byRank orders identities for probing: the most privileged first, so an
// endpoint only an administrator can reach is probed with a session that
// reaches it.
func byRank(ids []*webscan.Identity) {
	sort.SliceStable(ids, func(i, j int) bool { return rankOf(ids[i]) > rankOf(ids[j]) })
}

func rankOf(id *webscan.Identity) int {
	switch {
	case id.Relogin == nil && id.Role == "" && id.Name == "anonymous":
		return 0
	case access.Privileged(id):
		return 2
	}
	return 1
}

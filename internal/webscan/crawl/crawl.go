// Package crawl discovers a site's endpoints: links and forms of HTML
// pages, paths quoted in scripts, robots.txt, sitemap.xml, a short list of
// well-known paths, and OpenAPI documents. Every request goes through the
// scan's httpx session, so scope, rate and budgets apply; endpoints are
// deduplicated by method + path template + parameter names.
package crawl

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// Options bound and shape a crawl.
type Options struct {
	MaxPages int // GET pages fetched (default 150)
	// PerTemplate bounds pages fetched per path template (/product/{id}):
	// enough to see stored content, not a calendar's every day (default 4).
	PerTemplate int
	// Authenticated: the session is logged in; logout links are never followed.
	Authenticated bool
	// SubmitPOST decides which POST forms are submitted once with their
	// default values (their responses feed the passive checks: cookies set
	// by a POST, for instance). Nil submits none.
	SubmitPOST func(f *Form) bool
	// Wordlist paths are tried once each (well-known files and consoles).
	Wordlist []string
	// Seeds are extra endpoints (OpenAPI); their GET URLs are crawled too.
	Seeds []*webscan.Endpoint
	// Relogin, for an authenticated crawl, logs the session in again after
	// a page logged it out by its effect (nil: the crawl goes on as it is).
	Relogin func() error
}

// Found is a form with the page it is on.
type Found struct {
	Page *httpx.Response
	Form Form
}

// Result is what a crawl discovered.
type Result struct {
	Endpoints []*webscan.Endpoint
	// Pages are the GET responses of the crawl (passive checks, access
	// control replay and stored-XSS lookups use them).
	Pages  []*httpx.Response
	Forms  []Found
	Errors []error
	// Logouts are the logout links and forms an authenticated crawl did
	// not follow (the session tests request one deliberately).
	Logouts []Logout
}

// Logout is a logout action seen and not requested.
type Logout struct {
	URL  *url.URL
	POST bool
}

// CommonPaths are requested once per crawl: files and consoles that are
// rarely linked but often exposed, and API roots.
var CommonPaths = []string{
	"/robots.txt", "/sitemap.xml", "/console", "/admin", "/admin/", "/api", "/api/", "/api/me", "/api/v1",
	"/api/user", "/api/users", "/openapi.json", "/swagger.json", "/api/openapi.json", "/v2/api-docs",
	"/debug", "/_debug", "/status", "/health", "/server-status", "/.git/HEAD", "/.env", "/static/", "/files/",
	"/uploads/", "/backup/", "/graphql", "/login", "/register", "/signup",
}

type crawler struct {
	s    *httpx.Session
	o    Options
	mu   sync.Mutex
	seen map[string]bool // URL without fragment
	perT map[string]int
	eps  map[string]*webscan.Endpoint
	res  *Result
	soft *httpx.Response // the answer to a path that cannot exist (soft-404 detection)
}

// Crawl discovers endpoints from start. It never fails: errors are listed
// in the result and the crawl goes on.
func Crawl(ctx context.Context, s *httpx.Session, start *url.URL, o Options) *Result {
	if o.MaxPages <= 0 {
		o.MaxPages = 150
	}
	if o.PerTemplate <= 0 {
		o.PerTemplate = 4
	}
	c := &crawler{s: s, o: o, seen: map[string]bool{}, perT: map[string]int{}, eps: map[string]*webscan.Endpoint{}, res: &Result{}}
	root := *start
	root.Path, root.RawQuery, root.Fragment = "/", "", ""
	if r, err := c.get(ctx, root.ResolveReference(&url.URL{Path: "/secaudit-no-such-page-7d1f"})); err == nil {
		c.soft = r
	}
	frontier := []*url.URL{start}
	for _, p := range o.Wordlist {
		if u, err := root.Parse(p); err == nil {
			frontier = append(frontier, u)
		}
	}
	for _, ep := range o.Seeds {
		c.add(ep)
		if ep.Method == http.MethodGet && ep.URL != nil && !strings.Contains(ep.URL.Path, "%7B") {
			frontier = append(frontier, ep.URL)
		}
	}
	pages := 0
	for len(frontier) > 0 && pages < o.MaxPages && ctx.Err() == nil {
		var next []*url.URL
		var wg sync.WaitGroup
		sem := make(chan struct{}, 4)
		for _, u := range frontier {
			if pages >= o.MaxPages {
				break
			}
			if !c.claim(u) {
				continue
			}
			pages++
			wg.Add(1)
			sem <- struct{}{}
			go func(u *url.URL) {
				defer func() { <-sem; wg.Done() }()
				links := c.visit(ctx, u)
				c.mu.Lock()
				next = append(next, links...)
				c.mu.Unlock()
			}(u)
		}
		wg.Wait()
		frontier = next
	}
	for _, ep := range c.eps {
		c.res.Endpoints = append(c.res.Endpoints, ep)
	}
	sortEndpoints(c.res.Endpoints)
	return c.res
}

// claim marks u as visited; false when seen, out of scope, a logout link of
// an authenticated session, or past the per-template bound.
func (c *crawler) claim(u *url.URL) bool {
	k := *u
	k.Fragment = ""
	key := k.String()
	if ok, _ := c.s.Client().Scope().Allows(&k); !ok {
		return false
	}
	tpl, _ := Template(k.Path)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.o.Authenticated && IsLogout(k.Path+"?"+k.RawQuery) {
		if !c.seen["logout "+key] {
			c.seen["logout "+key] = true
			c.res.Logouts = append(c.res.Logouts, Logout{URL: &k})
		}
		return false
	}
	if c.seen[key] || c.perT[tpl] >= c.o.PerTemplate {
		return false
	}
	c.seen[key] = true
	c.perT[tpl]++
	return true
}

// held are the names of the cookies the session sends to u.
func (c *crawler) held(u *url.URL) map[string]bool {
	out := map[string]bool{}
	for _, ck := range c.s.Jar.Cookies(u) {
		out[ck.Name] = true
	}
	return out
}

// expiresHeldCookie reports whether the response deletes one of the cookies
// the session held (Max-Age <= 0, an expiry in the past, or an empty value).
func expiresHeldCookie(r *httpx.Response, held map[string]bool) bool {
	if len(held) == 0 {
		return false
	}
	for _, ck := range (&http.Response{Header: r.Header}).Cookies() {
		if !held[ck.Name] {
			continue
		}
		if ck.MaxAge < 0 || ck.Value == "" || !ck.Expires.IsZero() && ck.Expires.Before(time.Now()) {
			return true
		}
	}
	return false
}

func (c *crawler) get(ctx context.Context, u *url.URL) (*httpx.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	return c.s.Do(ctx, req, nil)
}

func (c *crawler) fail(err error) {
	c.mu.Lock()
	c.res.Errors = append(c.res.Errors, err)
	c.mu.Unlock()
}

// visit fetches one page and returns the links to follow.
func (c *crawler) visit(ctx context.Context, u *url.URL) []*url.URL {
	held := c.held(u) // before the request: the jar applies its Set-Cookie
	r, err := c.get(ctx, u)
	if err != nil {
		c.fail(fmt.Errorf("GET %s: %w", u.Redacted(), err))
		return nil
	}
	if c.o.Authenticated && expiresHeldCookie(r, held) {
		// A logout by its effect (a link not named like one, that drops
		// the session cookie): never requested again, kept for the session
		// tests, and the session restored before the crawl goes on.
		c.mu.Lock()
		key := "logout " + u.String()
		if !c.seen[key] {
			c.seen[key] = true
			c.res.Logouts = append(c.res.Logouts, Logout{URL: u})
		}
		c.mu.Unlock()
		if c.o.Relogin != nil {
			if err := c.o.Relogin(); err != nil {
				c.fail(fmt.Errorf("GET %s ended the session and logging in again failed: %w", u.Redacted(), err))
			}
		}
		return nil
	}
	if r.Status == http.StatusNotFound || c.isSoft404(r) {
		return nil
	}
	if r.Truncated {
		// Cut at the size cap or by the timeout (a 1 GB body, a gzip bomb, a
		// slow drip): the page is used as far as it was read, and the report
		// says that its end was not seen.
		c.fail(fmt.Errorf("GET %s: response cut after %d bytes (size cap or timeout); the rest was not read", u.Redacted(), len(r.Body)))
	}
	c.mu.Lock()
	c.res.Pages = append(c.res.Pages, r)
	c.mu.Unlock()
	c.add(LinkEndpoint(u, "link", nil))
	var links []*url.URL
	if r.Status >= 300 && r.Status < 400 {
		if loc, err := u.Parse(r.Header.Get("Location")); err == nil {
			links = append(links, loc)
		}
		return links
	}
	ct := strings.ToLower(r.Header.Get("Content-Type"))
	switch {
	case u.Path == "/robots.txt":
		paths, maps := Robots(u, r.Body)
		links = append(append(links, paths...), maps...)
	case strings.Contains(ct, "xml") && strings.HasSuffix(u.Path, ".xml") || u.Path == "/sitemap.xml":
		links = append(links, Sitemap(u, r.Body)...)
	case strings.Contains(ct, "javascript"):
		links = append(links, JSLinks(u, r.Body)...)
	case strings.Contains(ct, "json") && (strings.Contains(u.Path, "openapi") || strings.Contains(u.Path, "swagger") || strings.Contains(u.Path, "api-docs")):
		if eps, err := OpenAPI(u, r.Body); err == nil {
			for _, ep := range eps {
				c.add(ep)
				if ep.Method == http.MethodGet {
					links = append(links, ep.URL)
				}
			}
		}
	case strings.Contains(ct, "html") || ct == "" && bytes.Contains(bytes.ToLower(r.Body[:min(len(r.Body), 512)]), []byte("<html")):
		p := ParseHTML(u, r.Body)
		links = append(links, p.Links...)
		for _, s := range p.Scripts {
			if s.Src != nil {
				links = append(links, s.Src)
			}
		}
		for _, f := range p.Forms {
			if ok, _ := c.s.Client().Scope().Allows(f.Action); !ok {
				continue
			}
			if c.o.Authenticated && (IsLogout(f.Action.Path) || IsLogout(f.Label)) {
				c.mu.Lock()
				c.res.Logouts = append(c.res.Logouts, Logout{URL: f.Action, POST: f.Method == http.MethodPost})
				c.mu.Unlock()
				continue
			}
			ep := f.Endpoint(u)
			c.mu.Lock()
			c.res.Forms = append(c.res.Forms, Found{Page: r, Form: f})
			c.mu.Unlock()
			fresh := c.add(ep)
			switch {
			case f.Method == http.MethodGet:
				links = append(links, ep.URL)
			case fresh && c.o.SubmitPOST != nil && c.o.SubmitPOST(&f):
				links = append(links, c.submit(ctx, ep)...)
			}
		}
	}
	return links
}

// submit posts a form once with its default values.
func (c *crawler) submit(ctx context.Context, ep *webscan.Endpoint) []*url.URL {
	q := url.Values{}
	for _, p := range ep.Params {
		if p.In == "form" {
			q.Add(p.Name, p.Value)
		}
	}
	body := []byte(q.Encode())
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL.String(), nil)
	if err != nil {
		return nil
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r, err := c.s.Do(ctx, req, body)
	if err != nil {
		c.fail(fmt.Errorf("POST %s: %w", ep.URL.Redacted(), err))
		return nil
	}
	if loc := r.Header.Get("Location"); loc != "" {
		if u, err := ep.URL.Parse(loc); err == nil {
			return []*url.URL{u}
		}
	}
	return nil
}

// isSoft404 reports whether r looks like the site's answer to a path that
// does not exist (a 200 "not found" page): same status, similar length.
func (c *crawler) isSoft404(r *httpx.Response) bool {
	s := c.soft
	if s == nil || s.Status == http.StatusNotFound || r.Status != s.Status || r.Status >= 300 && r.Status < 400 {
		return false
	}
	a, b := len(r.Body), len(s.Body)
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= max(a, b)/20+16
}

// add records an endpoint; false when an equal one (same key) is known.
func (c *crawler) add(ep *webscan.Endpoint) bool {
	k := ep.Key()
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.eps[k]; ok {
		return false
	}
	c.eps[k] = ep
	return true
}

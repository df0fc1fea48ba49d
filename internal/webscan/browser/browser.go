// Package browser crawls a site in headless Chromium (chromedp, Debian's
// chromium) to find what only JavaScript creates: links and forms added to
// the DOM, and the XHR/fetch requests pages make.
//
// Every request the browser makes is paused with the DevTools Fetch domain:
// an out-of-scope request is failed (never sent), an in-scope one is sent
// through the identity's httpx session and its response handed back to the
// browser. So the browser obeys the same scope, rate, budget and request
// accounting as the rest of the scan, the passive checks see its traffic,
// and it carries the identity's cookies and headers. The session's cookies
// are also copied into the browser, for scripts that read document.cookie.
package browser

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
)

// ErrNoBrowser: no Chromium executable was found.
var ErrNoBrowser = errors.New("chromium not found (install Debian's chromium package)")

// ExecPath returns the Chromium executable: /usr/bin/chromium (Debian)
// or chromium / chromium-browser / google-chrome on PATH.
func ExecPath() (string, error) {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", ErrNoBrowser
}

// Options bound the browser crawl.
type Options struct {
	MaxPages int           // pages loaded (default 20)
	Timeout  time.Duration // the whole crawl, browser start included (default 90 s)
	PageWait time.Duration // after the load event, for timers and late XHRs (default 500 ms)
	// Seeds are pages to load besides the start page (the static crawl's
	// pages), so JavaScript on pages the browser would not reach by links
	// is run too.
	Seeds []*url.URL
}

// Result is what the browser crawl found.
type Result struct {
	Endpoints []*webscan.Endpoint // Source "browser"
	Pages     []*url.URL          // loaded
	Blocked   int                 // out-of-scope requests the browser tried, failed unsent
	Errors    []error
}

type crawler struct {
	s     *httpx.Session
	o     Options
	scope httpx.Scope

	mu   sync.Mutex
	res  Result
	eps  map[string]bool
	page *url.URL // the page being loaded (FoundOn of what it requests)
}

// Crawl loads start (and the seeds, and the in-scope links found in the
// rendered DOM) as the session's identity.
func Crawl(ctx context.Context, s *httpx.Session, start *url.URL, o Options) (*Result, error) {
	path, err := ExecPath()
	if err != nil {
		return nil, err
	}
	if o.MaxPages <= 0 {
		o.MaxPages = 20
	}
	if o.Timeout <= 0 {
		o.Timeout = 90 * time.Second
	}
	if o.PageWait <= 0 {
		o.PageWait = 500 * time.Millisecond
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
		chromedp.Flag("disable-gpu", true),
		// The browser never reaches the network itself (every request is
		// fulfilled through httpx); no proxy may see it either.
		chromedp.Flag("no-proxy-server", true))
	if os.Geteuid() == 0 {
		// Chromium refuses to start as root with its sandbox (CI containers).
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, cancelA := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelA()
	bctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()

	c := &crawler{s: s, o: o, scope: s.Client().Scope(), eps: map[string]bool{}}
	var wg sync.WaitGroup
	defer wg.Wait() // handlers end with the browser's context
	if err := chromedp.Listen(bctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			// The listener must not block: the request is answered from
			// its own goroutine.
			wg.Add(1)
			go func() { defer wg.Done(); c.paused(bctx, e) }()
		}
	}); err != nil {
		return nil, fmt.Errorf("start chromium: %w", err)
	}
	if _, err := chromedp.Call(bctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*", RequestStage: fetch.RequestStageRequest}}}); err != nil {
		return nil, fmt.Errorf("chromium fetch interception: %w", err)
	}
	c.copyCookies(bctx, start)

	queue := append([]*url.URL{start}, o.Seeds...)
	seen := map[string]bool{}
	for len(queue) > 0 && len(c.res.Pages) < o.MaxPages && ctx.Err() == nil {
		u := queue[0]
		queue = queue[1:]
		v := *u
		v.Fragment = ""
		if seen[v.String()] {
			continue
		}
		seen[v.String()] = true
		if ok, _ := c.scope.Allows(&v); !ok || crawl.IsDestructive(v.Path) {
			continue // never navigate out of scope, nor to logout or delete links
		}
		queue = append(queue, c.load(bctx, &v)...)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	res := c.res
	return &res, nil
}

// load navigates to u, waits for late requests, and parses the rendered
// DOM; it returns the in-scope links to load next.
func (c *crawler) load(ctx context.Context, u *url.URL) []*url.URL {
	c.mu.Lock()
	c.page = u
	c.res.Pages = append(c.res.Pages, u)
	c.mu.Unlock()
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	var dom string
	err := chromedp.Do(pctx, chromedp.Navigate(u.String()), chromedp.Sleep(c.o.PageWait))
	if err == nil {
		dom, err = chromedp.Run(pctx, chromedp.Evaluate[string]("document.documentElement ? document.documentElement.outerHTML : ''"))
	}
	if err != nil {
		c.mu.Lock()
		c.res.Errors = append(c.res.Errors, fmt.Errorf("browser load %s: %w", u.Redacted(), err))
		c.mu.Unlock()
		return nil
	}
	p := crawl.ParseHTML(u, []byte(dom))
	var next []*url.URL
	for _, l := range p.Links {
		if ok, _ := c.scope.Allows(l); !ok || crawl.IsLogout(l.Path) {
			continue // a logout link as an endpoint would end the identity's session when probed
		}
		c.add(crawl.LinkEndpoint(l, "browser", u))
		next = append(next, l)
	}
	for _, f := range p.Forms {
		if ok, _ := c.scope.Allows(f.Action); !ok || crawl.IsLogout(f.Action.Path+" "+f.Label) {
			continue
		}
		ep := f.Endpoint(u)
		ep.Source = "browser"
		c.add(ep)
	}
	return next
}

func (c *crawler) add(ep *webscan.Endpoint) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if k := ep.Key(); !c.eps[k] {
		c.eps[k] = true
		c.res.Endpoints = append(c.res.Endpoints, ep)
	}
}

// recorded resource types: what a page requests as data or navigation, not
// its images, styles and fonts.
var recorded = map[network.ResourceType]bool{
	network.ResourceTypeDocument: true, network.ResourceTypeXHR: true, network.ResourceTypeFetch: true,
	network.ResourceTypeEventSource: true, network.ResourceTypeOther: true,
}

// paused answers one request of the browser: failed when out of scope,
// otherwise sent through the session and fulfilled with its response.
func (c *crawler) paused(ctx context.Context, e *fetch.EventRequestPaused) {
	u, err := url.Parse(e.Request.URL)
	ok := err == nil
	if ok {
		ok, _ = c.scope.Allows(u)
	}
	if !ok {
		c.mu.Lock()
		c.res.Blocked++
		c.mu.Unlock()
		chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: e.RequestID, ErrorReason: network.ErrorReasonBlockedByClient}) //nolint:errcheck // the page may be gone
		return
	}
	var body []byte
	for _, p := range e.Request.PostDataEntries {
		body = append(body, p.Bytes...)
	}
	req, err := http.NewRequestWithContext(ctx, e.Request.Method, u.String(), nil)
	if err != nil {
		chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: e.RequestID, ErrorReason: network.ErrorReasonFailed}) //nolint:errcheck
		return
	}
	for k, v := range e.Request.Headers {
		switch strings.ToLower(k) {
		case "cookie", "host", "content-length", "accept-encoding", "connection":
			// The session's jar supplies the cookies, the transport the rest.
		default:
			req.Header.Set(k, fmt.Sprint(v))
		}
	}
	if recorded[e.ResourceType] && u.Path != "/favicon.ico" { // the browser's own favicon request is no endpoint of the site
		c.add(c.endpoint(e.Request.Method, u, req.Header.Get("Content-Type"), body))
	}
	r, err := c.s.Do(ctx, req, body)
	if err != nil {
		chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: e.RequestID, ErrorReason: network.ErrorReasonFailed}) //nolint:errcheck
		return
	}
	var hs []*fetch.HeaderEntry
	for k, vs := range r.Header {
		switch strings.ToLower(k) {
		case "content-encoding", "content-length", "transfer-encoding":
			// httpx has decoded and cut the body.
			continue
		}
		for _, v := range vs {
			hs = append(hs, &fetch.HeaderEntry{Name: k, Value: v})
		}
	}
	chromedp.Call(ctx, fetch.FulfillRequest, fetch.FulfillRequestParams{RequestID: e.RequestID, ResponseCode: int64(r.Status), ResponseHeaders: hs, Body: r.Body}) //nolint:errcheck // the page may be gone
}

// endpoint is the endpoint of a request the page made, with its query and
// body parameters.
func (c *crawler) endpoint(method string, u *url.URL, ctype string, body []byte) *webscan.Endpoint {
	ep := crawl.LinkEndpoint(u, "browser", nil)
	ep.Method = method
	c.mu.Lock()
	ep.FoundOn = c.page
	c.mu.Unlock()
	if len(body) == 0 {
		return ep
	}
	switch {
	case strings.Contains(ctype, "application/x-www-form-urlencoded"):
		ep.Encoding = "form"
		if q, err := url.ParseQuery(string(body)); err == nil {
			// Sorted: the endpoint key (deduplication) lists the names in order.
			for _, k := range slices.Sorted(maps.Keys(q)) {
				ep.Params = append(ep.Params, webscan.Param{Name: k, In: "form", Value: q[k][0], Type: "string"})
			}
		}
	case strings.Contains(ctype, "json"):
		ep.Encoding = "json"
		ep.Params = append(ep.Params, jsonParams(body)...)
	}
	return ep
}

// copyCookies puts the session's cookies for the start URL into the
// browser, so that scripts reading document.cookie see the identity's.
func (c *crawler) copyCookies(ctx context.Context, start *url.URL) {
	if c.s.Jar == nil {
		return
	}
	for _, ck := range c.s.Jar.Cookies(start) {
		// The jar does not return the HttpOnly flag; such cookies are
		// still sent by httpx on every request, and a script cannot read
		// them anyway.
		chromedp.Call(ctx, network.SetCookie, network.SetCookieParams{Name: ck.Name, Value: ck.Value, URL: start.String()}) //nolint:errcheck // best effort: requests carry the jar's cookies regardless
	}
}

// jsonParams are the top-level members of a JSON object body, with their
// values as text and their JSON types.
func jsonParams(body []byte) []webscan.Param {
	var m map[string]any
	if json.Unmarshal(body, &m) != nil {
		return nil
	}
	var out []webscan.Param
	for _, k := range slices.Sorted(maps.Keys(m)) {
		p := webscan.Param{Name: k, In: "json", Type: "string"}
		switch v := m[k].(type) {
		case string:
			p.Value = v
		case float64:
			p.Value, p.Type = strconv.FormatFloat(v, 'f', -1, 64), "number"
			if v == float64(int64(v)) {
				p.Type = "integer"
			}
		case bool:
			p.Value, p.Type = strconv.FormatBool(v), "boolean"
		default:
			b, _ := json.Marshal(v)
			p.Value = string(b)
		}
		out = append(out, p)
	}
	return out
}

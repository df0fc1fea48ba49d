// Package httpx is the one HTTP client of the dynamic audit: every request
// of the crawler, the passive checks and the active probes goes through it,
// so scope, rate, limits and accounting are enforced in one place.
//
// Scope is scheme + host + port and optional path prefixes; a request or a
// redirect outside it is refused, never sent. Limits: requests per second,
// concurrent requests, total requests, total duration, per-request timeout
// and response body size (a larger body is cut and marked truncated; a gzip
// bomb is cut the same way, after decompression).
package httpx

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Scope says which URLs may be requested.
type Scope struct {
	Scheme, Host, Port string   // from the target URL
	Prefixes           []string // path prefixes in scope (empty: every path)
	Excludes           []string // path prefixes never requested (logout, delete ...)
}

// NewScope is the scope of a target URL: its scheme, host and port, and
// the given path prefixes.
func NewScope(target string, prefixes, excludes []string) (Scope, error) {
	u, err := url.Parse(target)
	if err != nil {
		return Scope{}, fmt.Errorf("target URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return Scope{}, fmt.Errorf("target URL %q: want http:// or https:// with a host", target)
	}
	return Scope{Scheme: u.Scheme, Host: strings.ToLower(u.Hostname()), Port: port(u), Prefixes: prefixes, Excludes: excludes}, nil
}

func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	if u.Scheme == "https" {
		return "443"
	}
	return "80"
}

// Allows reports whether u is in scope, and why not.
func (s Scope) Allows(u *url.URL) (bool, string) {
	if u.Scheme != s.Scheme || strings.ToLower(u.Hostname()) != s.Host || port(u) != s.Port {
		return false, "other origin " + u.Scheme + "://" + u.Host
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	for _, x := range s.Excludes {
		if strings.HasPrefix(p, x) {
			return false, "excluded path " + x
		}
	}
	if len(s.Prefixes) == 0 {
		return true, ""
	}
	for _, x := range s.Prefixes {
		if strings.HasPrefix(p, x) {
			return true, ""
		}
	}
	return false, "outside the path prefixes"
}

// Options are the client's limits. Zero values take the defaults.
type Options struct {
	Scope       Scope
	Rate        float64       // requests per second (default 50)
	Concurrency int           // requests in flight (default 4)
	Timeout     time.Duration // per request (default 10 s)
	MaxRequests int           // in total (default 5000)
	MaxDuration time.Duration // from the first request (default 10 min)
	MaxBody     int64         // bytes kept of each response (default 2 MiB)
	Headers     http.Header   // sent with every request
	UserAgent   string
	// Observe, when set, sees every response the client receives (the
	// passive checks run on all traffic: crawler, probes and auth tests
	// alike). It must be safe for concurrent use.
	Observe func(*Response)
	// TLSConfig, when set, is the TLS configuration of https requests
	// (a private CA's roots from --ca-file); nil: Go's defaults with the
	// system's roots.
	TLSConfig *tls.Config
}

// ErrOutOfScope, ErrBudget: the request was not sent.
var (
	ErrOutOfScope = errors.New("out of scope")
	ErrBudget     = errors.New("request budget exhausted")
)

// Client sends requests within scope and limits.
type Client struct {
	opts  Options
	http  *http.Client
	slots chan struct{}
	start time.Time

	mu      sync.Mutex
	next    time.Time // earliest start of the next request (rate limit)
	sent    atomic.Int64
	refused atomic.Int64
	errs    atomic.Int64
	bytes   atomic.Int64
}

// New returns a client for the options.
func New(o Options) *Client {
	if o.Rate <= 0 {
		o.Rate = 50
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.MaxRequests <= 0 {
		o.MaxRequests = 5000
	}
	if o.MaxDuration <= 0 {
		o.MaxDuration = 10 * time.Minute
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 2 << 20
	}
	if o.UserAgent == "" {
		o.UserAgent = "secaudit"
	}
	c := &Client{opts: o, slots: make(chan struct{}, o.Concurrency), start: time.Now()}
	tr := &http.Transport{
		Proxy:                 nil, // the target is local; an environment proxy must not see its traffic
		DialContext:           (&net.Dialer{Timeout: o.Timeout}).DialContext,
		MaxIdleConnsPerHost:   o.Concurrency,
		ResponseHeaderTimeout: o.Timeout,
		DisableCompression:    false,
	}
	if o.TLSConfig != nil {
		tr.TLSClientConfig = o.TLSConfig.Clone() // the caller may reuse its config
	}
	c.http = &http.Client{
		Transport: tr,
		Timeout:   o.Timeout,
		// Redirects are returned, not followed: the caller decides, and
		// Follow checks each hop against the scope.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return c
}

// Session is one identity: its own cookie jar and headers.
type Session struct {
	c       *Client
	Name    string
	Jar     http.CookieJar
	Headers http.Header
}

// Scope returns the client's scope.
func (c *Client) Scope() Scope { return c.opts.Scope }

// Client returns the client the session sends through.
func (s *Session) Client() *Client { return s.c }

// Session returns a new identity with an empty cookie jar.
func (c *Client) Session(name string) *Session {
	jar, _ := cookiejar.New(nil)
	return &Session{c: c, Name: name, Jar: jar, Headers: http.Header{}}
}

// Response is a response as the checks see it: the body read (up to the
// cap) and the request that produced it.
type Response struct {
	Request   *http.Request
	ReqBody   []byte
	Status    int
	Header    http.Header
	Body      []byte
	Truncated bool
	Duration  time.Duration
}

// Do sends one request (no redirect followed) within scope and limits.
func (s *Session) Do(ctx context.Context, req *http.Request, body []byte) (*Response, error) {
	c := s.c
	if ok, why := c.opts.Scope.Allows(req.URL); !ok {
		c.refused.Add(1)
		return nil, fmt.Errorf("%w: %s %s (%s)", ErrOutOfScope, req.Method, req.URL.Redacted(), why)
	}
	if time.Since(c.start) > c.opts.MaxDuration || c.sent.Load() >= int64(c.opts.MaxRequests) {
		c.refused.Add(1)
		return nil, ErrBudget
	}
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-c.slots }()
	if err := c.wait(ctx); err != nil {
		return nil, err
	}
	if c.sent.Add(1) > int64(c.opts.MaxRequests) {
		c.refused.Add(1)
		return nil, ErrBudget
	}
	req = req.Clone(ctx)
	for k, v := range c.opts.Headers {
		req.Header[k] = v
	}
	for k, v := range s.Headers {
		req.Header[k] = v
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", c.opts.UserAgent)
	}
	if body != nil {
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
	}
	for _, ck := range s.Jar.Cookies(req.URL) {
		req.AddCookie(ck)
	}
	start := time.Now()
	// The transport, not http.Client: the client parses Location headers to
	// follow redirects, and a hostile or injected Location it cannot parse
	// would turn a response that proves a finding into an error. The
	// timeout covers the whole exchange, body included, as the client's does.
	tctx, cancel := context.WithTimeout(req.Context(), c.opts.Timeout)
	defer cancel()
	req = req.WithContext(tctx)
	resp, err := c.http.Transport.RoundTrip(req)
	if err != nil {
		c.errs.Add(1)
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBody+1))
	if err != nil && len(data) == 0 {
		c.errs.Add(1)
		return nil, err
	}
	truncated := int64(len(data)) > c.opts.MaxBody
	if truncated {
		data = data[:c.opts.MaxBody]
	}
	c.bytes.Add(int64(len(data)))
	if rc := resp.Cookies(); len(rc) > 0 {
		s.Jar.SetCookies(req.URL, rc)
	}
	r := &Response{Request: req, ReqBody: body, Status: resp.StatusCode, Header: resp.Header,
		Body: data, Truncated: truncated || err != nil, Duration: time.Since(start)}
	if c.opts.Observe != nil {
		c.opts.Observe(r)
	}
	return r, nil
}

// wait applies the rate limit: requests start at least 1/rate apart.
func (c *Client) wait(ctx context.Context) error {
	c.mu.Lock()
	now := time.Now()
	at := c.next
	if at.Before(now) {
		at = now
	}
	c.next = at.Add(time.Duration(float64(time.Second) / c.opts.Rate))
	c.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// maxRedirects bounds a redirect chain (endless redirects end here).
const maxRedirects = 10

// Follow sends req and follows redirects that stay in scope (GET for 301,
// 302, 303; same method for 307, 308). The last response is returned with
// the chain; a redirect out of scope is not followed.
func (s *Session) Follow(ctx context.Context, req *http.Request, body []byte) (*Response, []*Response, error) {
	var chain []*Response
	for i := 0; ; i++ {
		resp, err := s.Do(ctx, req, body)
		if err != nil {
			return nil, chain, err
		}
		chain = append(chain, resp)
		loc := resp.Header.Get("Location")
		if resp.Status < 300 || resp.Status > 399 || loc == "" || i == maxRedirects {
			return resp, chain, nil
		}
		next, err := req.URL.Parse(loc)
		if err != nil {
			return resp, chain, nil
		}
		if ok, _ := s.c.opts.Scope.Allows(next); !ok {
			return resp, chain, nil
		}
		method := req.Method
		if resp.Status == 301 || resp.Status == 302 || resp.Status == 303 {
			method, body = http.MethodGet, nil
		}
		nreq, err := http.NewRequestWithContext(ctx, method, next.String(), nil)
		if err != nil {
			return resp, chain, nil
		}
		if body != nil {
			nreq.Header.Set("Content-Type", req.Header.Get("Content-Type"))
		}
		req = nreq
	}
}

// Stats counts what the client did, for the report.
type Stats struct {
	Sent      int64   `json:"requests_sent"`
	Refused   int64   `json:"requests_refused"`
	Errors    int64   `json:"request_errors"`
	Bytes     int64   `json:"bytes_received"`
	Seconds   float64 `json:"seconds"`
	PerSecond float64 `json:"requests_per_second"`
}

// Stats returns the counters so far.
func (c *Client) Stats() Stats {
	secs := time.Since(c.start).Seconds()
	st := Stats{Sent: c.sent.Load(), Refused: c.refused.Load(), Errors: c.errs.Load(), Bytes: c.bytes.Load(), Seconds: secs}
	if secs > 0 {
		st.PerSecond = float64(st.Sent) / secs
	}
	return st
}

// Dump renders a request or a response as text for evidence, with the
// body cut to max bytes.
func Dump(r *Response, max int) (request, response string) {
	var b strings.Builder
	req := r.Request
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\nHost: %s\r\n", req.Method, req.URL.RequestURI(), req.URL.Host)
	writeHeaders(&b, req.Header)
	b.WriteString("\r\n")
	b.WriteString(cut(r.ReqBody, max))
	request = b.String()
	b.Reset()
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", r.Status, http.StatusText(r.Status))
	writeHeaders(&b, r.Header)
	b.WriteString("\r\n")
	b.WriteString(cut(r.Body, max))
	return request, b.String()
}

func writeHeaders(b *strings.Builder, h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			fmt.Fprintf(b, "%s: %s\r\n", k, v)
		}
	}
}

func cut(b []byte, max int) string {
	if len(b) > max {
		return strings.ToValidUTF8(string(b[:max]), "\uFFFD") + "\n[... cut]"
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// Curl is a curl command that sends the same request (headers, cookies and
// body), for a person to reproduce a finding.
func Curl(r *Response) string {
	req := r.Request
	parts := []string{"curl", "-i", "-s"}
	if req.Method != http.MethodGet {
		parts = append(parts, "-X", req.Method)
	}
	keys := make([]string, 0, len(req.Header))
	for k := range req.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k == "User-Agent" || k == "Content-Length" {
			continue
		}
		for _, v := range req.Header[k] {
			parts = append(parts, "-H", shellQuote(k+": "+v))
		}
	}
	if len(r.ReqBody) > 0 {
		parts = append(parts, "--data-binary", shellQuote(string(r.ReqBody)))
	}
	parts = append(parts, shellQuote(req.URL.String()))
	return strings.Join(parts, " ")
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

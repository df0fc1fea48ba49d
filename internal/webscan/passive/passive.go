// Package passive checks every response the scan receives, without sending
// anything: security headers and the strength of the CSP, cookie flags,
// CORS answers, version disclosure, debug pages and stack traces,
// directory listings, forms (CSRF tokens, HTTP targets, password
// autocomplete) and third-party scripts without Subresource Integrity.
//
// Site-wide problems (a missing header) are reported once, at the first
// successful HTML page that shows them; per-object problems (a cookie, a
// form) once per object.
package passive

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
)

// Observation is positive evidence for a control (a strong CSP seen).
type Observation struct{ Control, Text string }

// Checker runs the passive checks. Response is safe for concurrent use.
type Checker struct {
	emit    webscan.Emit
	observe func(Observation)

	mu       sync.Mutex
	done     map[string]bool // rule + key already reported (or observed)
	cookies  map[string]cookieSeen
	forms    []formSeen
	htmlSeen bool
	CORS     []*httpx.Response // responses that reflected an arbitrary Origin with credentials
}

type cookieSeen struct {
	sameSite http.SameSite
	session  bool
}

type formSeen struct {
	resp *httpx.Response
	form crawl.Form
}

// New returns a checker that reports to emit and observe (either may be nil).
func New(emit webscan.Emit, observe func(Observation)) *Checker {
	if emit == nil {
		emit = func(webscan.Result) {}
	}
	if observe == nil {
		observe = func(Observation) {}
	}
	return &Checker{emit: emit, observe: observe, done: map[string]bool{}, cookies: map[string]cookieSeen{}}
}

// once reports whether key is new (and marks it).
func (c *Checker) once(key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done[key] {
		return false
	}
	c.done[key] = true
	return true
}

func (c *Checker) result(rule string, r *httpx.Response, param, msg string, facts ...string) webscan.Result {
	tpl, _ := crawl.Template(r.Request.URL.Path)
	return webscan.Result{RuleID: rule, Message: msg, Method: r.Request.Method, URL: r.Request.URL.String(),
		Parameter: param, Template: tpl, Proof: []*httpx.Response{r}, Facts: facts}
}

func isHTML(r *httpx.Response) bool {
	return strings.Contains(strings.ToLower(r.Header.Get("Content-Type")), "text/html")
}

// Response checks one response.
func (c *Checker) Response(r *httpx.Response) {
	if r == nil || r.Request == nil {
		return
	}
	c.cookiesOf(r)
	c.disclosure(r)
	c.cors(r)
	if r.Status >= 200 && r.Status < 300 && isHTML(r) {
		c.headers(r)
		c.page(r)
	}
}

var versioned = regexp.MustCompile(`[A-Za-z][A-Za-z0-9_.-]*/v?[0-9]+(\.[0-9]+)+`)

// disclosure: version banners, debug pages, stack traces, directory listings.
func (c *Checker) disclosure(r *httpx.Response) {
	var banners []string
	for _, h := range []string{"Server", "X-Powered-By", "X-AspNet-Version", "X-Generator"} {
		if v := r.Header.Get(h); v != "" && (versioned.MatchString(v) || h == "X-AspNet-Version") {
			banners = append(banners, h+": "+v)
		}
	}
	if len(banners) > 0 && c.once("WEB-SERVER-VERSION") {
		c.emit(c.result("WEB-SERVER-VERSION", r, "", "the server discloses software versions: "+strings.Join(banners, "; "), banners...))
	}
	body := string(r.Body)
	switch {
	case strings.Contains(body, "__debugger__") && (strings.Contains(body, "Werkzeug") || strings.Contains(body, "Interactive Console")):
		if c.once("WEB-DEBUG-PAGE " + r.Request.URL.Path) {
			c.emit(c.result("WEB-DEBUG-PAGE", r, "", "Werkzeug debugger reachable at "+r.Request.URL.Path+": it runs Python code sent from the browser (the PIN is the only guard)",
				"response contains the Werkzeug debugger's __debugger__ resources"))
		}
	case strings.Contains(body, "You're seeing this error because you have <code>DEBUG = True</code>") ||
		strings.Contains(body, "technical_500") || strings.Contains(body, "Django tried these URL patterns"):
		if c.once("WEB-DEBUG-PAGE " + r.Request.URL.Path) {
			c.emit(c.result("WEB-DEBUG-PAGE", r, "", "Django debug page at "+r.Request.URL.Path+": settings, source and URL patterns are shown",
				"response is Django's DEBUG = True technical page"))
		}
	case stackTrace.MatchString(body):
		tpl, _ := crawl.Template(r.Request.URL.Path)
		if c.once("WEB-STACK-TRACE " + r.Request.Method + tpl) {
			c.emit(c.result("WEB-STACK-TRACE", r, "", "the response shows a stack trace (code paths, library versions, sometimes data)",
				"stack trace in the body: "+firstMatch(stackTrace, body)))
		}
	}
	if r.Status == 200 && isHTML(r) && dirListing.MatchString(body) {
		tpl, _ := crawl.Template(r.Request.URL.Path)
		if c.once("WEB-DIR-LISTING " + tpl) {
			c.emit(c.result("WEB-DIR-LISTING", r, "", "directory listing at "+r.Request.URL.Path, "listing page: "+firstMatch(dirListing, body)))
		}
	}
}

// stackTrace matches the frames of real traces, not prose that mentions one:
// Python (Traceback + File "..." line N, raw or HTML-escaped), Java, .NET, PHP.
var stackTrace = regexp.MustCompile(`Traceback \(most recent call last\):\s+File (?:"|&#34;|&quot;)[^"&]+(?:"|&#34;|&quot;), line \d+|\bat [a-z][\w$]*(?:\.[\w$<>]+){2,}\((?:[\w]+\.java:\d+|Native Method|Unknown Source)\)|(?:PHP )?(?:Fatal error|Parse error): .{1,200} in /[^ ]+\.php on line \d+|Server Error in '/' Application`)

var dirListing = regexp.MustCompile(`<title>(?:Index of /|Directory listing for /)[^<]*</title>`)

func firstMatch(re *regexp.Regexp, s string) string {
	m := re.FindString(s)
	if len(m) > 160 {
		m = m[:160] + "..."
	}
	return m
}

// headers: CSP, HSTS, X-Content-Type-Options, framing, Referrer-Policy.
// They are a property of the site: the first successful HTML page decides.
func (c *Checker) headers(r *httpx.Response) {
	c.mu.Lock()
	first := !c.htmlSeen
	c.htmlSeen = true
	c.mu.Unlock()
	if !first {
		return
	}
	h := r.Header
	csp := h.Get("Content-Security-Policy")
	ro := h.Get("Content-Security-Policy-Report-Only")
	switch {
	case csp == "" && ro != "":
		c.emit(c.result("WEB-CSP-WEAK", r, "", "the Content-Security-Policy is report-only: nothing is enforced",
			"Content-Security-Policy-Report-Only: "+ro))
	case csp == "":
		c.emit(c.result("WEB-CSP-MISSING", r, "", "responses carry no Content-Security-Policy header"))
	default:
		if weak := ParseCSP(csp).Weaknesses(); len(weak) > 0 {
			c.emit(c.result("WEB-CSP-WEAK", r, "", "the Content-Security-Policy does not stop injected scripts: "+strings.Join(weak, "; "),
				append([]string{"Content-Security-Policy: " + csp}, weak...)...))
		} else {
			c.observe(Observation{"XSS-2", "strict Content-Security-Policy seen on " + r.Request.URL.Path + ": " + csp})
		}
	}
	var missing []string
	if !strings.EqualFold(strings.TrimSpace(h.Get("X-Content-Type-Options")), "nosniff") {
		missing = append(missing, "X-Content-Type-Options: nosniff")
	}
	xfo := strings.ToUpper(strings.TrimSpace(h.Get("X-Frame-Options")))
	if _, fa := ParseCSP(csp)["frame-ancestors"]; !fa && xfo != "DENY" && xfo != "SAMEORIGIN" {
		missing = append(missing, "X-Frame-Options or CSP frame-ancestors (clickjacking)")
	}
	if len(missing) > 0 {
		facts := missing
		if h.Get("Referrer-Policy") == "" {
			facts = append(facts, "no Referrer-Policy (browsers default to strict-origin-when-cross-origin)")
		}
		c.emit(c.result("WEB-HEADERS-MISSING", r, "", "security headers missing: "+strings.Join(missing, ", "), facts...))
	}
	if r.Request.URL.Scheme == "https" {
		hsts := h.Get("Strict-Transport-Security")
		if age := maxAge(hsts); age < 15552000 {
			msg := "no Strict-Transport-Security header on an HTTPS site"
			if hsts != "" {
				msg = "Strict-Transport-Security max-age below 180 days: " + hsts
			}
			c.emit(c.result("WEB-HSTS-MISSING", r, "", msg))
		} else {
			c.observe(Observation{"CR-1", "HSTS sent: " + hsts})
		}
	}
}

func maxAge(hsts string) int {
	for _, p := range strings.Split(hsts, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(k, "max-age") {
			var n int
			fmt.Sscanf(strings.Trim(v, `"`), "%d", &n)
			return n
		}
	}
	return 0
}

// sessionName matches cookie names that carry a session or credentials.
var sessionName = regexp.MustCompile(`(?i)sess|^sid$|[-_.]sid$|auth|token|jwt|login|remember|^connect\.sid$|identity`)

// IsSessionCookie reports whether a cookie looks like a session identifier.
func IsSessionCookie(name string) bool { return sessionName.MatchString(name) }

func (c *Checker) cookiesOf(r *httpx.Response) {
	for _, line := range r.Header.Values("Set-Cookie") {
		ck, err := http.ParseSetCookie(line)
		if err != nil || ck.Value == "" || ck.MaxAge < 0 || (!ck.Expires.IsZero() && ck.Expires.Before(time.Now())) {
			continue // deletions say nothing about the cookie's protection
		}
		session := IsSessionCookie(ck.Name)
		c.mu.Lock()
		c.cookies[ck.Name] = cookieSeen{sameSite: ck.SameSite, session: session}
		c.mu.Unlock()
		var missing []string
		if !ck.Secure {
			missing = append(missing, "Secure")
		}
		if !ck.HttpOnly {
			missing = append(missing, "HttpOnly")
		}
		if ck.SameSite == 0 || ck.SameSite == http.SameSiteDefaultMode || ck.SameSite == http.SameSiteNoneMode {
			missing = append(missing, "SameSite")
		}
		if len(missing) == 0 || !c.once("WEB-COOKIE-FLAGS "+ck.Name) {
			continue
		}
		res := c.result("WEB-COOKIE-FLAGS", r, ck.Name, fmt.Sprintf("cookie %s is set without %s", ck.Name, strings.Join(missing, ", ")), "Set-Cookie: "+line)
		if session {
			res.Message = "session " + res.Message
			res.Severity = finding.SeverityMedium
		} else {
			res.Severity = finding.SeverityLow
		}
		c.emit(res)
	}
}

// Origin is the foreign origin the CORS probe sends.
const Origin = "https://secaudit-origin.example"

func (c *Checker) cors(r *httpx.Response) {
	origin := r.Request.Header.Get("Origin")
	if origin == "" || !strings.EqualFold(r.Header.Get("Access-Control-Allow-Credentials"), "true") {
		return
	}
	if acao := r.Header.Get("Access-Control-Allow-Origin"); acao == origin && acao != "" {
		if u, err := url.Parse(origin); err == nil && u.Host != r.Request.URL.Host {
			c.mu.Lock()
			c.CORS = append(c.CORS, r)
			c.mu.Unlock()
		}
	}
}

// EmitCORS reports the reflected-Origin responses as one finding: the
// policy is usually application-wide, so one place stands for all, chosen
// where it hurts most (a JSON API answer, then an /api/ path).
func (c *Checker) EmitCORS() {
	c.mu.Lock()
	rs := append([]*httpx.Response{}, c.CORS...)
	c.mu.Unlock()
	if len(rs) == 0 {
		return
	}
	rank := func(r *httpx.Response) int {
		n := 0
		if strings.Contains(r.Header.Get("Content-Type"), "json") {
			n -= 2
		}
		if strings.Contains(r.Request.URL.Path, "/api") {
			n--
		}
		// Endpoints about the caller hold the data a cross-site read steals.
		if userData.MatchString(r.Request.URL.Path) {
			n -= 3
		}
		return n
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rank(rs[i]) != rank(rs[j]) {
			return rank(rs[i]) < rank(rs[j])
		}
		return rs[i].Request.URL.String() < rs[j].Request.URL.String()
	})
	r := rs[0]
	c.emit(c.result("WEB-CORS", r, "Origin", "an arbitrary Origin is reflected in Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true: any site can read responses with the user's cookies",
		"Origin: "+r.Request.Header.Get("Origin"), "Access-Control-Allow-Origin: "+r.Header.Get("Access-Control-Allow-Origin"),
		fmt.Sprintf("reflected on %d response(s)", len(rs))))
}

var userData = regexp.MustCompile(`(?i)/(me|self|user|users|account|profile|session|whoami|token)(/|$)`)

// csrfField matches the names of anti-CSRF token fields of common frameworks.
var csrfField = regexp.MustCompile(`(?i)csrf|xsrf|authenticity_token|__requestverificationtoken|_token|nonce|anti.?forgery`)

func (c *Checker) page(r *httpx.Response) {
	p := crawl.ParseHTML(r.Request.URL, r.Body)
	for _, s := range p.Scripts {
		if s.Src == nil || s.Integrity != "" || s.Src.Host == r.Request.URL.Host || s.Src.Scheme != "http" && s.Src.Scheme != "https" {
			continue
		}
		if c.once("WEB-SRI-MISSING " + s.Src.String()) {
			c.emit(c.result("WEB-SRI-MISSING", r, "", "third-party script "+s.Src.String()+" is loaded without Subresource Integrity", "<script src=\""+s.Src.String()+"\"> without integrity="))
		}
	}
	for _, f := range p.Forms {
		if f.Method == http.MethodPost {
			c.mu.Lock()
			c.forms = append(c.forms, formSeen{resp: r, form: f})
			c.mu.Unlock()
		}
		if r.Request.URL.Scheme == "https" && f.Action.Scheme == "http" && c.once("WEB-FORM-HTTP "+f.Action.String()) {
			c.emit(c.result("WEB-FORM-HTTP", r, "", "form on an HTTPS page submits to "+f.Action.String()+" over plain HTTP"))
		}
		for _, in := range f.Inputs {
			ac := strings.ToLower(in.Autocomplete)
			if in.Type == "password" && ac != "off" && ac != "new-password" && ac != "current-password" && c.once("WEB-PASSWORD-AUTOCOMPLETE "+f.Action.Path) {
				res := c.result("WEB-PASSWORD-AUTOCOMPLETE", r, in.Name, "the masked input of a login form has no autocomplete attribute")
				res.Method, res.URL = f.Method, f.Action.String()
				res.Template, _ = crawl.Template(f.Action.Path)
				c.emit(res)
			}
		}
	}
}

// Finish reports what needs the whole scan: CSRF (forms and the session
// cookies' SameSite attributes) and CORS.
func (c *Checker) Finish() {
	c.EmitCORS()
	c.mu.Lock()
	forms := append([]formSeen{}, c.forms...)
	var weakSession, strongSession []string
	for name, ck := range c.cookies {
		if !ck.session {
			continue
		}
		if ck.sameSite == http.SameSiteLaxMode || ck.sameSite == http.SameSiteStrictMode {
			strongSession = append(strongSession, name)
		} else {
			weakSession = append(weakSession, name)
		}
	}
	c.mu.Unlock()
	sort.Strings(weakSession)
	// Without a session cookie there is no ambient authority to ride on;
	// with SameSite=Lax/Strict on every session cookie, browsers do not
	// send it on cross-site POSTs.
	if len(weakSession) == 0 {
		return
	}
	for _, fs := range forms {
		f := fs.form
		token, login := false, false
		for _, in := range f.Inputs {
			if in.Type == "hidden" && csrfField.MatchString(in.Name) && len(in.Value) >= 8 {
				token = true
			}
			if in.Type == "password" {
				login = true
			}
		}
		if token || login {
			continue
		}
		tpl, _ := crawl.Template(f.Action.Path)
		if !c.once("WEB-CSRF " + tpl) {
			continue
		}
		res := c.result("WEB-CSRF", fs.resp, "", "state-changing form POST "+tpl+" has no anti-CSRF token and the session cookie ("+strings.Join(weakSession, ", ")+") has no SameSite protection",
			"form on "+fs.resp.Request.URL.Path+" posts to "+f.Action.Path+" with fields: "+fieldNames(f))
		res.Method, res.URL, res.Template = http.MethodPost, f.Action.String(), tpl
		c.emit(res)
	}
}

func fieldNames(f crawl.Form) string {
	var n []string
	for _, in := range f.Inputs {
		n = append(n, in.Name)
	}
	if len(n) == 0 {
		return "(none)"
	}
	return strings.Join(n, ", ")
}

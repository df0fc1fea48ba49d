package probe

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/http/httpguts"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// mutation is one change to an endpoint's request: one parameter gets a new
// value (or a raw JSON value, or a new name), or the whole body is replaced.
type mutation struct {
	param  *webscan.Param
	value  string
	raw    any    // JSON value sent instead of value ("json" parameters)
	rename string // send the value under this name (q[$ne])
	// body replaces the whole body, with its content type.
	body        []byte
	contentType string
	header      http.Header // extra headers
	dropCookie  string      // a cookie of the session not sent
	setCookie   *http.Cookie
}

// target is one endpoint probed as one identity, on a private copy of the
// identity's session.
type target struct {
	ctx  context.Context
	env  *Env
	ep   *webscan.Endpoint
	sess *httpx.Session
	sent int
}

// startTarget is how a parameter probe begins: a target for the endpoint
// (nil when there is none, or when the endpoint modifies or deletes data and
// the scan is not aggressive), with its CSRF tokens refreshed.
func startTarget(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env) *target {
	t := newTarget(ctx, ep, id, env)
	if t == nil || (destructive(ep) && !env.Aggressive) {
		return nil
	}
	t.csrfRefresh()
	return t
}

// newTarget copies the identity's session (headers and cookies for the
// endpoint's URL) so probe traffic never changes the identity's state.
func newTarget(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env) *target {
	if env == nil || env.Client == nil || ep == nil || ep.URL == nil {
		return nil
	}
	name := "anonymous"
	if id != nil && id.Name != "" {
		name = id.Name
	}
	s := env.Client.Session(name + "/probe")
	if id != nil && id.Session != nil {
		for k, v := range id.Session.Headers {
			s.Headers[k] = append([]string(nil), v...)
		}
		if id.Session.Jar != nil {
			root := &url.URL{Scheme: ep.URL.Scheme, Host: ep.URL.Host, Path: "/"}
			cs := id.Session.Jar.Cookies(ep.URL)
			for _, c := range cs {
				c.Path = "/"
			}
			s.Jar.SetCookies(root, cs)
		}
	}
	if debuggerOwned(ep) {
		return nil
	}
	// A private copy of the endpoint: CSRF refreshes change parameter
	// values, and other probes may run on the same endpoint at once.
	cp := *ep
	cp.Params = append([]webscan.Param(nil), ep.Params...)
	return &target{ctx: ctx, env: env, ep: &cp, sess: s}
}

// debuggerOwned: the Werkzeug debugger's own console and PIN form (any
// path with __debugger__=, the /console page's pin/btn form). They are the
// debugger, not the application: the debug page itself is the finding
// (WEB-DEBUG-PAGE), and injecting into the interpreter's PIN form only
// costs hundreds of requests per scan of a Flask app in debug mode.
func debuggerOwned(ep *webscan.Endpoint) bool {
	names := map[string]bool{}
	for _, p := range ep.Params {
		if p.Name == "__debugger__" {
			return true
		}
		names[p.Name] = true
	}
	path := ep.URL.Path
	return strings.HasSuffix(path, "/console") && names["pin"] && len(names) <= 3 && (len(names) == 1 || names["btn"] || names["s"])
}

var pathParam = regexp.MustCompile(`\{[^/{}]+\}`)

// request builds the endpoint's request with the mutation applied.
func (t *target) request(m mutation) (*http.Request, []byte, error) {
	ep := t.ep
	u := *ep.URL
	// Path parameters: the template with each {name} filled in.
	if ep.Template != "" && strings.Contains(ep.Template, "{") {
		path := pathParam.ReplaceAllStringFunc(ep.Template, func(s string) string {
			name := s[1 : len(s)-1]
			for i := range ep.Params {
				p := &ep.Params[i]
				if p.In == "path" && p.Name == name {
					v := p.Value
					if m.param == p {
						v = m.value
					}
					return url.PathEscape(v)
				}
			}
			return s
		})
		u.Path, u.RawPath = "", ""
		if pu, err := url.Parse(path); err == nil {
			u.Path, u.RawPath = pu.Path, pu.RawPath
		}
	}
	q := u.Query()
	form := url.Values{}
	js := map[string]any{}
	var cookies []*http.Cookie
	hdr := http.Header{}
	var rawBody []byte
	for i := range ep.Params {
		p := &ep.Params[i]
		v := p.Value
		var jv any = typed(p)
		name := p.Name
		if m.param == p {
			v = m.value
			jv = v
			if m.raw != nil {
				jv = m.raw
			}
			if m.rename != "" {
				name = m.rename
			}
		}
		switch p.In {
		case "query":
			q.Del(p.Name)
			q.Set(name, v)
		case "form":
			form.Set(name, v)
		case "json":
			js[name] = jv
		case "cookie":
			cookies = append(cookies, &http.Cookie{Name: name, Value: v})
		case "header":
			hdr.Set(name, v)
		case "body":
			rawBody = []byte(v)
		}
	}
	u.RawQuery = encodeQuery(q)
	var body []byte
	ctype := ""
	switch {
	case m.body != nil:
		body, ctype = m.body, m.contentType
	case rawBody != nil:
		body = rawBody
		ctype = map[string]string{"json": "application/json", "xml": "application/xml", "form": "application/x-www-form-urlencoded"}[ep.Encoding]
		if ctype == "" {
			ctype = "application/octet-stream"
		}
	case ep.Encoding == "json" || len(js) > 0:
		body, _ = json.Marshal(js)
		ctype = "application/json"
	case len(form) > 0 || ep.Encoding == "form":
		body = []byte(form.Encode())
		ctype = "application/x-www-form-urlencoded"
	}
	method := ep.Method
	if method == "" {
		method = http.MethodGet
	}
	req, err := http.NewRequestWithContext(t.ctx, method, u.String(), nil)
	if err != nil {
		return nil, nil, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	for k, v := range m.header {
		req.Header[k] = v
	}
	if m.setCookie != nil {
		cookies = append(cookies, m.setCookie)
	}
	if len(cookies) > 0 || m.dropCookie != "" {
		// The probed cookies replace the session's cookies of the same name:
		// the request is sent on a session copy without them.
		over := map[string]bool{m.dropCookie: true}
		for _, c := range cookies {
			over[c.Name] = true
		}
		var parts []string
		for _, c := range t.sess.Jar.Cookies(&u) {
			if !over[c.Name] {
				parts = append(parts, c.Name+"="+c.Value)
			}
		}
		for _, c := range cookies {
			parts = append(parts, c.Name+"="+c.Value)
		}
		if v := strings.Join(parts, "; "); !httpguts.ValidHeaderFieldValue(v) {
			return nil, nil, errUnsendable
		}
		req.Header.Set("Cookie", strings.Join(parts, "; "))
		req.Header.Set("X-Secaudit-No-Jar", "1")
	}
	return req, body, nil
}

// encodeQuery keeps brackets readable (q[$ne]) like browsers and PHP/Express
// clients send them; everything else is escaped as usual.
func encodeQuery(q url.Values) string {
	s := q.Encode()
	return strings.NewReplacer("%5B", "[", "%5D", "]", "%24", "$").Replace(s)
}

func typed(p *webscan.Param) any {
	switch p.Type {
	case "integer":
		if n, err := strconv.ParseInt(p.Value, 10, 64); err == nil {
			return n
		}
	case "number":
		if f, err := strconv.ParseFloat(p.Value, 64); err == nil {
			return f
		}
	case "boolean":
		if b, err := strconv.ParseBool(p.Value); err == nil {
			return b
		}
	}
	return p.Value
}

// errUnsendable: the payload cannot travel where the parameter goes (a
// line break in a cookie); no client sends it, so no server can be
// vulnerable through it, and it is not an error of the audit.
var errUnsendable = errors.New("payload not valid in this part of the request")

// send sends the mutated request (no redirect followed).
func (t *target) send(m mutation) (*httpx.Response, error) {
	req, body, err := t.request(m)
	if err != nil {
		return nil, err
	}
	sess := t.sess
	if req.Header.Get("X-Secaudit-No-Jar") != "" {
		// Cookies were written by hand: send them on a session with an
		// empty jar, so the jar does not add the replaced ones again.
		req.Header.Del("X-Secaudit-No-Jar")
		sess = t.env.Client.Session(t.sess.Name)
		sess.Headers = t.sess.Headers
	}
	t.sent++
	r, err := sess.Do(t.ctx, req, body)
	if err != nil {
		t.env.errorf("probe %s %s: %v", t.ep.Method, t.ep.URL.Redacted(), err)
	}
	return r, err
}

// with sends the parameter with a new value.
func (t *target) with(p *webscan.Param, v string) (*httpx.Response, error) {
	return t.send(mutation{param: p, value: v})
}

// untested are the probeable parameters that the probe has not tested yet
// in this scan on another endpoint with the same method and path template
// (the same form found on several pages, or by several identities, with
// slightly different parameter sets): the server code behind a parameter
// is the template's, so testing it again only repeats requests.
func (t *target) untested(probeID string) []*webscan.Param {
	var out []*webscan.Param
	e := t.env
	e.baseMu.Lock()
	defer e.baseMu.Unlock()
	if e.probed == nil {
		e.probed = map[string]bool{}
	}
	tpl := t.ep.Template
	if tpl == "" {
		tpl = t.ep.URL.Path
	}
	for _, p := range probeable(t.ep) {
		k := probeID + " " + t.ep.Method + " " + tpl + " " + p.In + ":" + p.Name
		if e.probed[k] {
			continue
		}
		e.probed[k] = true
		out = append(out, p)
	}
	return out
}

// probeable are the parameters worth injecting into: not CSRF tokens, not
// submit buttons.
func probeable(ep *webscan.Endpoint) []*webscan.Param {
	var out []*webscan.Param
	for i := range ep.Params {
		p := &ep.Params[i]
		if IsCSRFName(p.Name) || p.In == "body" || p.Fixed { // Fixed: real credentials, sent as they are
			continue
		}
		if p.In == "header" || p.In == "cookie" && looksLikeSessionCookie(p.Name) {
			continue
		}
		out = append(out, p)
	}
	return out
}

var csrfName = regexp.MustCompile(`(?i)(csrf|xsrf|authenticity_token|__requestverificationtoken|^_token$|nonce)`)

// IsCSRFName reports whether a parameter is an anti-CSRF token: never
// injected into, refreshed from the form's page before each submission.
func IsCSRFName(n string) bool { return csrfName.MatchString(n) }

func looksLikeSessionCookie(n string) bool {
	n = strings.ToLower(n)
	return strings.Contains(n, "session") || n == "sid" || strings.Contains(n, "csrf")
}

// destructive says whether an endpoint's name suggests that submitting to
// it deletes or changes something that matters (skipped in safe mode).
var destructiveName = regexp.MustCompile(`(?i)(delete|remove|drop|destroy|purge|truncate|wipe|reset|logout|signout|log_out|sign_out|deactivate|disable|unsubscribe|refund|transfer|withdraw|password|passwd|role|permission|grant|revoke|shutdown|restart)`)

func destructive(ep *webscan.Endpoint) bool {
	if !mayModify(ep) {
		return false
	}
	return destructiveName.MatchString(ep.URL.Path) || destructiveName.MatchString(ep.Template)
}

// mayModify: a non-GET request may change data.
func mayModify(ep *webscan.Endpoint) bool {
	return ep.Method != "" && ep.Method != http.MethodGet && ep.Method != http.MethodHead
}

// isHTML says whether a response is an HTML page.
func isHTML(r *httpx.Response) bool {
	ct := strings.ToLower(r.Header.Get("Content-Type"))
	if ct == "" {
		b := bytes.ToLower(bytes.TrimSpace(r.Body[:min(len(r.Body), 512)]))
		return bytes.HasPrefix(b, []byte("<!doctype html")) || bytes.HasPrefix(b, []byte("<html"))
	}
	return strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "application/xhtml")
}

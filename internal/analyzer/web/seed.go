package web

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/access"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
	"github.com/secaudit/secaudit/internal/webscan/identity"
	"github.com/secaudit/secaudit/internal/webscan/probe"
)

// Discovery seeded by the code: `audit PATH --url URL` hands the web
// analyzer the route map of the static analysis (routes with their full
// URL pattern and the request inputs the handler reads), so endpoints and
// parameters that no page links to (JSON APIs, a parameter only the code
// reads, a cookie) are probed like crawled ones.

// NeedsRoutes: the runner gives the web analyzer the routes the code
// analyzers of the same audit emitted.
func (a *Analyzer) NeedsRoutes() bool { return true }

// sampleUUID fills uuid path parameters no crawled URL gave a value for.
const sampleUUID = "00000000-0000-4000-8000-000000000001"

// sampleXML is the body of endpoints whose handler parses the raw body as
// XML: a small well-formed document the XXE probe rewrites.
const sampleXML = `<?xml version="1.0"?><items><item><name>a</name></item></items>`

// seedEnv is what turning routes into endpoints needs from the scan.
type seedEnv struct {
	target *url.URL
	// crawled are the endpoints discovery found: their URLs give path
	// parameter values, and code endpoints merge into them.
	crawled []*webscan.Endpoint
	// cookie is the value the session holds for a cookie ("" if none).
	cookie func(name string) string
	// aggressive allows PUT, PATCH and DELETE routes.
	aggressive bool
	// origins receives, per method and template, where the route is
	// declared in the code (for the findings' facts).
	origins map[string]string
}

// loginFields are the login endpoint's path and the values of its
// credential fields.
type loginFields struct {
	path                 string
	userField, passField string // "" when the configuration does not name them
	user, pass           string
	// fixed: the filled fields are not to be probed (safe mode), so the
	// scan sends no failed logins for the real account (lockout).
	fixed bool
}

var (
	userFieldName = regexp.MustCompile(`(?i)^(user(_?name)?|login|e-?mail|account|uname)$`)
	passFieldName = regexp.MustCompile(`(?i)^(pass(word|wd)?|pwd)$`)
)

// fill gives the credential fields of a POST to the login path the
// identity's credentials, so that a probe of another field (next=) sees
// what a successful login does with it. It reports whether it did.
func (l *loginFields) fill(ep *webscan.Endpoint) bool {
	if l == nil || ep.Method != http.MethodPost || ep.URL == nil || strings.TrimSuffix(ep.URL.Path, "/") != strings.TrimSuffix(l.path, "/") {
		return false
	}
	user, pass := -1, -1
	for i, p := range ep.Params {
		if p.In != "form" && p.In != "json" {
			continue
		}
		switch {
		case l.userField != "" && p.Name == l.userField, l.userField == "" && userFieldName.MatchString(p.Name):
			user = i
		case l.passField != "" && p.Name == l.passField, l.passField == "" && passFieldName.MatchString(p.Name):
			pass = i
		}
	}
	if user < 0 || pass < 0 {
		return false
	}
	ep.Params[user].Value, ep.Params[pass].Value = l.user, l.pass
	ep.Params[user].Fixed, ep.Params[pass].Fixed = l.fixed, l.fixed
	return true
}

var (
	angleSeg  = regexp.MustCompile(`<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>`)
	braceSeg  = regexp.MustCompile(`\{(\w+)(?::([^{}]*))?\}`)
	leftovers = regexp.MustCompile(`[<>{}()\[\]*+?|\\^$]`)
)

// segment is one path segment of a route pattern.
type segment struct {
	static      string // when no parameter
	name, typ   string // the parameter of a whole-segment parameter
	prefix, suf string // text around it (file-<id>.txt)
}

// parsePattern splits a route URL into segments; false when a part of it
// is not a literal or a single parameter (regexes, computed parts).
func parsePattern(pattern string) ([]segment, bool) {
	if pattern == "" || !strings.HasPrefix(pattern, "/") {
		return nil, false
	}
	var out []segment
	for _, s := range strings.Split(pattern, "/")[1:] {
		var name, typ string
		loc := angleSeg.FindStringSubmatchIndex(s)
		if loc != nil {
			m := angleSeg.FindStringSubmatch(s)
			name, typ = m[2], m[1]
		} else if loc = braceSeg.FindStringSubmatchIndex(s); loc != nil {
			m := braceSeg.FindStringSubmatch(s)
			name, typ = m[1], m[2]
		}
		if loc == nil {
			if leftovers.MatchString(s) {
				return nil, false
			}
			out = append(out, segment{static: s})
			continue
		}
		pre, suf := s[:loc[0]], s[loc[1]:]
		if leftovers.MatchString(pre) || leftovers.MatchString(suf) {
			return nil, false // two parameters in one segment, or a regex
		}
		out = append(out, segment{name: name, typ: normType(typ), prefix: pre, suf: suf})
	}
	return out, true
}

func normType(t string) string {
	switch t {
	case "int", `\d+`, `[0-9]+`:
		return "int"
	case "uuid", "float", "path":
		return t
	}
	return "str"
}

func defaultValue(typ string) string {
	switch typ {
	case "int", "integer":
		return "1"
	case "float", "number":
		return "1.0"
	case "uuid":
		return sampleUUID
	case "bool", "boolean":
		return "true"
	}
	return "a"
}

var (
	intValue  = regexp.MustCompile(`^[0-9]+$`)
	uuidValue = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
)

func fits(typ, v string) bool {
	switch typ {
	case "int":
		return intValue.MatchString(v)
	case "uuid":
		return uuidValue.MatchString(v)
	}
	return v != ""
}

// seen finds the values a crawled URL of the same shape gives the
// pattern's parameters (/product/<int:pid> and a crawled /product/7).
func seen(segs []segment, crawled []*webscan.Endpoint) map[int]string {
	for _, ep := range crawled {
		if ep.URL == nil {
			continue
		}
		parts := strings.Split(ep.URL.Path, "/")[1:]
		if len(parts) != len(segs) {
			continue
		}
		vals := map[int]string{}
		ok := true
		for i, s := range segs {
			p := parts[i]
			if s.name == "" {
				ok = p == s.static
			} else if strings.HasPrefix(p, s.prefix) && strings.HasSuffix(p, s.suf) && len(p) > len(s.prefix)+len(s.suf) {
				v := p[len(s.prefix) : len(p)-len(s.suf)]
				vals[i] = v
				ok = fits(s.typ, v)
			} else {
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && len(vals) > 0 {
			return vals
		}
	}
	return nil
}

// codeEndpoints turns the route map into endpoints (Source "code"), one
// per method. Routes whose URL is unknown or not a plain pattern are
// skipped: a guessed path would probe something else.
func codeEndpoints(env *seedEnv, routes []report.RouteEntry) []*webscan.Endpoint {
	var out []*webscan.Endpoint
	for _, r := range routes {
		segs, ok := parsePattern(r.URL)
		if !ok {
			continue
		}
		vals := seen(segs, env.crawled)
		var path []string
		var tplSegs []string
		var pathParams []webscan.Param
		for i, s := range segs {
			if s.name == "" {
				path = append(path, s.static)
				tplSegs = append(tplSegs, s.static)
				continue
			}
			v, ok := vals[i]
			if !ok {
				v = defaultValue(s.typ)
			}
			path = append(path, s.prefix+v+s.suf)
			tplSegs = append(tplSegs, "")
			pathParams = append(pathParams, webscan.Param{Name: s.name, In: "path", Value: v, Type: s.typ})
		}
		filled := "/" + strings.Join(path, "/")
		if crawl.IsLogout(filled) {
			continue // never end the sessions the scan runs on
		}
		// The template is the crawler's (so that /product/{id} found by
		// both is one endpoint); parameters the crawler does not see as
		// identifiers (names, paths) become {name} of the code.
		tpl, idParams := crawl.Template(filled)
		tparts := strings.Split(tpl, "/")[1:]
		params := append([]webscan.Param(nil), idParams...)
		pi := 0
		for i, s := range segs {
			if s.name == "" {
				continue
			}
			p := pathParams[pi]
			pi++
			if i < len(tparts) && !strings.HasPrefix(tparts[i], "{") {
				tparts[i] = s.prefix + "{" + s.name + "}" + s.suf
				params = append(params, p)
			}
		}
		tpl = "/" + strings.Join(tparts, "/")
		u := env.target.ResolveReference(&url.URL{Path: filled})
		methods := r.Methods
		if len(methods) == 0 {
			methods = []string{http.MethodGet}
		}
		for _, m := range methods {
			m = strings.ToUpper(m)
			switch m {
			case http.MethodGet, http.MethodPost:
			case http.MethodPut, http.MethodPatch, http.MethodDelete:
				if !env.aggressive {
					continue // the safe mode does not change or delete data it did not create
				}
			default:
				continue // HEAD, OPTIONS, websocket: nothing to probe
			}
			eu := *u // each endpoint's own URL: its query is its own
			ep := &webscan.Endpoint{Method: m, URL: &eu, Template: tpl, Source: "code", Params: append([]webscan.Param(nil), params...)}
			env.addInputs(ep, r)
			if env.origins != nil {
				env.origins[m+" "+tpl] = routeFact(r)
			}
			out = append(out, ep)
		}
	}
	return out
}

// addInputs adds a route's inputs as parameters of one of its endpoints.
func (env *seedEnv) addInputs(ep *webscan.Endpoint, r report.RouteEntry) {
	body := ep.Method != http.MethodGet
	q := ep.URL.Query()
	for _, in := range r.Inputs {
		place := in.In
		if place == "either" {
			place = "query"
			if body {
				place = "form"
			}
		}
		p := webscan.Param{Name: in.Name, In: place, Type: in.Type, Value: defaultValue(in.Type)}
		switch place {
		case "query":
			q.Set(p.Name, p.Value)
		case "form", "json":
			if !body {
				continue // a GET handler's form reads see nothing
			}
			if ep.Encoding == "" || place == "json" {
				ep.Encoding = place
			}
		case "cookie":
			if v := env.cookie(p.Name); v != "" {
				p.Value = v // a cookie the application set (a pickled cart)
			}
		case "body":
			if !body {
				continue
			}
			switch in.Type {
			case "xml":
				p = webscan.Param{Name: "body", In: "body", Value: sampleXML}
				ep.Encoding = "xml"
			case "json":
				if ep.Encoding == "" {
					ep.Encoding = "json"
				}
				continue
			default:
				continue // a raw body of unknown format: no sample to send
			}
		default:
			// path: from the pattern already; header: headers carry the
			// session, CSRF tokens and content types the probes keep intact.
			continue
		}
		if p.Name == "" || hasParam(ep, p) {
			continue
		}
		ep.Params = append(ep.Params, p)
	}
	ep.URL.RawQuery = q.Encode()
}

func hasParam(ep *webscan.Endpoint, p webscan.Param) bool {
	for _, x := range ep.Params {
		if x.In == p.In && x.Name == p.Name {
			return true
		}
	}
	return false
}

// mergeCode merges code endpoints into a crawl's endpoints: a crawled
// endpoint of the same method and template gets the parameters it lacks
// (and keeps the values it saw); the others are added. It returns the
// endpoints to add and records which endpoints the code told about.
func mergeCode(crawled []*webscan.Endpoint, code []*webscan.Endpoint) (added []*webscan.Endpoint) {
	for _, c := range code {
		merged := false
		for _, ep := range crawled {
			if ep.Method != c.Method || ep.Template != c.Template {
				continue
			}
			if c.Encoding != "" && ep.Encoding != "" && c.Encoding != ep.Encoding {
				continue // a JSON API and an HTML form at one path are two requests
			}
			for _, p := range c.Params {
				if !hasParam(ep, p) {
					ep.Params = append(ep.Params, p)
					if p.In == "query" && ep.URL != nil {
						u := *ep.URL
						q := u.Query()
						q.Set(p.Name, p.Value)
						u.RawQuery = q.Encode()
						ep.URL = &u
					}
				}
			}
			if ep.Encoding == "" {
				ep.Encoding = c.Encoding
			}
			merged = true
		}
		if !merged {
			added = append(added, c)
		}
	}
	return added
}

// routeFact is the fact findings on a code-seeded endpoint carry.
func routeFact(r report.RouteEntry) string {
	return fmt.Sprintf("route from %s:%d (%s() in the code): the scan probed the inputs the code reads", r.Path, r.Line, r.Function)
}

// seedFromCode adds the code's routes to every identity's discovery and
// gives login endpoints the credentials of the least privileged
// configured form-login identity.
func (s *scan) seedFromCode(all []crawled) {
	if len(s.in.Routes) == 0 || len(all) == 0 {
		return
	}
	s.origins, s.loginKeys = map[string]string{}, map[string]bool{}
	login := s.loginFields()
	for _, c := range all {
		jar := c.id.Session.Jar
		env := &seedEnv{target: s.target, crawled: c.res.Endpoints, aggressive: s.o.Active == "aggressive", origins: s.origins,
			cookie: func(name string) string {
				if jar == nil {
					return ""
				}
				for _, ck := range jar.Cookies(s.target) {
					if ck.Name == name {
						return ck.Value
					}
				}
				return ""
			}}
		code := codeEndpoints(env, s.in.Routes)
		c.res.Endpoints = append(c.res.Endpoints, mergeCode(c.res.Endpoints, code)...)
		for _, ep := range c.res.Endpoints[:len(c.res.Endpoints):len(c.res.Endpoints)] {
			orig := append([]webscan.Param(nil), ep.Params...)
			if !login.fill(ep) {
				continue
			}
			s.loginKeys[ep.Key()] = true
			if !login.fixed {
				continue
			}
			// Safe mode: the credential fields are probed on a twin that
			// keeps the discovered placeholder values (failed logins for
			// no real account), the filled endpoint probes the rest (next=).
			twin := credentialTwin(ep, orig)
			if twin == nil {
				ep.Params = orig // nothing else to probe: the real credentials are not needed
				continue
			}
			c.res.Endpoints = append(c.res.Endpoints, twin)
			s.loginKeys[twin.Key()] = true
		}
	}
}

// credentialTwin is the login endpoint with only its credential fields
// (as discovered, not the identity's values) and its anti-CSRF tokens; nil
// when the endpoint has nothing else.
func credentialTwin(filled *webscan.Endpoint, orig []webscan.Param) *webscan.Endpoint {
	var keep []webscan.Param
	for i, p := range orig {
		if filled.Params[i].Fixed || probe.IsCSRFName(p.Name) {
			keep = append(keep, p)
		}
	}
	if len(keep) == len(orig) {
		return nil
	}
	twin := *filled
	twin.Params = keep
	return &twin
}

// loginFields are the credentials login endpoints are probed with: those
// of the least privileged identity that logs in with a form.
func (s *scan) loginFields() *loginFields {
	var pick *identity.Config
	for i := range s.o.Identities {
		cfg := &s.o.Identities[i]
		if cfg.Login == nil || strings.EqualFold(cfg.Login.Type, "json") || cfg.Login.Username == "" {
			continue
		}
		if pick == nil || access.Privileged(&webscan.Identity{Role: pick.Role}) && !access.Privileged(&webscan.Identity{Role: cfg.Role}) {
			pick = cfg
		}
	}
	if pick == nil {
		return nil
	}
	u, err := s.target.Parse(pick.Login.URL)
	if err != nil {
		return nil
	}
	return &loginFields{path: u.Path, userField: pick.Login.UserField, passField: pick.Login.PassField, user: pick.Login.Username, pass: pick.Login.Password,
		fixed: s.o.Active != "aggressive"}
}

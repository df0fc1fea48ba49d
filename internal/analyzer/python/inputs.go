package python

import (
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/report"
)

// The route map tells the dynamic audit where each handler is served and
// which request inputs it reads, so that `audit PATH --url URL` probes
// endpoints and parameters no page links to (JSON APIs, parameters only
// the code reads). Prefixes come from Flask blueprints, FastAPI routers and
// Django include(); inputs from the request accessors each framework has.

// prefixes are the URL prefixes of route owners (blueprints, routers) and
// of Django URL configuration modules.
type prefixes struct {
	// own: a router object's own prefix (Blueprint(url_prefix=),
	// APIRouter(prefix=)), keyed by qualified name.
	own map[string]string
	// mount: the prefix it is registered with (register_blueprint,
	// include_router); "\x00" when that prefix is not a constant.
	mount map[string]string
	// replaces: Flask's register_blueprint(url_prefix=) replaces the
	// blueprint's own prefix; FastAPI's include_router(prefix=) adds to it.
	replaces map[string]bool
	// include: Django URL modules included under a prefix, by module name.
	include map[string]string
	// byModule caches includes() per URL module (a project has many
	// routes and few URL modules).
	byModule map[*module]string
	// includedBy: the module that includes a URL module, by the
	// include() argument (built by includer on first use).
	includedBy map[string]string
}

const unresolved = "\x00"

var routerCtor = map[string]string{"Blueprint": "url_prefix", "APIRouter": "prefix"}

// routePrefixes reads every module for router objects and registrations.
func (p *program) routePrefixes() *prefixes {
	px := &prefixes{own: map[string]string{}, mount: map[string]string{}, replaces: map[string]bool{}, include: map[string]string{}, byModule: map[*module]string{}}
	for _, m := range p.modules {
		// Router objects are module-level names.
		for _, s := range m.ast.Body {
			if s.Kind != pyfront.AssignStmt || len(s.Targets) != 1 || s.Targets[0].Kind != pyfront.Name || s.Value == nil || s.Value.Kind != pyfront.Call {
				continue
			}
			kw, ok := routerCtor[s.Value.CalleeName()]
			if !ok {
				continue
			}
			v := ""
			if e := s.Value.Keyword(kw); e != nil {
				if v = constString(e); e.Kind != pyfront.Str {
					v = unresolved
				}
			}
			px.own[joinName(m.name, s.Targets[0].Text)] = v
		}
	}
	for _, m := range p.modules {
		// Registrations happen at module level or in an app factory.
		pyfront.Walk(m.ast.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
			pyfront.StmtExprs(s, func(e *pyfront.Expr) {
				if e.Kind != pyfront.Call || len(e.Args()) == 0 {
					return
				}
				switch e.CalleeName() {
				case "register_blueprint", "include_router":
					key := px.routerKey(p, m, e.Args()[0].Dotted())
					if key == "" {
						return
					}
					kw := "prefix"
					if e.CalleeName() == "register_blueprint" {
						kw = "url_prefix"
					}
					if x := e.Keyword(kw); x != nil {
						px.mount[key] = constString(x)
						if x.Kind != pyfront.Str {
							px.mount[key] = unresolved
						}
						px.replaces[key] = kw == "url_prefix"
					}
				case "path", "re_path", "url":
					// Django: path("api/", include("shop.api.urls")).
					if len(e.Args()) < 2 || e.Args()[1].Kind != pyfront.Call || e.Args()[1].CalleeName() != "include" {
						return
					}
					inc := e.Args()[1]
					if len(inc.Args()) == 0 {
						return
					}
					target := constString(inc.Args()[0])
					if target == "" {
						target = p.qualify(m, inc.Args()[0].Dotted())
					}
					if target == "" {
						return
					}
					pre := djangoPattern(constString(e.Args()[0]), e.CalleeName() != "path")
					if e.Args()[0].Kind != pyfront.Str || pre == unresolved {
						pre = unresolved
					}
					px.include[target] = pre
				}
			})
			return true
		})
	}
	return px
}

// routerKey is the qualified name of a router object named in module m.
func (px *prefixes) routerKey(p *program, m *module, dotted string) string {
	if dotted == "" {
		return ""
	}
	if k := joinName(m.name, dotted); px.has(k) {
		return k
	}
	q := p.qualify(m, dotted)
	if px.has(q) {
		return q
	}
	// Relative or package-qualified imports: one router whose name ends
	// the same way.
	found := ""
	for k := range px.own {
		if strings.HasSuffix("."+k, "."+q) || strings.HasSuffix("."+q, "."+k) {
			if found != "" {
				return ""
			}
			found = k
		}
	}
	return found
}

func (px *prefixes) has(k string) bool { _, ok := px.own[k]; return ok }

// routeURL is the full URL pattern of a handler, "" when a part of it is
// unknown (a computed route or prefix).
func (p *program) routeURL(f *function, px *prefixes) string {
	h := f.handler
	if h == nil || h.route == "" && h.owner == "" && h.framework != "django" {
		return ""
	}
	route := h.route
	if h.framework == "django" && h.regMod != nil {
		route = djangoPattern(route, strings.ContainsAny(route, "^$()\\"))
		pre := px.includes(p, h.regMod)
		if route == unresolved || pre == unresolved {
			return ""
		}
		return "/" + strings.TrimPrefix(pre+route, "/")
	}
	if h.route == "" && h.regMod == nil {
		return ""
	}
	if h.owner != "" && h.regMod != nil {
		key := px.routerKey(p, h.regMod, h.owner)
		if key != "" {
			own, mount := px.own[key], ""
			mounted := false
			if v, ok := px.mount[key]; ok {
				mount, mounted = v, true
			}
			if own == unresolved && !(mounted && px.replaces[key]) || mount == unresolved {
				return ""
			}
			switch {
			case mounted && px.replaces[key]:
				route = joinURL(mount, route)
			default:
				route = joinURL(mount, joinURL(own, route))
			}
		}
	}
	if !strings.HasPrefix(route, "/") {
		route = "/" + route
	}
	return route
}

// includes is the Django include() prefix of a URL module, following
// include chains.
func (px *prefixes) includes(p *program, m *module) string {
	if v, ok := px.byModule[m]; ok {
		return v
	}
	v := px.includesUncached(p, m)
	px.byModule[m] = v
	return v
}

func (px *prefixes) includesUncached(p *program, m *module) string {
	pre, seen := "", map[string]bool{}
	name := m.name
	for i := 0; i < 8; i++ {
		next := ""
		found := false
		for target, v := range px.include {
			if target == name || strings.HasSuffix(name, "."+target) || strings.HasSuffix(target, "."+name) {
				if v == unresolved {
					return unresolved
				}
				pre = v + pre
				found = true
				next = px.includer(p, target)
				break
			}
		}
		if !found || next == "" || seen[next] {
			return pre
		}
		seen[next] = true
		name = next
	}
	return pre
}

// includer names the module whose URL configuration includes target
// (the first, in module order, with include("target") at its top level).
// The map is built on first use: the include chains of every URL module
// ask, and each asking used to read every module again.
func (px *prefixes) includer(p *program, target string) string {
	if px.includedBy == nil {
		px.includedBy = map[string]string{}
		for _, m := range p.modules {
			for _, s := range m.ast.Body {
				pyfront.StmtExprs(s, func(e *pyfront.Expr) {
					if e.Kind != pyfront.Call || e.CalleeName() != "include" || len(e.Args()) == 0 {
						return
					}
					if t := constString(e.Args()[0]); t != "" {
						if _, ok := px.includedBy[t]; !ok {
							px.includedBy[t] = m.name
						}
					}
				})
			}
		}
	}
	return px.includedBy[target]
}

func joinURL(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return strings.TrimSuffix(a, "/") + "/" + strings.TrimPrefix(b, "/")
}

var (
	djangoGroup = regexp.MustCompile(`\(\?P<(\w+)>([^()]*)\)`)
	regexMeta   = regexp.MustCompile(`[()\[\]*+?|{}\\]`)
)

// djangoPattern turns a re_path/url() regex into a path pattern with
// <conv:name> parameters; unresolved when other regex syntax remains.
func djangoPattern(s string, isRegex bool) string {
	if !isRegex {
		return s
	}
	s = strings.TrimPrefix(s, "^")
	s = strings.TrimSuffix(s, "$")
	s = djangoGroup.ReplaceAllStringFunc(s, func(g string) string {
		m := djangoGroup.FindStringSubmatch(g)
		switch m[2] {
		case `\d+`, `[0-9]+`:
			return "<int:" + m[1] + ">"
		case `[^/]+`, `[-\w]+`, `[\w-]+`, `\w+`:
			return "<" + m[1] + ">"
		}
		return "\x01" // any other group: not a value we can fill
	})
	if strings.Contains(s, "\x01") || regexMeta.MatchString(s) {
		return unresolved
	}
	return s
}

// pathParams reads the parameters of a route pattern: Flask/Django
// <conv:name>, FastAPI/Starlette {name:conv}, aiohttp {name:regex}.
var (
	angleParam = regexp.MustCompile(`<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>`)
	braceParam = regexp.MustCompile(`\{(\w+)(?::([^{}]*(?:\{[^{}]*\}[^{}]*)*))?\}`)
)

func pathParams(url string) []report.RouteInput {
	var out []report.RouteInput
	for _, m := range angleParam.FindAllStringSubmatch(url, -1) {
		out = append(out, report.RouteInput{In: "path", Name: m[2], Type: converterType(m[1])})
	}
	for _, m := range braceParam.FindAllStringSubmatch(url, -1) {
		out = append(out, report.RouteInput{In: "path", Name: m[1], Type: converterType(m[2])})
	}
	return out
}

func converterType(c string) string {
	switch c {
	case "int", `\d+`, `[0-9]+`:
		return "int"
	case "float":
		return "float"
	case "uuid":
		return "uuid"
	case "path", ".*", ".+":
		return "path"
	case "", "str", "string", "slug", "default":
		return "str"
	}
	return "str" // a custom converter or regex: a plain segment is the best guess
}

// containerIn maps a request attribute to where its values come from.
var containerIn = map[string]string{
	"args": "query", "GET": "query", "query_params": "query", "query": "query", "rel_url.query": "query",
	"form": "form", "POST": "form",
	"values":  "either",
	"cookies": "cookie", "COOKIES": "cookie",
	"headers": "header",
	"json":    "json", "data_json": "json",
}

var xmlParser = regexp.MustCompile(`(?i)(xml|etree|minidom|lxml|sax|xmltodict)`)

// bodyFormat is the format a call handed the raw request body implies:
// xml for XML parsers, json for json.loads, raw otherwise.
func (p *program) bodyFormat(f *function, call *pyfront.Expr) string {
	switch {
	case xmlParser.MatchString(p.qualify(f.mod, call.Callee())):
		return "xml"
	case call.CalleeName() == "loads" && strings.Contains(call.Callee(), "json"):
		return "json"
	}
	return "raw"
}

// inputCollector gathers the inputs one handler reads.
type inputCollector struct {
	routeInputs
	p    *program
	req  map[string]bool   // names bound to the request object
	vars map[string]string // local name -> container place (form = request.form)
}

// routeInputs lists what a handler reads from the request: path
// parameters of its URL, accessor reads in its body and in the project
// functions it calls (two levels), and FastAPI typed parameters.
func (p *program) routeInputs(f *function, url string) []report.RouteInput {
	c := &inputCollector{p: p, routeInputs: routeInputs{seen: map[string]bool{}}}
	for _, in := range pathParams(url) {
		c.add(in)
	}
	c.function(f, 0, map[*function]bool{})
	if f.handler != nil && f.handler.framework == "fastapi" {
		c.typedParams(f)
	}
	return dropWholeJSON(c.out)
}

// dropWholeJSON drops a whole-body JSON read when the keys of the body
// are known (they say more), filtering ins in place.
func dropWholeJSON(ins []report.RouteInput) []report.RouteInput {
	keys := false
	for _, in := range ins {
		keys = keys || in.In == "json"
	}
	if !keys {
		return ins
	}
	out := ins[:0]
	for _, in := range ins {
		if in.In != "body" || in.Type != "json" {
			out = append(out, in)
		}
	}
	return out
}

func (c *inputCollector) function(f *function, depth int, done map[*function]bool) {
	if f == nil || f.def == nil || done[f] || depth > 2 {
		return
	}
	done[f] = true
	c.req = map[string]bool{"request": true, "self.request": true, "req": true}
	for _, prm := range f.params {
		if c.p.spec.reqParams[prm.Name] {
			c.req[prm.Name] = true
		}
	}
	c.vars = map[string]string{}
	var callees []*function
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind == pyfront.FuncStmt || s.Kind == pyfront.ClassStmt {
			return false
		}
		// x = request.form / request.get_json() / await request.post()
		if s.Kind == pyfront.AssignStmt && len(s.Targets) == 1 && s.Targets[0].Kind == pyfront.Name && s.Value != nil {
			if place := c.container(unawait(s.Value)); place != "" {
				c.vars[s.Targets[0].Text] = place
			}
		}
		visit := func(e *pyfront.Expr) {
			c.expr(f, e)
			pyfront.WalkExpr(e, func(e *pyfront.Expr) {
				if e.Kind == pyfront.Call {
					if g, _ := c.p.lookup(c.p.qualify(f.mod, e.Callee()), f.mod); g != nil && g != f && g.handler == nil {
						callees = append(callees, g)
					}
				}
			})
		}
		for _, t := range s.Targets {
			visit(t)
		}
		visit(s.Value)
		visit(s.Test)
		for _, w := range s.Withs { // with open(request.args["name"]) as fh
			visit(w.Value)
		}
		return true
	})
	for _, g := range callees {
		c.function(g, depth+1, done)
	}
}

func unawait(e *pyfront.Expr) *pyfront.Expr {
	if e != nil && e.Kind == pyfront.Await {
		return e.X
	}
	return e
}

// isReq: e is the request object.
func (c *inputCollector) isReq(e *pyfront.Expr) bool {
	return e != nil && c.req[e.Dotted()]
}

// container says which place a container expression reads from:
// request.args, request.get_json(), request.json, await request.post(),
// or a local bound to one of them.
func (c *inputCollector) container(e *pyfront.Expr) string {
	e = unawait(e)
	if e == nil {
		return ""
	}
	switch e.Kind {
	case pyfront.Name:
		return c.vars[e.Text]
	case pyfront.Attr:
		if c.isReq(e.X) {
			return containerIn[e.Text]
		}
		if e.X != nil && e.X.Kind == pyfront.Attr && c.isReq(e.X.X) && e.X.Text == "rel_url" && e.Text == "query" {
			return "query"
		}
	case pyfront.Call:
		if e.X != nil && e.X.Kind == pyfront.Attr && c.isReq(e.X.X) {
			switch e.X.Text {
			case "get_json", "json":
				return "json"
			case "post":
				return "form"
			}
		}
		// json.loads(request.body)
		if e.CalleeName() == "loads" && len(e.Args()) == 1 && c.rawRead(e.Args()[0]) {
			return "json"
		}
	}
	return ""
}

// rawRead: e reads the raw body (request.data, request.body, get_data()).
func (c *inputCollector) rawRead(e *pyfront.Expr) bool {
	e = unawait(e)
	if e == nil {
		return false
	}
	if e.Kind == pyfront.Call && e.X != nil && e.X.Kind == pyfront.Attr && c.isReq(e.X.X) {
		switch e.X.Text {
		case "get_data", "read", "text", "body":
			return true
		}
	}
	if e.Kind == pyfront.Attr && c.isReq(e.X) {
		switch e.Text {
		case "data", "body", "stream", "content":
			return true
		}
	}
	// request.body.decode()
	if e.Kind == pyfront.Call && e.X != nil && e.X.Kind == pyfront.Attr && e.X.Text == "decode" {
		return c.rawRead(e.X.X)
	}
	return false
}

// expr records the reads in one expression tree.
func (c *inputCollector) expr(f *function, root *pyfront.Expr) {
	pyfront.WalkExpr(root, func(e *pyfront.Expr) {
		switch e.Kind {
		case pyfront.Subscript:
			// request.args["q"], request.get_json()["k"], data["k"]
			if place := c.container(e.X); place != "" {
				c.keyed(place, constString(e.Y))
			}
			if e.X != nil && e.X.Kind == pyfront.Attr && c.isReq(e.X.X) && e.X.Text == "META" {
				c.meta(constString(e.Y))
			}
		case pyfront.Call:
			if e.X == nil || e.X.Kind != pyfront.Attr {
				break
			}
			switch e.X.Text {
			case "get", "getlist", "get_all", "getone", "getall", "pop":
				if len(e.Args()) == 0 {
					break
				}
				if place := c.container(e.X.X); place != "" {
					c.keyed(place, constString(e.Args()[0]))
				}
				if x := e.X.X; x != nil && x.Kind == pyfront.Attr && c.isReq(x.X) && x.Text == "META" {
					c.meta(constString(e.Args()[0]))
				}
			}
			// A raw body handed to a parser: XML parsers make it an XML body.
			for _, a := range e.Args() {
				if !c.rawRead(a) {
					continue
				}
				c.add(report.RouteInput{In: "body", Type: c.p.bodyFormat(f, e)})
			}
		}
		// A whole-body read not consumed key by key: request.get_json(),
		// request.json, request.data, await request.json().
		if e.Kind == pyfront.Call && e.X != nil && e.X.Kind == pyfront.Attr && c.isReq(e.X.X) && (e.X.Text == "get_json" || e.X.Text == "json") {
			c.add(report.RouteInput{In: "body", Type: "json"})
		}
		if e.Kind == pyfront.Attr && c.isReq(e.X) && e.Text == "json" {
			c.add(report.RouteInput{In: "body", Type: "json"})
		}
	})
}

// meta records Django's request.META["HTTP_X_NAME"] as header X-Name.
func (c *inputCollector) meta(key string) {
	if h, ok := metaHeader(key); ok {
		c.add(report.RouteInput{In: "header", Name: h})
	}
}

// metaHeader names the header of a CGI/WSGI environ key (HTTP_X_NAME is
// X-Name); not ok for REMOTE_ADDR, CONTENT_TYPE ...: not a header the
// client names.
func metaHeader(key string) (string, bool) {
	if !strings.HasPrefix(key, "HTTP_") {
		return "", false
	}
	parts := strings.Split(strings.ToLower(strings.TrimPrefix(key, "HTTP_")), "_")
	for i, w := range parts {
		if w != "" {
			parts[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(parts, "-"), true
}

// fastapiMarkers map FastAPI's parameter declarations to places.
var fastapiMarkers = map[string]string{"Query": "query", "Body": "json", "Form": "form", "Header": "header", "Cookie": "cookie", "Path": "path"}

var scalarAnnot = regexp.MustCompile(`^(?:Optional\[|typing\.Optional\[|list\[|List\[)?(int|float|str|bool|uuid\.UUID|UUID|date|datetime)\]?(?:\s*\|\s*None)?$`)

// typedParams reads a FastAPI handler's signature: scalars are query
// parameters, Query()/Header()/Cookie()/Form()/Body() say their place,
// a model is a JSON body whose fields are its keys.
func (c *inputCollector) typedParams(f *function) {
	path := map[string]bool{}
	for _, in := range c.out {
		if in.In == "path" {
			path[in.Name] = true
		}
	}
	for _, prm := range f.params {
		if prm.Name == "self" || prm.Star != "" || path[prm.Name] || c.p.spec.reqParams[prm.Name] {
			continue
		}
		prm = c.p.resolvedParam(f, prm)
		place := ""
		if d := fastapiMarker(prm); d != nil {
			switch marker := d.CalleeName(); marker {
			case "Depends", "Security", "File", "UploadFile":
				continue
			default:
				place = fastapiMarkers[marker]
			}
		}
		annot := ""
		if t := paramType(prm.Annot); t != nil {
			annot = t.Src
			if annot == "" {
				annot = t.Dotted()
			}
		}
		typ := ""
		if m := scalarAnnot.FindStringSubmatch(annot); m != nil {
			typ = strings.TrimPrefix(strings.TrimPrefix(m[1], "uuid."), "UUID")
			if m[1] == "UUID" || m[1] == "uuid.UUID" {
				typ = "uuid"
			}
		}
		if place == "" {
			switch {
			case typ != "" || annot == "":
				place = "query"
			default:
				// Request, Response, BackgroundTasks, a database session ...
				// are injected; a project class is a body model.
				_, cls := c.p.lookup(c.p.qualify(f.mod, paramType(prm.Annot).Dotted()), f.mod)
				if cls == nil {
					continue
				}
				c.modelFields(cls)
				continue
			}
		}
		name := prm.Name
		if place == "header" {
			name = strings.ReplaceAll(name, "_", "-") // FastAPI converts underscores
		}
		c.add(report.RouteInput{In: place, Name: name, Type: typ})
	}
}

// modelFields records a body model's annotated fields as JSON keys.
func (c *inputCollector) modelFields(cls *class) {
	n := 0
	for _, s := range cls.def.Body {
		if s.Kind == pyfront.AssignStmt && len(s.Targets) == 1 && s.Targets[0].Kind == pyfront.Name && s.Annot != nil {
			c.add(report.RouteInput{In: "json", Name: s.Targets[0].Text})
			n++
		}
	}
	if n == 0 {
		c.add(report.RouteInput{In: "body", Type: "json"})
	}
}

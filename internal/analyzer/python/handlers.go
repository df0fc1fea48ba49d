package python

import (
	"path"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
)

// handler is what the analysis knows about a function a framework calls
// with request data.
type handler struct {
	framework    string // flask, fastapi, django, aiohttp, other
	route        string
	methods      []string
	safeParams   map[string]bool // route converters that only match numbers/UUIDs
	errorHandler bool
	decorators   []string // dotted names of the decorators (auth checks)
	// htmlResponse: a FastAPI route declared with response_class=
	// HTMLResponse, whose returned string is the HTML page.
	htmlResponse bool
	// dependency: not a route but a FastAPI dependency of one
	// (Depends(fn)); FastAPI fills its parameters from the request as it
	// does a route's, and passes its result to the route.
	dependency bool
	// owner is the object the route is declared on (bp of @bp.route,
	// router of router.add_url_rule), as written; regMod is the module
	// whose code declared it. Both locate URL prefixes (blueprints,
	// routers, Django include()).
	owner  string
	regMod *module
	// graphqlRoot: a GraphQL resolver called with the parent value first
	// (Graphene, Ariadne), whatever the parameter's name.
	graphqlRoot bool
}

// bottleParam matches Bottle's wildcards (<name>, <id:int>, <p:path>).
var bottleParam = regexp.MustCompile(`<(\w+)(?::(\w+))?[^>]*>`)

// routeParam matches Flask (<int:id>) and Django (<int:pk>) converters.
var routeParam = regexp.MustCompile(`<(?:(\w+):)?(\w+)>`)

func safeConverter(conv string) bool {
	switch conv {
	case "int", "float", "uuid", "slug":
		return conv != "slug"
	}
	return false
}

// bottleRoute are Bottle's module-level route decorators (@route("/x")
// on the default app, without an app object in front).
var bottleRoute = map[string]bool{"bottle.route": true, "bottle.get": true, "bottle.post": true, "bottle.put": true, "bottle.delete": true, "bottle.patch": true}

func newHandler(framework, route string) *handler {
	h := &handler{framework: framework, route: route, safeParams: map[string]bool{}}
	if framework == "bottle" {
		// Bottle writes the filter after the name: <id:int>.
		for _, m := range bottleParam.FindAllStringSubmatch(route, -1) {
			if m[2] == "int" || m[2] == "float" {
				h.safeParams[m[1]] = true
			}
		}
		return h
	}
	for _, m := range routeParam.FindAllStringSubmatch(route, -1) {
		if safeConverter(m[1]) {
			h.safeParams[m[2]] = true
		}
	}
	return h
}

// frameworkOf names the web framework a module is written for.
func (p *program) frameworkOf(m *module) string {
	uses := func(pkg string) bool { return p.moduleImports(m, pkg) }
	// (Flask before Starlette: a Flask app mounted with starlette's
	// WSGIMiddleware is still Flask.)
	switch {
	case uses("fastapi"):
		return "fastapi"
	case uses("flask") || uses("quart"):
		return "flask"
	case uses("bottle"):
		return "bottle"
	case uses("starlette"):
		return "fastapi"
	case uses("aiohttp"):
		return "aiohttp"
	case uses("django") || uses("rest_framework"):
		return "django"
	}
	return "other"
}

// findHandlers marks the functions frameworks call: decorated routes,
// views registered in URL configurations, and Django views modules.
func (p *program) findHandlers() {
	for _, m := range p.modules {
		fw := p.frameworkOf(m)
		for _, f := range p.moduleFunctions(m) {
			p.markDecorated(f, fw)
		}
	}
	for _, m := range p.modules {
		p.markRegistered(m)
		p.markGraphQL(m)
		// Tornado: a handler class's get/post/... methods answer requests,
		// with the URL pattern's groups as arguments.
		for _, c := range m.classes {
			if !c.verbHandlers {
				continue
			}
			for name, f := range c.methods {
				if (httpMethodName[name] || name == "head" || name == "options") && f.handler == nil {
					f.handler = newHandler("tornado", "")
					f.handler.methods = []string{strings.ToUpper(name)}
				}
			}
		}
	}
	for _, m := range p.modules {
		for _, f := range p.moduleFunctions(m) {
			for _, prm := range f.params {
				if f.handler == nil && p.spec.entryParams[prm.Name] {
					f.handler = newHandler("wsgi", "")
				}
			}
		}
	}
	p.markDependencies()
	// Django middleware's process_exception(request, exception) answers
	// for any view that raised: an error handler.
	for _, m := range p.modules {
		for _, c := range m.classes {
			if f := c.methods["process_exception"]; f != nil && f.handler == nil && len(f.params) == 3 {
				f.handler = &handler{framework: "django", errorHandler: true, safeParams: map[string]bool{}}
			}
		}
	}
	for _, m := range p.modules {
		base := path.Base(m.path)
		if base != "views.py" && !strings.Contains(m.path, "/views/") && p.frameworkOf(m) != "django" {
			continue
		}
		viewsModule := base == "views.py" || strings.Contains(m.path, "/views/")
		for _, f := range m.funcs {
			// A function taking the request is a view in a views module; in
			// other modules only when it answers with a response (a helper
			// such as login(request, user) is not called by the framework).
			if f.handler == nil && len(f.params) > 0 && p.spec.reqParams[f.params[0].Name] && (viewsModule || returnsResponse(f) || hasViewDecorator(f)) {
				f.handler = newHandler("django", "")
			}
		}
	}
}

// markDependencies marks the project functions FastAPI routes (and their
// dependencies, transitively) declare with Depends(fn) or Security(fn)
// (see declaredDependencies), and module functions that take FastAPI
// parameters themselves.
func (p *program) markDependencies() {
	var work []*function
	mark := func(g *function) {
		if g != nil && g.handler == nil {
			g.handler = newHandler("fastapi", "")
			g.handler.dependency = true
			work = append(work, g)
		}
	}
	for _, m := range p.modules {
		for _, f := range p.moduleFunctions(m) {
			if f.handler != nil && f.handler.framework == "fastapi" {
				work = append(work, f)
			}
		}
		if p.frameworkOf(m) != "fastapi" {
			continue
		}
		// A module function that declares FastAPI parameters
		// (Header(...), Depends(...)) and is no route is a dependency,
		// even where no route names it yet.
		for _, f := range m.funcs {
			if f.handler != nil || f.def == nil {
				continue
			}
			for _, prm := range f.params {
				if mk := fastapiMarker(p.resolvedParam(f, prm)); mk != nil && (isDependency(mk) || fastapiMarkers[mk.CalleeName()] != "") {
					mark(f)
					break
				}
			}
		}
	}
	for len(work) > 0 {
		f := work[len(work)-1]
		work = work[:len(work)-1]
		for _, m := range p.declaredDependencies(f) {
			mark(p.dependencyFunc(f, m))
		}
	}
}

// declaredDependencies are the Depends(...)/Security(...) markers a FastAPI
// route or dependency declares: in its parameters, and for a route in its
// decorator's dependencies=[...] and its router's (APIRouter(
// dependencies=[...]) where the route is declared).
func (p *program) declaredDependencies(f *function) []*pyfront.Expr {
	var out []*pyfront.Expr
	for _, prm := range f.params {
		if m := fastapiMarker(p.resolvedParam(f, prm)); isDependency(m) {
			out = append(out, m)
		}
	}
	listed := func(e *pyfront.Expr) {
		if e == nil {
			return
		}
		for _, m := range e.Elems {
			if isDependency(m) {
				out = append(out, m)
			}
		}
	}
	h := f.handler
	if h == nil || h.dependency || f.def == nil {
		return out
	}
	for _, d := range f.def.Decorators {
		if d.Kind == pyfront.Call {
			listed(d.Keyword("dependencies"))
		}
	}
	if h.owner != "" && h.regMod != nil {
		for _, s := range h.regMod.ast.Body {
			if s.Kind == pyfront.AssignStmt && len(s.Targets) == 1 && s.Targets[0].Dotted() == h.owner && s.Value != nil && s.Value.Kind == pyfront.Call {
				listed(s.Value.Keyword("dependencies"))
			}
		}
	}
	return out
}

// dependencyFunc is the project function of a Depends(fn) marker of one of
// f's parameters, or nil (no marker, a class, an object such as an
// OAuth2PasswordBearer instance, library code).
func (p *program) dependencyFunc(f *function, marker *pyfront.Expr) *function {
	if !isDependency(marker) {
		return nil
	}
	var dep *pyfront.Expr
	if args := marker.Args(); len(args) > 0 {
		dep = args[0]
	} else {
		dep = marker.Keyword("dependency")
	}
	if dep == nil {
		return nil
	}
	d := dep.Dotted()
	if d == "" {
		return nil
	}
	g, _ := p.lookup(p.qualify(f.mod, d), f.mod)
	return g
}

var viewDecorator = regexp.MustCompile(`(?i)(login_required|permission_required|user_passes_test|staff_member_required|require_(get|post|http_methods|safe)|csrf_|cache_page|never_cache|api_view|xframe_options|vary_on|gzip_page|condition|etag|last_modified)`)

func hasViewDecorator(f *function) bool {
	for _, d := range f.def.Decorators {
		if viewDecorator.MatchString(d.Src) || viewDecorator.MatchString(d.Dotted()) {
			return true
		}
	}
	return false
}

// returnsResponse: the function returns a framework response.
func returnsResponse(f *function) bool {
	found := false
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind == pyfront.ReturnStmt && s.Value != nil && s.Value.Kind == pyfront.Call {
			switch s.Value.CalleeName() {
			case "render", "redirect", "HttpResponse", "JsonResponse", "HttpResponseRedirect", "HttpResponsePermanentRedirect",
				"TemplateResponse", "FileResponse", "StreamingHttpResponse", "HttpResponseBadRequest", "HttpResponseForbidden",
				"HttpResponseNotFound", "render_to_response", "Response":
				found = true
			}
		}
		return !found && s.Kind != pyfront.FuncStmt
	})
	return found
}

func (p *program) moduleFunctions(m *module) []*function {
	var out []*function
	for _, f := range m.funcs {
		out = append(out, f)
	}
	for _, c := range m.classes {
		for _, f := range c.methods {
			out = append(out, f)
		}
	}
	return out
}

func (p *program) markDecorated(f *function, fw string) {
	var names []string
	for _, d := range f.def.Decorators {
		callee := d
		if d.Kind == pyfront.Call {
			callee = d.X
		}
		dotted := callee.Dotted()
		names = append(names, dotted)
		q := p.qualify(f.mod, dotted)
		if strings.HasSuffix(dotted, ".errorhandler") || strings.HasSuffix(dotted, ".exception_handler") {
			f.handler = &handler{framework: fw, errorHandler: true, safeParams: map[string]bool{}}
			continue
		}
		if !p.spec.decorators.has(q, dotted) || !strings.Contains(dotted, ".") && !bottleRoute[q] {
			continue
		}
		route := ""
		if d.Kind == pyfront.Call && len(d.Args()) > 0 {
			route = constString(d.Args()[0])
		}
		h := newHandler(fw, route)
		h.regMod = f.mod
		if i := strings.LastIndexByte(dotted, '.'); i >= 0 {
			h.owner = dotted[:i] // (none for Bottle's @route: the default app)
		}
		if rc := d.Keyword("response_class"); rc != nil {
			switch p.qualify(f.mod, rc.Dotted()) {
			case "fastapi.responses.HTMLResponse", "starlette.responses.HTMLResponse":
				h.htmlResponse = true
			}
		}
		if m := d.Keyword("methods"); m != nil {
			for _, x := range m.Elems {
				h.methods = append(h.methods, strings.ToUpper(constString(x)))
			}
		}
		if method := lastPart(dotted); method != "route" && method != "api_route" && method != "view" && method != "endpoint" && method != "websocket" {
			h.methods = append(h.methods, strings.ToUpper(method))
		}
		f.handler = h
	}
	if f.handler != nil {
		f.handler.decorators = names
	}
}

// markRegistered finds views registered by calls (Django path(), Flask
// add_url_rule, aiohttp add_get) anywhere in a module's code.
func (p *program) markRegistered(m *module) {
	fw := p.frameworkOf(m)
	// Also inside functions: app factories (create_app(), make_app())
	// register their views there.
	pyfront.Walk(m.ast.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(e *pyfront.Expr) {
			if e.Kind != pyfront.Call {
				return
			}
			dotted := e.Callee()
			q := p.qualify(m, dotted)
			for _, arg := range p.spec.registrars.match(q, dotted) {
				i, kw := argIndex(arg)
				var view *pyfront.Expr
				if kw != "" {
					view = e.Keyword(kw)
				} else if i < len(e.Args()) {
					view = e.Args()[i]
				}
				if view == nil {
					continue
				}
				route := ""
				if len(e.Args()) > 0 {
					route = constString(e.Args()[0])
				}
				owner := ""
				if i := strings.LastIndexByte(dotted, '.'); i > 0 {
					owner = dotted[:i]
				}
				// aiohttp add_get/add_post name the method.
				verb := ""
				if v := strings.TrimPrefix(lastPart(dotted), "add_"); v != lastPart(dotted) && httpVerbs[v] {
					verb = strings.ToUpper(v)
				}
				p.markView(m, view, fw, route, owner, verb)
			}
		})
		return s.Kind != pyfront.ClassStmt
	})
}

var httpVerbs = map[string]bool{"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true}

func (p *program) markView(m *module, view *pyfront.Expr, fw, route, owner, verb string) {
	reg := func(fw string) *handler {
		h := newHandler(fw, route)
		h.owner, h.regMod = owner, m
		if verb != "" {
			h.methods = []string{verb}
		}
		return h
	}
	if fw == "other" && strings.Contains(m.path, "urls") {
		fw = "django"
	}
	// Class-based views: Cls.as_view() (Django, Flask MethodView/View) or a
	// class registered directly (aiohttp add_view).
	var c *class
	if view.Kind == pyfront.Call && view.X != nil && view.X.Kind == pyfront.Attr && view.X.Text == "as_view" {
		c = p.lookupClass(p.qualify(m, view.X.X.Dotted()), m)
		if c == nil {
			return
		}
	} else {
		_, c = p.lookup(p.qualify(m, view.Dotted()), m)
	}
	if c != nil {
		// The class's own module says which framework dispatches to it;
		// a urls.py that only imports views says nothing.
		cfw := p.frameworkOf(c.mod)
		if cfw == "other" {
			cfw = fw
		}
		if cfw == "other" {
			cfw = "django"
		}
		for _, name := range []string{"get", "post", "put", "patch", "delete", "head", "options", "dispatch", "dispatch_request"} {
			if f := p.method(c, name); f != nil && f.handler == nil {
				f.handler = reg(cfw)
			}
		}
		return
	}
	if f, _ := p.lookup(p.qualify(m, view.Dotted()), m); f != nil && f.handler == nil {
		f.handler = reg(fw)
	}
}

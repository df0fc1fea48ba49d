package python

import (
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/report"
)

// Access control per route (AC-1, AC-2): which handlers check that the
// caller is logged in, which check a role, and which forgot to while their
// siblings do.

var (
	authDecorator  = regexp.MustCompile(`(?i)(login|auth|jwt|token|permission|perm_|role|admin|staff|superuser|user_passes_test|signed_in|logged_in|protected|secured|member)`)
	notAuth        = regexp.MustCompile(`(?i)(csrf|require_(http_methods|get|post|safe)|cache|route|exempt|limiter|rate|cors|json|validate|swagger)`)
	roleDecorator  = regexp.MustCompile(`(?i)(admin|role|permission|perm_|staff|superuser|user_passes_test|group|scope|privilege)`)
	authCondition  = regexp.MustCompile(`(?i)(session|user_id|current_user|is_authenticated|is_anonymous|logged_in|^user$|request\.user|g\.user|token|auth|api_?key|signature|compare_digest|identity|claims|bearer)`)
	roleCondition  = regexp.MustCompile(`(?i)(role|is_admin|is_staff|is_superuser|has_perm|permission|admin|group|scope|privilege)`)
	authMixin      = regexp.MustCompile(`(LoginRequired|PermissionRequired|UserPassesTest|Staff|Superuser|Admin)\w*Mixin$`)
	roleMixin      = regexp.MustCompile(`(PermissionRequired|UserPassesTest|Staff|Superuser|Admin)\w*Mixin$`)
	publicWords    = map[string]bool{"index": true, "home": true, "login": true, "logout": true, "signin": true, "signout": true, "signup": true, "register": true, "static": true, "health": true, "healthz": true, "healthcheck": true, "status": true, "ping": true, "about": true, "contact": true, "robots": true, "favicon": true, "public": true, "docs": true, "openapi": true, "swagger": true, "reset": true, "forgot": true, "verify": true, "confirm": true, "callback": true, "webhook": true, "webhooks": true, "terms": true, "privacy": true, "faq": true, "landing": true, "pricing": true, "plans": true, "features": true, "sitemap": true, "version": true, "metrics": true, "ready": true, "readiness": true, "liveness": true, "welcome": true, "error": true, "oauth": true, "sso": true, "auth": true, "search": true, "query": true, "lookup": true, "autocomplete": true, "suggest": true, "token": true}
	publicReadOnly = map[string]bool{"products": true, "product": true, "catalog": true, "search": true, "shop": true, "store": true, "category": true, "categories": true, "blog": true, "news": true, "posts": true, "articles": true, "help": true}
	// sensitiveWords: routes that read or change data worth protecting.
	sensitiveWords = map[string]bool{"export": true, "admin": true, "account": true, "accounts": true, "profile": true, "user": true, "users": true, "order": true, "orders": true, "invoice": true, "invoices": true, "payment": true, "payments": true, "billing": true, "settings": true, "delete": true, "update": true, "edit": true, "bulk": true, "private": true, "internal": true, "report": true, "reports": true, "backup": true, "import": true, "upload": true, "messages": true, "message": true, "notes": true, "documents": true, "addresses": true, "contacts": true, "me": true, "keys": true, "secrets": true, "manage": true, "payment-methods": true, "subscription": true, "dashboard": true}
	// guestWords: state-changing routes that sites commonly open to guests.
	guestWords = map[string]bool{"cart": true, "basket": true, "comment": true, "comments": true, "feedback": true, "subscribe": true, "newsletter": true, "contact": true, "vote": true, "like": true}
	adminWords = map[string]bool{"admin": true, "manage": true, "management": true, "staff": true, "superuser": true, "impersonate": true, "promote": true, "demote": true, "moderation": true, "moderate": true, "backoffice": true, "sudo": true, "console": true}
)

var httpMethodName = map[string]bool{"get": true, "post": true, "put": true, "patch": true, "delete": true}

type routeAccess struct {
	f          *function
	auth, role bool
	public     bool
	admin      bool
}

// checkRoutes reports handlers without an authentication (or role) check
// in modules where their siblings have one.
func (a *analysis) checkRoutes() {
	var all []*routeAccess
	defer func() { a.reportWrites(all) }()
	px := a.px
	// http.server and WSGI apps route in code, not in declarations.
	a.routes = append(a.routes, a.p.dispatchRoutes()...)
	// What each handler checks and reads, on all cores (the URLs first:
	// the prefixes cache what they resolve).
	type handlerInfo struct {
		f          *function
		url        string
		auth, role bool
		inputs     []report.RouteInput
	}
	var handlers []*handlerInfo
	for _, m := range a.p.modules {
		for _, f := range a.p.moduleFunctions(m) {
			// (GraphQL resolvers are fields of one endpoint, not routes.)
			if h := f.handler; h != nil && !h.errorHandler && !h.dependency && h.framework != "wsgi" && h.framework != graphqlFramework {
				handlers = append(handlers, &handlerInfo{f: f, url: a.p.routeURL(f, px)})
			}
		}
	}
	parallelMap(handlers, func(hi *handlerInfo) bool {
		hi.auth, hi.role = a.handlerChecks(hi.f)
		hi.inputs = a.p.routeInputs(hi.f, hi.url)
		return true
	})
	next := 0
	for _, m := range a.p.modules {
		var routes []*routeAccess
		global := a.moduleGuard(m)
		for ; next < len(handlers) && handlers[next].f.mod == m; next++ {
			hi := handlers[next]
			f, h := hi.f, hi.f.handler
			r := &routeAccess{f: f, auth: hi.auth || hi.role || global, role: hi.role}
			r.public = isPublic(f)
			r.admin = isAdminRoute(f)
			routes = append(routes, r)
			methods := h.methods
			if len(methods) == 0 && f.cls != nil && httpMethodName[f.name] {
				methods = []string{strings.ToUpper(f.name)} // class-based view: the method is the verb
			}
			a.routes = append(a.routes, report.RouteEntry{Path: f.mod.path, Line: f.def.Pos.Line, Function: f.name,
				Route: h.route, URL: hi.url, Methods: methods, Auth: r.auth, Role: r.role, Public: r.public, Inputs: hi.inputs})
		}
		a.reportRoutes(m, routes)
		all = append(all, routes...)
	}
}

func (a *analysis) reportRoutes(m *module, routes []*routeAccess) {
	protected, open, roleChecked := 0, 0, 0
	for _, r := range routes {
		switch {
		case r.auth:
			protected++
		case !r.public:
			open++
		}
		if r.role {
			roleChecked++
		}
	}
	if protected >= 2 && protected >= open {
		for _, r := range routes {
			if !r.auth && !r.public && isSensitive(r.f) {
				a.reportRoute(r.f, "PY-ROUTE-NO-AUTH", r.f.name+"() has no authentication check, unlike the other routes of "+m.path)
			}
		}
	}
	if roleChecked >= 2 {
		for _, r := range routes {
			if r.admin && !r.role && !r.public {
				a.reportRoute(r.f, "PY-ROUTE-NO-ROLE", r.f.name+"() is an administrative route without the role check its siblings have")
			}
		}
	}
}

// reportWrites: in an application that has authentication, a route that
// changes sensitive data (POST/PUT/PATCH/DELETE with a sensitive name) and
// has no check is reported even when its own module has few protected
// siblings.
func (a *analysis) reportWrites(routes []*routeAccess) {
	protected := 0
	for _, r := range routes {
		if r.auth {
			protected++
		}
	}
	if protected < 2 {
		return
	}
	for _, r := range routes {
		if r.auth || r.public || !writes(r.f) || !namesSensitive(r.f) {
			continue
		}
		a.reportRoute(r.f, "PY-ROUTE-NO-AUTH", r.f.name+"() changes data without any authentication check, while the application authenticates other routes")
	}
}

func writes(f *function) bool {
	for _, m := range f.handler.methods {
		if m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE" {
			return true
		}
	}
	return false
}

func namesSensitive(f *function) bool {
	name, path := routeTokens(f)
	for _, w := range append(name, path...) {
		if guestWords[w] {
			return false
		}
	}
	for _, w := range append(name, path...) {
		if sensitiveWords[w] {
			return true
		}
	}
	return false
}

func (a *analysis) reportRoute(f *function, rule, msg string) {
	pos := f.def.Pos
	loc := sinkLoc{path: f.mod.path, line: pos.Line, col: pos.Col, snippet: strings.TrimSpace(f.mod.ast.Line(pos.Line)), expr: f.name}
	a.add(rule, loc, msg, nil, "")
}

// handlerChecks finds a handler's authentication and role checks: its
// decorators (Flask applies only those below the route decorator), its
// class's mixins and permission classes, and checks in its body.
func (a *analysis) handlerChecks(f *function) (auth, role bool) {
	decos := f.def.Decorators
	routeAt := -1
	for i, d := range decos {
		callee := d
		if d.Kind == pyfront.Call {
			callee = d.X
		}
		if a.p.spec.decorators.has(a.p.qualify(f.mod, callee.Dotted()), callee.Dotted()) {
			routeAt = i
		}
	}
	for i, d := range decos {
		if f.handler.framework == "flask" && routeAt >= 0 && i <= routeAt {
			continue // above @app.route: wraps nothing that Flask calls
		}
		name := decoratorText(d)
		if authDecorator.MatchString(name) && !notAuth.MatchString(name) {
			auth = true
			if roleDecorator.MatchString(name) {
				role = true
			}
		}
	}
	if c := f.cls; c != nil {
		for _, b := range c.bases {
			if authMixin.MatchString(b) {
				auth = true
			}
			if roleMixin.MatchString(b) {
				role = true
			}
		}
		for _, s := range c.def.Body {
			if s.Kind == pyfront.AssignStmt && len(s.Targets) == 1 && s.Targets[0].Text == "permission_classes" && s.Value != nil {
				src := s.Value.Src
				if strings.Contains(src, "IsAuthenticated") || strings.Contains(src, "IsAdminUser") || strings.Contains(src, "Permission") {
					auth = true
				}
				if strings.Contains(src, "Admin") || strings.Contains(src, "DjangoModelPermissions") || strings.Contains(src, "Role") {
					role = true
				}
			}
		}
		for _, d := range c.def.Decorators {
			name := decoratorText(d)
			if authDecorator.MatchString(name) && !notAuth.MatchString(name) {
				auth = true
			}
		}
	}
	da, dr := a.dependencyChecks(f)
	ba, br := a.bodyChecks(f, 0)
	return auth || da || ba, role || dr || br
}

// dependencyChecks: a FastAPI route that depends on an authentication
// dependency, through a parameter (user = Depends(get_current_user)), the
// route decorator's dependencies=[...] or its router's (APIRouter(
// dependencies=[...])). A dependency counts by its name or by the checks
// of its own body (it raises 401/403).
func (a *analysis) dependencyChecks(f *function) (auth, role bool) {
	h := f.handler
	if h == nil || h.framework != "fastapi" {
		return false, false
	}
	for _, m := range a.p.declaredDependencies(f) {
		text := m.Src
		if text == "" {
			text = m.Dotted()
		}
		if authDecorator.MatchString(text) && !notAuth.MatchString(text) || m.CalleeName() == "Security" {
			auth = true
			role = role || roleDecorator.MatchString(text)
		}
		if g := a.p.dependencyFunc(f, m); g != nil {
			ga, gr := a.bodyChecks(g, 1)
			auth, role = auth || ga, role || gr
		}
	}
	return auth, role
}

// decoratorText is a decorator with its arguments (user_passes_test(is_staff)).
func decoratorText(d *pyfront.Expr) string {
	if d.Src != "" {
		return d.Src
	}
	return d.Dotted()
}

// bodyChecks looks for "if <auth condition>: abort/raise/return" in a
// function body, and for calls to project functions that do such checks.
func (a *analysis) bodyChecks(f *function, depth int) (auth, role bool) {
	if f == nil || f.def == nil || depth > 2 {
		return false, false
	}
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind == pyfront.FuncStmt && depth == 0 {
			return true // decorator wrappers: their checks count for the decorated view
		}
		if s.Kind == pyfront.IfStmt && s.Test != nil && exitsBlock(s.Body) {
			cond := condText(s.Test)
			if authCondition.MatchString(cond) {
				auth = true
			}
			if roleCondition.MatchString(cond) {
				role, auth = true, true
			}
		}
		pyfront.StmtExprs(s, func(e *pyfront.Expr) {
			if e.Kind != pyfront.Call {
				return
			}
			name := e.Callee()
			switch lastPart(name) {
			case "verify_jwt_in_request", "login_required", "check_auth", "require_login", "authenticate", "get_jwt_identity":
				auth = true
			}
			if g, _ := a.p.lookup(a.p.qualify(f.mod, name), f.mod); g != nil && g != f {
				ga, gr := a.bodyChecks(g, depth+1)
				auth, role = auth || ga, role || gr
			}
		})
		return true
	})
	return auth, role
}

// condText is the identifiers and strings of a condition, for matching.
func condText(e *pyfront.Expr) string {
	var parts []string
	pyfront.WalkExpr(e, func(x *pyfront.Expr) {
		switch x.Kind {
		case pyfront.Name, pyfront.Attr, pyfront.Str:
			parts = append(parts, x.Text)
		case pyfront.Call:
			parts = append(parts, x.Callee())
		}
	})
	return strings.Join(parts, " ")
}

// exitsBlock: the block ends the request (abort, raise, return).
func exitsBlock(body []*pyfront.Stmt) bool {
	for _, s := range body {
		switch s.Kind {
		case pyfront.ReturnStmt, pyfront.RaiseStmt:
			return true
		case pyfront.ExprStmt:
			if s.Value != nil && s.Value.Kind == pyfront.Call {
				switch s.Value.CalleeName() {
				case "abort", "exit", "deny", "forbidden", "unauthorized":
					return true
				}
			}
		}
	}
	return false
}

// moduleGuard: a before_request hook that checks authentication protects
// every route of the module.
func (a *analysis) moduleGuard(m *module) bool {
	for _, f := range m.funcs {
		for _, d := range f.def.Decorators {
			name := d.Dotted()
			if strings.HasSuffix(name, ".before_request") || strings.HasSuffix(name, ".before_app_request") {
				if auth, _ := a.bodyChecks(f, 0); auth {
					return true
				}
			}
		}
	}
	return false
}

// routeTokens are the words of a handler's name and route path.
func routeTokens(f *function) (name, path []string) {
	name = strings.FieldsFunc(strings.ToLower(f.name), func(r rune) bool { return r == '_' })
	for _, seg := range strings.FieldsFunc(strings.ToLower(f.handler.route), func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == '_' }) {
		if !strings.HasPrefix(seg, "<") && !strings.HasPrefix(seg, "{") {
			path = append(path, seg)
		}
	}
	return name, path
}

func isPublic(f *function) bool {
	name, path := routeTokens(f)
	readOnly := len(f.handler.methods) == 0 || len(f.handler.methods) == 1 && f.handler.methods[0] == "GET"
	for _, w := range append(name, path...) {
		if publicWords[w] || readOnly && publicReadOnly[w] {
			return true
		}
	}
	return false
}

// isSensitive: the route changes state, or its name or path says it
// handles data worth protecting.
func isSensitive(f *function) bool {
	name, path := routeTokens(f)
	words := append(name, path...)
	for _, w := range words {
		if guestWords[w] {
			return false
		}
	}
	for _, m := range f.handler.methods {
		if m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE" {
			return true
		}
	}
	for _, w := range words {
		if sensitiveWords[w] {
			return true
		}
	}
	return false
}

func isAdminRoute(f *function) bool {
	name, path := routeTokens(f)
	return len(path) > 0 && adminWords[path[0]] || len(name) > 0 && adminWords[name[0]]
}

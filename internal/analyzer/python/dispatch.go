package python

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/report"
)

// Routes of applications without a routing framework: http.server
// handlers (BaseHTTPRequestHandler subclasses whose do_GET/do_POST compare
// self.path with constants) and bare WSGI callables (comparing
// environ["PATH_INFO"]). Their routes exist only as comparisons in the
// code, so without reading them the dynamic audit sees nothing a page does
// not link to. Only comparisons with constants make routes: a path
// compared with a variable, or only logged, names no URL we could request.

// dispatchScope is what names hold in one function: the request path, a
// parsed URL, the query string, a raw body, a container of inputs.
type dispatchScope struct {
	path, parsed, query, body map[string]bool
	cont                      map[string]string        // name -> query, form, json, cookie
	match                     map[string]string        // regex match object -> URL template
	dicts                     map[string]*pyfront.Expr // local dict literals (dispatch tables)
	// segs: names holding the path split on "/", with the index of the
	// first segment (1 for "/a/b".split("/"), 0 once stripped).
	segs map[string]int
}

func newDispatchScope() *dispatchScope {
	return &dispatchScope{path: map[string]bool{}, parsed: map[string]bool{}, query: map[string]bool{}, body: map[string]bool{},
		cont: map[string]string{}, match: map[string]string{}, dicts: map[string]*pyfront.Expr{}, segs: map[string]int{}}
}

type dispatcher struct {
	p      *program
	cls    *class // http.server handler class; nil for WSGI
	self   string // the handler's self name
	env    string // the WSGI environ parameter
	routes []report.RouteEntry
	seen   map[string]bool
	// walked: functions already searched for routes per method; helpers
	// call each other, and walking each call again is exponential.
	walked map[walkKey]bool
	// returning: helpers whose return value is being read (recursion).
	returning map[*function]bool
}

type walkKey struct {
	f      *function
	method string
}

// dispatchRoutes finds the routes of http.server handler classes and
// WSGI callables.
func (p *program) dispatchRoutes() []report.RouteEntry {
	var out []report.RouteEntry
	for _, m := range p.modules {
		var cnames []string
		for n := range m.classes {
			cnames = append(cnames, n)
		}
		sort.Strings(cnames)
		for _, n := range cnames {
			c := m.classes[n]
			if !c.inputAttrs["path"] || !c.inputAttrs["rfile"] {
				continue // not an http.server request handler
			}
			d := &dispatcher{p: p, cls: c, seen: map[string]bool{}}
			for _, verb := range []string{"GET", "POST", "PUT", "PATCH", "DELETE"} {
				f := p.method(c, "do_"+verb)
				if f == nil || f.cls == nil || len(f.params) == 0 {
					continue
				}
				d.self = f.params[0].Name
				d.function(f, newDispatchScope(), verb, 0)
			}
			out = append(out, d.routes...)
		}
		var fnames []string
		for n := range m.funcs {
			fnames = append(fnames, n)
		}
		sort.Strings(fnames)
		for _, n := range fnames {
			f := m.funcs[n]
			if f.handler == nil || f.handler.framework != "wsgi" || len(f.params) < 2 {
				continue
			}
			d := &dispatcher{p: p, env: f.params[0].Name, seen: map[string]bool{}}
			d.function(f, newDispatchScope(), "", 0)
			out = append(out, d.routes...)
		}
	}
	// A WSGI middleware that calls the application finds its routes again.
	seen := map[string]bool{}
	uniq := out[:0]
	for _, r := range out {
		k := r.URL + "\x00" + strings.Join(r.Methods, ",")
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, r)
		}
	}
	return uniq
}

// routeSpec is one URL a condition selects.
type routeSpec struct {
	url, route string
	prefix     string // set for startswith(): the branch serves prefix + anything
	method     string // from a method comparison in the same condition
}

// function extracts the routes of one handler function (or a helper it
// calls with the path), with the HTTP method of the do_ method that got
// there ("" in WSGI: decided by the condition or the inputs).
func (d *dispatcher) function(f *function, s *dispatchScope, method string, depth int) {
	if f == nil || f.def == nil || depth > 2 {
		return
	}
	if d.walked == nil {
		d.walked = map[walkKey]bool{}
	}
	if k := (walkKey{f, method}); d.walked[k] {
		return
	}
	d.walked[walkKey{f, method}] = true
	d.bind(f.def.Body, s)
	common := &routeInputs{seen: map[string]bool{}}
	var found []int
	d.stmts(f, f.def.Body, s, method, depth, common, &found)
	// Reads outside every route branch (a query parsed once before the
	// dispatch) belong to each route of this function.
	for _, i := range found {
		for _, in := range common.out {
			d.routes[i].Inputs = addInput(d.routes[i].Inputs, in)
		}
		d.finish(i)
	}
}

func addInput(ins []report.RouteInput, in report.RouteInput) []report.RouteInput {
	for _, x := range ins {
		if x.In == in.In && x.Name == in.Name {
			return ins
		}
	}
	return append(ins, in)
}

// finish drops a whole JSON body when its keys are known and decides a
// WSGI route's methods from what it reads.
func (d *dispatcher) finish(i int) {
	r := &d.routes[i]
	r.Inputs = dropWholeJSON(r.Inputs)
	body := false
	for _, in := range r.Inputs {
		body = body || in.In == "json" || in.In == "form" || in.In == "body"
	}
	if len(r.Methods) == 0 {
		r.Methods = []string{"GET"}
		if body {
			r.Methods = append(r.Methods, "POST")
		}
	}
}

// bind records, flow-insensitively, what the function's names hold.
func (d *dispatcher) bind(body []*pyfront.Stmt, s *dispatchScope) {
	for round := 0; round < 2; round++ {
		pyfront.Walk(body, func(st *pyfront.Stmt, _ []*pyfront.Stmt) bool {
			if st.Kind == pyfront.FuncStmt || st.Kind == pyfront.ClassStmt {
				return false
			}
			if st.Kind == pyfront.AssignStmt && len(st.Targets) == 1 && st.Value != nil {
				d.bindOne(st.Targets[0], st.Value, s)
			}
			for _, w := range st.Withs {
				if w.Target != nil {
					d.bindOne(w.Target, w.Value, s)
				}
			}
			pyfront.StmtExprs(st, func(e *pyfront.Expr) {
				pyfront.WalkExpr(e, func(x *pyfront.Expr) {
					if x.Kind == pyfront.Walrus && x.X != nil {
						d.bindOne(x.X, x.Y, s)
					}
				})
			})
			return true
		})
	}
}

func (d *dispatcher) bindOne(t, v *pyfront.Expr, s *dispatchScope) {
	if t == nil || v == nil {
		return
	}
	// path, _, query = self.path.partition("?")
	if t.Kind == pyfront.Tuple && len(t.Elems) == 3 && v.Kind == pyfront.Call && v.X != nil && v.X.Kind == pyfront.Attr && v.X.Text == "partition" && d.isPath(v.X.X, s) {
		if t.Elems[0].Kind == pyfront.Name {
			s.path[t.Elems[0].Text] = true
		}
		if t.Elems[2].Kind == pyfront.Name {
			s.query[t.Elems[2].Text] = true
		}
		return
	}
	if t.Kind != pyfront.Name {
		return
	}
	// qs = parse_qs(query) if query else {}: what the taken branch holds.
	if v.Kind == pyfront.IfExp {
		d.bindOne(t, v.X, s)
		d.bindOne(t, v.Y, s)
		return
	}
	n := t.Text
	if off, ok := d.splitPath(v, s); ok {
		s.segs[n] = off
		return
	}
	switch {
	case d.isPath(v, s):
		s.path[n] = true
	case d.isParsed(v, s):
		s.parsed[n] = true
	case d.isQuery(v, s):
		s.query[n] = true
	case d.isBody(v, s):
		s.body[n] = true
	case v.Kind == pyfront.Dict:
		s.dicts[n] = v
	default:
		if c := d.container(v, s); c != "" {
			s.cont[n] = c
		} else if tpl := d.regexMatch(v, s); tpl != "" {
			s.match[n] = tpl
		}
	}
}

func (d *dispatcher) isSelfAttr(e *pyfront.Expr, attr string) bool {
	return d.cls != nil && e != nil && e.Kind == pyfront.Attr && e.Text == attr && e.X != nil && e.X.Kind == pyfront.Name && e.X.Text == d.self
}

// environKey: environ["KEY"] or environ.get("KEY", ...).
func (d *dispatcher) environKey(e *pyfront.Expr) string {
	if d.env == "" || e == nil {
		return ""
	}
	if e.Kind == pyfront.Subscript && e.X != nil && e.X.Kind == pyfront.Name && e.X.Text == d.env {
		return constString(e.Y)
	}
	if e.Kind == pyfront.Call && e.X != nil && e.X.Kind == pyfront.Attr && e.X.Text == "get" && e.X.X != nil && e.X.X.Kind == pyfront.Name && e.X.X.Text == d.env && len(e.Args()) > 0 {
		return constString(e.Args()[0])
	}
	return ""
}

var pathNormalizers = map[string]bool{"rstrip": true, "strip": true, "lower": true, "removesuffix": true, "unquote": true, "unquote_plus": true, "normpath": true}

// isPath: e holds the request path (with or without its query string).
func (d *dispatcher) isPath(e *pyfront.Expr, s *dispatchScope) bool {
	if e == nil {
		return false
	}
	switch e.Kind {
	case pyfront.Name:
		return s.path[e.Text]
	case pyfront.Attr:
		if d.isSelfAttr(e, "path") {
			return true
		}
		return e.Text == "path" && d.isParsed(e.X, s)
	case pyfront.Subscript:
		if d.environKey(e) == "PATH_INFO" {
			return true
		}
		// self.path.split("?")[0]
		if x := e.X; x != nil && x.Kind == pyfront.Call && x.X != nil && x.X.Kind == pyfront.Attr && (x.X.Text == "split" || x.X.Text == "partition") && e.Y != nil && e.Y.Kind == pyfront.Num && e.Y.Text == "0" {
			return d.isPath(x.X.X, s)
		}
	case pyfront.Call:
		if d.environKey(e) == "PATH_INFO" {
			return true
		}
		if e.X != nil && e.X.Kind == pyfront.Attr && pathNormalizers[e.X.Text] {
			return d.isPath(e.X.X, s)
		}
		if pathNormalizers[e.CalleeName()] && len(e.Args()) > 0 {
			return d.isPath(e.Args()[0], s)
		}
	}
	return false
}

// splitPath: e is the path split on "/" (path.split("/"),
// path.strip("/").split("/"), path.split("/")[1:]); the index of its first
// segment.
func (d *dispatcher) splitPath(e *pyfront.Expr, s *dispatchScope) (int, bool) {
	if e == nil {
		return 0, false
	}
	if e.Kind == pyfront.Subscript && e.Y != nil && e.Y.Kind == pyfront.Slice && len(e.Y.Elems) > 0 && e.Y.Elems[0] != nil && e.Y.Elems[0].Kind == pyfront.Num && e.Y.Elems[0].Text == "1" && (len(e.Y.Elems) < 2 || e.Y.Elems[1] == nil) {
		if off, ok := d.splitPath(e.X, s); ok && off == 1 {
			return 0, true
		}
		return 0, false
	}
	if e.Kind != pyfront.Call || e.X == nil || e.X.Kind != pyfront.Attr || e.X.Text != "split" || len(e.Args()) != 1 || constString(e.Args()[0]) != "/" {
		return 0, false
	}
	x := e.X.X
	if x != nil && x.Kind == pyfront.Call && x.X != nil && x.X.Kind == pyfront.Attr && (x.X.Text == "strip" || x.X.Text == "lstrip") && len(x.Args()) == 1 && constString(x.Args()[0]) == "/" && d.isPath(x.X.X, s) {
		return 0, true
	}
	if d.isPath(x, s) {
		return 1, true
	}
	return 0, false
}

// segIndex: e is parts[i] of a split path; the segment's position.
func (d *dispatcher) segIndex(e *pyfront.Expr, s *dispatchScope) (string, int, bool) {
	if e == nil || e.Kind != pyfront.Subscript || e.X == nil || e.X.Kind != pyfront.Name || e.Y == nil || e.Y.Kind != pyfront.Num {
		return "", 0, false
	}
	off, ok := s.segs[e.X.Text]
	i, err := strconv.Atoi(e.Y.Text)
	if !ok || err != nil || i < off {
		return "", 0, false
	}
	return e.X.Text, i - off, true
}

// segRoute reads a condition on path segments (parts[0] == "users" and
// len(parts) == 2) into a template whose other segments are parameters
// (int when the branch converts them with int()).
func (d *dispatcher) segRoute(test *pyfront.Expr, body []*pyfront.Stmt, s *dispatchScope) string {
	var terms []*pyfront.Expr
	var flat func(e *pyfront.Expr)
	flat = func(e *pyfront.Expr) {
		if e != nil && e.Kind == pyfront.BinOp && e.Text == "and" {
			flat(e.X)
			flat(e.Y)
			return
		}
		terms = append(terms, e)
	}
	flat(test)
	consts := map[int]string{}
	name, n, maxIdx := "", -1, -1
	for _, t := range terms {
		if t == nil || t.Kind != pyfront.Compare || len(t.Ops()) != 1 || t.Ops()[0] != "==" {
			continue
		}
		a, b := t.Elems[0], t.Elems[1]
		if a.Kind == pyfront.Str || a.Kind == pyfront.Num {
			a, b = b, a
		}
		if v, i, ok := d.segIndex(a, s); ok && b.Kind == pyfront.Str && b.Text != "" && !strings.Contains(b.Text, "/") {
			if name != "" && name != v {
				return ""
			}
			name, consts[i] = v, b.Text
			maxIdx = max(maxIdx, i)
		}
		if a.Kind == pyfront.Call && a.X != nil && a.X.Dotted() == "len" && len(a.Args()) == 1 && a.Args()[0].Kind == pyfront.Name && b.Kind == pyfront.Num {
			if off, ok := s.segs[a.Args()[0].Text]; ok {
				if k, err := strconv.Atoi(b.Text); err == nil {
					n = k - off
				}
			}
		}
	}
	if len(consts) == 0 {
		return ""
	}
	// Segments the branch reads, and which it converts to int.
	ints := map[int]bool{}
	read := maxIdx
	pyfront.Walk(body, func(st *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(st, func(e *pyfront.Expr) {
			pyfront.WalkExpr(e, func(x *pyfront.Expr) {
				if v, i, ok := d.segIndex(x, s); ok && v == name {
					read = max(read, i)
				}
				if x.Kind == pyfront.Call && x.X != nil && x.X.Dotted() == "int" && len(x.Args()) == 1 {
					if v, i, ok := d.segIndex(x.Args()[0], s); ok && v == name {
						ints[i] = true
					}
				}
			})
		})
		return true
	})
	if n < 0 {
		n = read + 1
	}
	if n <= maxIdx || n > 8 {
		return ""
	}
	var parts []string
	for i := 0; i < n; i++ {
		switch {
		case consts[i] != "":
			parts = append(parts, consts[i])
		case ints[i]:
			parts = append(parts, "<int:p"+strconv.Itoa(i)+">")
		default:
			parts = append(parts, "<p"+strconv.Itoa(i)+">")
		}
	}
	return "/" + strings.Join(parts, "/")
}

// isParsed: e is urlparse/urlsplit of the request path.
func (d *dispatcher) isParsed(e *pyfront.Expr, s *dispatchScope) bool {
	if e == nil {
		return false
	}
	if e.Kind == pyfront.Name {
		return s.parsed[e.Text]
	}
	if e.Kind == pyfront.Call && len(e.Args()) > 0 {
		switch e.CalleeName() {
		case "urlparse", "urlsplit":
			return d.isPath(e.Args()[0], s)
		}
	}
	return false
}

// isQuery: e is the raw query string.
func (d *dispatcher) isQuery(e *pyfront.Expr, s *dispatchScope) bool {
	if e == nil {
		return false
	}
	switch e.Kind {
	case pyfront.Name:
		return s.query[e.Text]
	case pyfront.Attr:
		return e.Text == "query" && d.isParsed(e.X, s)
	case pyfront.Subscript:
		if d.environKey(e) == "QUERY_STRING" {
			return true
		}
		// self.path.split("?")[1], self.path.partition("?")[2]
		if x := e.X; x != nil && x.Kind == pyfront.Call && x.X != nil && x.X.Kind == pyfront.Attr && e.Y != nil && e.Y.Kind == pyfront.Num {
			if x.X.Text == "split" && e.Y.Text == "1" || x.X.Text == "partition" && e.Y.Text == "2" || x.X.Text == "split" && e.Y.Text == "-1" {
				return d.isPath(x.X.X, s)
			}
		}
	case pyfront.Call:
		return d.environKey(e) == "QUERY_STRING"
	}
	return false
}

// isBody: e is the raw request body (self.rfile.read(n),
// environ["wsgi.input"].read(n), or its decoded text).
func (d *dispatcher) isBody(e *pyfront.Expr, s *dispatchScope) bool {
	if e == nil {
		return false
	}
	switch e.Kind {
	case pyfront.Name:
		return s.body[e.Text]
	case pyfront.BinOp:
		return e.Text == "or" && d.isBody(e.X, s) // body or b"{}"
	case pyfront.Call:
		if e.X == nil || e.X.Kind != pyfront.Attr {
			return false
		}
		switch e.X.Text {
		case "read":
			return d.isSelfAttr(e.X.X, "rfile") || d.environKey(e.X.X) == "wsgi.input"
		case "decode", "strip":
			return d.isBody(e.X.X, s)
		}
	}
	return false
}

// container: e is a mapping of named inputs.
func (d *dispatcher) container(e *pyfront.Expr, s *dispatchScope) string {
	if e == nil {
		return ""
	}
	switch e.Kind {
	case pyfront.Name:
		return s.cont[e.Text]
	case pyfront.Call:
		args := e.Args()
		name := e.CalleeName()
		switch name {
		case "parse_qs", "parse_qsl":
			if len(args) > 0 && d.isQuery(args[0], s) {
				return "query"
			}
			if len(args) > 0 && d.isBody(args[0], s) {
				return "form"
			}
		case "dict":
			if len(args) == 1 {
				return d.container(args[0], s)
			}
		case "loads":
			if strings.Contains(e.Callee(), "json") && len(args) > 0 && d.isBody(args[0], s) {
				return "json"
			}
		case "SimpleCookie", "BaseCookie":
			if len(args) > 0 && d.isCookieHeader(args[0]) {
				return "cookie"
			}
		case "FieldStorage":
			return "either"
		}
		// params = self._params(): a helper method returning a container.
		if d.cls != nil && e.X != nil && e.X.Kind == pyfront.Attr && e.X.X != nil && e.X.X.Kind == pyfront.Name && e.X.X.Text == d.self {
			return d.returned(d.p.method(d.cls, e.X.Text))
		}
	}
	return ""
}

// returned is the container a helper method returns ("" if none).
func (d *dispatcher) returned(g *function) string {
	if g == nil || g.def == nil || d.returning[g] {
		return ""
	}
	if d.returning == nil {
		d.returning = map[*function]bool{}
	}
	d.returning[g] = true
	defer delete(d.returning, g)
	gs := newDispatchScope()
	d.bind(g.def.Body, gs)
	place := ""
	pyfront.Walk(g.def.Body, func(st *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if st.Kind == pyfront.ReturnStmt && place == "" {
			place = d.container(st.Value, gs)
		}
		return st.Kind != pyfront.FuncStmt && st.Kind != pyfront.ClassStmt
	})
	return place
}

func (d *dispatcher) isCookieHeader(e *pyfront.Expr) bool {
	if e != nil && e.Kind == pyfront.BinOp && e.Text == "or" {
		return d.isCookieHeader(e.X)
	}
	if h, ok := d.header(e); ok {
		return strings.EqualFold(h, "Cookie")
	}
	return d.environKey(e) == "HTTP_COOKIE"
}

// header: e reads a request header (self.headers.get("X"),
// self.headers["X"], environ.get("HTTP_X")); ok when it does.
func (d *dispatcher) header(e *pyfront.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	if d.cls != nil {
		if e.Kind == pyfront.Subscript && d.isSelfAttr(e.X, "headers") {
			return constString(e.Y), true
		}
		if e.Kind == pyfront.Call && e.X != nil && e.X.Kind == pyfront.Attr && (e.X.Text == "get" || e.X.Text == "get_all") && d.isSelfAttr(e.X.X, "headers") && len(e.Args()) > 0 {
			return constString(e.Args()[0]), true
		}
		return "", false
	}
	return metaHeader(d.environKey(e))
}

// Headers that carry the request's framing or session, not an input the
// handler interprets.
var framingHeaders = map[string]bool{"content-length": true, "content-type": true, "host": true, "cookie": true, "transfer-encoding": true, "connection": true}

var reMatchers = map[string]bool{"match": true, "fullmatch": true, "search": true}

// regexMatch: e is re.match(PATTERN, path) (or a compiled pattern's
// .match(path)); the URL template the pattern describes.
func (d *dispatcher) regexMatch(e *pyfront.Expr, s *dispatchScope) string {
	if e == nil || e.Kind != pyfront.Call || e.X == nil || e.X.Kind != pyfront.Attr || !reMatchers[e.X.Text] {
		return ""
	}
	args := e.Args()
	pattern := ""
	switch {
	case e.X.X != nil && e.X.X.Dotted() == "re" && len(args) >= 2 && d.isPath(args[1], s):
		pattern = constString(args[0])
	case len(args) >= 1 && d.isPath(args[0], s):
		pattern = d.compiled(e.X.X)
	}
	if pattern == "" || e.X.Text == "search" && !strings.HasPrefix(pattern, "^") {
		return ""
	}
	return regexTemplate(pattern)
}

// compiled is the pattern of a module-level NAME = re.compile("...").
func (d *dispatcher) compiled(e *pyfront.Expr) string {
	if e == nil || e.Kind != pyfront.Name {
		return ""
	}
	var mod *module
	if d.cls != nil {
		mod = d.cls.mod
	}
	for _, m := range d.p.modules {
		if mod != nil && m != mod {
			continue
		}
		for _, st := range m.ast.Body {
			if st.Kind == pyfront.AssignStmt && len(st.Targets) == 1 && st.Targets[0].Kind == pyfront.Name && st.Targets[0].Text == e.Text &&
				st.Value != nil && st.Value.Kind == pyfront.Call && st.Value.CalleeName() == "compile" && len(st.Value.Args()) > 0 {
				return constString(st.Value.Args()[0])
			}
		}
		if mod != nil {
			break
		}
	}
	return ""
}

var (
	reGroup      = regexp.MustCompile(`\((\?P<(\w+)>)?([^()]*)\)`)
	reEscapedLit = regexp.MustCompile(`\\([./\-_~])`)
)

// regexTemplate turns an anchored path regex into a URL template with
// typed parameters (^/item/(\d+)$ -> /item/<int:p1>); "" when other regex
// syntax remains (a value we could not fill).
func regexTemplate(p string) string {
	if !strings.HasPrefix(p, "^") && !strings.HasPrefix(p, "/") {
		return ""
	}
	p = strings.TrimPrefix(p, "^")
	p = strings.TrimSuffix(strings.TrimSuffix(p, "$"), `\Z`)
	p = strings.TrimSuffix(p, "/?")
	n := 0
	p = reGroup.ReplaceAllStringFunc(p, func(g string) string {
		m := reGroup.FindStringSubmatch(g)
		n++
		name := m[2]
		if name == "" {
			name = "p" + strconv.Itoa(n)
		}
		switch m[3] {
		case `\d+`, `[0-9]+`:
			return "<int:" + name + ">"
		case `[^/]+`, `\w+`, `[\w-]+`, `[-\w]+`, `[a-zA-Z0-9_-]+`, `[A-Za-z0-9_-]+`, `[a-z0-9-]+`, `[^/]*`:
			return "<" + name + ">"
		case `.+`, `.*`:
			return "<path:" + name + ">"
		}
		return "\x01"
	})
	// What is left besides parameters and escaped literals must be plain
	// text: any other regex syntax is a set of URLs we cannot pick from.
	rest := reEscapedLit.ReplaceAllString(angleParam.ReplaceAllString(p, ""), "")
	if strings.Contains(p, "\x01") || strings.ContainsAny(rest, `.^$()[]*+?|{}\\`) {
		return ""
	}
	p = reEscapedLit.ReplaceAllString(p, "$1")
	if !strings.HasPrefix(p, "/") {
		return ""
	}
	return p
}

// cond lists the routes a branch condition selects.
func (d *dispatcher) cond(e *pyfront.Expr, s *dispatchScope) []routeSpec {
	if e == nil {
		return nil
	}
	switch e.Kind {
	case pyfront.BinOp:
		switch e.Text {
		case "and":
			l, r := d.cond(e.X, s), d.cond(e.Y, s)
			m := d.methodTest(e.X)
			if m == "" {
				m = d.methodTest(e.Y)
			}
			out := append(l, r...)
			for i := range out {
				if out[i].method == "" {
					out[i].method = m
				}
			}
			return out
		case "or":
			return append(d.cond(e.X, s), d.cond(e.Y, s)...)
		}
	case pyfront.Compare:
		if len(e.Ops()) != 1 || len(e.Elems) != 2 {
			return nil
		}
		a, b := e.Elems[0], e.Elems[1]
		switch e.Ops()[0] {
		case "==":
			if d.isPath(b, s) {
				a, b = b, a
			}
			if d.isPath(a, s) && b.Kind == pyfront.Str && strings.HasPrefix(b.Text, "/") {
				return []routeSpec{{url: b.Text, route: b.Text}}
			}
		case "in":
			if d.isPath(a, s) && (b.Kind == pyfront.Tuple || b.Kind == pyfront.List || b.Kind == pyfront.Set) {
				var out []routeSpec
				for _, x := range b.Elems {
					if x.Kind == pyfront.Str && strings.HasPrefix(x.Text, "/") {
						out = append(out, routeSpec{url: x.Text, route: x.Text})
					}
				}
				return out
			}
		}
	case pyfront.Call:
		if e.X != nil && e.X.Kind == pyfront.Attr && e.X.Text == "startswith" && d.isPath(e.X.X, s) && len(e.Args()) == 1 {
			var out []routeSpec
			arg := e.Args()[0]
			elems := []*pyfront.Expr{arg}
			if arg.Kind == pyfront.Tuple {
				elems = arg.Elems
			}
			for _, x := range elems {
				if x.Kind == pyfront.Str && strings.HasPrefix(x.Text, "/") && len(x.Text) > 1 {
					out = append(out, routeSpec{route: x.Text, prefix: x.Text})
				}
			}
			return out
		}
		if tpl := d.regexMatch(e, s); tpl != "" {
			return []routeSpec{{url: tpl, route: tpl}}
		}
	case pyfront.Name:
		if tpl := s.match[e.Text]; tpl != "" {
			return []routeSpec{{url: tpl, route: tpl}}
		}
	case pyfront.Walrus:
		if tpl := d.regexMatch(e.Y, s); tpl != "" {
			return []routeSpec{{url: tpl, route: tpl}}
		}
	}
	return nil
}

// andMethod is the method an "and" chain tests, if any.
func (d *dispatcher) andMethod(e *pyfront.Expr) string {
	if e != nil && e.Kind == pyfront.BinOp && e.Text == "and" {
		if m := d.andMethod(e.X); m != "" {
			return m
		}
		return d.andMethod(e.Y)
	}
	return d.methodTest(e)
}

// methodTest: e compares the request method with a constant
// (self.command == "POST", environ["REQUEST_METHOD"] == "POST").
func (d *dispatcher) methodTest(e *pyfront.Expr) string {
	if e == nil || e.Kind != pyfront.Compare || len(e.Ops()) != 1 || e.Ops()[0] != "==" {
		return ""
	}
	a, b := e.Elems[0], e.Elems[1]
	if a.Kind == pyfront.Str {
		a, b = b, a
	}
	if b.Kind != pyfront.Str || !httpVerbs[strings.ToLower(b.Text)] {
		return ""
	}
	if d.isSelfAttr(a, "command") || d.environKey(a) == "REQUEST_METHOD" || a.Kind == pyfront.Name && strings.Contains(strings.ToLower(a.Text), "method") {
		return strings.ToUpper(b.Text)
	}
	return ""
}

// stmts walks a statement list for route branches and dispatch tables.
func (d *dispatcher) stmts(f *function, body []*pyfront.Stmt, s *dispatchScope, method string, depth int, common *routeInputs, found *[]int) {
	for _, st := range body {
		switch st.Kind {
		case pyfront.FuncStmt, pyfront.ClassStmt:
			continue
		case pyfront.IfStmt:
			specs := d.cond(st.Test, s)
			if len(specs) == 0 {
				if tpl := d.segRoute(st.Test, st.Body, s); tpl != "" {
					specs = []routeSpec{{url: tpl, route: tpl, method: d.andMethod(st.Test)}}
				}
			}
			if len(specs) == 0 {
				d.reads(f, []*pyfront.Expr{st.Test}, s, common, depth, false)
				d.stmts(f, st.Body, s, method, depth, common, found)
				d.stmts(f, st.Else, s, method, depth, common, found)
				continue
			}
			for _, sp := range specs {
				if sp.prefix != "" {
					rest := !strings.Contains(sp.prefix, "?") && d.readsRest(st.Body, s)
					switch {
					case rest:
						sp.url = strings.TrimSuffix(sp.prefix, "/") + "/<path:rest>"
					case !strings.HasSuffix(sp.prefix, "/"):
						// startswith("/search") or ("/search?"): a route
						// matched with its query string.
						sp.url = strings.TrimSuffix(sp.prefix, "?")
					default:
						continue // "/api/" dispatching further: its nested routes are found below
					}
				}
				m := method
				if m == "" {
					m = sp.method
				}
				in := &routeInputs{seen: map[string]bool{}}
				for _, p := range pathParams(sp.url) {
					in.add(p)
				}
				d.collect(f, st.Body, s, in, depth)
				d.add(f, st, sp, m, in.out, found)
			}
			// Nested dispatch under a prefix, and the rest of an elif chain:
			// their reads belong to their own routes (or to the 404 branch),
			// not to every route of the function.
			discard := &routeInputs{seen: map[string]bool{}}
			d.stmts(f, st.Body, s, method, depth, discard, found)
			d.stmts(f, st.Else, s, method, depth, discard, found)
		case pyfront.BlockStmt:
			d.reads(f, []*pyfront.Expr{st.Value}, s, common, depth, false)
			for _, w := range st.Withs {
				d.reads(f, []*pyfront.Expr{w.Value}, s, common, depth, false)
			}
			d.stmts(f, st.Body, s, method, depth, common, found)
			d.stmts(f, st.Else, s, method, depth, common, found)
		default:
			var exprs []*pyfront.Expr
			pyfront.StmtExprs(st, func(e *pyfront.Expr) { exprs = append(exprs, e) })
			d.tables(f, exprs, s, method, depth, found)
			d.reads(f, exprs, s, common, depth, false)
			d.helpers(f, exprs, s, method, depth)
		}
	}
}

// readsRest: a prefix branch uses what follows the prefix (a slice, a
// replace or split of the path), so the prefix serves a path parameter.
func (d *dispatcher) readsRest(body []*pyfront.Stmt, s *dispatchScope) bool {
	found := false
	pyfront.Walk(body, func(st *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(st, func(e *pyfront.Expr) {
			pyfront.WalkExpr(e, func(x *pyfront.Expr) {
				switch {
				case x.Kind == pyfront.Subscript && x.Y != nil && x.Y.Kind == pyfront.Slice && d.isPath(x.X, s):
					found = true
				case x.Kind == pyfront.Call && x.X != nil && x.X.Kind == pyfront.Attr && d.isPath(x.X.X, s):
					switch x.X.Text {
					case "replace", "removeprefix", "lstrip":
						found = true
					case "split", "rsplit":
						// split("?") separates the query, not the rest of the path.
						found = len(x.Args()) == 0 || constString(x.Args()[0]) != "?"
					}
				case x.Kind == pyfront.Call && len(x.Args()) > 0 && d.isPath(x.Args()[0], s):
					switch x.CalleeName() {
					case "basename", "relpath":
						found = true
					}
				}
			})
		})
		return !found
	})
	return found
}

func (d *dispatcher) add(f *function, at *pyfront.Stmt, sp routeSpec, method string, ins []report.RouteInput, found *[]int) {
	if sp.url == "" {
		return
	}
	var methods []string
	if method != "" {
		methods = []string{method}
	}
	k := sp.url + "\x00" + method
	if d.seen[k] {
		return
	}
	d.seen[k] = true
	d.routes = append(d.routes, report.RouteEntry{Path: f.mod.path, Line: at.Pos.Line, Function: f.name, Route: sp.route, URL: sp.url,
		Methods: methods, Inputs: ins})
	*found = append(*found, len(d.routes)-1)
}

// tables finds dispatch tables: ROUTES.get(path) / ROUTES[path] where
// ROUTES is a dict literal of "/url": handler.
func (d *dispatcher) tables(f *function, exprs []*pyfront.Expr, s *dispatchScope, method string, depth int, found *[]int) {
	for _, root := range exprs {
		pyfront.WalkExpr(root, func(e *pyfront.Expr) {
			var tbl *pyfront.Expr
			switch {
			case e.Kind == pyfront.Subscript && d.isPath(e.Y, s):
				tbl = e.X
			case e.Kind == pyfront.Call && e.X != nil && e.X.Kind == pyfront.Attr && e.X.Text == "get" && len(e.Args()) > 0 && d.isPath(e.Args()[0], s):
				tbl = e.X.X
			default:
				return
			}
			dict := d.dictOf(f, tbl, s)
			if dict == nil {
				return
			}
			for i, k := range dict.Elems {
				if k == nil || k.Kind != pyfront.Str || !strings.HasPrefix(k.Text, "/") || i >= len(dict.Vals()) {
					continue
				}
				in := &routeInputs{seen: map[string]bool{}}
				if g := d.target(f, dict.Vals()[i]); g != nil {
					gs := newDispatchScope()
					d.bind(g.def.Body, gs)
					d.collect(g, g.def.Body, gs, in, depth+1)
				}
				d.add(f, pyfront.NewStmt(pyfront.OtherStmt, k.Pos), routeSpec{url: k.Text, route: k.Text}, method, in.out, found)
			}
		})
	}
}

// dictOf resolves a dispatch table name: a local, a class attribute or a
// module-level dict literal.
func (d *dispatcher) dictOf(f *function, e *pyfront.Expr, s *dispatchScope) *pyfront.Expr {
	if e == nil {
		return nil
	}
	find := func(body []*pyfront.Stmt, name string) *pyfront.Expr {
		for _, st := range body {
			if st.Kind == pyfront.AssignStmt && len(st.Targets) == 1 && st.Targets[0].Kind == pyfront.Name && st.Targets[0].Text == name && st.Value != nil && st.Value.Kind == pyfront.Dict {
				return st.Value
			}
		}
		return nil
	}
	switch {
	case e.Kind == pyfront.Name:
		if v := s.dicts[e.Text]; v != nil {
			return v
		}
		return find(f.mod.ast.Body, e.Text)
	case d.cls != nil && e.Kind == pyfront.Attr && e.X != nil && e.X.Kind == pyfront.Name && e.X.Text == d.self:
		return find(d.cls.def.Body, e.Text)
	}
	return nil
}

// target is the function a table value or a call names: self.method or a
// module function.
func (d *dispatcher) target(f *function, e *pyfront.Expr) *function {
	if e == nil {
		return nil
	}
	if d.cls != nil && e.Kind == pyfront.Attr && e.X != nil && e.X.Kind == pyfront.Name && e.X.Text == d.self {
		return d.p.method(d.cls, e.Text)
	}
	if e.Kind == pyfront.Name || e.Kind == pyfront.Attr {
		g, _ := d.p.lookup(d.p.qualify(f.mod, e.Dotted()), f.mod)
		return g
	}
	return nil
}

// helpers follows calls outside route branches that hand over the path or
// dispatch on self.path themselves (do_GET: self.route()).
func (d *dispatcher) helpers(f *function, exprs []*pyfront.Expr, s *dispatchScope, method string, depth int) {
	for _, root := range exprs {
		pyfront.WalkExpr(root, func(e *pyfront.Expr) {
			if e.Kind != pyfront.Call {
				return
			}
			g := d.target(f, e.X)
			if g == nil || g == f || g.def == nil {
				return
			}
			gs := d.argScope(g, e, s)
			d.function(g, gs, method, depth+1)
		})
	}
}

// argScope binds a callee's parameters to what the caller's arguments
// hold (a path, a parsed URL, a container of inputs).
func (d *dispatcher) argScope(g *function, call *pyfront.Expr, s *dispatchScope) *dispatchScope {
	gs := newDispatchScope()
	params := g.params
	if g.cls != nil && len(params) > 0 {
		params = params[1:]
	}
	for i, a := range call.Args() {
		if i >= len(params) {
			break
		}
		n := params[i].Name
		switch {
		case d.isPath(a, s):
			gs.path[n] = true
		case d.isParsed(a, s):
			gs.parsed[n] = true
		case d.isQuery(a, s):
			gs.query[n] = true
		case d.isBody(a, s):
			gs.body[n] = true
		default:
			if c := d.container(a, s); c != "" {
				gs.cont[n] = c
			}
		}
	}
	return gs
}

// routeInputs gathers one route's inputs.
type routeInputs struct {
	seen map[string]bool
	out  []report.RouteInput
}

func (r *routeInputs) add(in report.RouteInput) {
	k := in.In + "\x00" + in.Name
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	r.out = append(r.out, in)
}

// collect records the inputs a route branch reads, and those of the
// project functions it calls (two levels).
func (d *dispatcher) collect(f *function, body []*pyfront.Stmt, s *dispatchScope, in *routeInputs, depth int) {
	pyfront.Walk(body, func(st *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if st.Kind == pyfront.FuncStmt || st.Kind == pyfront.ClassStmt {
			return false
		}
		var exprs []*pyfront.Expr
		pyfront.StmtExprs(st, func(e *pyfront.Expr) { exprs = append(exprs, e) })
		for _, w := range st.Withs {
			exprs = append(exprs, w.Value)
		}
		d.reads(f, exprs, s, in, depth, true)
		return true
	})
}

// reads records the input reads of expressions, following calls into
// project functions with their arguments bound.
func (d *dispatcher) reads(f *function, exprs []*pyfront.Expr, s *dispatchScope, in *routeInputs, depth int, follow bool) {
	for _, root := range exprs {
		pyfront.WalkExpr(root, func(e *pyfront.Expr) {
			switch e.Kind {
			case pyfront.Subscript:
				if c := d.container(e.X, s); c != "" {
					in.keyed(c, constString(e.Y))
				}
			case pyfront.Call:
				if e.X != nil && e.X.Kind == pyfront.Attr && len(e.Args()) > 0 {
					switch e.X.Text {
					case "get", "getlist", "getvalue", "getfirst", "pop":
						if c := d.container(e.X.X, s); c != "" {
							in.keyed(c, constString(e.Args()[0]))
						}
					}
				}
				for _, a := range e.Args() {
					if !d.isBody(a, s) {
						continue
					}
					// A raw body only counts once a parser gives it a format.
					if kind := d.p.bodyFormat(f, e); kind != "raw" {
						in.add(report.RouteInput{In: "body", Type: kind})
					}
				}
				// Outside route branches a call may be the dispatcher itself:
				// its reads belong to its own routes, not to every route.
				if follow && depth < 2 {
					if g := d.target(f, e.X); g != nil && g != f && g.def != nil {
						gs := d.argScope(g, e, s)
						d.bind(g.def.Body, gs)
						d.collect(g, g.def.Body, gs, in, depth+1)
					}
				}
			}
			if h, ok := d.header(e); ok && h != "" && !framingHeaders[strings.ToLower(h)] {
				in.add(report.RouteInput{In: "header", Name: h})
			}
		})
	}
}

func (r *routeInputs) keyed(place, name string) {
	if name == "" {
		return
	}
	r.add(report.RouteInput{In: place, Name: name})
}

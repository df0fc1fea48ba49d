package python

import (
	"path"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// module is one parsed Python file of the project.
type module struct {
	name    string // dotted module name from the path ("shop.views")
	path    string // slash-separated path relative to the root
	ast     *pyfront.Module
	imports map[string]string // local name -> qualified name
	star    []string          // modules imported with "from M import *"
	funcs   map[string]*function
	classes map[string]*class
	// globals are the module-level values after running the module body
	// (recomputed each round).
	globals map[string]*value
	body    *function // the module body, analysed like a function
	// instances are its globals assigned an instance of a project class
	// (for the call graph's order only; see indexInstances).
	instances map[string]*class
	// qualified caches qualify() results for this module; lookups caches
	// lookup() results of names as this module resolves them.
	qualified sync.Map
	lookups   sync.Map
	// aliases are its module-level type aliases (see typeAliases).
	aliasOnce sync.Once
	aliases   map[string]*pyfront.Expr
}

// typeAliases are the module-level names assigned an Annotated[...],
// Optional[...], Literal[...] or Union[...] type (CurrentUser =
// Annotated[User, Depends(current_user)]), listed once.
func (m *module) typeAliases() map[string]*pyfront.Expr {
	m.aliasOnce.Do(func() {
		for _, s := range m.ast.Body {
			if s.Kind != pyfront.AssignStmt || len(s.Targets) != 1 || s.Targets[0].Kind != pyfront.Name || s.Value == nil ||
				s.Value.Kind != pyfront.Subscript || s.Value.X == nil {
				continue
			}
			switch lastPart(s.Value.X.Dotted()) {
			case "Annotated", "Optional", "Literal", "Union":
				if m.aliases == nil {
					m.aliases = map[string]*pyfront.Expr{}
				}
				m.aliases[s.Targets[0].Text] = s.Value
			}
		}
	})
	return m.aliases
}

// class is a class of the project.
type class struct {
	qname   string
	name    string
	mod     *module
	def     *pyfront.Stmt
	bases   []string // qualified names of the bases
	methods map[string]*function
	// setters are the @x.setter functions of properties (methods keeps
	// the getter under the same name).
	setters map[string]*function
	// attrs are attribute values: the class body's assignments and every
	// self.x = ... of its methods (flow-insensitive, from the last round).
	attrs map[string]*value
	// inputAttrs are attributes a framework fills with request data
	// (http.server handlers' self.path).
	inputAttrs map[string]bool
	// formHooks are methods a framework calls with a form bound to the
	// request's data (Django's form_valid).
	formHooks map[string]bool
	// inputMethods are inherited framework methods that return request
	// data (Tornado's get_argument); verbHandlers: its get/post/...
	// methods are request handlers (Tornado).
	inputMethods map[string]bool
	verbHandlers bool
}

// function is a function, method or module body of the project.
type function struct {
	qname  string
	name   string
	mod    *module
	cls    *class
	def    *pyfront.Stmt // nil for a module body
	params []pyfront.Param
	// handler is set when a framework calls the function with input.
	handler *handler
	// published is the summary callers use; it is replaced whole (never
	// changed in place) so that workers can read it while others publish.
	published atomic.Pointer[summary]
	// shape is computed on first need (see callShapeOf).
	shape atomic.Pointer[callShape]
	// typeSets is computed on first need (see textTypeSets).
	typeSets atomic.Pointer[[]typeSet]
}

var emptySummary = &summary{}

// line is where the function is defined (0 for a module body).
func (f *function) line() int {
	if f.def == nil {
		return 0
	}
	return f.def.Pos.Line
}

// summary returns the function's published summary (empty before its
// first analysis).
func (f *function) summary() *summary {
	if s := f.published.Load(); s != nil {
		return s
	}
	return emptySummary
}

func (f *function) publish(s summary) { f.published.Store(&s) }

// summary is what a function does with its parameters, as seen by callers.
type summary struct {
	// ret is the taint of the return value: Params bits for parameters that
	// reach it, Origin for input the function reads itself.
	ret      taint.Taint
	retConst *constant
	retTyp   string
	retReq   bool
	retWeak  *taint.Step
	retExc   bool
	retClass *class
	// noReturn: every path through the function raises or aborts (a
	// helper that denies access): code after a call of it does not run.
	noReturn bool
	// retTable is a list, tuple or dict of constants the function returns
	// (every return gives the same one), and retTableKey its contents
	// written out, which summaries compare.
	retTable    *value
	retTableKey string
	// retElems are the elements of a tuple or list of known length the
	// function returns (every return the same length), in its
	// parameters' terms: return "... = ?", (name,) keeps the query apart
	// from its parameters.
	retElems []*value
	// retFn is a function defined inside this one that it returns (a
	// closure factory); callers bind its parameters into the closure.
	retFn *function
	// fields are the values the method assigns to self attributes, in terms
	// of its parameters; selfFields the receiver's fields it reads.
	fields     map[string]*value
	selfFields map[string]bool
	// globalWrites are module globals the function assigns after
	// declaring them global, in terms of its parameters.
	globalWrites map[string]*value
	// paramWrites are what the function stores into the containers its
	// parameters hold (store[key] = value), by parameter name.
	paramWrites map[string]*value
	// sinks are the sinks that parameters reach inside the function (or in
	// functions it calls).
	sinks []paramSink
	// patterns are call patterns (hashlib.new("md5"), AES.new(k, MODE_ECB))
	// whose deciding argument is a parameter: judged where the function
	// is called with a constant (or its default is used).
	patterns []paramPattern
}

// paramPattern is a call pattern decided by parameter param.
type paramPattern struct {
	param   int
	pattern *taint.Pattern // nil with called
	callee  string         // the pattern's call, for the message
	loc     sinkLoc
	// called: the function calls the parameter itself (fn(data)): a
	// caller passing hashlib.md5 makes that call the pattern's.
	called bool
}

// paramSink records that parameter param reaches a sink.
type paramSink struct {
	param int
	rule  string
	class taint.Classes
	loc   sinkLoc
	trace *taint.Step // from the parameter to the sink
}

// sinkLoc is where a sink call is.
type sinkLoc struct {
	path      string
	line, col int
	snippet   string
	expr      string
	// webOnly: reported for input from the network only (see Sink.WebOnly).
	webOnly bool
}

// sameElems compares returned elements as summaries do: by which
// parameters and input reach each, its sanitization and its constant.
func sameElems(a, b []*value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		ta, tb := a[i].taintOf(), b[i].taintOf()
		if ta.Params != tb.Params || (ta.Origin == nil) != (tb.Origin == nil) || !ta.SameSafety(tb) || !equalConst(a[i].c, b[i].c) && (a[i].c != nil || b[i].c != nil) {
			return false
		}
	}
	return true
}

func (s *summary) equal(o *summary) bool {
	if s.ret.Params != o.ret.Params || (s.ret.Origin == nil) != (o.ret.Origin == nil) || !s.ret.SameSafety(o.ret) ||
		!equalConst(s.retConst, o.retConst) && (s.retConst != nil || o.retConst != nil) ||
		s.retTyp != o.retTyp || s.retReq != o.retReq || (s.retWeak == nil) != (o.retWeak == nil) || len(s.sinks) != len(o.sinks) ||
		s.retExc != o.retExc || s.retClass != o.retClass || s.noReturn != o.noReturn || s.retFn != o.retFn || s.retTableKey != o.retTableKey || !sameElems(s.retElems, o.retElems) || len(s.fields) != len(o.fields) || len(s.selfFields) != len(o.selfFields) ||
		len(s.globalWrites) != len(o.globalWrites) || len(s.paramWrites) != len(o.paramWrites) || len(s.patterns) != len(o.patterns) {
		return false
	}
	for _, pair := range [3][2]map[string]*value{{s.fields, o.fields}, {s.globalWrites, o.globalWrites}, {s.paramWrites, o.paramWrites}} {
		for k, v := range pair[0] {
			w, ok := pair[1][k]
			if !ok || v.taintOf().Params != w.taintOf().Params || (v.taintOf().Origin == nil) != (w.taintOf().Origin == nil) {
				return false
			}
		}
	}
	return true
}

// program is every module of the project, indexed for name resolution.
type program struct {
	// all is allFunctions, listed when the program is built.
	all      []*function
	spec     *compiledSpec
	modules  []*module
	bySuffix map[string][]*module
	imported map[string]bool // top-level packages imported anywhere (pymongo, lxml ...)
	// nested are functions defined inside other functions (decorator
	// wrappers, local helpers, callbacks), by their def statement.
	nested   map[*pyfront.Stmt]*function
	nestedIn map[*function][]*function
	// dirs are the names of the project's directories (package names).
	dirs map[string]bool
	// callers and callees are the calls between project functions that
	// resolve by name alone.
	callers map[*function][]*function
	callees map[*function][]*function
	// lookups caches the results of lookups made from no module.
	lookups sync.Map
	// importPrefixes holds every dotted prefix of every imported name
	// ("xml", "xml.etree", "xml.etree.ElementTree").
	importPrefixes map[string]bool
	// templates finds template files by name (nil without a root).
	templates *templateFiles
	// aiohttpRaw: aiohttp_jinja2 is set up without autoescape (see
	// aiohttpUnescaped, computed once).
	aiohttpOnce sync.Once
	aiohttpRaw  bool
}

// moduleName turns "shop/views.py" into "shop.views" and
// "shop/__init__.py" into "shop".
func moduleName(rel string) string {
	rel = strings.TrimSuffix(rel, ".py")
	rel = strings.TrimSuffix(rel, "/__init__")
	if rel == "__init__" {
		return ""
	}
	return strings.ReplaceAll(rel, "/", ".")
}

func newProgram(spec *compiledSpec, mods []*module) *program {
	p := &program{spec: spec, modules: mods, bySuffix: map[string][]*module{}, imported: map[string]bool{},
		nested: map[*pyfront.Stmt]*function{}, nestedIn: map[*function][]*function{}, dirs: map[string]bool{}}
	for _, m := range mods {
		for _, d := range strings.Split(m.name, ".") {
			p.dirs[d] = true
		}
	}
	for _, m := range mods {
		parts := strings.Split(m.name, ".")
		for i := range parts {
			suffix := strings.Join(parts[i:], ".")
			p.bySuffix[suffix] = append(p.bySuffix[suffix], m)
		}
	}
	// Per-module indexes on all cores; then what the modules share.
	parallelMap(mods, func(m *module) bool {
		p.indexImports(m)
		p.indexDefs(m)
		return true
	})
	p.importPrefixes = map[string]bool{}
	for _, m := range mods {
		for _, q := range m.imports {
			p.imported[strings.SplitN(q, ".", 2)[0]] = true
			for i := 0; i <= len(q); i++ {
				if i == len(q) || q[i] == '.' {
					p.importPrefixes[q[:i]] = true
				}
			}
		}
		for _, s := range m.star {
			p.imported[strings.SplitN(s, ".", 2)[0]] = true
		}
	}
	for _, m := range mods {
		for _, f := range p.moduleFunctions(m) {
			p.indexNested(f)
		}
	}
	// A class's bases are qualified before any class's bases are followed.
	var classes []*class
	for _, m := range mods {
		for _, c := range m.classes {
			classes = append(classes, c)
		}
	}
	parallelMap(classes, func(c *class) bool { p.qualifyBases(c); return true })
	parallelMap(classes, func(c *class) bool { p.markInputAttrs(c); return true })
	p.all = p.listFunctions()
	return p
}

// indexImports records what each imported name stands for. Relative imports
// resolve against the module's package.
func (p *program) indexImports(m *module) {
	m.imports = map[string]string{}
	pkg := m.name
	if !strings.HasSuffix(m.path, "__init__.py") {
		if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
			pkg = pkg[:i]
		} else {
			pkg = ""
		}
	}
	pyfront.Walk(m.ast.Body, func(s *pyfront.Stmt, outer []*pyfront.Stmt) bool {
		if s.Kind == pyfront.FuncStmt || s.Kind == pyfront.ClassStmt {
			// Imports inside functions are common (lazy imports): keep them,
			// they are resolved the same way.
			return true
		}
		if s.Kind != pyfront.ImportStmt {
			return true
		}
		from := s.Module
		if strings.HasPrefix(from, ".") {
			from = resolveRelative(pkg, from)
		}
		for i, name := range s.Names {
			alias := ""
			if i < len(s.Aliases) {
				alias = s.Aliases[i]
			}
			switch {
			case s.Module == "" && alias != "":
				m.imports[alias] = name
			case s.Module == "":
				// import a.b.c binds a
				top := strings.SplitN(name, ".", 2)[0]
				m.imports[top] = top
				if strings.Contains(name, ".") {
					m.imports[name] = name
				}
			case name == "*":
				m.star = append(m.star, from)
			default:
				local := name
				if alias != "" {
					local = alias
				}
				if from == "" {
					m.imports[local] = name
				} else {
					m.imports[local] = from + "." + name
				}
			}
		}
		return true
	})
}

func resolveRelative(pkg, rel string) string {
	dots := len(rel) - len(strings.TrimLeft(rel, "."))
	base := pkg
	for i := 1; i < dots; i++ {
		if j := strings.LastIndexByte(base, '.'); j >= 0 {
			base = base[:j]
		} else {
			base = ""
		}
	}
	rest := rel[dots:]
	switch {
	case base == "":
		return rest
	case rest == "":
		return base
	}
	return base + "." + rest
}

// indexDefs records the module's top-level functions and classes (and
// their methods).
func (p *program) indexDefs(m *module) {
	m.funcs = map[string]*function{}
	m.classes = map[string]*class{}
	prefix := m.name
	if prefix != "" {
		prefix += "."
	}
	m.body = &function{qname: prefix + "<module>", name: "<module>", mod: m}
	for _, s := range m.ast.Body {
		p.indexDef(m, s, prefix)
	}
}

func (p *program) indexDef(m *module, s *pyfront.Stmt, prefix string) {
	switch s.Kind {
	case pyfront.FuncStmt:
		m.funcs[s.Name] = &function{qname: prefix + s.Name, name: s.Name, mod: m, def: s, params: s.Params}
	case pyfront.ClassStmt:
		c := &class{qname: prefix + s.Name, name: s.Name, mod: m, def: s, methods: map[string]*function{}, attrs: map[string]*value{}, inputAttrs: map[string]bool{}, formHooks: map[string]bool{}}
		for _, b := range s.Body {
			if b.Kind != pyfront.FuncStmt {
				continue
			}
			if accessor := propertyAccessor(b); accessor != "" && c.methods[b.Name] != nil {
				// @x.setter / @x.deleter after the @property x: the getter
				// stays the method x.
				if accessor == "setter" {
					if c.setters == nil {
						c.setters = map[string]*function{}
					}
					c.setters[b.Name] = &function{qname: c.qname + "." + b.Name + ".setter", name: b.Name, mod: m, cls: c, def: b, params: b.Params}
				}
				continue
			}
			c.methods[b.Name] = &function{qname: c.qname + "." + b.Name, name: b.Name, mod: m, cls: c, def: b, params: b.Params}
		}
		m.classes[s.Name] = c
	case pyfront.IfStmt, pyfront.BlockStmt:
		// Definitions under "if TYPE_CHECKING:" or "try: import x except" blocks.
		for _, b := range s.Body {
			p.indexDef(m, b, prefix)
		}
		for _, b := range s.Else {
			p.indexDef(m, b, prefix)
		}
	}
}

// qualifyBases qualifies a class's bases.
func (p *program) qualifyBases(c *class) {
	for _, b := range c.def.Bases {
		if q := p.qualify(c.mod, b.Dotted()); q != "" {
			c.bases = append(c.bases, q)
		}
	}
}

// markInputAttrs marks the attributes that a framework base class of c
// (direct or not) fills with input.
func (p *program) markInputAttrs(c *class) {
	seen := map[*class]bool{}
	var visit func(c *class)
	visit = func(cur *class) {
		if seen[cur] {
			return
		}
		seen[cur] = true
		for _, q := range cur.bases {
			for _, bc := range p.spec.handlers.BaseClasses {
				for _, n := range bc.Names {
					if q == n || strings.HasSuffix(q, "."+lastPart(n)) && lastPart(q) == lastPart(n) {
						for _, a := range bc.Attrs {
							c.inputAttrs[a] = true
						}
						for _, h := range bc.FormHooks {
							c.formHooks[h] = true
						}
						for _, m := range bc.InputMethods {
							if c.inputMethods == nil {
								c.inputMethods = map[string]bool{}
							}
							c.inputMethods[m] = true
						}
						c.verbHandlers = c.verbHandlers || bc.Verbs
					}
				}
			}
			if base := p.lookupClass(q, cur.mod); base != nil {
				visit(base)
			}
		}
	}
	visit(c)
}

func lastPart(q string) string {
	if i := strings.LastIndexByte(q, '.'); i >= 0 {
		return q[i+1:]
	}
	return q
}

// qualify turns a dotted name used in module m into a qualified name
// through m's imports: "rq.args" -> "flask.request.args". Names defined in
// m itself qualify to m's own name; builtins stay as they are.
func (p *program) qualify(m *module, dotted string) string {
	if dotted == "" {
		return ""
	}
	// Names resolve the same way everywhere in a module: cache them (the
	// analysis asks for the same imports thousands of times).
	if q, ok := m.qualified.Load(dotted); ok {
		return q.(string)
	}
	q := p.qualifyUncached(m, dotted)
	m.qualified.Store(dotted, q)
	return q
}

func (p *program) qualifyUncached(m *module, dotted string) string {
	if dotted == "" {
		return ""
	}
	head, rest := dotted, ""
	if i := strings.IndexByte(dotted, '.'); i >= 0 {
		head, rest = dotted[:i], dotted[i:]
	}
	// The longest imported dotted prefix wins (import a.b.c as x).
	for full := dotted; ; {
		if q, ok := m.imports[full]; ok {
			return q + dotted[len(full):]
		}
		i := strings.LastIndexByte(full, '.')
		if i < 0 {
			break
		}
		full = full[:i]
	}
	if _, ok := m.funcs[head]; ok {
		return joinName(m.name, head) + rest
	}
	if _, ok := m.classes[head]; ok {
		return joinName(m.name, head) + rest
	}
	for _, s := range m.star {
		if sm := p.resolveModule(s, m); sm != nil {
			if _, ok := sm.funcs[head]; ok {
				return joinName(sm.name, head) + rest
			}
			if _, ok := sm.classes[head]; ok {
				return joinName(sm.name, head) + rest
			}
		} else if p.spec.knownLibraryName(s + "." + head) {
			return s + "." + dotted
		}
	}
	return dotted
}

func joinName(mod, name string) string {
	if mod == "" {
		return name
	}
	if name == "" {
		return mod // the package's own __init__
	}
	return mod + "." + name
}

// resolveModule finds the project module for a dotted name. Several modules
// may end with the same name (tests/app.py and src/app.py): the one nearest
// to the importing module wins.
func (p *program) resolveModule(name string, from *module) *module {
	cands := p.bySuffix[name]
	if len(cands) == 0 {
		// The audited root may sit inside the package ("from shop.db import"
		// audited from shop/): try without the leading package names.
		for i := strings.IndexByte(name, '.'); i >= 0 && len(cands) == 0 && p.dirs[name[:i]]; i = strings.IndexByte(name, '.') {
			name = name[i+1:]
			cands = p.bySuffix[name]
		}
	}
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0]
	}
	best, bestLen := cands[0], -1
	dir := path.Dir(from.path)
	for _, c := range cands {
		if c.name == name {
			return c
		}
		n := len(commonPrefix(path.Dir(c.path), dir))
		if n > bestLen {
			best, bestLen = c, n
		}
	}
	return best
}

// lookup resolves a qualified name to a project function or class.
func (p *program) lookup(q string, from *module) (*function, *class) {
	type found struct {
		f *function
		c *class
	}
	cache := &p.lookups
	if from != nil {
		cache = &from.lookups
	}
	if v, ok := cache.Load(q); ok {
		r := v.(found)
		return r.f, r.c
	}
	f, c := p.lookupUncached(q, from, 0)
	cache.Store(q, found{f, c})
	return f, c
}

// maxReexports bounds the chain of package re-exports a lookup follows
// (modules may import each other's names in a cycle).
const maxReexports = 8

func (p *program) lookupUncached(q string, from *module, depth int) (*function, *class) {
	parts := strings.Split(q, ".")
	for i := len(parts) - 1; i >= 1; i-- {
		m := p.resolveModule(strings.Join(parts[:i], "."), from)
		if m == nil {
			continue
		}
		rest := parts[i:]
		switch len(rest) {
		case 1:
			if f := m.funcs[rest[0]]; f != nil {
				return f, nil
			}
			if c := m.classes[rest[0]]; c != nil {
				return nil, c
			}
			if q2, ok := m.imports[rest[0]]; ok && q2 != q && depth < maxReexports {
				// A package re-exports a name it imports (__init__.py:
				// from .repository import Repository).
				return p.lookupUncached(q2, m, depth+1)
			}
		case 2:
			if c := m.classes[rest[0]]; c != nil {
				if f := p.method(c, rest[1]); f != nil {
					return f, nil
				}
			}
		}
		return nil, nil
	}
	// A name of the module itself (no package part).
	if len(parts) == 1 || from != nil && len(parts) == 2 && parts[0] == from.name {
		n := parts[len(parts)-1]
		if from != nil {
			if f := from.funcs[n]; f != nil {
				return f, nil
			}
			if c := from.classes[n]; c != nil {
				return nil, c
			}
		}
	}
	return nil, nil
}

func (p *program) lookupClass(q string, from *module) *class {
	_, c := p.lookup(q, from)
	return c
}

// method finds a method in a class or its project bases.
func (p *program) method(c *class, name string) *function {
	for depth := 0; c != nil && depth < 10; depth++ {
		if f := c.methods[name]; f != nil {
			return f
		}
		c = p.firstBase(c)
	}
	return nil
}

// firstBase is the first of a class's bases that is a project class (the
// next class method lookups follow), or nil.
func (p *program) firstBase(c *class) *class {
	for _, b := range c.bases {
		if bc := p.lookupClass(b, c.mod); bc != nil {
			return bc
		}
	}
	return nil
}

// indexNested registers the functions defined in a function's body.
func (p *program) indexNested(parent *function) {
	pyfront.Walk(parent.def.Body, func(s *pyfront.Stmt, outer []*pyfront.Stmt) bool {
		if s.Kind == pyfront.ClassStmt {
			return false
		}
		if s.Kind != pyfront.FuncStmt {
			return true
		}
		f := &function{qname: parent.qname + "." + s.Name, name: s.Name, mod: parent.mod, def: s, params: s.Params}
		p.nested[s] = f
		p.nestedIn[parent] = append(p.nestedIn[parent], f)
		p.indexNested(f)
		return false
	})
}

// nestedByName finds a function defined inside fn (or its enclosing
// functions) by name.
func (p *program) nestedByName(fn *function, name string) *function {
	for _, f := range p.nestedIn[fn] {
		if f.name == name {
			return f
		}
	}
	return nil
}

// allFunctions lists every function, method and module body.
func (p *program) allFunctions() []*function { return p.all }

func (p *program) listFunctions() []*function {
	var out []*function
	for _, m := range p.modules {
		out = append(out, m.body)
		for _, f := range m.funcs {
			out = append(out, f)
		}
		for _, c := range m.classes {
			for _, f := range c.methods {
				out = append(out, f)
			}
			for _, f := range c.setters {
				out = append(out, f)
			}
		}
	}
	for _, fs := range p.nestedIn {
		out = append(out, fs...)
	}
	// Module bodies first: functions read the globals they compute.
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].def == nil) != (out[j].def == nil) {
			return out[i].def == nil
		}
		return out[i].qname < out[j].qname
	})
	return out
}

// globalInstance is the value of a module-level instance of a project
// class, or of a module-level constant, named by a qualified name (from
// .storage import store; settings.VERIFY_TLS), following re-exports. Module bodies run before functions, so their globals are set.
func (p *program) globalInstance(q string, from *module, depth int) *value {
	dot := strings.LastIndexByte(q, '.')
	if dot < 0 || depth > maxReexports {
		return nil
	}
	m := p.resolveModule(q[:dot], from)
	if m == nil {
		return nil
	}
	name := q[dot+1:]
	if v, ok := m.globals[name]; ok && (v.class != nil && !v.classRef || v.c != nil && !v.t.Tainted()) {
		return v // (or a constant: config.VERIFY_TLS = False)
	}
	if q2, ok := m.imports[name]; ok && q2 != q {
		return p.globalInstance(q2, m, depth+1)
	}
	return nil
}

// definedIn reports whether f is a function defined directly in parent's
// body (a closure of parent).
func (p *program) definedIn(f, parent *function) bool {
	if f.def == nil || p.nested[f.def] != f {
		return false
	}
	for _, g := range p.nestedIn[parent] {
		if g == f {
			return true
		}
	}
	return false
}

// propertyAccessor is "setter" or "deleter" for a def decorated with
// @x.setter or @x.deleter of its own name x; "" otherwise.
func propertyAccessor(def *pyfront.Stmt) string {
	for _, d := range def.Decorators {
		switch d.Dotted() {
		case def.Name + ".setter":
			return "setter"
		case def.Name + ".deleter":
			return "deleter"
		}
	}
	return ""
}

// setter is the property setter a class (or a project base) defines for
// name, or nil.
func (p *program) setter(c *class, name string) *function {
	for depth := 0; c != nil && depth < 10; depth++ {
		if f := c.setters[name]; f != nil {
			return f
		}
		if c.methods[name] != nil {
			return nil // a plain method or a read-only property here
		}
		c = p.firstBase(c)
	}
	return nil
}

// moduleImports: the module imports pkg (or something inside it).
func (p *program) moduleImports(m *module, pkg string) bool {
	for _, q := range m.imports {
		if q == pkg || strings.HasPrefix(q, pkg+".") {
			return true
		}
	}
	return false
}

package python

import (
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
)

// callLevels orders functions for the first round: a function's level is
// one more than the highest level of the project functions it calls (as far
// as names resolve without types), so analysing level by level gives most
// callers their callees' summaries. Calls in cycles are cut. It also fills
// p.callers, the reverse of those calls.
func (p *program) callLevels(funcs []*function) map[*function]int {
	// Each function's callees, on all cores (name resolution is cached and
	// safe for concurrent use).
	parallelMap(p.modules, func(m *module) bool { p.indexInstances(m); return true })
	lists := parallelMap(funcs, p.namedCallees)
	callees := make(map[*function][]*function, len(funcs))
	p.callers = map[*function][]*function{}
	p.callees = callees
	for i, f := range funcs {
		if len(lists[i]) == 0 {
			continue
		}
		callees[f] = lists[i]
		for _, g := range lists[i] {
			p.callers[g] = append(p.callers[g], f)
		}
	}
	levels := make(map[*function]int, len(funcs))
	const visiting = -1
	var level func(f *function, depth int) int
	level = func(f *function, depth int) int {
		if l, ok := levels[f]; ok {
			if l == visiting {
				return 0 // a cycle: cut here
			}
			return l
		}
		if depth > 200 {
			return 0
		}
		levels[f] = visiting
		l := 0
		for _, g := range callees[f] {
			if gl := level(g, depth+1) + 1; gl > l {
				l = gl
			}
		}
		levels[f] = l
		return l
	}
	for _, f := range funcs {
		level(f, 0)
	}
	return levels
}

// namedCallees lists the project functions f calls by name, and the
// property getters it runs by reading self.x.
func (p *program) namedCallees(f *function) []*function {
	if f.def == nil {
		return nil
	}
	var out []*function
	seen := map[*function]bool{}
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(e *pyfront.Expr) {
			var g *function
			switch e.Kind {
			case pyfront.Call:
				g = p.syntacticCallee(f, e)
			case pyfront.Attr:
				g = p.selfProperty(f, e)
			}
			if g != nil && g != f && !seen[g] {
				seen[g] = true
				out = append(out, g)
			}
		})
		return s.Kind != pyfront.FuncStmt && s.Kind != pyfront.ClassStmt
	})
	return out
}

// selfProperty is the getter of self.x in a method when x is a property of
// its class.
func (p *program) selfProperty(f *function, e *pyfront.Expr) *function {
	if !isSelf(f, e.X) {
		return nil
	}
	if g := p.method(f.cls, e.Text); g != nil && isProperty(g) {
		return g
	}
	return nil
}

// setsSelfAttrs: f is a method whose body assigns self.x (itself, not in
// a nested function).
func setsSelfAttrs(f *function) bool {
	if f.cls == nil || f.def == nil {
		return false
	}
	found := false
	var target func(t *pyfront.Expr)
	target = func(t *pyfront.Expr) {
		switch {
		case t == nil:
		case t.Kind == pyfront.Attr && isSelf(f, t.X):
			found = true
		case t.Kind == pyfront.Tuple || t.Kind == pyfront.List:
			for _, el := range t.Elems {
				target(el)
			}
		}
	}
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind == pyfront.AssignStmt || s.Kind == pyfront.AugAssignStmt {
			for _, t := range s.Targets {
				target(t)
			}
		}
		return !found && s.Kind != pyfront.FuncStmt && s.Kind != pyfront.ClassStmt
	})
	return found
}

// isSelf: x is the first parameter of a method.
func isSelf(f *function, x *pyfront.Expr) bool {
	return x != nil && x.Kind == pyfront.Name && f.cls != nil && len(f.params) > 0 && x.Text == f.params[0].Name
}

// syntacticCallee resolves a call to a project function by its name alone:
// module functions, imported functions, constructors (__init__),
// self.method() and super().method() in a class, and methods of instances
// made at module level (apps = Apps() ... apps.get_model()).
func (p *program) syntacticCallee(f *function, e *pyfront.Expr) *function {
	x := e.X
	if x == nil {
		return nil
	}
	if x.Kind == pyfront.Attr && isSelf(f, x.X) {
		return p.method(f.cls, x.Text)
	}
	if x.Kind == pyfront.Attr && isSuperCall(x.X) && f.cls != nil {
		return p.superMethod(f.cls, x.Text)
	}
	d := x.Dotted()
	if d == "" {
		return nil
	}
	if g := p.nestedByName(f, d); g != nil {
		return g
	}
	fn, cls := p.lookup(p.qualify(f.mod, d), f.mod)
	if fn != nil {
		return fn
	}
	if cls != nil {
		return p.method(cls, "__init__")
	}
	if i := strings.LastIndexByte(d, '.'); i > 0 {
		if c := p.instanceClass(f.mod, d[:i]); c != nil {
			return p.method(c, d[i+1:])
		}
	}
	return nil
}

// isSuperCall: x is super() or super(Cls, self).
func isSuperCall(x *pyfront.Expr) bool {
	return x != nil && x.Kind == pyfront.Call && x.X != nil && x.X.Kind == pyfront.Name && x.X.Text == "super"
}

// superMethod resolves super().name in a method of cls to the first base
// class of the project that defines name.
func (p *program) superMethod(cls *class, name string) *function {
	for _, b := range cls.bases {
		if bc := p.lookupClass(b, cls.mod); bc != nil && bc != cls {
			if f := p.method(bc, name); f != nil {
				return f
			}
		}
	}
	return nil
}

// indexInstances records the module's globals assigned an instance of a
// project class (apps = Apps(), user_logged_in = Signal()).
func (p *program) indexInstances(m *module) {
	var visit func(body []*pyfront.Stmt)
	visit = func(body []*pyfront.Stmt) {
		for _, s := range body {
			switch s.Kind {
			case pyfront.AssignStmt:
				if len(s.Targets) != 1 || s.Targets[0].Kind != pyfront.Name || s.Value == nil || s.Value.Kind != pyfront.Call || s.Value.X == nil {
					continue
				}
				if c := p.lookupClass(p.qualify(m, s.Value.X.Dotted()), m); c != nil {
					if m.instances == nil {
						m.instances = map[string]*class{}
					}
					m.instances[s.Targets[0].Text] = c
				}
			case pyfront.IfStmt, pyfront.BlockStmt:
				visit(s.Body)
				visit(s.Else)
			}
		}
	}
	visit(m.ast.Body)
}

// instanceClass is the class of the module-level instance a dotted name
// refers to from m (directly, or imported and re-exported), or nil.
func (p *program) instanceClass(m *module, dotted string) *class {
	if !strings.Contains(dotted, ".") {
		if c := m.instances[dotted]; c != nil {
			return c
		}
	}
	q := p.qualify(m, dotted)
	for depth := 0; depth < maxReexports; depth++ {
		i := strings.LastIndexByte(q, '.')
		if i < 0 {
			return nil
		}
		owner := p.resolveModule(q[:i], m)
		if owner == nil {
			return nil
		}
		name := q[i+1:]
		if c := owner.instances[name]; c != nil {
			return c
		}
		next, ok := owner.imports[name]
		if !ok || next == q {
			return nil
		}
		q, m = next, owner
	}
	return nil
}

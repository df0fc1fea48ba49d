package python

import (
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

// namedCallees lists the project functions f calls by name.
func (p *program) namedCallees(f *function) []*function {
	if f.def == nil {
		return nil
	}
	var out []*function
	seen := map[*function]bool{}
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(e *pyfront.Expr) {
			if e.Kind != pyfront.Call {
				return
			}
			if g := p.syntacticCallee(f, e); g != nil && g != f && !seen[g] {
				seen[g] = true
				out = append(out, g)
			}
		})
		return s.Kind != pyfront.FuncStmt && s.Kind != pyfront.ClassStmt
	})
	return out
}

// syntacticCallee resolves a call to a project function by its name alone:
// module functions, imported functions, constructors (__init__) and
// self.method() in a class.
func (p *program) syntacticCallee(f *function, e *pyfront.Expr) *function {
	x := e.X
	if x == nil {
		return nil
	}
	if x.Kind == pyfront.Attr && x.X != nil && x.X.Kind == pyfront.Name && f.cls != nil && len(f.params) > 0 && x.X.Text == f.params[0].Name {
		return p.method(f.cls, x.Text)
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
	return nil
}

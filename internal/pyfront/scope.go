package pyfront

// Binding is one assignment that may give a name its value at the end of a
// scope. Several bindings exist when branches assign differently.
type Binding struct {
	Value Value
	Expr  *Expr // the assigned expression (nil for a tuple-unpacked element)
	Stmt  *Stmt // nil: the name may be unset on some path
	// Cond is set when the binding happens only on some paths (an if branch,
	// an except handler, a loop body).
	Cond bool
}

// Class is a class body interpreted like a scope.
type Class struct {
	Stmt  *Stmt
	Scope *Scope
}

// Scope holds the bindings of module-level (or class-level) names, in the
// order the statements run. The last unconditional assignment wins; an
// assignment under a condition that cannot be decided adds an alternative.
type Scope struct {
	Parent  *Scope
	names   map[string][]Binding
	order   []string
	Classes []*Class
}

func newScope(parent *Scope) *Scope {
	return &Scope{Parent: parent, names: map[string][]Binding{}}
}

// Bindings returns the possible bindings of a name in this scope (not its parent).
func (s *Scope) Bindings(name string) []Binding { return s.names[name] }

// Names returns the names bound in this scope, in order of first binding.
func (s *Scope) Names() []string { return s.order }

// Has reports whether the name is bound in this scope.
func (s *Scope) Has(name string) bool { return len(s.names[name]) > 0 }

// Lookup is the name's value when every path gives it the same known value;
// names not bound here are looked up in the parent.
func (s *Scope) Lookup(name string) Value {
	bs, ok := s.names[name]
	if !ok {
		if s.Parent != nil {
			return s.Parent.Lookup(name)
		}
		return Value{}
	}
	return agree(bs)
}

func agree(bs []Binding) Value {
	var v Value
	for i, b := range bs {
		if b.Stmt == nil || !b.Value.Known() {
			return Value{}
		}
		if i == 0 {
			v = b.Value
			continue
		}
		if eq, ok := v.Equal(b.Value); !ok || !eq || v.Kind != b.Value.Kind {
			return Value{}
		}
	}
	return v
}

// Interpret runs a module or class body's statements in order and records
// the bindings of simple names (a = v, a = b = v, a, b = x, y, a: T = v,
// a += v). Class bodies get their own scope, whose parent is this one.
// Function bodies are not run.
func Interpret(body []*Stmt, parent *Scope) *Scope {
	s := newScope(parent)
	s.run(body, false)
	return s
}

func (s *Scope) run(body []*Stmt, cond bool) {
	for _, st := range body {
		s.exec(st, cond)
	}
}

func (s *Scope) exec(st *Stmt, cond bool) {
	switch st.Kind {
	case AssignStmt:
		if st.Value == nil {
			return
		}
		v := Eval(st.Value, s)
		for _, t := range st.Targets {
			s.assign(t, st.Value, v, st, cond)
		}
	case AugAssignStmt:
		if len(st.Targets) == 1 && st.Targets[0] != nil && st.Targets[0].Kind == Name {
			op := &Expr{Kind: BinOp, Text: st.Op[:max(0, len(st.Op)-1)], X: st.Targets[0], Y: st.Value}
			s.bind(st.Targets[0].Text, Binding{Value: Eval(op, s), Expr: st.Value, Stmt: st, Cond: cond})
		}
	case ClassStmt:
		s.Classes = append(s.Classes, &Class{Stmt: st, Scope: Interpret(st.Body, s)})
	case IfStmt:
		if t, ok := Eval(st.Test, s).Truthy(); ok {
			if t {
				s.run(st.Body, cond)
			} else {
				s.run(st.Else, cond)
			}
			return
		}
		s.branch(st.Body, st.Else)
	case BlockStmt:
		switch st.Op {
		case "try", "with":
			// The main block runs; handlers and else/finally blocks maybe.
			s.run(st.Body, cond)
			s.branch(st.Else, nil)
		default:
			s.branch(st.Body, st.Else)
		}
	}
}

// branch runs two alternative statement lists and merges their bindings
// with what was bound before.
func (s *Scope) branch(a, b []*Stmt) {
	before := s.snapshot()
	s.run(a, true)
	afterA := s.snapshot()
	s.names = before.clone()
	s.run(b, true)
	afterB := s.names
	merged := map[string][]Binding{}
	for _, m := range []map[string][]Binding{afterA, afterB} {
		for name, bs := range m {
			merged[name] = appendUnique(merged[name], bs)
		}
	}
	for name, bs := range merged {
		if len(afterA[name]) == 0 || len(afterB[name]) == 0 {
			bs = append(bs, Binding{}) // unset on one path
		}
		merged[name] = bs
	}
	s.names = merged
}

type names map[string][]Binding

func (s *Scope) snapshot() names { return names(s.names).clone() }

func (n names) clone() map[string][]Binding {
	out := make(map[string][]Binding, len(n))
	for k, v := range n {
		out[k] = append([]Binding(nil), v...)
	}
	return out
}

func appendUnique(dst, src []Binding) []Binding {
	for _, b := range src {
		dup := false
		for _, d := range dst {
			if d.Stmt == b.Stmt && d.Expr == b.Expr {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, b)
		}
	}
	return dst
}

func (s *Scope) assign(t, e *Expr, v Value, st *Stmt, cond bool) {
	if t == nil {
		return
	}
	switch t.Kind {
	case Name:
		s.bind(t.Text, Binding{Value: v, Expr: e, Stmt: st, Cond: cond})
	case Tuple, List:
		// a, b = x, y binds element-wise when the right side is a literal tuple.
		for i, x := range t.Elems {
			var ex *Expr
			var ev Value
			if e != nil && (e.Kind == Tuple || e.Kind == List) && len(e.Elems) == len(t.Elems) {
				ex = e.Elems[i]
				ev = Eval(ex, s)
			}
			s.assign(x, ex, ev, st, cond)
		}
	}
}

func (s *Scope) bind(name string, b Binding) {
	if _, ok := s.names[name]; !ok {
		s.order = append(s.order, name)
	}
	s.names[name] = []Binding{b}
}

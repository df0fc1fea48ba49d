package python

import (
	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// Character allow-list guards: checks that every character of a value is
// in a known set, written without a regular expression that matches the
// whole value. Each makes the value safe where text of those characters is
// (keptSafety), on the path where the check held:
//
//	all(ch in SAFE for ch in p)        any(ch not in SAFE for ch in p) false
//	all(ch.isalnum() for ch in p)      set(p) - SAFE empty
//	set(p) <= SAFE, set(p).issubset(SAFE)
//	re.search(r"[^a-z0-9.-]", p) false (no character outside the class)

// refineCharCall narrows st by a call cond (of qualified name q) known to
// have the given truth when it is a character guard, or returns nil.
func (fr *frame) refineCharCall(st *state, cond *pyfront.Expr, q string, truth bool) *state {
	args := cond.Args()
	method := ""
	if cond.X != nil && cond.X.Kind == pyfront.Attr {
		method = cond.X.Text
	}
	switch {
	case (q == "all" && truth || q == "any" && !truth) && len(args) == 1 && len(cond.Kw()) == 0:
		return fr.refineEachChar(st, args[0], q == "any")
	case !truth && (q == "re.search" || q == "re.findall") && len(args) == 2:
		return fr.refineNoCharOutside(st, constString(args[0]), args[1])
	case !truth && (method == "search" || method == "findall") && len(args) == 1:
		return fr.refineNoCharOutside(st, fr.compiledPattern(st, cond.X.X), args[0])
	case truth && method == "issubset" && len(args) == 1:
		return fr.refineSubset(st, cond.X.X, args[0])
	}
	return nil
}

// refineSubset: set(p) is a subset of allowed (set(p) <= SAFE,
// set(p).issubset(SAFE), set(p) - SAFE empty), or nil when set is not
// set(p).
func (fr *frame) refineSubset(st *state, set, allowed *pyfront.Expr) *state {
	if subject := fr.setOf(set); subject != nil {
		return fr.sanitizeByChars(st, subject, allowed)
	}
	return nil
}

// refineEachChar: gen is "ch in SAFE for ch in p" (negated: "ch not in
// SAFE", for any() being false), or "ch.isalnum() for ch in p" (and the
// other str predicates), and holds for every character of p.
func (fr *frame) refineEachChar(st *state, gen *pyfront.Expr, negated bool) *state {
	gens := gen.Gens()
	if gen.Kind != pyfront.Comp || gen.Text != "gen" && gen.Text != "list" || len(gens) != 1 || len(gens[0].Ifs) > 0 {
		return nil
	}
	v, subject, body := gens[0].Target, gens[0].Iter, gen.X
	if v == nil || v.Kind != pyfront.Name || subject == nil || body == nil {
		return nil
	}
	if negated {
		// any(not ch.isalnum() ...) / any(ch not in SAFE ...)
		switch {
		case body.Kind == pyfront.UnaryOp && body.Text == "not":
			body = body.X
		case body.Kind == pyfront.Compare && len(body.Ops()) == 1 && body.Ops()[0] == "not in":
		default:
			return nil
		}
	} else if body.Kind == pyfront.Compare && (len(body.Ops()) != 1 || body.Ops()[0] != "in") {
		return nil
	}
	switch {
	case body.Kind == pyfront.Compare && len(body.Elems) == 2 && isName(body.Elems[0], v.Text):
		return fr.sanitizeByChars(st, subject, body.Elems[1])
	case body.Kind == pyfront.Call && body.X != nil && body.X.Kind == pyfront.Attr && isName(body.X.X, v.Text) && len(body.Args()) == 0:
		switch body.X.Text {
		case "isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha":
			return fr.sanitizeSubject(st, subject, safeVerdict, false)
		}
	}
	return nil
}

// refineNoCharOutside: a search for one character outside a class
// (re.search(r"[^a-z0-9]", p)) found nothing: p is made of the class.
func (fr *frame) refineNoCharOutside(st *state, pat string, subject *pyfront.Expr) *state {
	kept, ok := negatedClassChars(pat)
	if !ok {
		return nil
	}
	return fr.sanitizeWith(st, subject, keptSafety(kept))
}

// sanitizeByChars makes subject safe for what text made of the characters
// of set (a constant string, or a collection of one-character strings)
// is safe for.
func (fr *frame) sanitizeByChars(st *state, subject, set *pyfront.Expr) *state {
	chars, ok := fr.allowedChars(st, set, 0)
	if !ok {
		return nil
	}
	return fr.sanitizeWith(st, subject, keptSafety(chars))
}

func (fr *frame) sanitizeWith(st *state, subject *pyfront.Expr, safe taint.Classes) *state {
	if safe == 0 {
		return nil
	}
	return fr.sanitizeSubject(st, subject, safe, false)
}

// setOf is p of set(p) (or frozenset(p)).
func (fr *frame) setOf(e *pyfront.Expr) *pyfront.Expr {
	if e == nil || e.Kind != pyfront.Call || len(e.Args()) != 1 || len(e.Kw()) > 0 {
		return nil
	}
	switch fr.a.p.qualify(fr.mod, e.Callee()) {
	case "set", "frozenset":
		return e.Args()[0]
	}
	return nil
}

// allowedChars lists the characters a constant character set admits: a
// string, a collection of one-character strings, set()/frozenset()/list()
// of either, or a name assigned one in this function or its module.
func (fr *frame) allowedChars(st *state, e *pyfront.Expr, depth int) (string, bool) {
	if e == nil || depth > 4 {
		return "", false
	}
	v := fr.expr(st.copy(), e)
	if v.taintOf().Tainted() {
		return "", false
	}
	if v.c != nil && v.c.kind == kStr {
		return v.c.s, true
	}
	if v.container && v.exact && (v.elems != nil || v.keys != nil) {
		var out []byte
		add := func(x *value) bool {
			if x == nil || x.c == nil || x.c.kind != kStr {
				return false
			}
			if len(x.c.s) == 1 { // (a longer string never equals one character)
				out = append(out, x.c.s[0])
			}
			return true
		}
		for _, x := range v.elems {
			if !add(x) {
				return "", false
			}
		}
		for k := range v.keys {
			if !add(keyConstant(k)) {
				return "", false
			}
		}
		return string(out), true
	}
	switch e.Kind {
	case pyfront.Call:
		switch fr.a.p.qualify(fr.mod, e.Callee()) {
		case "set", "frozenset", "list", "tuple":
			if len(e.Args()) == 1 && len(e.Kw()) == 0 {
				return fr.allowedChars(st, e.Args()[0], depth+1)
			}
		}
	case pyfront.Name:
		if def := fr.onlyAssignment(e.Text); def != nil {
			return fr.allowedChars(st, def, depth+1)
		}
	}
	return "", false
}

// onlyAssignment is the value of the one assignment of name in this
// function's body, or else in its module's top level; nil when there are
// several or none.
func (fr *frame) onlyAssignment(name string) *pyfront.Expr {
	find := func(body []*pyfront.Stmt, nested bool) (*pyfront.Expr, int) {
		var found *pyfront.Expr
		n := 0
		visit := func(s *pyfront.Stmt) {
			if s.Kind == pyfront.AssignStmt || s.Kind == pyfront.AugAssignStmt {
				for _, t := range s.Targets {
					if isName(t, name) {
						found, n = s.Value, n+1
					}
				}
			}
		}
		if nested {
			pyfront.Walk(body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
				visit(s)
				return s.Kind != pyfront.FuncStmt && s.Kind != pyfront.ClassStmt
			})
		} else {
			for _, s := range body {
				visit(s)
			}
		}
		return found, n
	}
	if fr.fn != nil && fr.fn.def != nil {
		if v, n := find(fr.fn.def.Body, true); n > 0 {
			if n == 1 {
				return v
			}
			return nil
		}
	}
	if fr.mod != nil && fr.mod.ast != nil {
		if v, n := find(fr.mod.ast.Body, false); n == 1 {
			return v
		}
	}
	return nil
}

func isName(e *pyfront.Expr, name string) bool {
	return e != nil && e.Kind == pyfront.Name && e.Text == name
}

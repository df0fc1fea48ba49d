package javascript

// originFacts finds origin checks of message events in a condition. It
// returns the event variables whose origin is known to be trusted when the
// condition is true, and those when it is false:
//
//	if (e.origin !== "https://x") return;   // after it: e is trusted
//	if (ALLOWED.includes(e.origin)) { ... } // inside: e is trusted
//
// startsWith/endsWith/indexOf-substring checks are bypassable and do not count.
func (a *analysis) originFacts(c *node, e *env) (whenTrue, whenFalse []string) {
	return conditionFacts(c, func(c *node) (whenTrue, whenFalse []string) {
		switch c.kind {
		case "binary_expression":
			return a.originComparison(c, e)
		case "call_expression":
			if ev := a.allowListCheck(c, e); ev != "" {
				return []string{ev}, nil
			}
		}
		return nil, nil
	})
}

// conditionFacts combines the facts leaf finds in the parts of a condition
// through parentheses, !, && and ||: what holds when the condition is true
// (whenTrue) and when it is false (whenFalse).
func conditionFacts(c *node, leaf func(*node) (whenTrue, whenFalse []string)) (whenTrue, whenFalse []string) {
	if c == nil {
		return nil, nil
	}
	switch {
	case c.kind == "parenthesized_expression" && len(c.kids) == 1:
		return conditionFacts(c.kids[0], leaf)
	case c.kind == "unary_expression" && c.op == "!":
		t, f := conditionFacts(c.child("argument"), leaf)
		return f, t
	case c.kind == "binary_expression" && (c.op == "&&" || c.op == "||"):
		lt, lf := conditionFacts(c.child("left"), leaf)
		rt, rf := conditionFacts(c.child("right"), leaf)
		if c.op == "&&" {
			return union(lt, rt), intersect(lf, rf)
		}
		return intersect(lt, rt), union(lf, rf)
	}
	return leaf(c)
}

// originComparison: ev.origin === "https://x" (and !==).
func (a *analysis) originComparison(c *node, e *env) (whenTrue, whenFalse []string) {
	l, r := c.child("left"), c.child("right")
	switch c.op {
	case "===", "==", "!==", "!=":
		ev := a.originOperand(l, e)
		other := r
		if ev == "" {
			ev, other = a.originOperand(r, e), l
		}
		if ev == "" || a.mentions(other, ev) {
			return nil, nil
		}
		if c.op == "===" || c.op == "==" {
			return []string{ev}, nil
		}
		return nil, []string{ev}
	}
	return nil, nil
}

// originOperand returns the event variable of "ev.origin", or "".
func (a *analysis) originOperand(n *node, e *env) string {
	if n == nil || n.kind != "member_expression" {
		return ""
	}
	obj, prop := n.child("object"), n.child("property")
	if obj == nil || prop == nil || obj.kind != "identifier" || prop.text != "origin" {
		return ""
	}
	if v, ok := e.get(obj.text); ok && v.event {
		return obj.text
	}
	return ""
}

// allowListCheck recognises ALLOWED.includes(ev.origin) and
// ALLOWED_SET.has(ev.origin).
func (a *analysis) allowListCheck(c *node, e *env) string {
	fn := c.child("function")
	if fn == nil || fn.kind != "member_expression" {
		return ""
	}
	p := fn.child("property")
	if p == nil || (p.text != "includes" && p.text != "has") {
		return ""
	}
	args := argNodes(c)
	if len(args) != 1 {
		return ""
	}
	return a.originOperand(args[0], e)
}

// mentions reports whether the expression refers to the variable (an
// origin compared with itself or with event data proves nothing).
func (a *analysis) mentions(n *node, name string) bool {
	if n == nil {
		return false
	}
	if n.kind == "identifier" && n.text == name {
		return true
	}
	for _, k := range n.kids {
		if a.mentions(k, name) {
			return true
		}
	}
	return false
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

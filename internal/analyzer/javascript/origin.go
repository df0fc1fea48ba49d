package javascript

import "strings"

// originFacts finds origin checks of message events in a condition. It
// returns the event variables whose origin is known to be trusted when the
// condition is true, and those when it is false:
//
//	if (e.origin !== "https://x") return;   // after it: e is trusted
//	if (ALLOWED.includes(e.origin)) { ... } // inside: e is trusted
//
// startsWith/endsWith/indexOf-substring checks are bypassable and do not count.
func (a *analysis) originFacts(c *node, e *env) (whenTrue, whenFalse []string) {
	return a.originFactsDepth(c, e, 0)
}

func (a *analysis) originFactsDepth(c *node, e *env, depth int) (whenTrue, whenFalse []string) {
	return conditionFacts(c, func(c *node) (whenTrue, whenFalse []string) {
		switch c.kind {
		case "binary_expression":
			if t, f := a.originComparison(c, e); t != nil || f != nil {
				return t, f
			}
			return a.indexOfCheck(c, e)
		case "call_expression":
			if evs := a.allowListCheck(c, e); evs != nil {
				return evs, nil
			}
			if evs := a.originRegexTest(c, e); evs != nil {
				return evs, nil
			}
			return a.predicateCall(c, e, depth)
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

// originComparison: ev.origin === "https://x" (and !==), also through a
// variable holding the origin, or new URL(ev.origin).hostname/.host/.origin.
func (a *analysis) originComparison(c *node, e *env) (whenTrue, whenFalse []string) {
	l, r := c.child("left"), c.child("right")
	switch c.op {
	case "===", "==", "!==", "!=":
		evs := a.originOperand(l, e)
		other := r
		if evs == nil {
			evs, other = a.originOperand(r, e), l
		}
		if evs == nil || a.mentionsAny(other, evs) || a.originOperand(other, e) != nil {
			return nil, nil
		}
		if c.op == "===" || c.op == "==" {
			return evs, nil
		}
		return nil, evs
	}
	return nil, nil
}

// originOperand returns the event variables whose origin n is: ev.origin,
// a variable holding it, or a part of new URL(origin) that names the
// whole host; nil otherwise.
func (a *analysis) originOperand(n *node, e *env) []string {
	if n == nil {
		return nil
	}
	switch n.kind {
	case "parenthesized_expression":
		if len(n.kids) == 1 {
			return a.originOperand(n.kids[0], e)
		}
	case "identifier":
		if v, ok := e.get(n.text); ok && len(v.originOf) > 0 {
			return v.originOf
		}
	case "member_expression":
		obj, prop := n.child("object"), n.child("property")
		if obj == nil || prop == nil {
			return nil
		}
		if obj.kind == "identifier" && prop.text == "origin" {
			if v, ok := e.get(obj.text); ok && v.event {
				return []string{obj.text}
			}
		}
		if prop.text == "origin" && obj.kind == "member_expression" && obj.child("object") != nil && obj.child("object").kind == "identifier" &&
			obj.child("property") != nil && obj.child("property").text == "originalEvent" {
			// jQuery's e.originalEvent.origin: e carries the message.
			if v, ok := e.get(obj.child("object").text); ok && v.fields["originalEvent"] != nil && v.fields["originalEvent"].event {
				return []string{obj.child("object").text}
			}
		}
		if obj.kind == "new_expression" && (prop.text == "hostname" || prop.text == "host" || prop.text == "origin") {
			if ctor := obj.child("constructor"); ctor != nil && ctor.text == "URL" {
				if args := argNodes(obj); len(args) == 1 {
					return a.originOperand(args[0], e)
				}
			}
		}
	}
	return nil
}

// allowListCheck recognises ALLOWED.includes(ev.origin) and
// ALLOWED_SET.has(ev.origin).
func (a *analysis) allowListCheck(c *node, e *env) []string {
	fn := c.child("function")
	if fn == nil || fn.kind != "member_expression" {
		return nil
	}
	p := fn.child("property")
	if p == nil || (p.text != "includes" && p.text != "has") || a.isStringValue(fn.child("object"), e) {
		return nil
	}
	args := argNodes(c)
	if len(args) != 1 {
		return nil
	}
	evs := a.originOperand(args[0], e)
	if a.fromMessage(fn.child("object"), evs, e) {
		return nil
	}
	return evs
}

// fromMessage: an allow-list that the message itself (or other input)
// provides proves nothing (e.data.allowed.includes(e.origin)).
func (a *analysis) fromMessage(list *node, evs []string, e *env) bool {
	if list == nil || a.mentionsAny(list, evs) {
		return true
	}
	if list.kind == "identifier" {
		if v, ok := e.get(list.text); ok && v.tainted() {
			return true
		}
	}
	return false
}

// isStringValue: the expression is a string (whose includes() is a
// substring test, bypassable by an origin that contains the text).
func (a *analysis) isStringValue(n *node, e *env) bool {
	if n == nil {
		return true
	}
	if n.kind == "string" || n.kind == "template_string" {
		return true
	}
	if n.kind == "identifier" {
		if v, ok := e.get(n.text); ok && (v.isStr || v.prefix != "" || v.hasText) {
			return true
		}
	}
	return a.originOperand(n, e) != nil
}

// indexOfCheck: ALLOWED.indexOf(ev.origin) compared with -1 or 0 (an
// array's indexOf is an exact match; a string's is a substring test).
func (a *analysis) indexOfCheck(c *node, e *env) (whenTrue, whenFalse []string) {
	l, r := c.child("left"), c.child("right")
	op := c.op
	call, num := l, r
	if !isIndexOfCall(call) {
		call, num = r, l
		op = flipComparison(op)
	}
	if !isIndexOfCall(call) || num == nil {
		return nil, nil
	}
	fn := call.child("function")
	if a.isStringValue(fn.child("object"), e) {
		return nil, nil
	}
	args := argNodes(call)
	if len(args) != 1 {
		return nil, nil
	}
	evs := a.originOperand(args[0], e)
	if evs == nil || a.fromMessage(fn.child("object"), evs, e) {
		return nil, nil
	}
	switch indexOfFound(op, num) {
	case foundWhenTrue:
		return evs, nil
	case foundWhenFalse:
		return nil, evs
	}
	return nil, nil
}

func isIndexOfCall(n *node) bool {
	if n == nil || n.kind != "call_expression" {
		return false
	}
	fn := n.child("function")
	return fn != nil && fn.kind == "member_expression" && fn.child("property") != nil && fn.child("property").text == "indexOf"
}

// flipComparison is the operator with its operands swapped (a < b is b > a).
func flipComparison(op string) string {
	switch op {
	case "<":
		return ">"
	case ">":
		return "<"
	case "<=":
		return ">="
	case ">=":
		return "<="
	}
	return op
}

// originRegexTest: /^https:\/\/app\.example\.com$/.test(ev.origin), a
// pattern anchored at both ends whose dots are all escaped (an unescaped
// one matches any character: app-example.com).
func (a *analysis) originRegexTest(c *node, e *env) []string {
	fn := c.child("function")
	if fn == nil || fn.kind != "member_expression" || fn.child("property") == nil || fn.child("property").text != "test" {
		return nil
	}
	re := fn.child("object")
	args := argNodes(c)
	if re == nil || re.kind != "regex" || len(args) != 1 {
		return nil
	}
	pattern, flags := regexParts(re.text)
	if !strings.HasPrefix(pattern, "^") || !strings.HasSuffix(pattern, "$") || strings.HasSuffix(pattern, `\$`) || strings.Contains(flags, "m") {
		return nil
	}
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			// Escaped punctuation only (\. \/ \- \:): \S, \w, \x2e ... match
			// other characters.
			if i+1 >= len(pattern) || isLetter(pattern[i+1]) || pattern[i+1] >= '0' && pattern[i+1] <= '9' {
				return nil
			}
			i++
		case '.', '*', '+', '[', '|', '{', '?':
			return nil // any character, repetition, classes, alternatives
		}
	}
	return a.originOperand(args[0], e)
}

// predicateCall: isTrusted(ev.origin) where isTrusted is a function of the
// file that returns an origin check of its parameter.
func (a *analysis) predicateCall(c *node, e *env, depth int) (whenTrue, whenFalse []string) {
	fn := c.child("function")
	if depth > 2 || fn == nil || fn.kind != "identifier" {
		return nil, nil
	}
	fv, ok := e.get(fn.text)
	if !ok || fv.fn == nil {
		return nil, nil
	}
	ret := singleReturn(fv.fn.n)
	if ret == nil {
		return nil, nil
	}
	params := paramList(fv.fn.n)
	args := argNodes(c)
	fe := newScope(e, true)
	bound := false
	for i, p := range params {
		if p.kind != "identifier" || i >= len(args) {
			continue
		}
		fe.declare(p.text)
		if evs := a.originOperand(args[i], e); evs != nil {
			fe.set(p.text, &value{originOf: evs, truthy: true})
			bound = true
		} else {
			fe.set(p.text, &value{})
		}
	}
	if !bound {
		return nil, nil
	}
	return a.originFactsDepth(ret, fe, depth+1)
}

// singleReturn is the expression a function returns when its body is that
// one return statement (or an arrow function's expression body).
func singleReturn(fn *node) *node {
	body := fn.child("body")
	if body == nil {
		return nil
	}
	if body.kind != "statement_block" {
		return body
	}
	var stmts []*node
	for _, k := range body.kids {
		if k.kind != "comment" {
			stmts = append(stmts, k)
		}
	}
	if len(stmts) != 1 || stmts[0].kind != "return_statement" || len(stmts[0].kids) == 0 {
		return nil
	}
	return stmts[0].kids[0]
}

// mentionsAny: the expression refers to one of the variables.
func (a *analysis) mentionsAny(n *node, names []string) bool {
	for _, name := range names {
		if a.mentions(n, name) {
			return true
		}
	}
	return false
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

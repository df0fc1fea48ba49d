package javascript

import (
	"regexp"
	"strings"
)

// narrowFacts are the variables a condition proves harmless when it holds
// (whenTrue) or fails (whenFalse): compared equal to a constant, found in
// a constant allow-list, matched by an anchored pattern of safe
// characters, checked to be a number, or a URL whose scheme or origin was
// checked.
func (a *analysis) narrowFacts(c *node, e *env) (whenTrue, whenFalse []string) {
	return conditionFacts(c, func(c *node) (whenTrue, whenFalse []string) {
		switch c.kind {
		case "binary_expression":
			return a.comparisonFacts(c, e)
		case "call_expression":
			return a.callFacts(c, e)
		}
		return nil, nil
	})
}

// comparisonFacts: x === constant, typeof x === "number", u.protocol ===
// "https:", u.origin === location.origin, LIST.indexOf(x) !== -1.
func (a *analysis) comparisonFacts(c *node, e *env) (whenTrue, whenFalse []string) {
	l, r := c.child("left"), c.child("right")
	switch c.op {
	case "===", "==", "!==", "!=", ">", ">=", "<":
		if t, f, ok := a.indexOfFacts(l, r, c.op, e); ok {
			return t, f
		}
		if c.op == ">" || c.op == ">=" || c.op == "<" {
			return nil, nil
		}
		names := equalityFacts(l, r)
		if len(names) == 0 {
			names = equalityFacts(r, l)
		}
		if c.op == "===" || c.op == "==" {
			return names, nil
		}
		return nil, names
	}
	return nil, nil
}

// equalityFacts: x === "lit" (x is that constant), typeof x === "number",
// u.protocol === "https:", u.origin === location.origin: the variable.
func equalityFacts(x, y *node) []string {
	if x == nil || y == nil {
		return nil
	}
	lit := y.kind == "string" || y.kind == "number" || y.kind == "true" || y.kind == "false"
	switch {
	case x.kind == "identifier" && lit:
		return []string{x.text}
	case x.kind == "unary_expression" && x.op == "typeof" && y.kind == "string" && (y.text == "number" || y.text == "boolean" || y.text == "undefined"):
		if arg := x.child("argument"); arg != nil && arg.kind == "identifier" {
			return []string{arg.text}
		} else if arg != nil && arg.kind == "member_expression" {
			// typeof state.count === "number": the access path.
			if path := accessPath(arg.child("object"), arg.child("property")); path != "" {
				return []string{path}
			}
		}
	case x.kind == "member_expression" && x.child("object") != nil && x.child("object").kind == "identifier":
		prop := x.child("property")
		if prop == nil {
			return nil
		}
		switch {
		case prop.text == "protocol" && y.kind == "string" && (y.text == "https:" || y.text == "http:"):
			return []string{x.child("object").text}
		case prop.text == "origin" && isLocationOrigin(y):
			return []string{x.child("object").text}
		}
	}
	return nil
}

func isLocationOrigin(n *node) bool {
	if n == nil || n.kind != "member_expression" {
		return false
	}
	p, o := n.child("property"), n.child("object")
	if p == nil || p.text != "origin" || o == nil {
		return false
	}
	return o.kind == "identifier" && o.text == "location" || o.kind == "member_expression" && o.child("property") != nil && o.child("property").text == "location"
}

// indexOfFacts: LIST.indexOf(x) compared with -1 or 0, LIST a constant
// (untainted) list: x is in the list when "!== -1", "> -1" or ">= 0" holds,
// or when "=== -1" or "< 0" fails. ok is false for other comparisons.
func (a *analysis) indexOfFacts(l, r *node, op string, e *env) (whenTrue, whenFalse []string, ok bool) {
	x := allowListArg(l, "indexOf", e)
	if x == "" || r == nil {
		return nil, nil, false
	}
	switch indexOfFound(op, r) {
	case foundWhenTrue:
		return []string{x}, nil, true
	case foundWhenFalse:
		return nil, []string{x}, true
	}
	return nil, nil, false
}

// indexOfOutcome says when a comparison of an indexOf() result with -1 or
// 0 means the item was found.
type indexOfOutcome int

const (
	foundUnknown indexOfOutcome = iota
	foundWhenTrue
	foundWhenFalse
)

// indexOfFound decodes i OP num for i an indexOf() result: i !== -1,
// i > -1 and i >= 0 hold when found; i === -1, i <= -1 and i < 0 when not.
func indexOfFound(op string, num *node) indexOfOutcome {
	if num == nil {
		return foundUnknown
	}
	minusOne := num.kind == "unary_expression" && num.op == "-" && num.child("argument") != nil && num.child("argument").text == "1"
	zero := num.kind == "number" && num.text == "0"
	switch {
	case minusOne && (op == "!==" || op == "!=" || op == ">"), zero && op == ">=":
		return foundWhenTrue
	case minusOne && (op == "===" || op == "==" || op == "<="), zero && op == "<":
		return foundWhenFalse
	}
	return foundUnknown
}

// allowListArg: RECV.method(x) with an untainted receiver and an
// identifier argument: x.
func allowListArg(n *node, method string, e *env) string {
	if n == nil || n.kind != "call_expression" {
		return ""
	}
	fn := n.child("function")
	if fn == nil || fn.kind != "member_expression" || fn.child("property") == nil || fn.child("property").text != method {
		return ""
	}
	args := n.child("arguments")
	if args == nil || len(args.kids) != 1 || args.kids[0].kind != "identifier" {
		return ""
	}
	recv := fn.child("object")
	if recv == nil || recv.kind == "string" || recv.kind == "template_string" {
		return "" // "https://a.example".indexOf(x): a substring test
	}
	if recv.kind == "identifier" {
		if v, ok := e.get(recv.text); ok && (v.tainted() || v.isStr) {
			return ""
		}
	}
	return args.kids[0].text
}

// callFacts: LIST.includes(x), SET.has(x), /^[safe]+$/.test(x),
// /^https?:\/\//.test(u), and /[<>"']/.test(x) (which, when false,
// leaves x without markup characters).
func (a *analysis) callFacts(c *node, e *env) (whenTrue, whenFalse []string) {
	for _, m := range []string{"includes", "has"} {
		if x := allowListArg(c, m, e); x != "" {
			return []string{x}, nil
		}
	}
	fn := c.child("function")
	args := c.child("arguments")
	if fn == nil || fn.kind != "member_expression" || fn.child("property") == nil || fn.child("property").text != "test" ||
		args == nil || len(args.kids) != 1 || args.kids[0].kind != "identifier" {
		return nil, nil
	}
	re := fn.child("object")
	if re == nil || re.kind != "regex" {
		return nil, nil
	}
	pattern, _ := regexParts(re.text)
	x := args.kids[0].text
	switch {
	case safeAnchored(pattern), httpScheme.MatchString(pattern):
		return []string{x}, nil
	case rejectsMarkup(pattern):
		return nil, []string{x}
	}
	return nil, nil
}

// charClass is the body of a pattern that is one character class, "[...]"
// or "[^...]" (negated).
func charClass(p string) (body string, negated, ok bool) {
	if len(p) < 2 || p[0] != '[' || p[len(p)-1] != ']' {
		return "", false, false
	}
	if strings.HasPrefix(p, "[^") {
		return p[2 : len(p)-1], true, true
	}
	return p[1 : len(p)-1], false, true
}

// regexParts are the pattern and the flags of a regex literal's text
// ("/<|>/gi" -> "<|>", "gi").
func regexParts(lit string) (pattern, flags string) {
	if len(lit) < 2 || lit[0] != '/' {
		return "", ""
	}
	if i := strings.LastIndexByte(lit, '/'); i > 0 {
		return lit[1:i], lit[i+1:]
	}
	return "", ""
}

var httpScheme = regexp.MustCompile(`^\^(\(\?:)?https\?\??:`)

// safeAnchored: ^...$ matching only characters without meaning in HTML or
// URLs (letters, digits, "_", "-", ".", spaces ...): no ".", negated
// class or \S/\W/\D, and no markup or quote characters.
func safeAnchored(p string) bool {
	if !strings.HasPrefix(p, "^") || !strings.HasSuffix(p, "$") || strings.HasSuffix(p, `\$`) {
		return false
	}
	if strings.ContainsAny(p, "<>\"'`:/&=") || strings.Contains(p, "[^") {
		return false
	}
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			// Only \d, \w and escaped punctuation: \S, \W, \D, \s, \x3c,
			// \u003c, \cX and octal escapes admit other characters.
			if i+1 >= len(p) || p[i+1] != 'd' && p[i+1] != 'w' && (isLetter(p[i+1]) || p[i+1] >= '0' && p[i+1] <= '9') {
				return false
			}
			i++
		case '.':
			return false
		case '|':
			return false // (a top-level | may escape the anchors)
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// rejectsMarkup: a character class holding <, > and a quote
// (/[<>"'&]/): when it finds nothing, the text has no markup.
func rejectsMarkup(p string) bool {
	body, negated, ok := charClass(p)
	return ok && !negated && strings.Contains(body, "<") && strings.Contains(body, ">") && (strings.Contains(body, `"`) || strings.Contains(body, "'"))
}

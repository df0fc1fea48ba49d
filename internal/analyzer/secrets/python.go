package secrets

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"regexp"
	"strings"
	"unicode"

	"github.com/secaudit/secaudit/internal/pyfront"
)

// pyCandidate finds what every Python check starts from, without parsing:
// a secret-looking name followed by = or : and a string literal (an
// assignment, a dict entry, a keyword argument, a parameter default), an
// environment lookup of such a name with a literal default, "or 'literal'",
// or a JWT call. Files without one are not parsed.
var pyCandidate = regexp.MustCompile(`(?i)(?:pass|pwd|secret|token|key|cred)[a-z0-9_]*['"]?\]?\s*[:=]\s*[rbuf]{0,2}['"]|(?:pass|pwd|secret|token|key|cred)[a-z0-9_]*['"]\s*,\s*(?:default\s*=\s*)?[rbuf]{0,2}['"]|\bor\s+[rbu]{0,2}['"]|jwt|jws|\bauth\s*=\s*\(\s*[rbuf]{0,2}['"]|(?:basic|digest)auth\(|(?:pass|pwd|secret|token|key|cred)[a-z0-9_]*\s*:\s*[a-z_.\[\]]+\s*=\s*[a-z_.]*\(?\s*(?:default\s*=\s*)?[rbuf]{0,2}['"]`)

var pyWords = [][]byte{[]byte("pass"), []byte("pwd"), []byte("secret"), []byte("token"), []byte("key"), []byte("cred"), []byte("auth")}

// pyWorthParsing runs pyCandidate only on the lines that hold one of its
// words and a quote (the regexp over whole files cost more than parsing).
func pyWorthParsing(data []byte) bool {
	lower := bytes.ToLower(data)
	if bytes.Contains(lower, []byte("jwt")) || bytes.Contains(lower, []byte("jws")) {
		return true
	}
	for len(lower) > 0 {
		line := lower
		if i := bytes.IndexByte(lower, '\n'); i >= 0 {
			line, lower = lower[:i], lower[i+1:]
		} else {
			lower = nil
		}
		if bytes.IndexByte(line, '"') < 0 && bytes.IndexByte(line, '\'') < 0 {
			continue
		}
		for _, w := range pyWords {
			if bytes.Contains(line, w) {
				if pyCandidate.Match(line) {
					return true
				}
				break
			}
		}
	}
	return false
}

// configOwned are names whose hard-coded values the configuration analyzer
// reports (CFG-PY-SECRET-KEY-HARDCODED): Flask's and Django's SECRET_KEY.
func configOwned(name string) bool { return name == "SECRET_KEY" || name == "secret_key" }

// pyChecker holds one Python file's analysis.
type pyChecker struct {
	// test is true in test modules, where a literal JWT key signs test
	// tokens.
	test  bool
	m     *pyfront.Module
	scope *pyfront.Scope
	hits  []hit
	// seen avoids reporting the same literal twice (an assignment and the
	// jwt.encode call that uses it).
	seen map[string]bool
}

// pythonHits runs the Python checks: literal strings bound to secret-named
// targets (assignments, dict keys, keyword arguments, parameter defaults,
// environment lookups with a literal fallback) and literal JWT keys.
func pythonHits(ctx context.Context, rel string, data []byte) ([]hit, error) {
	if !pyWorthParsing(data) {
		return nil, nil
	}
	m, err := pyfront.ParseShared(ctx, rel, data)
	if err != nil {
		return nil, err
	}
	p := &pyChecker{test: testPath(rel), m: m, scope: pyfront.Interpret(m.Body, nil), seen: map[string]bool{}}
	pyfront.Walk(m.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		p.stmt(s)
		return true
	})
	return p.hits, nil
}

func (p *pyChecker) stmt(s *pyfront.Stmt) {
	switch s.Kind {
	case pyfront.AssignStmt:
		for _, t := range s.Targets {
			if name := targetName(t); name != "" {
				p.bound(name, s.Value, "assignment to "+name)
			}
		}
	case pyfront.FuncStmt:
		for _, prm := range s.Params {
			if prm.Default != nil {
				p.bound(prm.Name, prm.Default, "default value of "+s.Name+"("+prm.Name+"=...)")
			}
		}
	}
	pyfront.StmtExprs(s, p.expr)
	for _, w := range s.Withs {
		pyfront.WalkExpr(w.Value, p.expr)
	}
}

// expr looks inside an expression: dict literals, keyword arguments, JWT calls.
func (p *pyChecker) expr(e *pyfront.Expr) {
	switch e.Kind {
	case pyfront.Dict:
		for i, k := range e.Elems {
			if k != nil && k.Kind == pyfront.Str && i < len(e.Vals()) {
				p.bound(k.Text, e.Vals()[i], fmt.Sprintf("dict entry [%q]", k.Text))
			}
		}
	case pyfront.Call:
		callee := e.Callee()
		for _, kw := range e.Kw() {
			if kw.Name != "" {
				p.bound(kw.Name, kw.Value, fmt.Sprintf("%s(%s=...)", short(callee), kw.Name))
			}
		}
		p.jwt(e, callee)
		// HTTP basic auth: requests' auth=("user", "password"), and the
		// auth classes of requests, httpx and aiohttp.
		if a := e.Keyword("auth"); a != nil && a.Kind == pyfront.Tuple && len(a.Elems) == 2 {
			p.bound("password", a.Elems[1], short(callee)+"(auth=(user, password))")
		}
		if args := e.Args(); isBasicAuth(callee) && e.Keyword("password") == nil && len(args) >= 2 {
			p.bound("password", args[1], callee+"(user, password)")
		}
		if callee == "setattr" || strings.HasSuffix(callee, ".setdefault") || strings.HasSuffix(callee, "environ.__setitem__") {
			if args := e.Args(); len(args) == 3 && args[1].Kind == pyfront.Str {
				p.bound(args[1].Text, args[2], callee+"(..., \""+args[1].Text+"\", ...)")
			} else if len(args) == 2 && args[0].Kind == pyfront.Str && strings.HasSuffix(callee, "environ.setdefault") {
				p.bound(args[0].Text, args[1], callee+"(\""+args[0].Text+"\", ...)")
			}
		}
	}
}

func short(s string) string {
	if s == "" {
		return "call"
	}
	return s
}

// targetName is the name an assignment binds: x, obj.attr, d["key"].
func targetName(t *pyfront.Expr) string {
	switch t.Kind {
	case pyfront.Name:
		return t.Text
	case pyfront.Attr:
		return t.Text
	case pyfront.Subscript:
		if t.Y != nil && t.Y.Kind == pyfront.Str {
			return t.Y.Text
		}
	}
	return ""
}

// bound checks a value bound to a name: a literal, or an environment
// lookup whose fallback is a literal.
func (p *pyChecker) bound(name string, v *pyfront.Expr, where string) {
	if v == nil || configOwned(name) {
		return
	}
	kind := secretName(name)
	if kind == "" {
		return
	}
	lit, fallback := literal(v)
	if lit == nil {
		return
	}
	val := lit.Text
	if placeholder(val) || strings.EqualFold(val, name) || isKeyword(val) || strings.HasPrefix(val, "-----BEGIN") {
		return // a PEM key is the private-key check's
	}
	if kind != "password" && !strongEnough(val) {
		return
	}
	h := hit{rule: rulePython, source: "secaudit:python", secret: val, line: lit.Pos.Line, col: lit.Pos.Col,
		what: "literal " + kind + " in " + where, entropy: entropy(val)}
	if fallback {
		h.what = "literal " + kind + " as the fallback in " + where
		h.confidence = "medium"
		h.note = "the literal is used whenever the environment variable is missing"
	}
	p.add(h)
}

func (p *pyChecker) add(h hit) {
	k := fmt.Sprintf("%d:%s", h.line, h.secret)
	if p.seen[k] || p.seen["v:"+h.secret] && h.rule == ruleJWT {
		return
	}
	p.seen[k] = true
	p.seen["v:"+h.secret] = true
	p.hits = append(p.hits, h)
}

// literal returns the string literal an expression gives: the expression
// itself, or the default of os.environ.get / os.getenv / config() /
// env() and of "lookup or 'literal'" (fallback is then true).
func literal(e *pyfront.Expr) (lit *pyfront.Expr, fallback bool) {
	switch e.Kind {
	case pyfront.Str:
		return e, false
	case pyfront.BinOp:
		if e.Text == "or" && isEnvLookup(e.X) && e.Y != nil && e.Y.Kind == pyfront.Str {
			return e.Y, true
		}
	case pyfront.Call:
		if isFieldDefault(e.Callee()) {
			// pydantic / dataclasses / attrs: the default of a settings field
			if d := e.Keyword("default"); d != nil && d.Kind == pyfront.Str {
				return d, false
			}
			if args := e.Args(); len(args) > 0 && args[0].Kind == pyfront.Str && e.Callee() != "dataclasses.field" && e.Callee() != "field" {
				return args[0], false
			}
			return nil, false
		}
		if !isEnvLookup(e) {
			return nil, false
		}
		d := e.Keyword("default")
		if d == nil {
			if args := e.Args(); len(args) > 1 {
				d = args[1]
			}
		}
		if d != nil && d.Kind == pyfront.Str {
			return d, true
		}
	}
	return nil, false
}

// isEnvLookup recognises os.environ[...], os.environ.get, os.getenv,
// django-environ env(...), python-decouple config(...), and secret-store
// reads.
func isEnvLookup(e *pyfront.Expr) bool {
	if e == nil {
		return false
	}
	switch e.Kind {
	case pyfront.Subscript:
		d := e.X.Dotted()
		return d == "os.environ" || d == "environ"
	case pyfront.Call:
		switch e.Callee() {
		case "os.environ.get", "environ.get", "os.getenv", "getenv", "os.environ.setdefault", "env", "config",
			"env.str", "environ.get_value", "env.get_value", "decouple.config", "os.environ.pop":
			return true
		}
	}
	return false
}

// jwt reports jwt.encode/jwt.decode (PyJWT, python-jose, authlib) with a
// literal key, or a key that is a module constant holding a literal.
func (p *pyChecker) jwt(e *pyfront.Expr, callee string) {
	if !isJWTCall(callee) {
		return
	}
	key := e.Keyword("key")
	if key == nil {
		if args := e.Args(); len(args) > 1 {
			key = args[1]
		}
	}
	if key == nil {
		return
	}
	var val, from string
	line, col := key.Pos.Line, key.Pos.Col
	switch key.Kind {
	case pyfront.Str:
		val = key.Text
	case pyfront.Name:
		v := p.scope.Lookup(key.Text)
		if v.Kind != pyfront.StrVal {
			return
		}
		val, from = v.S, " (module constant "+key.Text+")"
		if bs := p.scope.Bindings(key.Text); len(bs) > 0 && bs[len(bs)-1].Expr != nil {
			from += fmt.Sprintf(", set on line %d", bs[len(bs)-1].Expr.Pos.Line)
		}
	default:
		return
	}
	if strings.Contains(val, "-----BEGIN") && !strings.Contains(val, "PRIVATE KEY") || jwtPlaceholder(val, p.test) {
		return // a public key verifies; it is not a secret
	}
	if strings.Contains(val, "PRIVATE KEY") {
		return // reported by the private-key check
	}
	p.add(hit{rule: ruleJWT, source: "secaudit:python-jwt", secret: val, line: line, col: col,
		what: "literal signing key in " + callee + "()" + from, entropy: entropy(val)})
}

func isJWTCall(callee string) bool {
	switch callee {
	case "jwt.encode", "jwt.decode", "jose.jwt.encode", "jose.jwt.decode", "pyjwt.encode", "pyjwt.decode",
		"jwt.api_jwt.encode", "jwt.api_jwt.decode", "jws.sign", "jose.jws.sign", "encode_jwt", "jwt.JWT.encode":
		return true
	}
	return strings.HasSuffix(callee, ".jwt.encode") || strings.HasSuffix(callee, ".jwt.decode")
}

// jwtPlaceholder: a literal handed to jwt.encode/decode is the key in use,
// however weak ("secret", "mysecret", "changeme" are the classic
// hard-coded JWT keys), so the placeholder words that exempt a value bound
// to a secret-named variable do not exempt it. Empty values, references and
// example/test values still do, and in test modules the general
// placeholder rule applies.
func jwtPlaceholder(v string, test bool) bool {
	if test {
		return placeholder(v)
	}
	t := strings.TrimSpace(v)
	if t == "" || refRe.MatchString(t) || envNameRe.MatchString(t) {
		return true
	}
	l := strings.ToLower(t)
	for _, p := range placeholderParts {
		if strings.Contains(l, p) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if testWords[w] {
			return true
		}
	}
	return false
}

// testPath reports test modules: under a tests/ or test/ directory,
// test_*.py, *_test.py, conftest.py.
func testPath(rel string) bool {
	l := strings.ToLower(rel)
	base := path.Base(l)
	return strings.HasPrefix(l, "tests/") || strings.HasPrefix(l, "test/") || strings.Contains(l, "/tests/") || strings.Contains(l, "/test/") ||
		strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "conftest.py"
}

func isBasicAuth(callee string) bool {
	switch callee {
	case "HTTPBasicAuth", "requests.auth.HTTPBasicAuth", "auth.HTTPBasicAuth", "HTTPDigestAuth", "requests.auth.HTTPDigestAuth",
		"httpx.BasicAuth", "httpx.DigestAuth", "aiohttp.BasicAuth", "BasicAuth":
		return true
	}
	return false
}

func isFieldDefault(callee string) bool {
	switch callee {
	case "Field", "pydantic.Field", "SecretStr", "pydantic.SecretStr", "dataclasses.field", "field", "attr.ib", "attrs.field":
		return true
	}
	return false
}

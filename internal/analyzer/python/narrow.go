package python

import (
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// refine narrows a state by a condition known to be true (or false):
// allow-list membership, equality with a constant, type and format checks,
// URL host and path checks make the checked variable safe on that path.
func (fr *frame) refine(st *state, cond *pyfront.Expr, truth bool) *state {
	if cond == nil || st.dead {
		return st
	}
	switch cond.Kind {
	case pyfront.UnaryOp:
		if cond.Text == "not" {
			return fr.refine(st, cond.X, !truth)
		}
	case pyfront.BinOp:
		switch {
		case cond.Text == "-" && !truth:
			// set(p) - SAFE is empty.
			if out := fr.refineSubset(st, cond.X, cond.Y); out != nil {
				return out
			}
		case cond.Text == "and" && truth, cond.Text == "or" && !truth:
			st = fr.refine(st, cond.X, truth)
			return fr.refine(st, cond.Y, truth)
		case cond.Text == "or" && truth, cond.Text == "and" && !truth:
			// One of two alternatives holds: X has the outcome, or X has the
			// other and Y has it. What both establish holds
			// (if (nxt or html) and not is_safe(nxt): ... else: nxt is
			// empty or checked).
			a := fr.refine(st.copy(), cond.X, truth)
			b := fr.refine(fr.refine(st.copy(), cond.X, !truth), cond.Y, truth)
			return joinStates(a, b)
		}
	case pyfront.Name:
		// ok = is_safe(url); if ok: ... narrows as if is_safe(url) while
		// url still holds what was checked.
		if v, ok := st.get(cond.Text); ok && v.checkOf() != nil && v.checkOf().holds(st) {
			st = fr.refine(st, v.checkOf().cond, truth)
		}
		// if x: ... else: x is empty, None or 0, which carries nothing.
		if !truth {
			return fr.sanitizeSubject(st, cond, safeVerdict, false)
		}
	case pyfront.Compare:
		return fr.refineCompare(st, cond, truth)
	case pyfront.Call:
		return fr.refineCall(st, cond, truth)
	case pyfront.Attr:
		// if parts.netloc: ... false: the URL has no host, so it stays on
		// this site. (No scheme is not enough: "//evil.example" has none.)
		if !truth && (cond.Text == "netloc" || cond.Text == "hostname") {
			return fr.sanitizeSubject(st, cond, classRedirect|classSession, true)
		}
	}
	return st
}

var safeVerdict = taint.AllClasses

// heldCheck is a condition whose outcome a variable holds, with the values
// the condition's variables had then: the outcome says something about
// them only while they still hold those values.
type heldCheck struct {
	cond *pyfront.Expr
	vars map[string]*value // nil: the variable was unbound
}

// isCheck reports whether an expression is a condition refine can use:
// a comparison, a negation or conjunction, or a call of a predicate.
func isCheck(e *pyfront.Expr) bool {
	if e == nil {
		return false
	}
	switch e.Kind {
	case pyfront.Compare:
		return true
	case pyfront.UnaryOp:
		return e.Text == "not" && isCheck(e.X)
	case pyfront.BinOp:
		return (e.Text == "and" || e.Text == "or") && (isCheck(e.X) || isCheck(e.Y))
	case pyfront.Attr:
		// host = urlparse(u).hostname: a later comparison of host checks u.
		return urlPartOf(e)
	case pyfront.Call:
		switch name := e.CalleeName(); name {
		case "":
			return false
		case "isinstance", "isdigit", "isnumeric", "isdecimal", "isalnum", "isalpha", "isidentifier",
			"match", "fullmatch", "search", "startswith", "url_has_allowed_host_and_scheme", "is_safe_url":
			return true
		default:
			return validatorName.MatchString(name)
		}
	}
	return false
}

// holdCheck returns v marked as the outcome of cond in st.
func (fr *frame) holdCheck(st *state, v *value, cond *pyfront.Expr) *value {
	vars := map[string]*value{}
	pyfront.WalkExpr(cond, func(e *pyfront.Expr) {
		if e.Kind != pyfront.Name && e.Kind != pyfront.Attr {
			return
		}
		if name := e.Dotted(); name != "" {
			if _, seen := vars[name]; !seen {
				cur, _ := st.get(name)
				vars[name] = cur
			}
		}
	})
	return v.withExtra(func(x *valueExtra) { x.check = &heldCheck{cond: cond, vars: vars} })
}

// holds reports whether the checked variables still hold what was checked.
func (h *heldCheck) holds(st *state) bool {
	for name, was := range h.vars {
		if cur, _ := st.get(name); cur != was {
			return false
		}
	}
	return true
}

func (fr *frame) refineCompare(st *state, cond *pyfront.Expr, truth bool) *state {
	if len(cond.Ops()) != 1 || len(cond.Elems) != 2 {
		return st
	}
	op, left, right := cond.Ops()[0], cond.Elems[0], cond.Elems[1]
	if (op == "is" || op == "is not") && right.Kind == pyfront.NoneLit && fr.isRegexMatch(st, left) {
		// re.fullmatch(P, x) is None, m is not None: a match object is
		// never false, so this is the match's truth.
		return fr.refine(st, left, truth == (op == "is not"))
	}
	switch op {
	case "<=", "<":
		if truth {
			if out := fr.refineSubset(st, left, right); out != nil {
				return out // set(p) <= SAFE
			}
		}
	case "in", "not in":
		if (op == "in") != truth {
			// ".." not in p, "/" not in p: half of a confinement check.
			switch constString(left) {
			case "..": // (not "../": a name that is ".." itself passes that)
				return fr.addPathFact(st, right, noDotDot)
			case "/":
				return fr.addPathFact(st, right, relativePath)
			}
			return st
		}
		if right.Kind == pyfront.Attr && right.Text == "parents" && right.X != nil {
			// BASE in path.resolve().parents: the resolved path lies
			// under the untainted base.
			if !fr.expr(st.copy(), left).taintOf().Tainted() && fr.resolved(right.X, cond.Pos.Line, 0) {
				return fr.sanitizeSubject(st, right.X, classPath, false)
			}
			return st
		}
		coll := fr.expr(st.copy(), right)
		if coll.taintOf().Tainted() || coll.request {
			return st // membership in input proves nothing
		}
		return fr.sanitizeSubject(st, left, safeVerdict, fr.urlCheck(left))
	case "==", "!=", "is":
		if (op == "!=") == truth {
			return st
		}
		if cp := fr.commonPath(st, left, right); cp != nil {
			return cp
		}
		if cp := fr.commonPath(st, right, left); cp != nil {
			return cp
		}
		l, r := fr.expr(st.copy(), left), fr.expr(st.copy(), right)
		switch {
		case r.c != nil && !l.taintOf().Tainted():
			return st
		case r.c != nil:
			// x == "const": on this path x is that constant.
			if name := left.Dotted(); name != "" && left.Kind == pyfront.Name {
				st = fr.sanitizeHeldURL(st, l, safeVerdict)
				st.set(name, constValue(r.c))
				return st
			}
			return fr.sanitizeSubject(st, left, safeVerdict, fr.urlCheck(left))
		case l.c != nil && right.Kind == pyfront.Name:
			st.set(right.Text, constValue(l.c))
			return st
		case !r.taintOf().Tainted() && fr.isURLPart(left):
			// urlparse(u).netloc == ALLOWED_HOST
			return fr.sanitizeSubject(st, left, safeVerdict, true)
		}
	}
	return st
}

// anchored matches a validation regular expression that constrains the
// whole value to a safe alphabet (no "." wildcard, no negated classes).
var anchored = regexp.MustCompile(`^\^?[\[\]\\\w\-+*{},?() ]*\$?$`)

// wholeSafeMatch: a match of pattern pat (fullmatch when full; search
// when search, which must then be anchored with ^) holds only for a whole
// subject of safe characters.
func wholeSafeMatch(pat string, full, search bool) bool {
	full = full || strings.HasSuffix(pat, "$") || strings.HasSuffix(pat, `\Z`)
	return pat != "" && full && (strings.HasPrefix(pat, "^") || !search) && safeRegex(pat)
}

// safeRegex: a pattern anchored over a safe alphabet (see anchored) whose
// escapes are only \d, \w, \-, \_, \. and a final \Z (\S, \W, \D, \s and
// \x3b admit any character, or a chosen one).
func safeRegex(p string) bool {
	p = strings.TrimSuffix(p, `\Z`)
	if !anchored.MatchString(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] != '\\' {
			continue
		}
		if i+1 >= len(p) || !strings.ContainsRune(`dw-_.`, rune(p[i+1])) {
			return false
		}
		i++
	}
	return true
}

// conversionArg is x of int(x) (or another conversion that raises on bad
// input) when x is a variable. (Not ipaddress.ip_address: an IPv6 scope
// id after "%" may be any text.)
func conversionArg(fr *frame, e *pyfront.Expr) *pyfront.Expr {
	if e == nil || e.Kind != pyfront.Call || len(e.Args()) != 1 || len(e.Kw()) > 0 || e.Args()[0].Kind != pyfront.Name {
		return nil
	}
	switch fr.a.p.qualify(fr.mod, e.Callee()) {
	case "int", "float", "uuid.UUID", "decimal.Decimal", "datetime.date.fromisoformat":
		return e.Args()[0]
	}
	return nil
}

// raisingCheck refines the state after a call that raises unless its
// check holds: path.resolve().relative_to(BASE) returns only for a path
// under BASE (a try whose handler gives up keeps the path confined after
// it; one whose handler goes on joins the unconfined path back).
func (fr *frame) raisingCheck(st *state, e *pyfront.Expr) *state {
	if x := conversionArg(fr, e); x != nil {
		// int(x) raises unless x is a number: past it, x is one.
		return fr.sanitizeSubject(st, x, taint.AllClasses, false)
	}
	if e == nil || e.Kind != pyfront.Call || e.X == nil || e.X.Kind != pyfront.Attr || e.X.Text != "relative_to" || len(e.Args()) != 1 || len(e.Kw()) > 0 {
		return st // (walk_up=True returns "../.." paths instead of raising)
	}
	if fr.expr(st.copy(), e.Args()[0]).taintOf().Tainted() || !fr.resolved(e.X.X, e.Pos.Line, 0) {
		return st
	}
	return fr.sanitizeSubject(st, e.X.X, classPath, false)
}

// isRegexMatch: e is a call of a regular expression's match, fullmatch or
// search (re.match(P, x), PATTERN.fullmatch(x)), or a variable holding the
// outcome of one (m = re.match(P, x)).
func (fr *frame) isRegexMatch(st *state, e *pyfront.Expr) bool {
	if e.Kind == pyfront.Name {
		v, ok := st.get(e.Text)
		if !ok || v.checkOf() == nil || !v.checkOf().holds(st) {
			return false
		}
		e = v.checkOf().cond
	}
	if e.Kind != pyfront.Call || e.X == nil {
		return false
	}
	switch q := fr.a.p.qualify(fr.mod, e.Callee()); q {
	case "re.match", "re.fullmatch", "re.search":
		return true
	}
	if e.X.Kind != pyfront.Attr {
		return false
	}
	switch e.X.Text {
	case "match", "fullmatch", "search":
		return fr.compiledPattern(st, e.X.X) != ""
	}
	return false
}

func (fr *frame) refineCall(st *state, cond *pyfront.Expr, truth bool) *state {
	c := cond.Callee()
	q := fr.a.p.qualify(fr.mod, c)
	method := ""
	if cond.X != nil && cond.X.Kind == pyfront.Attr {
		method = cond.X.Text
	}
	args := cond.Args()
	if out := fr.refineCharCall(st, cond, q, truth); out != nil {
		return out
	}
	if !truth {
		return fr.refineFailedPathCheck(st, cond, q, method, args)
	}
	if q == "hmac.compare_digest" && len(args) == 2 {
		// hmac.compare_digest(sig, hmac.new(KEY, blob, ...).digest()):
		// blob carries a valid MAC under a key the client does not have,
		// so the server made it (safe to deserialize).
		for _, x := range args {
			if blob := fr.macInput(st, x); blob != nil {
				st = fr.sanitizeSubject(st, blob, classDeser, false)
			}
		}
		return st
	}
	switch {
	case method == "isdigit" || method == "isnumeric" || method == "isdecimal" || method == "isalnum" || method == "isalpha" || method == "isidentifier":
		return fr.sanitizeSubject(st, cond.X.X, safeVerdict, false)
	case q == "isinstance" && len(args) == 2:
		t := args[1].Dotted()
		if t == "int" || t == "float" || t == "bool" || t == "uuid.UUID" || t == "UUID" {
			return fr.sanitizeSubject(st, args[0], safeVerdict, false)
		}
		if t == "str" {
			// A string cannot carry MongoDB operators.
			return fr.sanitizeSubject(st, args[0], classNosql, false)
		}
	case q == "re.match" || q == "re.fullmatch" || q == "re.search" || method == "match" || method == "fullmatch":
		pat, subject := "", (*pyfront.Expr)(nil)
		if strings.HasPrefix(q, "re.") && len(args) >= 2 {
			pat, subject = constString(args[0]), args[1]
		} else if len(args) >= 1 {
			subject = args[0]
			pat = fr.compiledPattern(st, cond.X.X)
		}
		full := q == "re.fullmatch" || method == "fullmatch"
		if subject != nil && wholeSafeMatch(pat, full, q == "re.search") && len(args) <= 2 && len(cond.Kw()) == 0 {
			return fr.sanitizeSubject(st, subject, safeVerdict, false)
		}
	case method == "startswith" && len(args) == 1:
		prefix := constString(args[0])
		subject := cond.X.X
		if isSafeURLPrefix(prefix) {
			return fr.sanitizeSubject(st, subject, classUrl|classRedirect|classSession, true)
		}
		if fr.resolved(subject, cond.Pos.Line, 0) {
			return fr.sanitizeSubject(st, subject, classPath, false)
		}
	case method == "is_relative_to" && len(args) == 1:
		// path.resolve().is_relative_to(BASE)
		if v := fr.expr(st.copy(), args[0]); !v.taintOf().Tainted() && fr.resolved(cond.X.X, cond.Pos.Line, 0) {
			return fr.sanitizeSubject(st, cond.X.X, classPath, false)
		}
	case q == "django.utils.http.url_has_allowed_host_and_scheme" || q == "django.utils.http.is_safe_url":
		if len(args) > 0 {
			return fr.sanitizeSubject(st, args[0], classUrl|classRedirect, true)
		}
		if u := cond.Keyword("url"); u != nil {
			return fr.sanitizeSubject(st, u, classUrl|classRedirect, true)
		}
	default:
		// A project predicate named like a validator: is_safe_url(u),
		// is_allowed_host(h), validate_path(p).
		if validatorName.MatchString(lastPart(c)) {
			if len(args) > 0 {
				return fr.sanitizeSubject(st, args[0], safeVerdict, true)
			}
			if len(cond.Kw()) > 0 { // is_safe_url(url=u): the first keyword
				return fr.sanitizeSubject(st, cond.Kw()[0].Value, safeVerdict, true)
			}
		}
	}
	return st
}

// pathFact is one half of the check that keeps a relative name inside the
// directory it is joined to: no ".." in it, and not absolute (os.path.join
// drops the directory for an absolute name).
type pathFact uint8

const (
	noDotDot pathFact = 1 << iota
	relativePath
	confined = noDotDot | relativePath
)

// refineFailedPathCheck refines on the false outcome of a call: a name
// that does not start with "/" (os.path.isabs false) is relative; a
// resolved one (normpath) that does not start with ".." has no ".." at
// all. (A raw name may still hold "a/../..".)
func (fr *frame) refineFailedPathCheck(st *state, cond *pyfront.Expr, q, method string, args []*pyfront.Expr) *state {
	switch {
	case q == "os.path.isabs" || q == "posixpath.isabs":
		if len(args) == 1 {
			return fr.addPathFact(st, args[0], relativePath)
		}
	case method == "startswith" && len(args) == 1:
		subject := cond.X.X
		prefixes := []string{constString(args[0])}
		if args[0].Kind == pyfront.Tuple {
			prefixes = prefixes[:0]
			for _, el := range args[0].Elems {
				prefixes = append(prefixes, constString(el))
			}
		}
		for _, p := range prefixes {
			switch {
			case p == "/" || p == "\\":
				st = fr.addPathFact(st, subject, relativePath)
			case p == ".." && fr.resolved(subject, cond.Pos.Line, 0):
				st = fr.addPathFact(st, subject, noDotDot)
			}
		}
	}
	return st
}

// addPathFact records that one half of a confinement check held on the
// variable e; with both halves it is safe to join to a directory.
func (fr *frame) addPathFact(st *state, e *pyfront.Expr, f pathFact) *state {
	if e == nil || e.Kind != pyfront.Name {
		return st
	}
	v, ok := st.get(e.Text)
	if !ok || !v.taintOf().Tainted() || v.container {
		return st // (".." in a list asks about its elements, not a name)
	}
	facts := f
	if v.extra != nil {
		facts |= v.extra.pathFacts
	}
	nv := v.withExtra(func(x *valueExtra) { x.pathFacts = facts })
	st.set(e.Text, nv)
	if facts == confined {
		return fr.sanitizeSubject(st, e, classPath, false)
	}
	return st
}

var validatorName = newWords(
	"^safe", "^valid", "^allowed", "^whitelisted", "^allowlisted", "^permitted", "^trusted",
	"^is_safe", "^is_valid", "^is_allowed", "^is_whitelisted", "^is_allowlisted", "^is_permitted", "^is_trusted",
	"^check_safe_", "^check_valid_", "^check_allowed_",
	"_safe$", "_valid$", "_allowed$", "_whitelisted$", "_allowlisted$")

func constString(e *pyfront.Expr) string {
	if e != nil && e.Kind == pyfront.Str {
		return e.Text
	}
	return ""
}

// compiledPattern returns the pattern of a regex object compiled from a
// constant: PATTERN = re.compile(r"^[a-z]+$").
func (fr *frame) compiledPattern(st *state, e *pyfront.Expr) string {
	if e == nil || e.Kind != pyfront.Name {
		return ""
	}
	var found string
	find := func(body []*pyfront.Stmt) {
		pyfront.Walk(body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
			if s.Kind == pyfront.AssignStmt && s.Value != nil && s.Value.Kind == pyfront.Call && len(s.Targets) == 1 &&
				s.Targets[0].Kind == pyfront.Name && s.Targets[0].Text == e.Text &&
				fr.a.p.qualify(fr.mod, s.Value.Callee()) == "re.compile" && len(s.Value.Args()) > 0 {
				found = constString(s.Value.Args()[0])
			}
			return s.Kind != pyfront.ClassStmt
		})
	}
	find(fr.mod.ast.Body)
	return found
}

func isSafeURLPrefix(p string) bool {
	for _, scheme := range []string{"https://", "http://"} {
		if strings.HasPrefix(p, scheme) {
			rest := p[len(scheme):]
			return strings.Contains(rest, "/") && !strings.HasPrefix(rest, "/")
		}
	}
	return false
}

// commonPath narrows os.path.commonpath([full, BASE]) == BASE: each
// resolved path in the list lies under the untainted base.
func (fr *frame) commonPath(st *state, call, base *pyfront.Expr) *state {
	if call.Kind != pyfront.Call {
		return nil
	}
	switch fr.a.p.qualify(fr.mod, call.Callee()) {
	case "os.path.commonpath", "posixpath.commonpath":
	default:
		return nil
	}
	args := call.Args()
	if len(args) != 1 || args[0].Kind != pyfront.List && args[0].Kind != pyfront.Tuple {
		return nil
	}
	if fr.expr(st.copy(), base).taintOf().Tainted() {
		return nil
	}
	for _, el := range args[0].Elems {
		if el.Kind == pyfront.Name && fr.resolved(el, call.Pos.Line, 0) {
			st = fr.sanitizeSubject(st, el, classPath, false)
		}
	}
	return st
}

// resolved reports whether an expression is a path with ".." resolved:
// a call of realpath/abspath/normpath or .resolve() (around any other
// calls), or a variable every assignment of which in this function before
// line (the check's) is one.
func (fr *frame) resolved(e *pyfront.Expr, line, depth int) bool {
	for e != nil && e.Kind == pyfront.Call && depth < 8 {
		switch fr.a.p.qualify(fr.mod, e.Callee()) {
		case "os.path.realpath", "os.path.abspath", "os.path.normpath", "posixpath.normpath", "posixpath.realpath", "posixpath.abspath":
			return true
		}
		if e.X != nil && e.X.Kind == pyfront.Attr && (e.X.Text == "resolve" || e.X.Text == "realpath") {
			return true
		}
		switch args := e.Args(); {
		case e.X != nil && e.X.Kind == pyfront.Attr && len(args) == 0:
			e = e.X.X // p.lower()
		case len(args) == 1 && len(e.Kw()) == 0:
			e = args[0] // os.path.normcase(p), str(p)
		default:
			return false
		}
		depth++
	}
	if e == nil || e.Kind != pyfront.Name || fr.fn == nil || fr.fn.def == nil || depth >= 8 {
		return false
	}
	return fr.assignedOnly(e.Text, line, func(v *pyfront.Expr, at int) bool { return fr.resolved(v, at, depth+1) })
}

// assignedOnly: the local name is assigned before line (on the way to it,
// see reachingPrefix), and every such assignment's value is one ok
// accepts (ok gets the value and the assignment's line).
func (fr *frame) assignedOnly(name string, line int, ok func(v *pyfront.Expr, at int) bool) bool {
	n, all := 0, true
	pyfront.Walk(reachingPrefix(fr.body(), line), func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind == pyfront.AssignStmt && len(s.Targets) == 1 && s.Targets[0].Kind == pyfront.Name && s.Targets[0].Text == name && s.Pos.Line < line {
			n++
			all = all && ok(s.Value, s.Pos.Line)
		}
		return all
	})
	return n > 0 && all
}

// reachingPrefix gives the statements that run before the statement on
// line in straight-line order: in each block enclosing it, the statements
// that precede it. Assignments in other arms of an enclosing if/elif
// (another route of the same handler) cannot reach the line and are left
// out. Without a statement starting on line (a condition spread over
// lines), the whole body.
func reachingPrefix(body []*pyfront.Stmt, line int) []*pyfront.Stmt {
	var out []*pyfront.Stmt
	var find func(block []*pyfront.Stmt) bool
	find = func(block []*pyfront.Stmt) bool {
		for i, s := range block {
			if s.Pos.Line > line {
				return false
			}
			if s.Pos.Line == line || find(s.Body) || find(s.Else) {
				out = append(out, block[:i]...)
				return true
			}
		}
		return false
	}
	if !find(body) {
		return body
	}
	return out
}

// lookupMethod: methods whose first argument is a key, not the value
// they return.
func lookupMethod(m string) bool {
	switch m {
	case "get", "getlist", "getone", "get_all", "pop", "setdefault", "getfirst", "getvalue", "getheader":
		return true
	}
	return false
}

// urlPartOf: a URL part of a parsed URL held in a variable or computed
// in place (parsed.hostname, urlparse(u).netloc).
func urlPartOf(e *pyfront.Expr) bool {
	if e.Kind != pyfront.Attr || e.X == nil || e.X.Kind != pyfront.Call && e.X.Kind != pyfront.Name {
		return false
	}
	switch e.Text {
	case "netloc", "hostname", "host", "scheme", "port":
		return true
	}
	return false
}

// sanitizeHeldURL: a variable holding a URL part (host =
// urlparse(u).hostname) is checked; while the URL it was taken from is
// unchanged, the check is one of that URL.
func (fr *frame) sanitizeHeldURL(st *state, v *value, c taint.Classes) *state {
	if v == nil || v.checkOf() == nil || !urlPartOf(v.checkOf().cond) || !v.checkOf().holds(st) {
		return st
	}
	if root := v.checkOf().cond.X; root.Kind == pyfront.Name {
		// parsed.hostname of a parsed URL, not request.host of the request.
		if rv, ok := st.get(root.Text); !ok || rv.request {
			return st
		}
	}
	return fr.sanitizeSubject(st, v.checkOf().cond, c, true)
}

// isURLPart: urlparse(u).netloc / .hostname / .scheme and friends.
func (fr *frame) isURLPart(e *pyfront.Expr) bool {
	if e.Kind != pyfront.Attr {
		return false
	}
	switch e.Text {
	case "netloc", "hostname", "host", "scheme", "port":
		return true
	}
	return false
}

// urlCheck reports whether a checked expression is a URL's host or scheme,
// so that the check validates the whole URL for SSRF and redirects.
func (fr *frame) urlCheck(e *pyfront.Expr) bool {
	for e != nil {
		if fr.isURLPart(e) {
			return true
		}
		switch e.Kind {
		case pyfront.Call, pyfront.Attr:
			e = e.X
		default:
			return false
		}
	}
	return false
}

// sanitizeSubject makes the variable behind a checked expression safe.
// The subject is found through the wrappers a check usually applies
// (urlparse(u).netloc, x.lower(), os.path.realpath(p), str(x)) and through
// variables derived from it (parsed = urlparse(u)).
func (fr *frame) sanitizeSubject(st *state, e *pyfront.Expr, c taint.Classes, url bool) *state {
	for depth := 0; e != nil && depth < 8; depth++ {
		switch e.Kind {
		case pyfront.Name, pyfront.Attr:
			if e.Kind == pyfront.Attr && fr.isURLPart(e) {
				if e.Text == "scheme" || e.Text == "port" {
					// The scheme or port alone leaves the host to the
					// input: no proof for redirects or requests.
					c &^= classRedirect | classUrl
				}
				e = e.X
				continue
			}
			if name := e.Dotted(); name != "" {
				v, ok := st.get(name)
				if !ok {
					return st
				}
				if e.Kind == pyfront.Name {
					st = fr.sanitizeHeldURL(st, v, c)
				}
				st.set(name, v.sanitize(c))
				if v.derived != "" {
					if dv, ok := st.get(v.derived); ok {
						st.set(v.derived, dv.sanitize(c))
					}
				}
				// A resolved copy checked: the original is safe for files.
				return st
			}
			e = e.X
		case pyfront.Call:
			args := e.Args()
			if e.X != nil && e.X.Kind == pyfront.Attr && len(args) == 0 {
				e = e.X.X // x.lower(), x.strip()
				continue
			}
			if e.X != nil && e.X.Kind == pyfront.Attr && lookupMethod(e.X.Text) {
				// request.args.get(name) == "x" checks the value stored
				// under name, not name.
				return st
			}
			if len(args) == 0 {
				return st
			}
			e = args[0]
		case pyfront.Walrus:
			// (y := x.strip()) in ALLOWED: y holds the checked value.
			if e.X != nil && e.X.Kind == pyfront.Name {
				if v, ok := st.get(e.X.Text); ok {
					st.set(e.X.Text, v.sanitize(c))
				}
			}
			return st
		case pyfront.Subscript:
			return st
		default:
			return st
		}
	}
	return st
}

// macInput is V of hmac.new(KEY, V, ...).digest() (or hexdigest(), or a
// variable assigned one earlier in the function) when KEY holds no input;
// nil otherwise.
func (fr *frame) macInput(st *state, e *pyfront.Expr) *pyfront.Expr {
	if e.Kind == pyfront.Name {
		var found *pyfront.Expr
		pyfront.Walk(fr.body(), func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
			if s.Kind == pyfront.AssignStmt && len(s.Targets) == 1 && s.Targets[0].Kind == pyfront.Name && s.Targets[0].Text == e.Text && s.Value != nil {
				found = s.Value
			}
			return true
		})
		if found == nil {
			return nil
		}
		e = found
	}
	if e.Kind != pyfront.Call || e.X == nil || e.X.Kind != pyfront.Attr || (e.X.Text != "digest" && e.X.Text != "hexdigest") {
		return nil
	}
	mac := e.X.X
	if mac.Kind != pyfront.Call || fr.a.p.qualify(fr.mod, mac.Callee()) != "hmac.new" || len(mac.Args()) < 2 {
		return nil
	}
	if t := fr.expr(st, mac.Args()[0]).taintOf(); t.Params != 0 || t.Origin != nil && t.Origin.Kind == "web" {
		return nil // a key from the request proves nothing (one from the environment is the server's)
	}
	return mac.Args()[1]
}

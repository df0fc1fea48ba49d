package python

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// checkSinks reports tainted arguments of sink calls. It returns the sink
// classes the call matched.
func (fr *frame) checkSinks(st *state, e *pyfront.Expr, c callee, args *argVals) taint.Classes {
	p := fr.a.p
	var matched taint.Classes
	if k := listArgvStart[c.qname]; k > 0 && len(args.pos) > k+1 {
		// os.execl("/bin/sh", "sh", "-c", cmd): the program (not argv[0],
		// which may be any name) is a shell run on cmd.
		if sh := shellCommand(append([]*value{args.pos[k-1]}, args.pos[k+1:]...)); sh != nil {
			fr.sinkTaint(sh.taintOf(), "PY-CMDI", classCmd, e.Pos, e.Src, "reaches the shell command line of "+shortName(c))
		}
	}
	for _, sk := range p.spec.sinks.match(c.qname, c.dotted) {
		byMethod := !containsString(sk.Calls, c.qname) && !containsString(sk.Calls, c.dotted)
		if byMethod && !sk.Receiver && !sk.ReceiverInput {
			// "*.execute" and friends: a method of a database object, never
			// of a string or of input; and only where the library is used.
			if c.recv != nil && !p.isQuerySet(c.recv) && (c.recv.c != nil || c.recv.taintOf().Origin != nil || c.recv.request || c.recv.container) {
				continue
			}
			if req := p.spec.requires[sk.Class]; req != nil && !p.usesAny(req) {
				continue
			}
			if root := strings.SplitN(c.qname, ".", 2)[0]; knownModules[root] && (c.recv == nil || c.recv.qname == root && c.recv.typ == "" && c.recv.class == nil) {
				continue // re.search(...), a module's function, is not an LDAP connection's search
			}
		}
		if sk.ReceiverInput && (c.recv == nil || c.recv.taintOf().Origin == nil && c.recv.taintOf().Params == 0) {
			continue
		}
		if sk.Receiver && (c.recv == nil || c.recv.qname != "" && !c.recv.taintOf().Tainted()) {
			continue
		}
		if sk.Class == "html" && (nonHTMLContentType(args) || fr.contentTypeSetLater(e)) {
			continue
		}
		if sk.Class == "template" && c.recv != nil && c.recv.typ == "jinja2.Sandboxed" {
			continue // a sandboxed environment's templates cannot reach Python objects
		}
		matched |= sk.class
		if sk.RequireKwarg != "" {
			v, ok := args.kw[sk.RequireKwarg]
			if !ok || v.c == nil || !v.c.truthy() {
				continue
			}
		}
		if unlessKwarg(sk.UnlessKwarg, args) {
			continue
		}
		for _, v := range sinkArgs(&sk.Sink, args, c) {
			if sk.Element != nil && v.exact && v.elems != nil {
				if sh := shellCommand(v.elems); sh != nil {
					v = sh // ["sh", "-c", cmd]: cmd is a shell command line
				} else if *sk.Element < len(v.elems) {
					v = v.elems[*sk.Element]
				} else {
					continue
				}
			} else if sk.Element != nil && v.container && !v.exact {
				// A list built elsewhere: only its first element is the program.
				v = v.flat()
			} else if sk.Element != nil && !v.container && strings.ContainsAny(v.strPrefix(), " \t") {
				// run("ls -l " + name) without a shell: the whole string is
				// the program's path, which its constant part fixes (it
				// names no program, and no shell splits it).
				continue
			}
			if safePrefix(sk.Class, v.strPrefix()) {
				continue
			}
			if sk.class == classXpath && insideQuotedLiteral(v) {
				continue // "//user[@name='" + name_without_quotes + "']"
			}
			if sk.class == classNosql {
				// JavaScript run by the server ($where, $function): any
				// input in it is code, strings included.
				for _, js := range serverJS(v, 0) {
					fr.sinkTaint(js.taintOf(), sk.Rule, classCode, e.Pos, e.Src, "reaches a $where JavaScript expression of "+shortName(c))
				}
			}
			t := v.taintOf()
			if sk.UnlessReaches != "" {
				t = t.WithoutOrigin(taint.Class(sk.UnlessReaches))
			}
			fr.webOnlySink = sk.WebOnly
			fr.sinkTaint(t, sk.Rule, sk.class, e.Pos, e.Src, "reaches "+shortName(c))
			fr.webOnlySink = false
		}
	}
	return matched
}

// insideQuotedLiteral: the input in v comes right after a constant start
// that leaves an XPath string literal open, and cannot hold the quote that
// would close it. (Only the first input part's place is known: the
// analysis keeps a string's constant start, not its other pieces.)
func insideQuotedLiteral(v *value) bool {
	var open byte
	for _, ch := range []byte(v.strPrefix()) {
		switch {
		case open == 0 && (ch == '\'' || ch == '"'):
			open = ch
		case open != 0 && ch == open:
			open = 0
		}
	}
	t := v.taintOf()
	switch open {
	case '\'':
		return !t.Reaches(classSQuote)
	case '"':
		return !t.Reaches(classDQuote)
	}
	return false
}

// serverJS returns the JavaScript parts of a MongoDB filter or pipeline
// whose structure is known: the values of $where, $function and
// $accumulator, at any depth.
func serverJS(v *value, depth int) []*value {
	if v == nil || depth > 8 || !v.exact {
		return nil
	}
	var out []*value
	for k, x := range v.keys {
		switch k {
		case "s:$where", "s:$function", "s:$accumulator":
			out = append(out, x)
		default:
			out = append(out, serverJS(x, depth+1)...)
		}
	}
	for _, x := range v.elems {
		out = append(out, serverJS(x, depth+1)...)
	}
	return out
}

// nonHTMLContentType: a response declared as text/plain, JSON, CSS or an
// image is not rendered as HTML.
func nonHTMLContentType(args *argVals) bool {
	for _, k := range []string{"mimetype", "content_type", "media_type"} {
		if v, ok := args.kw[k]; ok && v.c != nil && v.c.kind == kStr {
			return !htmlType(v.c.s)
		}
	}
	// make_response(body, 200, {"Content-Type": "text/plain"}), headers=
	hs := append([]*value(nil), args.pos...)
	if v, ok := args.kw["headers"]; ok {
		hs = append(hs, v)
	}
	for i, h := range hs {
		if i == 0 && len(args.pos) > 0 || h == nil || !h.exact || h.keys == nil {
			continue
		}
		for k, v := range h.keys {
			if strings.EqualFold(k, "s:content-type") && v.c != nil && v.c.kind == kStr {
				return !htmlType(v.c.s)
			}
		}
	}
	return false
}

func htmlType(t string) bool {
	t = strings.ToLower(t)
	return strings.Contains(t, "html") || strings.Contains(t, "xml")
}

// contentTypeSetLater: resp = make_response(body) followed, in the same
// function, by resp.mimetype = "text/plain" (or .content_type, or
// resp.headers["Content-Type"] = ...): the body is not served as HTML.
// It runs at every HTML sink call, so the function's non-HTML type
// assignments are listed once (usually none, and then no walk is needed).
func (fr *frame) contentTypeSetLater(e *pyfront.Expr) bool {
	if fr.fn == nil {
		return false
	}
	sets := fr.fn.textTypeSets(fr.body())
	if len(sets) == 0 {
		return false
	}
	name := fr.assignedName(e)
	for _, t := range sets {
		if t.name == name && t.line > e.Pos.Line {
			return true
		}
	}
	return false
}

// typeSet is an assignment of a non-HTML content type to name's response.
type typeSet struct {
	name string
	line int
}

// textTypeSets lists the statements of body (the function's) that give a
// named response a non-HTML content type: resp.mimetype = "text/plain",
// resp.content_type = ..., resp.headers["Content-Type"] = ... and
// resp["Content-Type"] = ... (Django).
func (f *function) textTypeSets(body []*pyfront.Stmt) []typeSet {
	if sets := f.typeSets.Load(); sets != nil {
		return *sets
	}
	var sets []typeSet
	pyfront.Walk(body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind != pyfront.AssignStmt || len(s.Targets) != 1 || s.Value == nil || s.Value.Kind != pyfront.Str || htmlType(s.Value.Text) {
			return true
		}
		t := s.Targets[0]
		switch {
		case t.Kind == pyfront.Attr && (t.Text == "mimetype" || t.Text == "content_type") && t.X.Kind == pyfront.Name:
			sets = append(sets, typeSet{t.X.Text, s.Pos.Line})
		case t.Kind == pyfront.Subscript && t.Y != nil && strings.EqualFold(constString(t.Y), "content-type"):
			switch {
			case t.X.Kind == pyfront.Attr && t.X.Text == "headers" && t.X.X.Kind == pyfront.Name:
				sets = append(sets, typeSet{t.X.X.Text, s.Pos.Line})
			case t.X.Kind == pyfront.Name:
				sets = append(sets, typeSet{t.X.Text, s.Pos.Line})
			}
		}
		return true
	})
	f.typeSets.Store(&sets)
	return sets
}

// safePrefix: input after a constant "scheme://host/" cannot change the
// host a request goes to, and input after "/x" keeps a redirect on the site.
func safePrefix(class, prefix string) bool {
	switch class {
	case "url":
		return isSafeURLPrefix(prefix)
	case "redirect":
		if isSafeURLPrefix(prefix) {
			return true
		}
		return len(prefix) >= 2 && prefix[0] == '/' && prefix[1] != '/' && prefix[1] != '\\'
	}
	return false
}

// listArgvStart is where the argument list starts among the positional
// arguments of the os.exec*l and os.spawn*l functions.
var listArgvStart = map[string]int{"os.execl": 1, "os.execlp": 1, "os.execle": 1, "os.execlpe": 1, "os.spawnl": 2, "os.spawnlp": 2, "os.spawnle": 2, "os.spawnlpe": 2}

// shellCommand returns cmd of ["sh", "-c", cmd] (bash, zsh, cmd /c ...).
func shellCommand(elems []*value) *value {
	if len(elems) < 3 || elems[0].c == nil || elems[1].c == nil {
		return nil
	}
	prog := lastPart(strings.ReplaceAll(elems[0].c.s, "/", "."))
	switch prog {
	case "sh", "bash", "zsh", "dash", "ksh", "cmd", "cmd.exe", "powershell", "pwsh":
	default:
		return nil
	}
	switch strings.ToLower(elems[1].c.s) {
	case "-c", "/c", "-command", "-lc":
		return elems[2]
	}
	return nil
}

func containsString(list []string, s string) bool {
	if s == "" {
		return false
	}
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func shortName(c callee) string {
	if c.qname != "" {
		return c.qname + "()"
	}
	return c.dotted + "()"
}

// sinkArgs are the argument values a sink cares about.
func sinkArgs(sk *taint.Sink, args *argVals, c callee) []*value {
	var out []*value
	if len(sk.Args) == 0 && len(sk.Kwargs) == 0 {
		out = append(out, args.pos...)
		for _, v := range args.kw {
			out = append(out, v)
		}
	}
	for _, i := range sk.Args {
		if i < len(args.pos) {
			out = append(out, args.pos[i])
		}
	}
	for _, k := range sk.Kwargs {
		if v, ok := args.kw[k]; ok {
			out = append(out, v)
		}
	}
	if sk.Receiver && c.recv != nil {
		out = append(out, c.recv)
	}
	return out
}

// unlessKwarg: a keyword argument with a safe constant value (or name). A
// key "NAME:POS" also takes the argument at position POS (yaml.load(s,
// SafeLoader) passes Loader second).
func unlessKwarg(m map[string][]string, args *argVals) bool {
	for k, vals := range m {
		pos := -1
		if name, at, ok := strings.Cut(k, ":"); ok {
			if n, err := strconv.Atoi(at); err == nil {
				k, pos = name, n
			}
		}
		v, e := args.get(pos, k)
		if v == nil {
			continue
		}
		text := valueText(v, e)
		for _, want := range vals {
			if text == want || strings.HasSuffix(text, "."+want) {
				return true
			}
		}
	}
	return false
}

// valueText is a constant's text, or the dotted name of an expression.
func valueText(v *value, e *pyfront.Expr) string {
	if v != nil && v.c != nil {
		return v.c.text()
	}
	if v != nil && v.qname != "" {
		return v.qname
	}
	if e != nil {
		return e.Dotted()
	}
	return ""
}

// sinkTaint reports taint that reaches a sink: a finding when it comes from
// a source, a summary entry when it comes from a parameter.
func (fr *frame) sinkTaint(t taint.Taint, rule string, cls taint.Classes, pos pyfront.Pos, src, note string) {
	if !t.Reaches(cls) {
		return
	}
	loc := fr.locAt(pos, src)
	loc.webOnly = fr.webOnlySink
	if t.OriginReaches(cls) {
		fr.a.reportTaint(fr, rule, loc, t.Origin, t.Origin.Trace.Then(loc.path, loc.line, loc.col, src, note))
	}
	if t.Params != 0 {
		for i := 0; i < 64; i++ {
			if t.ParamReaches(i, cls) {
				fr.addParamSink(paramSink{param: i, rule: rule, class: cls, loc: loc, trace: t.ParamTrace.Then(loc.path, loc.line, loc.col, src, note)})
			}
		}
	}
}

func (fr *frame) sinkValue(st *state, rule string, cls taint.Classes, v *value, e *pyfront.Expr, pos pyfront.Pos, note string) {
	src := ""
	if e != nil {
		src = e.Src
	}
	fr.sinkTaint(v.taintOf(), rule, cls, pos, src, note)
}

func (fr *frame) addParamSink(ps paramSink) {
	for _, x := range fr.sum.sinks {
		if x.param == ps.param && x.rule == ps.rule && x.loc == ps.loc {
			return
		}
	}
	fr.sum.sinks = append(fr.sum.sinks, ps)
}

// sinkThrough handles a call whose callee passes a parameter to a sink.
func (fr *frame) sinkThrough(at taint.Taint, ps paramSink, e *pyfront.Expr, f *function) {
	note := "passed to " + f.name + "()"
	if at.OriginReaches(ps.class) {
		trace := at.Origin.Trace.Then(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, note)
		trace = appendTrace(trace, ps.trace)
		fr.a.reportTaint(fr, ps.rule, ps.loc, at.Origin, trace)
	}
	if at.Params != 0 {
		trace := appendTrace(at.ParamTrace.Then(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, note), ps.trace)
		for i := 0; i < 64; i++ {
			if at.ParamReaches(i, ps.class) {
				fr.addParamSink(paramSink{param: i, rule: ps.rule, class: ps.class, loc: ps.loc, trace: trace})
			}
		}
	}
}

func appendTrace(base, extra *taint.Step) *taint.Step {
	for _, s := range extra.Steps() {
		base = base.Then(s.Path, s.Line, s.Col, s.Expr, s.Note)
	}
	return base
}

// checkPatterns reports calls that are findings by themselves.
func (fr *frame) checkPatterns(st *state, e *pyfront.Expr, c callee, args *argVals) {
	for _, p := range fr.a.p.spec.patterns.match(c.qname, c.dotted) {
		if p.Kwarg == "" && p.Arg == nil && strings.HasPrefix(firstSuffixPattern(p.Calls), "*.") && !containsString(p.Calls, c.qname) {
			continue // an unconditional pattern needs the exact name
		}
		if unlessKwarg(p.UnlessKwarg, args) || p.UnlessLogged && fr.insideLogCall() {
			continue
		}
		if !fr.patternHolds(p, args) {
			fr.patternByParam(p, c, e, args)
			continue
		}
		if p.UnlessVerifiedAfter && fr.verifiedAfter(p, e) {
			continue
		}
		fr.a.report(fr, p.Rule, e.Pos, e.Src, nil, patternMessage(p, c))
	}
}

// patternByParam records, in the summary, a pattern that does not hold
// here because its deciding argument is one of the function's parameters
// (def digest(data, algorithm): hashlib.new(algorithm, data)): callers
// passing "md5", or leaving a default of "md5", are reported.
func (fr *frame) patternByParam(p *taint.Pattern, c callee, e *pyfront.Expr, args *argVals) {
	if p.Key != "" || p.Below > 0 || len(p.Values) == 0 || fr.fn == nil || fr.fn.def == nil || unlessKwarg(p.UnlessKwarg, args) {
		return
	}
	idx := -1
	if p.Arg != nil {
		idx = *p.Arg
	}
	v, ex := args.get(idx, p.Kwarg)
	if v == nil || v.c != nil || ex == nil || ex.Kind != pyfront.Name || fr.rebound[ex.Text] {
		return
	}
	if i := fr.paramIndex(ex.Text); i >= 0 {
		name := c.qname
		if name == "" {
			name = c.dotted
		}
		fr.addParamPattern(paramPattern{param: i, pattern: p, callee: name, loc: fr.locAt(e.Pos, e.Src)})
	}
}

// locAt is the place of expression src at pos in this function's module.
func (fr *frame) locAt(pos pyfront.Pos, src string) sinkLoc {
	return sinkLoc{path: fr.mod.path, line: pos.Line, col: pos.Col, snippet: strings.TrimSpace(fr.mod.ast.Line(pos.Line)), expr: src}
}

// paramIndex is the index of this function's parameter name (not *args
// or **kwargs), or -1.
func (fr *frame) paramIndex(name string) int {
	for i, prm := range fr.fn.params {
		if prm.Name == name && prm.Star == "" {
			return i
		}
	}
	return -1
}

// passPatternOn: the argument deciding pattern pp at this call is a
// parameter of this function (not reassigned): the pattern is decided by
// this function's callers in turn.
func (fr *frame) passPatternOn(c callee, args *argVals, pp paramPattern) {
	x := argExpr(c, args, pp.param)
	if x == nil || x.Kind != pyfront.Name || fr.rebound[x.Text] || fr.fn == nil || fr.fn.def == nil {
		return
	}
	if i := fr.paramIndex(x.Text); i >= 0 {
		pp.param = i
		fr.addParamPattern(pp)
	}
}

// patternsThrough judges, at a call of c.fn, the patterns its parameters
// decide: a constant argument (or the default) that makes one hold is
// reported here; a parameter of the caller passes the pattern on.
func (fr *frame) patternsThrough(c callee, sum *summary, actual []*value, args *argVals, e *pyfront.Expr) {
	f := c.fn
	for _, pp := range sum.patterns {
		if pp.param >= len(actual) || actual[pp.param] == nil {
			continue
		}
		v := actual[pp.param]
		if pp.called {
			fr.calledThrough(c, pp, v, args, e)
			continue
		}
		probe := &argVals{kw: map[string]*value{}}
		if pp.pattern.Kwarg != "" {
			probe.kw[pp.pattern.Kwarg] = v
		} else {
			probe.pos = make([]*value, *pp.pattern.Arg+1)
			for i := range probe.pos {
				probe.pos[i] = clean
			}
			probe.pos[*pp.pattern.Arg] = v
		}
		x := argExpr(c, args, pp.param)
		if fr.patternHolds(pp.pattern, probe) {
			msg := patternMessage(pp.pattern, callee{qname: pp.callee})
			if _, spread := args.kw["**"]; x != nil || spread {
				// The weak constant is written at this call.
				fr.a.report(fr, pp.pattern.Rule, e.Pos, e.Src, nil, msg+" (in "+f.name+"() at line "+strconv.Itoa(pp.loc.line)+", with "+valueText(v, nil)+" from this call)")
			} else {
				// ... or is the parameter's default: reported in f.
				fr.a.addTo(fr.res.findingMap(), pp.pattern.Rule, pp.loc, msg+" ("+valueText(v, nil)+" is the default of "+f.params[pp.param].Name+")", nil, "")
			}
			continue
		}
		// f(data, algorithm) inside a helper of the helper: the caller's
		// parameter passed on decides in turn.
		if v.c == nil {
			fr.passPatternOn(c, args, pp)
		}
	}
}

// calledThrough judges, at a call of c.fn, a parameter the function calls:
// a library function that is a finding whatever its arguments
// (hashlib.md5) passed for it is reported here; a parameter of the caller
// passed on is called in turn.
func (fr *frame) calledThrough(c callee, pp paramPattern, v *value, args *argVals, e *pyfront.Expr) {
	if v.qname != "" && v.fn == nil && v.c == nil {
		for _, p := range fr.a.p.spec.patterns.match(v.qname, "") {
			if p.Kwarg != "" || p.Arg != nil || p.Key != "" || p.Below > 0 || len(p.Values) > 0 || !containsString(p.Calls, v.qname) {
				continue // (only calls that are findings whatever they are given)
			}
			fr.a.report(fr, p.Rule, e.Pos, e.Src, nil, patternMessage(p, callee{qname: v.qname})+" (passed to "+c.fn.name+"(), which calls it at line "+strconv.Itoa(pp.loc.line)+")")
		}
		return
	}
	fr.passPatternOn(c, args, pp)
}

// noteCalledParam records that this function calls its parameter (fn(x)).
func (fr *frame) noteCalledParam(e *pyfront.Expr) {
	x := e.X
	if x == nil || x.Kind != pyfront.Name || fr.fn == nil || fr.fn.def == nil || fr.rebound[x.Text] || fr.inlined > 0 {
		return
	}
	if i := fr.paramIndex(x.Text); i >= 0 && (fr.fn.cls == nil || i > 0) {
		fr.addParamPattern(paramPattern{param: i, called: true, loc: fr.locAt(e.Pos, e.Src)})
	}
}

// addParamPattern records a parameter-decided pattern in the summary,
// once.
func (fr *frame) addParamPattern(pp paramPattern) {
	for _, x := range fr.sum.patterns {
		if x == pp {
			return
		}
	}
	fr.sum.patterns = append(fr.sum.patterns, pp)
}

// checkIVFromKey: AES.new(key, mode, iv) with an IV cut from the key
// (iv = key[:16]): the IV repeats with the key, and whoever learns one
// learns the other.
func (fr *frame) checkIVFromKey(e *pyfront.Expr, args *argVals) {
	_, keyExpr := args.get(0, "key")
	_, ivExpr := args.get(2, "iv")
	if keyExpr == nil || ivExpr == nil || keyExpr.Kind != pyfront.Name {
		return
	}
	fromKey := func(x *pyfront.Expr) bool {
		return x != nil && x.Kind == pyfront.Subscript && x.X != nil && x.X.Kind == pyfront.Name && x.X.Text == keyExpr.Text
	}
	// iv = key[:16], here or in every assignment of iv on the way here.
	if fromKey(ivExpr) || ivExpr.Kind == pyfront.Name && fr.assignedOnly(ivExpr.Text, e.Pos.Line, func(v *pyfront.Expr, _ int) bool { return fromKey(v) }) {
		fr.a.report(fr, "PY-WEAK-CIPHER", e.Pos, e.Src, nil, "the IV is cut from the key ("+ivExpr.Src+")")
	}
}

// verifiedAfter: a later call of the function, of one of p's calls on the
// same variable as e's first argument, does not disable what p detects
// (its keyword is absent): the token is verified before it is trusted.
func (fr *frame) verifiedAfter(p *taint.Pattern, e *pyfront.Expr) bool {
	args := e.Args()
	if len(args) == 0 || args[0].Kind != pyfront.Name {
		return false
	}
	token := args[0].Text
	found := false
	pyfront.Walk(fr.body(), func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(x *pyfront.Expr) {
			if found || x.Kind != pyfront.Call || x.Pos.Line <= e.Pos.Line || x == e {
				return
			}
			xa := x.Args()
			if len(xa) == 0 || xa[0].Kind != pyfront.Name || xa[0].Text != token || !containsString(p.Calls, fr.a.p.qualify(fr.mod, x.Callee())) {
				return
			}
			if x.Keyword(p.Kwarg) == nil && x.Keyword("verify") == nil {
				found = true
			}
		})
		return !found
	})
	return found
}

func firstSuffixPattern(calls []string) string {
	for _, c := range calls {
		if strings.HasPrefix(c, "*.") {
			return c
		}
	}
	return ""
}

func patternMessage(p *taint.Pattern, c callee) string {
	name := c.qname
	if name == "" {
		name = c.dotted
	}
	switch {
	case p.Kwarg != "" && p.Key != "":
		return name + "() called with " + p.Kwarg + "[" + strconv.Quote(p.Key) + "] disabled"
	case p.Kwarg != "":
		return name + "() called with an unsafe " + p.Kwarg + "="
	}
	return name + "() is unsafe here"
}

func (fr *frame) patternHolds(p *taint.Pattern, args *argVals) bool {
	var v *value
	var ex *pyfront.Expr
	switch {
	case p.Kwarg != "":
		idx := -1
		if p.Arg != nil {
			idx = *p.Arg
		}
		v, ex = args.get(idx, p.Kwarg)
		if v == nil {
			return false
		}
		if p.Key != "" {
			if !v.exact || v.keys == nil {
				return false
			}
			kv, ok := v.keys["s:"+p.Key]
			if !ok {
				return false
			}
			v, ex = kv, nil
		}
	case p.Arg != nil:
		v, ex = args.get(*p.Arg, "")
		if v == nil {
			return false
		}
	default:
		return true
	}
	if p.Below > 0 {
		return v.c != nil && v.c.kind == kInt && v.c.i < int64(p.Below)
	}
	if len(p.Values) == 0 {
		return true
	}
	for _, want := range p.Values {
		switch want {
		case "*":
			return true
		case "$const":
			if v.c != nil && v.c.kind == kStr && len(v.c.s) > 0 {
				return true
			}
			continue
		}
		if matchesText(v, ex, want) {
			return true
		}
	}
	return false
}

func matchesText(v *value, ex *pyfront.Expr, want string) bool {
	if t := valueText(v, ex); t == want || strings.HasSuffix(t, "."+want) {
		return true
	}
	if v.exact {
		for _, el := range v.elems {
			if el.c != nil && el.c.text() == want {
				return true
			}
		}
	}
	return false
}

// checkAssignmentPattern reports attribute assignments that are findings
// by themselves (session.verify = False), and tracks proxy configuration.
func (fr *frame) checkAssignmentPattern(st *state, t *pyfront.Expr, v *value, s *pyfront.Stmt) {
	for _, a := range fr.a.p.spec.assignments[t.Text] {
		for _, want := range a.Values {
			if matchesText(v, nil, want) && !fr.restoredLater(t, s) {
				pos := t.Pos
				if s != nil {
					pos = s.Pos
				}
				fr.a.report(fr, a.Rule, pos, t.Src, nil, t.Src+" = "+want+" turns certificate verification off")
			}
		}
	}
	if t.Text == "proxies" || t.Text == "proxy" {
		if name := t.X.Dotted(); name != "" {
			fr.markProxied(st, name, t.X)
			fr.a.proxyConfigured(fr, t.Pos)
		}
	}
}

// restoredLater: a statement after s in the same block sets the same
// attribute back to True (s.verify = False ... s.verify = True before any
// request is sent is no finding).
func (fr *frame) restoredLater(t *pyfront.Expr, s *pyfront.Stmt) bool {
	name := t.Dotted()
	if s == nil || name == "" {
		return false
	}
	var after func(block []*pyfront.Stmt) []*pyfront.Stmt
	after = func(block []*pyfront.Stmt) []*pyfront.Stmt {
		for i, x := range block {
			if x == s {
				return block[i+1:]
			}
			if rest := after(x.Body); rest != nil {
				return rest
			}
			if rest := after(x.Else); rest != nil {
				return rest
			}
		}
		return nil
	}
	for _, x := range after(fr.body()) {
		if x.Kind == pyfront.AssignStmt && len(x.Targets) == 1 && x.Targets[0].Dotted() == name && x.Value != nil && x.Value.Kind == pyfront.Bool && x.Value.Text == "True" {
			return true
		}
		// A call in between may already use the setting; so may anything
		// but a plain statement.
		calls := false
		pyfront.StmtExprs(x, func(e *pyfront.Expr) { calls = calls || e.Kind == pyfront.Call })
		if calls || len(x.Body) > 0 || len(x.Else) > 0 || x.Kind == pyfront.ReturnStmt {
			return false
		}
	}
	return false
}

// passwordName matches identifiers that hold a password.
var passwordName = newWords("passw", "pwd", "passphrase", "pass_phrase", "^pw$", "^pass$")

// secretName matches identifiers whose values must not be logged.
var secretName = newWords("passw", "pwd", "secret", "token", "api_key", "apikey", "credit_card", "creditcard",
	"card_number", "cardnumber", "cvv", "ssn", "private_key", "privatekey", "authorization", "bearer", "x-api-key")

var notSecretName = newWords("hash", "len", "policy", "reset_url", "forgot", "expir", "_id$", "count", "field", "label",
	"type", "name$", "hint", "strength", "changed", "required", "min", "max", "attempt")

// mentions reports whether an expression refers to a name matching re
// (outside of calls that reduce it: len(), hash(), mask()).
func mentions(e *pyfront.Expr, re matcher) bool {
	found := false
	var visit func(x *pyfront.Expr)
	visit = func(x *pyfront.Expr) {
		if x == nil || found {
			return
		}
		switch x.Kind {
		case pyfront.Name, pyfront.Attr:
			name := x.Text
			if re.MatchString(name) && !notSecretName.MatchString(name) {
				found = true
				return
			}
			if x.Kind == pyfront.Attr {
				visit(x.X)
			}
			return
		case pyfront.Subscript:
			if x.Y != nil && x.Y.Kind == pyfront.Str && re.MatchString(x.Y.Text) && !notSecretName.MatchString(x.Y.Text) {
				found = true
				return
			}
			visit(x.X)
			return
		case pyfront.Call:
			// Only calls that keep the value's text: str(pw), pw.encode(),
			// "...".format(pw). get_claims(token) or len(pw) do not.
			callee := x.CalleeName()
			if x.X != nil && x.X.Kind == pyfront.Attr {
				callee = x.X.Text
			}
			switch callee {
			case "str", "repr", "format", "join", "encode", "decode", "strip", "lower", "upper", "bytes":
			case "get", "getlist", "pop":
				// headers.get("Authorization"), data.get("password"): the
				// entry a constant key names.
				if len(x.Elems) > 0 && x.Elems[0].Kind == pyfront.Str && re.MatchString(x.Elems[0].Text) && !notSecretName.MatchString(x.Elems[0].Text) {
					found = true
				}
				return
			default:
				return
			}
			if x.X != nil && x.X.Kind == pyfront.Attr {
				visit(x.X.X)
			}
			for _, a := range x.Elems {
				visit(a)
			}
			for _, k := range x.Kw() {
				visit(k.Value)
			}
			return
		case pyfront.Str:
			return
		}
		visit(x.X)
		visit(x.Y)
		for _, y := range x.Elems {
			visit(y)
		}
	}
	visit(e)
	return found
}

var logLevels = map[string]bool{"debug": true, "info": true, "warning": true, "warn": true, "error": true, "exception": true, "critical": true, "log": true, "fatal": true}

var fastHashes = map[string]bool{
	"hashlib.md5": true, "hashlib.sha1": true, "hashlib.sha224": true, "hashlib.sha256": true, "hashlib.sha384": true,
	"hashlib.sha512": true, "hashlib.sha3_256": true, "hashlib.sha3_512": true, "hashlib.blake2b": true, "hashlib.blake2s": true, "hashlib.new": true,
}

var sensitiveCookie = newWords("sess", "token", "auth", "sid", "jwt", "remember", "login", "csrf", "xsrf", "secret",
	"credential", "identity")

// checkSpecialCalls are checks that look at a call's shape rather than at
// taint: passwords hashed fast, secrets logged, cookies without flags, XML
// parsers, outbound calls without a proxy, exception details in responses.
// Some calls also have a value the generic rules cannot compute; it is
// returned (nil otherwise).
func (fr *frame) checkSpecialCalls(st *state, e *pyfront.Expr, c callee, args *argVals) *value {
	q := c.qname
	if q == "Crypto.Cipher.AES.new" || q == "Cryptodome.Cipher.AES.new" {
		fr.checkIVFromKey(e, args)
	}
	// Weak password storage.
	if fastHashes[q] || c.method == "update" && c.recv != nil && c.recv.typ == "hashlib.hash" {
		for _, a := range e.Elems {
			if mentions(a, passwordName) {
				fr.a.report(fr, "PY-WEAK-PASSWORD-HASH", e.Pos, e.Src, nil, "a password is hashed with a fast, unsalted hash")
				break
			}
		}
	}
	// Secrets in logs.
	if fr.isLogCall(c) {
		for i, a := range e.Elems {
			if mentions(a, secretName) || i < len(args.pos) && args.pos[i].secret && i > 0 {
				fr.a.report(fr, "PY-LOG-SECRET", e.Pos, e.Src, nil, "a password or secret is written to the log")
				break
			}
		}
	}
	// Cookies.
	if c.method == "set_cookie" || c.method == "set_signed_cookie" {
		fr.checkCookie(e, args)
	}
	fr.checkXML(st, e, c, args)
	fr.checkProxy(e, c, args)
	// http.server: the body written to self.wfile is the page when the same
	// function declared it HTML with a constant Content-Type header (a JSON
	// or text/plain echo is no XSS, and a content type passed in by a
	// caller is not followed).
	// Set-Cookie headers written by hand: self.send_header (http.server),
	// self.set_header/add_header (Tornado), resp.headers.add (Flask).
	if (c.dotted == "self.send_header" || c.dotted == "self.set_header" || c.dotted == "self.add_header" || c.method == "add" && e.X.X.Kind == pyfront.Attr && e.X.X.Text == "headers") &&
		len(args.pos) == 2 && args.pos[0].c != nil && strings.EqualFold(args.pos[0].c.text(), "set-cookie") && len(args.posExpr) == 2 {
		fr.checkRawSetCookie(args.posExpr[1], e.Pos, e.Src)
	}
	tornado := fr.fn.cls != nil && fr.fn.cls.verbHandlers
	if (c.dotted == "self.send_header" || tornado && c.dotted == "self.set_header") && len(args.pos) == 2 && args.pos[0].c != nil && args.pos[0].c.kind == kStr &&
		strings.EqualFold(args.pos[0].c.s, "content-type") {
		// The content type this path of the function has sent (joined
		// paths that sent different ones keep no constant).
		ct := clean
		if v := args.pos[1]; v.c != nil && v.c.kind == kStr {
			ct = constValue(v.c)
		} else if len(args.posExpr) == 2 && mentionsHTML(args.posExpr[1]) {
			// "text/html" if page else "text/plain": may be a page.
			ct = constValue(cstr("text/html"))
		}
		st.set(contentTypeVar, ct)
	}
	if tornado && (c.dotted == "self.write" || c.dotted == "self.finish") && len(args.pos) > 0 && !args.pos[0].container {
		// Tornado answers text/html unless told otherwise (a dict is
		// written as JSON): by set_header before the write, or anywhere in
		// the method (headers go out at the flush), or in the class's
		// set_default_headers() or prepare().
		if ct, ok := st.get(contentTypeVar); (!ok && !fr.a.p.tornadoNonHTML(fr.fn)) || ok && ct != nil && ct.c != nil && strings.Contains(strings.ToLower(ct.c.text()), "html") {
			fr.sinkTaint(args.pos[0].taintOf(), "PY-XSS", classHtml, e.Pos, e.Src, "written to the response as text/html ("+c.dotted+")")
		}
		if args.anyExc() {
			fr.a.report(fr, "PY-VERBOSE-ERROR", e.Pos, e.Src, nil, "exception details returned to the client")
		}
	}
	if tornado && c.dotted == "self.redirect" && len(args.pos) > 0 && !safePrefix("redirect", args.pos[0].strPrefix()) {
		fr.sinkTaint(args.pos[0].taintOf(), "PY-OPEN-REDIRECT", classRedirect, e.Pos, e.Src, "the target of a redirect (self.redirect)")
	}
	if c.dotted == "self.wfile.write" && len(args.pos) > 0 {
		if fr.writesHTML(st) {
			fr.sinkTaint(args.pos[0].taintOf(), "PY-XSS", classHtml, e.Pos, e.Src, "written to the response as text/html (self.wfile.write)")
		}
		if args.anyExc() && fr.fn.cls != nil {
			// (A handler's method: the body goes to the client.)
			fr.a.report(fr, "PY-VERBOSE-ERROR", e.Pos, e.Src, nil, "exception details returned to the client")
		}
	}
	fr.checkUnverifiedRun(e, c)
	if wr := fr.a.p.spec.weakRandom; wr != nil && wr.sinks.has(q, c.dotted) {
		for _, v := range args.pos {
			if w := v.weakRandomOf(); w != nil {
				fr.a.reportWeakRandom(fr, w)
			}
		}
	}
	if responseClass[q] && q != "django.http.HttpResponseRedirect" {
		// starlette's plain Response is HTML only when told so.
		if mt, ok := args.kw["media_type"]; ok && mt.c != nil && mt.c.kind == kStr && htmlType(mt.c.s) {
			if body, _ := args.get(0, "content"); body != nil {
				fr.sinkTaint(body.taintOf(), "PY-XSS", classHtml, e.Pos, e.Src, "returned as an HTML response ("+shortName(c)+")")
			}
		}
	}
	// self.send_header("Location", url) (http.server) and
	// start_response("302 Found", [("Location", url)]) (WSGI).
	if c.method == "send_header" && len(args.pos) == 2 && args.pos[0].c != nil && strings.EqualFold(args.pos[0].c.text(), "location") {
		fr.locationHeader(args.pos[1], e, e.Pos)
	}
	if c.dotted == "start_response" && len(args.pos) >= 2 && args.pos[1].exact {
		for _, h := range args.pos[1].elems {
			if h.exact && len(h.elems) == 2 && h.elems[0].c != nil && strings.EqualFold(h.elems[0].c.text(), "location") {
				fr.locationHeader(h.elems[1], e, e.Pos)
			}
		}
	}
	if q == "ssl.SSLContext" {
		fr.checkSSLContext(e, args)
	}
	// Response(status=302, headers={"Location": url})
	if hs, ok := args.kw["headers"]; ok && hs.exact && hs.keys != nil && (isResponseCall(q) || responseClass[q]) {
		for k, hv := range hs.keys {
			if strings.EqualFold(k, "s:location") {
				fr.locationHeader(hv, e, e.Pos)
			}
		}
	}
	// Exception details put into a response.
	if isResponseCall(q) || q == "flask.jsonify" || q == "starlette.responses.JSONResponse" {
		if args.anyExc() && (fr.inExcept > 0 || fr.fn.handler != nil && fr.fn.handler.errorHandler) {
			fr.a.report(fr, "PY-VERBOSE-ERROR", e.Pos, e.Src, nil, "exception details returned to the client")
		}
	}
	// Session writes with input (trust boundary).
	if (c.method == "update" || c.method == "setdefault") && c.recv != nil && e.X.Kind == pyfront.Attr && fr.isSession(st, e.X.X, c.recv) {
		for _, v := range args.pos {
			fr.sinkValue(st, "PY-TRUST-BOUNDARY", classSession, v, e, e.Pos, "stored in the session")
		}
	}
	// Values the generic rules cannot compute.
	switch q {
	case "lxml.etree.XMLParser", "lxml.etree.XMLPullParser", "lxml.etree.ETCompatXMLParser":
		return parserValue(args)
	case "lxml.etree.HTMLParser", "lxml.html.HTMLParser":
		// libxml2's HTML parser defines no entities from a document.
		return &value{typ: "lxml.SafeParser"}
	case "traceback.format_exc", "traceback.format_exception", "traceback.format_tb", "traceback.format_stack", "traceback.extract_tb", "sys.exc_info":
		return &value{exc: true}
	case "traceback.print_exc", "traceback.print_exception":
		if f, ok := args.kwExpr["file"]; ok && f.Kind == pyfront.Name {
			if v, ok := st.get(f.Text); ok {
				nv := *v
				nv.exc = true
				st.set(f.Text, &nv)
			}
		}
		return clean
	case "random.Random":
		return &value{typ: "random.Random", weakRandom: (*taint.Step)(nil).Then(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, "predictable random generator")}
	case "xml.sax.make_parser":
		return &value{typ: "sax.Parser"}
	case "markupsafe.Markup", "flask.Markup", "jinja2.Markup", "markupsafe.Markup.escape":
		return &value{markup: true, response: true}
	}
	if c.recv != nil && c.recv.typ == "random.Random" && c.method != "seed" {
		return &value{weakRandom: (*taint.Step)(nil).Then(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, "predictable random value")}
	}
	if c.method == "setFeature" && len(args.pos) == 2 && e.X.Kind == pyfront.Attr && c.recv != nil && (c.recv.typ == "" || strings.HasPrefix(c.recv.typ, "sax.")) {
		// The parser's type lists the entity features turned on
		// ("sax.UnsafeParser+ges+pes"): a later setFeature(f, False)
		// turns one off again.
		f := valueText(args.pos[0], args.posExpr[0])
		flag := ""
		switch {
		case strings.HasSuffix(f, "feature_external_ges") || strings.Contains(f, "external-general-entities"):
			flag = "+ges"
		case strings.HasSuffix(f, "feature_external_pes") || strings.Contains(f, "external-parameter-entities"):
			flag = "+pes"
		}
		if name := e.X.X.Dotted(); name != "" && flag != "" && args.pos[1].c != nil {
			on := map[string]bool{"+ges": strings.Contains(c.recv.typ, "+ges"), "+pes": strings.Contains(c.recv.typ, "+pes")}
			on[flag] = args.pos[1].c.truthy()
			nv := *c.recv
			nv.typ = "sax.Parser"
			if on["+ges"] || on["+pes"] {
				nv.typ = "sax.UnsafeParser"
				for _, f := range []string{"+ges", "+pes"} {
					if on[f] {
						nv.typ += f
					}
				}
			}
			st.set(name, &nv)
		}
		return clean
	}
	if c.method == "parse" && c.recv != nil && strings.HasPrefix(c.recv.typ, "sax.UnsafeParser") && len(args.pos) > 0 && args.pos[0].c == nil {
		fr.a.report(fr, "PY-XXE", e.Pos, e.Src, nil, "XML parsed by a SAX parser that resolves external entities")
	}
	// X.proxies.update({...}) configures a session's proxy.
	if c.method == "update" && e.X.Kind == pyfront.Attr && e.X.X.Kind == pyfront.Attr && e.X.X.Text == "proxies" {
		if name := e.X.X.X.Dotted(); name != "" {
			fr.markProxied(st, name, e.X.X.X)
			fr.a.proxyConfigured(fr, e.Pos)
		}
	}
	return nil
}

// isLogCall: logging.info(...), logger.warning(...), app.logger.error(...),
// and print() in request handlers.
func (fr *frame) isLogCall(c callee) bool {
	return strings.HasPrefix(c.qname, "logging.") && logLevels[lastPart(c.qname)] ||
		c.method != "" && logLevels[c.method] && c.recv != nil && loggerName(c.dotted) ||
		c.qname == "print" && fr.fn.handler != nil
}

// insideLogCall reports whether the call being checked is an argument of a
// log call.
func (fr *frame) insideLogCall() bool {
	for i := len(fr.calls) - 2; i >= 0; i-- {
		if fr.isLogCall(fr.calls[i]) {
			return true
		}
	}
	return false
}

func loggerName(dotted string) bool {
	d := strings.ToLower(dotted)
	i := strings.LastIndexByte(d, '.')
	if i < 0 {
		return false
	}
	recv := d[:i]
	return strings.HasSuffix(recv, "logger") || strings.HasSuffix(recv, "log") || strings.HasSuffix(recv, "logging") || strings.HasSuffix(recv, "_logger")
}

func (fr *frame) checkCookie(e *pyfront.Expr, args *argVals) {
	name, nameExpr := args.get(0, "key")
	val, valExpr := args.get(1, "value")
	sensitive := false
	if name != nil && name.c != nil && sensitiveCookie.MatchString(name.c.text()) {
		sensitive = true
	}
	if nameExpr != nil && name != nil && name.c == nil && sensitiveCookie.MatchString(nameExpr.Src) {
		sensitive = true
	}
	if valExpr != nil && (mentions(valExpr, secretName) || mentions(valExpr, sensitiveCookie)) {
		sensitive = true
	}
	if val != nil && val.weakRandomOf() != nil {
		fr.a.reportWeakRandom(fr, val.weakRandomOf())
	}
	flag := func(k string) *value {
		v, _ := args.get(-1, k)
		return v
	}
	// A cookie the code itself protects with secure= or httponly= is one
	// that needs protection, whatever its name: the flag it leaves out or
	// turns off is reported (set_cookie("SomeCookie", v, secure=False,
	// httponly=True)).
	guarded := flag("secure") != nil || flag("httponly") != nil
	if !sensitive && !guarded {
		return
	}
	// set_cookie(key, max_age=0, ...) with no value deletes the cookie.
	if age := flag("max_age"); (val == nil || val.c != nil && val.c.text() == "") && age != nil && age.c != nil && age.c.kind == kInt && age.c.i <= 0 {
		return
	}
	// **flags whose keys are not known may set any flag the call does not
	// name: only the named ones are judged then.
	_, spread := args.kw["**"]
	var missing []string
	if v := flag("secure"); v == nil && !spread || v != nil && v.c != nil && !v.c.truthy() {
		missing = append(missing, "secure")
	}
	if v := flag("httponly"); v == nil && !spread || v != nil && v.c != nil && !v.c.truthy() {
		missing = append(missing, "httponly")
	}
	// (Starlette's set_cookie, FastAPI's, defaults to samesite="lax".)
	if v := flag("samesite"); v == nil && !spread && fr.framework() != "fastapi" || v != nil && v.c != nil && (v.c.kind == kNone || strings.EqualFold(v.c.text(), "none")) {
		missing = append(missing, "samesite")
	}
	if len(missing) > 0 {
		fr.a.report(fr, "PY-COOKIE-INSECURE", e.Pos, e.Src, nil, "sensitive cookie set without "+strings.Join(missing, ", "))
	}
}

// checkXML reports XML parsing that resolves external entities.
func (fr *frame) checkXML(st *state, e *pyfront.Expr, c callee, args *argVals) {
	if c.recv != nil && c.recv.typ == "lxml.UnsafeParser" && e.X.Kind == pyfront.Attr && e.X.X.Dotted() != "" {
		// parser.feed(data) ... parser.close(): the feed interface of an
		// entity-resolving parser parses what it was fed at close().
		fed := "$fed:" + e.X.X.Dotted()
		switch {
		case c.method == "feed" && len(args.pos) > 0:
			prev, _ := st.get(fed)
			st.set(fed, join(prev, args.pos[0]))
		case c.method == "close":
			if v, ok := st.get(fed); ok && v != nil {
				fr.sinkTaint(v.taintOf(), "PY-XXE", classXml, e.Pos, e.Src, "fed to an entity-resolving parser")
			}
		}
	}
	q := c.qname
	switch q {
	case "lxml.etree.fromstring", "lxml.etree.XML", "lxml.etree.parse", "lxml.etree.iterparse", "lxml.etree.XMLID", "lxml.etree.fromstringlist", "lxml.objectify.fromstring", "lxml.objectify.parse":
		data, _ := args.get(0, "text")
		if data == nil {
			data, _ = args.get(0, "source")
		}
		parser, _ := args.get(1, "parser")
		switch {
		case parser != nil && parser.typ == "lxml.UnsafeParser":
			if data != nil && data.c == nil {
				t := data.taintOf()
				// Data from code the analysis does not know may be anyone's;
				// data it knows to be constant, converted, allow-listed or
				// read from the application's own files is not reported.
				if t.Origin == nil && t.Params == 0 && data.opaque {
					fr.a.report(fr, "PY-XXE", e.Pos, e.Src, nil, "XML parsed with a parser that resolves external entities")
					return
				}
				fr.sinkTaint(t, "PY-XXE", classXml, e.Pos, e.Src, "parsed with an entity-resolving parser")
			}
		case parser != nil && parser.typ == "lxml.SafeParser":
		default:
			if data != nil {
				fr.sinkTaint(data.taintOf(), "PY-XXE", classXml, e.Pos, e.Src, "parsed by lxml with its default parser (entities resolved)")
			}
		}
	case "xml.dom.minidom.parseString", "xml.dom.minidom.parse", "xml.dom.pulldom.parseString", "xml.dom.pulldom.parse", "xml.sax.parseString":
		if data, _ := args.get(0, ""); data != nil {
			fr.sinkTaint(data.taintOf(), "PY-XXE", classXml, e.Pos, e.Src, "parsed by "+q)
		}
	}
}

// parserValue types an lxml parser by its options.
func parserValue(args *argVals) *value {
	unsafe := false
	if v, ok := args.kw["resolve_entities"]; ok && v.c != nil && v.c.truthy() && v.c.kind != kStr {
		unsafe = true
	}
	if v, ok := args.kw["no_network"]; ok && v.c != nil && !v.c.truthy() {
		unsafe = true
	}
	if v, ok := args.kw["load_dtd"]; ok && v.c != nil && v.c.truthy() {
		if r, ok := args.kw["resolve_entities"]; !ok || r.c == nil || r.c.truthy() {
			unsafe = true
		}
	}
	if unsafe {
		return &value{typ: "lxml.UnsafeParser"}
	}
	if v, ok := args.kw["resolve_entities"]; ok && v.c != nil && !v.c.truthy() {
		return &value{typ: "lxml.SafeParser"}
	}
	return &value{typ: "lxml.XMLParser"}
}

// checkUnverifiedRun follows the order of calls in a function: something
// downloaded, then run or installed, with no hash or signature check in
// between. Function calls whose arguments are all literals run nothing
// fetched (a method's receiver may be the download: tar.extractall("dir")).
func (fr *frame) checkUnverifiedRun(e *pyfront.Expr, c callee) {
	u := fr.a.p.spec.unverified
	if u == nil {
		return
	}
	session := c.recv != nil && (c.recv.typ == "http.Session" || c.recv.typ == "http.SessionProxied") && c.method == "get"
	switch {
	case u.verifies.has(c.qname, c.dotted):
		fr.res.verified = true
	case session || u.downloads.has(c.qname, c.dotted):
		fr.res.downloaded = true
	case fr.res.downloaded && !fr.res.verified && u.runs.has(c.qname, c.dotted) && (c.recv != nil && !isModuleRef(c.recv) || !allLiteral(e.Elems)):
		fr.a.report(fr, u.rule, e.Pos, e.Src, nil, "code fetched earlier in this function is run or installed without checking its hash or signature")
	}
}

// allLiteral reports whether every expression is a literal (or a list or
// tuple of literals).
func allLiteral(es []*pyfront.Expr) bool {
	for _, x := range es {
		switch x.Kind {
		case pyfront.Str, pyfront.Num, pyfront.Bool, pyfront.NoneLit:
		case pyfront.List, pyfront.Tuple:
			if !allLiteral(x.Elems) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// declaresHTML is declaresHTML(fr.fn), computed once per analysis of the
// function rather than on every self.wfile.write call.
// contentTypeVar holds, in the state, the Content-Type header the function
// sent on the way to this point (not a Python name).
const contentTypeVar = "$content-type"

// writesHTML: a body written to self.wfile here is an HTML page. A
// constant Content-Type sent on every path to the write decides (a JSON
// branch of a handler whose other branches send HTML is no XSS); without
// one, whether the function sends an HTML type anywhere.
func (fr *frame) writesHTML(st *state) bool {
	if v, ok := st.get(contentTypeVar); ok && v != nil && v.c != nil && v.c.kind == kStr {
		return strings.Contains(strings.ToLower(v.c.s), "html")
	}
	return fr.declaresHTML()
}

func (fr *frame) declaresHTML() bool {
	if fr.html == 0 {
		fr.html = 1
		if declaresHTML(fr.fn) {
			fr.html = 2
		}
	}
	return fr.html == 2
}

// declaresHTML reports whether a function sends a constant HTML content
// type: self.send_header("Content-Type", "text/html; ...").
func declaresHTML(f *function) bool {
	return f != nil && f.def != nil && setsContentType(f.def.Body, "", mentionsHTML, "send_header")
}

// tornadoNonHTML: a Tornado handler method that sets a constant non-HTML
// Content-Type itself, or whose class (or a base) does so in
// set_default_headers() or prepare().
func (p *program) tornadoNonHTML(f *function) bool {
	if setsNonHTMLType(f) {
		return true
	}
	for c, depth := f.cls, 0; c != nil && depth < 10; c, depth = p.firstBase(c), depth+1 {
		if setsNonHTMLType(c.methods["set_default_headers"]) || setsNonHTMLType(c.methods["prepare"]) {
			return true
		}
	}
	return false
}

// setsNonHTMLType: the function calls self.set_header("Content-Type", T)
// with a constant T that is not HTML.
func setsNonHTMLType(f *function) bool {
	return f != nil && f.def != nil && setsContentType(f.def.Body, "", constantNonHTML, "set_header")
}

// constantNonHTML: a constant content type that is not HTML.
func constantNonHTML(e *pyfront.Expr) bool { return e.Kind == pyfront.Str && !mentionsHTML(e) }

// setsContentType: body calls X.method("Content-Type", T) (for one of the
// methods; X named recv unless recv is "") with a T that want accepts.
func setsContentType(body []*pyfront.Stmt, recv string, want func(*pyfront.Expr) bool, methods ...string) bool {
	found := false
	pyfront.Walk(body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(x *pyfront.Expr) {
			if found || x.Kind != pyfront.Call || x.X == nil || x.X.Kind != pyfront.Attr || !slices.Contains(methods, x.X.Text) || recv != "" && x.X.X.Dotted() != recv {
				return
			}
			if a := x.Args(); len(a) == 2 && strings.EqualFold(constString(a[0]), "content-type") && want(a[1]) {
				found = true
			}
		})
		return !found
	})
	return found
}

// mentionsHTML: a Content-Type value that is, or may be, an HTML type (a
// string constant naming html anywhere in the expression, as in
// "%s; charset=utf-8" % ("text/html" if page else "text/plain")).
func mentionsHTML(e *pyfront.Expr) bool {
	found := false
	pyfront.WalkExpr(e, func(x *pyfront.Expr) {
		if x.Kind == pyfront.Str && strings.Contains(strings.ToLower(x.Text), "html") {
			found = true
		}
	})
	return found
}

var outboundCalls = map[string]bool{
	"requests.get": true, "requests.post": true, "requests.put": true, "requests.patch": true, "requests.delete": true,
	"requests.head": true, "requests.request": true, "httpx.get": true, "httpx.post": true, "httpx.request": true,
	"urllib.request.urlopen": true, "urllib3.request": true,
}

func (fr *frame) checkProxy(e *pyfront.Expr, c callee, args *argVals) {
	session := c.recv != nil && (c.recv.typ == "http.Session" || c.recv.typ == "http.SessionProxied" || c.recv.typ == "urllib3.PoolManager" || c.recv.typ == "urllib3.ProxyManager") && outboundMethod(c.method)
	if !outboundCalls[c.qname] && !session {
		return
	}
	if c.recv != nil && c.recv.typ == "urllib3.ProxyManager" {
		fr.a.proxyConfigured(fr, e.Pos)
		return
	}
	if _, ok := args.kw["proxies"]; ok || c.recv != nil && c.recv.typ == "http.SessionProxied" {
		fr.a.proxyConfigured(fr, e.Pos)
		return
	}
	if _, ok := args.kw["proxy"]; ok {
		fr.a.proxyConfigured(fr, e.Pos)
		return
	}
	fr.a.noProxy(fr, e)
}

// markProxied records that the HTTP session in a variable (or in a field
// of self) sends its requests through a proxy.
func (fr *frame) markProxied(st *state, name string, e *pyfront.Expr) {
	cur := fr.expr(st, e)
	nv := *cur
	nv.typ = "http.SessionProxied"
	st.set(name, &nv)
	if fr.self != "" && strings.HasPrefix(name, fr.self+".") && fr.fn.cls != nil {
		fr.a.setClassAttr(fr, fr.fn.cls, strings.TrimPrefix(name, fr.self+"."), &nv)
	}
}

func outboundMethod(m string) bool {
	switch m {
	case "get", "post", "put", "patch", "delete", "head", "request", "send", "stream", "urlopen":
		return true
	}
	return false
}

// checkWeakRandomName reports a predictable random value stored under a
// name that says it is a secret (token, password, nonce ...).
func (fr *frame) checkWeakRandomName(name string, v *value) {
	wr := fr.a.p.spec.weakRandom
	if wr == nil || v == nil {
		return
	}
	w := v.weakRandomOf()
	if w == nil {
		return
	}
	if lower := strings.ToLower(name); wr.names.MatchString(lower) && !notSecretQuantity.MatchString(lower) {
		fr.a.reportWeakRandom(fr, w)
	}
}

// secretLabel is the label a text gives the value that follows it:
// "token=", "SESSIONID: ", {"otp": " (the name, before = or :).
var secretLabel = regexp.MustCompile(`([A-Za-z][A-Za-z0-9_\-]*)["']?\s*[=:]\s*["']?$`)

// checkWeakRandomLabel reports a predictable random value written right
// after a label that names a secret ("SESSIONID=%s" in a Set-Cookie, a
// "token=" query parameter): the text says what the value is for.
func (fr *frame) checkWeakRandomLabel(before string, w *taint.Step) {
	if w == nil {
		return
	}
	if m := secretLabel.FindStringSubmatch(before); m != nil && secretLabelWord(m[1]) {
		fr.a.reportWeakRandom(fr, w)
	}
}

// secretLabelWords are the words of a label that say a secret follows
// (whole words: "Author:" and "Footprint=" are not "auth" and "otp").
var secretLabelWords = map[string]bool{"token": true, "session": true, "sessionid": true, "sid": true, "password": true,
	"passwd": true, "pwd": true, "secret": true, "key": true, "apikey": true, "nonce": true, "salt": true, "otp": true,
	"csrf": true, "xsrf": true, "code": true, "pin": true, "invite": true, "reset": true, "verification": true,
	"activation": true, "auth": true, "signature": true, "credential": true, "credentials": true, "passcode": true,
	"remember": true, "rememberme": true}

// secretLabelWord: one of the label's words (split at "_", "-" and
// case changes) names a secret.
func secretLabelWord(label string) bool {
	var words []string
	start := 0
	for i := 1; i <= len(label); i++ {
		if i == len(label) || label[i] == '_' || label[i] == '-' || label[i] >= 'A' && label[i] <= 'Z' && label[i-1] >= 'a' && label[i-1] <= 'z' {
			words = append(words, strings.ToLower(strings.Trim(label[start:i], "_-")))
			start = i
		}
	}
	for _, w := range words {
		if secretLabelWords[w] {
			return true
		}
	}
	return false
}

// percentPlaceholder is one conversion of a %-format.
var percentPlaceholder = regexp.MustCompile(`%(\([^)]*\))?[-#0 +]*(\*|\d+)?(\.(\*|\d+))?[sdrifxXeEgGcaou%]`)

// checkWeakRandomFormat: the label before each %-conversion that formats
// a predictable random value (args is the right operand: one value, a
// tuple known element by element, or a dict for %(name)s).
func (fr *frame) checkWeakRandomFormat(format string, args *value) {
	i := 0
	for _, loc := range percentPlaceholder.FindAllStringSubmatchIndex(format, -1) {
		if format[loc[1]-1] == '%' && loc[1]-loc[0] == 2 {
			continue // %%
		}
		var v *value
		switch {
		case loc[2] >= 0 && args.exact && args.keys != nil:
			v = args.keys["s:"+format[loc[2]+1:loc[3]-1]]
		case args.exact && args.keys == nil && args.container:
			if i < len(args.elems) {
				v = args.elems[i]
			}
		case i == 0:
			v = args
		}
		i++
		if v != nil {
			fr.checkWeakRandomLabel(format[:loc[0]], v.weakRandomOf())
		}
	}
}

// notSecretQuantity are names of amounts and timings that mention a token
// or a session without holding one (tokens_per_second, session_timeout).
var notSecretQuantity = newWords("per_", "_rate", "count", "timeout", "ttl", "delay", "jitter", "interval", "limit", "_len", "length", "size")

// responseClass are response constructors beside isResponseCall's.
var responseClass = map[string]bool{"starlette.responses.Response": true, "fastapi.Response": true, "fastapi.responses.Response": true,
	"werkzeug.wrappers.Response": true, "werkzeug.Response": true, "aiohttp.web.Response": true, "django.http.HttpResponseRedirect": true}

// checkSSLContext: ssl.SSLContext() without a protocol, or with
// PROTOCOL_TLS/SSLv23 and older, verifies no certificate and no host name
// (unlike PROTOCOL_TLS_CLIENT and create_default_context()). Not reported
// when the function later turns verification on for it, or makes it a
// server's context (load_cert_chain).
func (fr *frame) checkSSLContext(e *pyfront.Expr, args *argVals) {
	if v, ex := args.get(0, "protocol"); v != nil {
		switch text := valueText(v, ex); {
		case strings.HasSuffix(text, "PROTOCOL_TLS_CLIENT"), strings.HasSuffix(text, "PROTOCOL_TLS_SERVER"), !strings.Contains(text, "PROTOCOL_"):
			return
		}
	}
	name := fr.assignedName(e)
	fixed := false
	// (A context not kept in a variable cannot be fixed later.)
	pyfront.Walk(fr.body(), func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if name == "" || s.Pos.Line <= e.Pos.Line || fixed {
			return !fixed && name != ""
		}
		switch {
		case s.Kind == pyfront.AssignStmt && len(s.Targets) == 1 && s.Targets[0].Kind == pyfront.Attr && s.Targets[0].Text == "verify_mode" &&
			s.Targets[0].X.Dotted() == name && s.Value != nil && strings.HasSuffix(s.Value.Dotted(), "CERT_REQUIRED"):
			fixed = true
		case s.Kind == pyfront.ExprStmt && s.Value != nil && s.Value.Kind == pyfront.Call && s.Value.X != nil && s.Value.X.Kind == pyfront.Attr &&
			s.Value.X.Text == "load_cert_chain" && s.Value.X.X.Dotted() == name:
			fixed = true
		}
		return !fixed
	})
	if !fixed {
		fr.a.report(fr, "PY-TLS-VERIFY-OFF", e.Pos, e.Src, nil, "ssl.SSLContext() without PROTOCOL_TLS_CLIENT verifies neither the certificate nor the host name")
	}
}

// assignedName is the variable a call's result is assigned to in the
// function being analysed ("" when it is not assigned to a plain name).
func (fr *frame) assignedName(e *pyfront.Expr) string {
	name := ""
	pyfront.Walk(fr.body(), func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if name == "" && s.Kind == pyfront.AssignStmt && s.Value == e && len(s.Targets) == 1 && s.Targets[0].Kind == pyfront.Name {
			name = s.Targets[0].Text
		}
		return name == ""
	})
	return name
}

// body is the statements of the function (or module) being analysed.
func (fr *frame) body() []*pyfront.Stmt {
	switch {
	case fr.fn == nil:
		return nil
	case fr.fn.def != nil:
		return fr.fn.def.Body
	case fr.mod != nil && fr.mod.ast != nil:
		return fr.mod.ast.Body
	}
	return nil
}

// framework is the web framework of the code being analysed: the
// handler's, else the module's.
func (fr *frame) framework() string {
	if fr.fn != nil && fr.fn.handler != nil {
		return fr.fn.handler.framework
	}
	return fr.a.p.frameworkOf(fr.mod)
}

package python

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// expr computes the abstract value of an expression.
func (fr *frame) expr(st *state, e *pyfront.Expr) *value {
	if e == nil {
		return clean
	}
	fr.depth++
	defer func() { fr.depth-- }()
	if fr.depth > maxExprDepth {
		return clean
	}
	switch e.Kind {
	case pyfront.Name:
		return fr.name(st, e)
	case pyfront.Attr:
		return fr.attr(st, e)
	case pyfront.Call:
		return fr.call(st, e)
	case pyfront.Subscript:
		return fr.subscript(st, e)
	case pyfront.Str:
		return constValue(cstr(e.Text))
	case pyfront.Num:
		return constValue(parseNum(e.Text))
	case pyfront.Bool:
		if e.Text == "True" {
			return trueValue
		}
		return falseValue
	case pyfront.NoneLit:
		return noneValue
	case pyfront.FString:
		return fr.fstring(st, e)
	case pyfront.List, pyfront.Tuple:
		if len(e.Elems) > bigTable && constantLiteral(e, 0) {
			return constantTable
		}
		out := &value{container: true, exact: true, elems: make([]*value, 0, len(e.Elems))}
		for _, x := range e.Elems {
			v := fr.expr(st, x)
			if x.Kind == pyfront.Starred {
				out.exact = false
				out.t = taint.Join(out.t, v.taintOf())
				continue
			}
			out.elems = append(out.elems, v)
		}
		if !out.exact {
			for _, el := range out.elems {
				out.t = taint.Join(out.t, el.taintOf())
				out.exc = out.exc || el.excOf()
			}
			out.elems = nil
		}
		return out
	case pyfront.Set:
		out := &value{container: true}
		for _, x := range e.Elems {
			v := fr.expr(st, x)
			out.t = taint.Join(out.t, v.taintOf())
			if w := v.weakRandomOf(); w != nil {
				out.weakRandom = w
			}
		}
		return out
	case pyfront.Dict:
		if len(e.Elems) > bigTable && constantLiteral(e, 0) {
			return constantTable
		}
		return fr.dict(st, e)
	case pyfront.BinOp:
		if e.Text == "and" || e.Text == "or" {
			return fr.boolOp(st, e)
		}
		return fr.binop(e.Text, fr.expr(st, e.X), fr.expr(st, e.Y), e.X, e.Y)
	case pyfront.UnaryOp:
		x := fr.expr(st, e.X)
		switch e.Text {
		case "not":
			if x.c != nil {
				return constValue(cbool(!x.c.truthy()))
			}
			return clean
		case "-":
			if x.c != nil {
				if c := foldBinary("-", cint(0), x.c); c != nil {
					return constValue(c)
				}
			}
		case "+":
			return x
		}
		return &value{t: x.t}
	case pyfront.Compare:
		return fr.compare(st, e)
	case pyfront.IfExp:
		cond := fr.expr(st, e.Cond())
		if cond.c != nil {
			if cond.c.truthy() {
				return fr.expr(st, e.X)
			}
			return fr.expr(st, e.Y)
		}
		a := fr.expr(fr.refine(st.copy(), e.Cond(), true), e.X)
		b := fr.expr(fr.refine(st.copy(), e.Cond(), false), e.Y)
		return join(a, b)
	case pyfront.Starred:
		return fr.expr(st, e.X).flat()
	case pyfront.Await:
		return fr.expr(st, e.X)
	case pyfront.Walrus:
		v := fr.expr(st, e.Y)
		fr.assign(st, e.X, v, nil)
		return v
	case pyfront.Comp:
		return fr.comprehension(st, e)
	case pyfront.Lambda:
		return &value{extra: &valueExtra{lambda: e}}
	case pyfront.Yield:
		if e.X != nil {
			// A generator's values reach whoever iterates it.
			v := fr.expr(st, e.X)
			if fr.yields != nil {
				*fr.yields = append(*fr.yields, v)
			}
			fr.ret = join(fr.ret, &value{t: v.taintOf(), container: true})
		}
		return clean
	case pyfront.Slice:
		for _, x := range e.Elems {
			fr.expr(st, x)
		}
		return clean
	}
	// Anything else: whatever its parts carry.
	out := &value{}
	for _, x := range []*pyfront.Expr{e.X, e.Y} {
		if x != nil {
			out.t = taint.Join(out.t, fr.expr(st, x).taintOf())
		}
	}
	for _, x := range e.Elems {
		if x != nil {
			out.t = taint.Join(out.t, fr.expr(st, x).taintOf())
		}
	}
	return out
}

func parseNum(text string) *constant {
	t := strings.ReplaceAll(strings.ToLower(text), "_", "")
	if i, err := strconv.ParseInt(t, 0, 64); err == nil {
		return cint(i)
	}
	if f, err := strconv.ParseFloat(strings.TrimSuffix(t, "j"), 64); err == nil && !strings.HasSuffix(t, "j") {
		return cfloat(f)
	}
	return nil
}

// name resolves a name: a local, a module global, a project definition,
// an import, or a builtin. Sources taint the value.
func (fr *frame) name(st *state, e *pyfront.Expr) *value {
	if v, ok := st.get(e.Text); ok {
		if !v.secret && isSecretName(e.Text) {
			cp := *v
			cp.secret = true
			return &cp
		}
		return v
	}
	m := fr.mod
	if fr.fn != m.body {
		// (A global that only names an imported module or function is
		// resolved through the imports below; one assigned from a library
		// name, MODE = AES.MODE_ECB, is that name.)
		if v, ok := m.globals[e.Text]; ok && (!isModuleRef(v) || m.imports[e.Text] == "") {
			if fr.res.globalReads == nil {
				fr.res.globalReads = map[string]bool{}
			}
			fr.res.globalReads[e.Text] = true
			// try: import jwt / except ImportError: jwt = None keeps the import.
			if _, imported := m.imports[e.Text]; !imported || v.c == nil || v.c.kind != kNone {
				return v
			}
		}
	}
	if f := m.funcs[e.Text]; f != nil {
		return &value{fn: f, qname: f.qname}
	}
	if c := m.classes[e.Text]; c != nil {
		return &value{class: c, classRef: true, qname: c.qname}
	}
	if f := fr.a.p.nestedByName(fr.fn, e.Text); f != nil {
		return &value{fn: f}
	}
	q := fr.a.p.qualify(m, e.Text)
	return fr.qualified(q, e)
}

func isModuleRef(v *value) bool { return v.qname != "" && !v.t.Tainted() && v.c == nil }

// bigTable is the number of entries above which a list, tuple or dict of
// constants only is kept as one clean container, without its elements:
// generated modules and data tables hold millions of such entries, and
// per-element precision matters for the short lists and dicts that code
// builds and indexes (allow-lists keep working: membership needs no
// elements).
const bigTable = 32

var constantTable = &value{container: true}

// constantLiteral reports whether e is made of literal constants only
// (strings, numbers, booleans, None, and lists, tuples, sets and dicts of
// them).
func constantLiteral(e *pyfront.Expr, depth int) bool {
	if e == nil || depth > 8 {
		return false
	}
	switch e.Kind {
	case pyfront.Str, pyfront.Num, pyfront.Bool, pyfront.NoneLit:
		return true
	case pyfront.UnaryOp:
		return e.Text == "-" && e.X != nil && e.X.Kind == pyfront.Num
	case pyfront.List, pyfront.Tuple, pyfront.Set:
		for _, x := range e.Elems {
			if !constantLiteral(x, depth+1) {
				return false
			}
		}
		return true
	case pyfront.Dict:
		for i, k := range e.Elems {
			if k == nil || !constantLiteral(k, depth+1) || i >= len(e.Vals()) || !constantLiteral(e.Vals()[i], depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// stringModuleConstants are the character sets of the string module
// (allow-lists are built from them: string.ascii_letters + string.digits).
var stringModuleConstants = map[string]string{
	"string.ascii_lowercase": "abcdefghijklmnopqrstuvwxyz",
	"string.ascii_uppercase": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
	"string.ascii_letters":   "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
	"string.digits":          "0123456789",
	"string.hexdigits":       "0123456789abcdefABCDEF",
	"string.octdigits":       "01234567",
	"string.punctuation":     "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
	"string.whitespace":      " \t\n\r\x0b\x0c",
}

// qualified is the value of a qualified name: a source, a project
// definition, or a plain reference.
func (fr *frame) qualified(q string, e *pyfront.Expr) *value {
	if s, ok := stringModuleConstants[q]; ok {
		return constValue(cstr(s))
	}
	if src := fr.a.p.spec.source(q); src != nil && !fr.a.p.spec.clean.has(q, "") {
		// The source object itself (flask.request, os.environ, sys.argv):
		// its attributes, items and methods are input too.
		return &value{qname: q, t: fr.a.origin(src.kind, src.confidence, fr, e), request: q == src.name}
	}
	if f, c := fr.a.p.lookup(q, fr.mod); f != nil {
		return &value{fn: f, qname: q}
	} else if c != nil {
		return &value{class: c, classRef: true, qname: q}
	}
	if v := fr.a.p.globalInstance(q, fr.mod, 0); v != nil {
		return v
	}
	return &value{qname: q}
}

func (fr *frame) attr(st *state, e *pyfront.Expr) *value {
	if d := e.Dotted(); d != "" {
		if v, ok := st.get(d); ok {
			return v
		}
	}
	if e.Text == "value" && e.X != nil && e.X.Kind == pyfront.Attr {
		// CipherMode.LEGACY.value of an Enum class: the member's value as
		// the class body assigns it (AES.MODE_ECB).
		if owner := fr.expr(st, e.X.X); owner.classRef && owner.class != nil && fr.a.p.isEnumClass(owner.class) {
			if m := owner.class.attrs[e.X.Text]; m != nil {
				return m
			}
		}
	}
	base := fr.expr(st, e.X)
	return fr.attrOf(st, base, e.Text, e)
}

func (fr *frame) attrOf(st *state, base *value, attr string, e *pyfront.Expr) *value {
	switch {
	case base.request:
		if fr.a.p.spec.requestClean[attr] {
			v := &value{qname: qjoin(base.qname, attr)}
			if attr == "session" {
				v.typ = sessionType // kept where it is stored (self.session = request.session)
			}
			return v
		}
		t := base.t
		if !t.Tainted() {
			t = fr.a.origin("web", "high", fr, e)
		}
		out := &value{t: t.Extend(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, ""), request: true, qname: qjoin(base.qname, attr)}
		if attr == "path" || attr == "full_path" || attr == "path_info" {
			// The request's own path: redirecting to it keeps the user on
			// this site (the path always starts with a slash).
			out.prefix = "/"
			out.request = false
			out.t = out.t.Sanitize(classRedirect)
		}
		return out
	case base.qname != "" && !base.t.Tainted() && base.class == nil:
		q := base.qname + "." + attr
		if attr == "session" && (base.qname == "flask" || base.qname == "quart") {
			return &value{qname: q}
		}
		return fr.qualified(q, e)
	case base.class != nil:
		c := base.class
		if v, ok := base.fields[attr]; ok {
			return v
		}
		if attr == "cleaned_data" && !base.classRef && base.t.Tainted() {
			if cd := fr.a.p.formCleanedData(c, base.t); cd != nil {
				return cd
			}
		}
		if !base.classRef && c.inputAttrs[attr] {
			return &value{t: fr.a.origin("web", "high", fr, e), request: attr == "request" || attr == "headers" || attr == "rfile"}
		}
		if f := fr.a.p.method(c, attr); f != nil {
			if isProperty(f) && !base.classRef {
				// Reading a property runs its getter.
				call := &pyfront.Expr{Kind: pyfront.Call, X: e, Pos: e.Pos, Src: e.Src}
				return fr.applySummary(st, call, callee{fn: f, recv: base, qname: f.qname, method: attr}, &argVals{kw: map[string]*value{}, kwExpr: map[string]*pyfront.Expr{}})
			}
			return &value{fn: f, recv: base}
		}
		v := fr.a.classAttr(fr, c, attr)
		if v == nil && base.classRef && attr == "objects" && fr.a.p.isDjangoModel(c) {
			return &value{typ: "django.QuerySet"} // the default manager
		}
		if base.self && !base.classRef {
			if v != nil && fr.a.classAttrs[c][attr] == nil && !v.taintOf().Tainted() {
				return v // a class-body constant no method reassigns
			}
			if fr.sum.selfFields == nil {
				fr.sum.selfFields = map[string]bool{}
			}
			fr.sum.selfFields[attr] = true
			// A field of the receiver: whatever the caller's instance holds.
			field := taint.Taint{Params: 1, ParamTrace: (*taint.Step)(nil).Then(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, "field "+attr)}
			if v != nil {
				cp := *v
				cp.t = taint.Join(v.t, field)
				return &cp
			}
			return &value{t: field}
		}
		if v != nil {
			if base.t.Tainted() {
				return join(v, &value{t: base.t})
			}
			return v
		}
		return &value{t: base.t}
	case base.exact && base.keys != nil:
		// Attribute access on a dict-like object: unknown.
		return base.flat()
	case base.typ == "pathlib.Path" && (attr == "name" || attr == "stem" || attr == "suffix"):
		// The last component of a path (as os.path.basename): no
		// directory part to climb out with.
		return &value{t: base.taintOf().Sanitize(classPath)}
	}
	out := &value{t: base.taintOf(), exc: base.exc, weakRandom: base.weakRandomOf(), opaque: base.opaque}
	if base.t.Tainted() {
		out.t = out.t.Extend(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, "")
	}
	return out
}

func qjoin(q, attr string) string {
	if q == "" {
		return ""
	}
	return q + "." + attr
}

func (fr *frame) subscript(st *state, e *pyfront.Expr) *value {
	base := fr.expr(st, e.X)
	if e.Y != nil && e.Y.Kind == pyfront.Slice {
		for _, x := range e.Y.Elems {
			fr.expr(st, x)
		}
		return fr.slice(base, e.Y)
	}
	idx := fr.expr(st, e.Y)
	if base.class != nil && !base.classRef && base.fields != nil || base.class != nil && !base.classRef && base.t.Tainted() {
		// obj[k] of a project class with __getitem__ runs it.
		if v := fr.callDunder(st, e, base, "__getitem__", []*value{idx}); v != nil {
			return v
		}
	}
	if heads := base.headsOf(); heads != nil && idx.c != nil && idx.c.kind == kInt && idx.c.i >= 0 && idx.c.i < int64(len(heads)) {
		return constValue(cstr(heads[idx.c.i]))
	}
	if base.typ == configParserType && idx.c != nil && idx.c.kind == kStr {
		// cp["section"]: its options over DEFAULT's, names folded.
		return configSection(base, idx.c.s)
	}
	if idx.c != nil {
		if v, ok := index(base, idx.c); ok {
			return v
		}
	}
	if base.extra != nil && base.extra.hasItemTaint {
		return &value{t: base.extra.itemTaint} // a value, not a key
	}
	out := base.flat()
	if base.request {
		out = &value{t: base.t, request: false}
		if !out.t.Tainted() {
			out.t = fr.a.origin("web", "high", fr, e)
		}
		if e.X.Kind == pyfront.Attr && stringMapping(e.X.Text) {
			// request.args["k"]: a string, which cannot carry MongoDB
			// operators (as with .get()).
			out.t = out.t.Sanitize(classNosql)
		}
	}
	if out.t.Tainted() {
		out = out.withTaint(out.t.Extend(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, ""))
	}
	return out
}

// index reads a constant key or index of a value.
func index(base *value, k *constant) (*value, bool) {
	switch {
	case base.exact && base.keys != nil:
		if key, ok := k.key(); ok {
			if v, ok := base.keys[key]; ok {
				return v, true
			}
			return clean, true
		}
	case base.exact && base.elems != nil && k.kind == kInt:
		i := int(k.i)
		if i < 0 {
			i += len(base.elems)
		}
		if i >= 0 && i < len(base.elems) {
			return base.elems[i], true
		}
		return clean, true
	case base.c != nil && base.c.kind == kStr && k.kind == kInt:
		r := []rune(base.c.s)
		i := int(k.i)
		if i < 0 {
			i += len(r)
		}
		if i >= 0 && i < len(r) {
			return constValue(cstr(string(r[i]))), true
		}
	}
	return nil, false
}

func (fr *frame) slice(base *value, sl *pyfront.Expr) *value {
	if base.exact && base.elems != nil {
		if lo, hi, ok := sliceBounds(sl, len(base.elems)); ok {
			return &value{container: true, exact: true, elems: append([]*value(nil), base.elems[lo:hi]...)}
		}
	}
	if base.c != nil && base.c.kind == kStr {
		return clean
	}
	if p := []rune(base.strPrefix()); len(p) > 0 && !base.container && len(sl.Elems) >= 2 && sl.Elems[1] != nil && (len(sl.Elems) < 3 || sl.Elems[2] == nil) {
		// ("constant-prefix-" + x)[:15]: inside the constant start (the
		// end of the whole string is unknown: no negative bounds).
		lo, loOK := constBound(sl.Elems[0], 0)
		hi, hiOK := constBound(sl.Elems[1], -1)
		if loOK && hiOK && lo >= 0 && hi >= lo && hi <= len(p) {
			return constValue(cstr(string(p[lo:hi])))
		}
	}
	if len(sl.Elems) >= 2 && sl.Elems[1] != nil && (sl.Elems[0] == nil || isZero(sl.Elems[0])) && isZero(sl.Elems[1]) {
		return constValue(cstr("")) // x[:0] is empty, whatever x holds
	}
	out := base.flat()
	if out.t.Tainted() && base.c == nil {
		// A slice of a string keeps a constant start only if it starts at 0.
		out.prefix = ""
	}
	if base.container && !out.container {
		// (A copy: flat() may return the shared clean value.)
		cp := *out
		cp.container = true
		out = &cp
	}
	return out
}

// sliceBounds are the bounds of xs[lo:hi] on a sequence of n items, when
// they are constants (or absent) and there is no step.
func sliceBounds(sl *pyfront.Expr, n int) (lo, hi int, ok bool) {
	if len(sl.Elems) < 2 || len(sl.Elems) > 2 && sl.Elems[2] != nil {
		return 0, 0, false
	}
	l, lok := constBound(sl.Elems[0], 0)
	h, hok := constBound(sl.Elems[1], n)
	lo, hi = clamp(l, n), clamp(h, n)
	return lo, hi, lok && hok && lo <= hi
}

// constBound is a slice bound: def when absent, the constant integer, or
// not ok.
func constBound(x *pyfront.Expr, def int) (int, bool) {
	if x == nil {
		return def, true
	}
	if c := parseConstExpr(x); c != nil && c.kind == kInt {
		return int(c.i), true
	}
	return 0, false
}

func clamp(i, n int) int {
	if i < 0 {
		i += n
	}
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

func parseConstExpr(e *pyfront.Expr) *constant {
	switch e.Kind {
	case pyfront.Num:
		return parseNum(e.Text)
	case pyfront.UnaryOp:
		if e.Text == "-" && e.X != nil && e.X.Kind == pyfront.Num {
			if c := parseNum(e.X.Text); c != nil {
				return foldBinary("-", cint(0), c)
			}
		}
	}
	return nil
}

func (fr *frame) dict(st *state, e *pyfront.Expr) *value {
	out := &value{container: true, exact: true, keys: map[string]*value{}}
	// With a key that is not constant, the values alone are what a lookup
	// gives ({param: "fixed"}[param] is "fixed"); the keys count for the
	// dict as a whole (iterating it, serializing it).
	var vals taint.Taint
	var spread bool
	for i, k := range e.Elems {
		v := fr.expr(st, e.Vals()[i])
		if k == nil {
			// **spread: merge what is known.
			if v.exact && v.keys != nil {
				for kk, vv := range v.keys {
					out.keys[kk] = vv
				}
			} else {
				out.exact = false
				out.t = taint.Join(out.t, v.taintOf())
				spread = true
			}
			continue
		}
		kv := fr.expr(st, k)
		if kv.c != nil && kv.c.kind == kStr {
			fr.checkWeakRandomName(kv.c.s, v)
		}
		if kv.c == nil {
			out.exact = false
			out.t = taint.Join(out.t, v.taintOf())
			// A key from input may be "$where" or "$ne": a string value
			// cannot be an operator, a key can.
			out.t = taint.Join(out.t, kv.taintOf().Unsanitize(classNosql))
			vals = taint.Join(vals, v.taintOf())
			continue
		}
		key, _ := kv.c.key()
		out.keys[key] = v
	}
	if !out.exact {
		for _, v := range out.keys {
			out.t = taint.Join(out.t, v.taintOf())
			vals = taint.Join(vals, v.taintOf())
		}
		out.keys = nil
		if !spread {
			return out.withExtra(func(x *valueExtra) { x.itemTaint, x.hasItemTaint = vals, true })
		}
	}
	return out
}

func (fr *frame) boolOp(st *state, e *pyfront.Expr) *value {
	a := fr.expr(st, e.X)
	if a.c != nil {
		if (e.Text == "or") == a.c.truthy() {
			return a
		}
		return fr.expr(fr.refine(st.copy(), e.X, e.Text == "and"), e.Y)
	}
	b := fr.expr(fr.refine(st.copy(), e.X, e.Text == "and"), e.Y)
	return join(a, b)
}

// binop is an arithmetic or string operation.
func (fr *frame) binop(op string, a, b *value, ea, eb *pyfront.Expr) *value {
	if c := foldBinary(op, a.c, b.c); c != nil {
		return constValue(c)
	}
	if op == "*" && (zeroFactor(b.c) || zeroFactor(a.c)) {
		// x * 0 is "", [] or 0 whatever x held.
		if a.container || b.container {
			return &value{container: true, exact: true, elems: []*value{}}
		}
		return clean
	}
	out := &value{t: taint.Join(a.taintOf(), b.taintOf()), exc: a.excOf() || b.excOf() || a.excObj || b.excObj, secret: a.secret || b.secret}
	if a.c != nil && a.c.kind == kStr && (op == "+" || op == "%") && (b.htmlTextOnlyOf() || b.exact && slices.ContainsFunc(b.elems, (*value).htmlTextOnlyOf)) {
		// "<a title='" + escaped, "<a title='%s'>" % escaped: an escape
		// without quotes is judged where it lands.
		out.t = taint.Join(a.taintOf(), placedTaint(op, a.c.s, b))
	}
	if op == "+" && (a.markup || b.markup) || op == "%" && a.markup {
		// Markup + str and Markup % args escape the plain operands.
		return &value{markup: true, response: true}
	}
	out.weakRandom = a.weakRandomOf()
	if out.weakRandom == nil {
		out.weakRandom = b.weakRandomOf()
	}
	if a.c != nil && a.c.kind == kStr && out.weakRandom != nil {
		switch op {
		case "+": // "token=" + w
			fr.checkWeakRandomLabel(a.c.s, b.weakRandomOf())
		case "%": // "SESSIONID=%s; path=/" % w
			fr.checkWeakRandomFormat(a.c.s, b)
		}
	}
	if op == "+" && a.exact && b.exact && a.keys == nil && b.keys == nil && a.container && b.container && len(a.elems)+len(b.elems) <= bigTable {
		// [a, b] + [c]: the known elements in order.
		return &value{container: true, exact: true, elems: append(append([]*value(nil), a.elems...), b.elems...)}
	}
	if op == "|" && a.exact && b.exact && a.keys != nil && b.keys != nil && a.container && b.container {
		// {"q": x} | {"q": "safe"}: the right dict's keys win.
		keys := copyKeys(a.keys)
		for k, v := range b.keys {
			keys[k] = v
		}
		return &value{container: true, exact: true, keys: keys}
	}
	if op == "/" && (a.typ == "pathlib.Path" || b.typ == "pathlib.Path") {
		out.typ = "pathlib.Path" // BASE / name
	}
	switch op {
	case "+":
		out.prefix = a.strPrefix()
		if a.c != nil && a.c.kind == kStr {
			out.prefix = a.c.s + b.strPrefix()
		}
	case "%":
		if a.c != nil && a.c.kind == kStr {
			out.prefix = a.c.s
			if i := strings.IndexByte(out.prefix, '%'); i >= 0 {
				out.prefix = out.prefix[:i]
			}
			// "%(a)s" % {"a": x, "b": y}: only the named entries are used.
			if names := percentNames(a.c.s); names != nil && b.exact && b.keys != nil {
				var t taint.Taint
				allConst := true
				for _, n := range names {
					v := b.keys["s:"+n]
					if v == nil {
						continue
					}
					t = taint.Join(t, v.taintOf())
					allConst = allConst && v.c != nil
				}
				out.t = t
				if allConst && !t.Tainted() {
					if s, ok := percentFold(a.c.s, b); ok {
						return constValue(cstr(s))
					}
				}
			}
		}
	}
	if out.t.Tainted() && eb != nil {
		out.t = out.t.Extend(fr.mod.path, eb.Pos.Line, eb.Pos.Col, exprSrc(ea, eb), "")
	}
	return out
}

// zeroFactor: an int (or bool) constant zero, which repeats a sequence no
// times and makes a number 0. (A negative factor empties a sequence but
// only negates a number.)
func zeroFactor(c *constant) bool {
	return c != nil && (c.kind == kInt && c.i == 0 || c.kind == kBool && !c.b)
}

var percentName = regexp.MustCompile(`%\(([A-Za-z_][A-Za-z0-9_]*)\)`)

// percentNames lists the %(name)s keys of a format, or nil if it has none.
func percentNames(f string) []string {
	var out []string
	for _, m := range percentName.FindAllStringSubmatch(f, -1) {
		out = append(out, m[1])
	}
	return out
}

// percentFold formats "%(a)s" with a dict of constants.
func percentFold(f string, b *value) (string, bool) {
	ok := true
	s := percentName.ReplaceAllStringFunc(f, func(m string) string {
		name := m[2 : len(m)-1]
		v := b.keys["s:"+name]
		if v == nil || v.c == nil {
			ok = false
			return m
		}
		return "\x00" + v.c.text()
	})
	// %(a)s -> \x00value s: drop the conversion letter.
	s = regexp.MustCompile("\x00([^\x00]*?)[sdrifx]").ReplaceAllString(s, "$1")
	return s, ok && !strings.Contains(s, "%(")
}

func exprSrc(a, b *pyfront.Expr) string {
	if b != nil && b.Src != "" {
		return b.Src
	}
	if a != nil {
		return a.Src
	}
	return ""
}

func (fr *frame) compare(st *state, e *pyfront.Expr) *value {
	vals := make([]*value, len(e.Elems))
	for i, x := range e.Elems {
		vals[i] = fr.expr(st, x)
	}
	if len(e.Ops()) == len(vals)-1 {
		result := true
		for i, op := range e.Ops() {
			a, b := vals[i], vals[i+1]
			var c *constant
			if op == "in" || op == "not in" {
				c = containsConst(a, b)
				if c != nil && op == "not in" {
					c = cbool(!c.b)
				}
			} else {
				c = foldCompare(op, a.c, b.c)
			}
			if c == nil {
				c = compareCount(op, e.Elems[i], b.c)
			}
			if c == nil {
				return clean
			}
			result = result && c.b
		}
		return constValue(cbool(result))
	}
	return clean
}

// compareCount decides a comparison of len(x) with a constant that no
// length passes or every length does (len(x) < 0, len(x) >= 0), or nil.
func compareCount(op string, left *pyfront.Expr, right *constant) *constant {
	if right == nil || right.kind != kInt || right.i > 0 || left.Kind != pyfront.Call || left.Callee() != "len" || len(left.Args()) != 1 {
		return nil
	}
	n := right.i // len(x) >= 0 > n, or == 0 when n is 0
	switch {
	case op == "<" && n <= 0, op == "<=" && n < 0, op == "==" && n < 0:
		return cbool(false)
	case op == ">=" && n <= 0, op == ">" && n < 0, op == "!=" && n < 0:
		return cbool(true)
	}
	return nil
}

// containsConst decides "a in b" for constants and exact containers.
func containsConst(a, b *value) *constant {
	if a.c == nil {
		return nil
	}
	if b.c != nil {
		return foldCompare("in", a.c, b.c)
	}
	if b.exact && b.elems != nil {
		for _, el := range b.elems {
			if el.c == nil {
				return nil
			}
			if equalConst(a.c, el.c) {
				return cbool(true)
			}
		}
		return cbool(false)
	}
	if b.exact && b.keys != nil {
		if k, ok := a.c.key(); ok {
			_, has := b.keys[k]
			return cbool(has)
		}
	}
	return nil
}

func (fr *frame) fstring(st *state, e *pyfront.Expr) *value {
	out := &value{}
	var sb strings.Builder
	allConst, prefixOpen := true, true
	label := 0 // where the constant text before the next placeholder starts
	for _, part := range e.Elems {
		v := fr.expr(st, part)
		if v.c != nil {
			sb.WriteString(v.c.text())
			if prefixOpen {
				out.prefix += v.c.text()
			}
			continue
		}
		before := sb.String()[label:]
		label = sb.Len()
		allConst, prefixOpen = false, false
		out.t = taint.Join(out.t, v.taintIn(sb.String()))
		out.exc = out.exc || v.exc || v.excObj
		out.secret = out.secret || v.secret
		if w := v.weakRandomOf(); w != nil {
			out.weakRandom = w
			fr.checkWeakRandomLabel(before, w) // f"token={w}"
		}
	}
	if allConst {
		return constValue(cstr(sb.String()))
	}
	if out.t.Tainted() {
		out.t = out.t.Extend(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, "")
	}
	return out
}

func (fr *frame) comprehension(st *state, e *pyfront.Expr) *value {
	fr.repeated++
	defer func() { fr.repeated-- }()
	v, first := fr.exactComprehension(st, e)
	if v != nil {
		return v
	}
	inner := st.copy()
	for i, g := range e.Gens() {
		it := first // the first iterable, when exactComprehension evaluated it
		if i > 0 || it == nil {
			it = fr.expr(inner, g.Iter)
		}
		fr.assign(inner, g.Target, elementOf(it), nil)
		for _, cond := range g.Ifs {
			fr.expr(inner, cond)
			inner = fr.refine(inner, cond, true)
		}
	}
	out := &value{container: true}
	el := fr.expr(inner, e.X)
	out.t = el.taintOf()
	out.weakRandom = el.weakRandomOf()
	if e.Y != nil {
		v := fr.expr(inner, e.Y)
		out.t = taint.Join(out.t, v.taintOf())
	}
	return out
}

// exactComprehension computes a list comprehension or generator over a
// short sequence known element by element, with one for and no if, element
// by element: [x.strip() for x in ("a", p)] keeps "a" apart from p,
// next(v for v in ["safe", p]) is "safe", and [p for p in gen(x)] of a
// generator with straight-line yields keeps each yield apart. Nil otherwise, with the iterable's
// value when it was evaluated (the general case uses it, not evaluating the
// iterable's calls twice).
func (fr *frame) exactComprehension(st *state, e *pyfront.Expr) (v, iter *value) {
	gens := e.Gens()
	if len(gens) != 1 || len(gens[0].Ifs) != 0 || (e.Text != "list" && e.Text != "gen" && e.Text != "dict") || (e.Y != nil) != (e.Text == "dict") {
		return nil, nil
	}
	it := fr.expr(st, gens[0].Iter)
	if !it.exact || it.keys != nil || len(it.elems) == 0 || len(it.elems) > maxUnrolledPasses {
		return nil, it
	}
	if e.Text == "dict" {
		// {k: v for k, v in [("a", x), ("b", "y")]}: a dict with those
		// constant keys.
		out := &value{container: true, exact: true, keys: map[string]*value{}}
		for _, el := range it.elems {
			inner := st.copy()
			fr.assign(inner, gens[0].Target, el, nil)
			k := fr.expr(inner, e.X)
			if k.c == nil {
				return nil, it
			}
			key, ok := k.c.key()
			if !ok {
				return nil, it
			}
			out.keys[key] = fr.expr(inner, e.Y)
		}
		return out, it
	}
	out := &value{container: true, exact: true, elems: make([]*value, len(it.elems))}
	for i, el := range it.elems {
		inner := st.copy()
		fr.assign(inner, gens[0].Target, el, nil)
		out.elems[i] = fr.expr(inner, e.X)
	}
	return out, it
}

// isProperty: a method decorated with @property (or functools.cached_property).
func isProperty(f *function) bool {
	if f.def == nil {
		return false
	}
	for _, d := range f.def.Decorators {
		switch d.Dotted() {
		case "property", "cached_property", "functools.cached_property":
			return true
		}
	}
	return false
}

func isZero(e *pyfront.Expr) bool {
	c := parseConstExpr(e)
	return c != nil && c.kind == kInt && c.i == 0
}

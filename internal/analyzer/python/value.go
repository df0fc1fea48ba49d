package python

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// constKind is the type of a known constant.
type constKind uint8

const (
	kNone constKind = iota + 1
	kBool
	kInt
	kFloat
	kStr
)

// constant is a value known at analysis time (for folding conditions,
// dict keys and list indices).
type constant struct {
	kind constKind
	s    string
	i    int64
	f    float64
	b    bool
}

func cstr(s string) *constant    { return &constant{kind: kStr, s: s} }
func cint(i int64) *constant     { return &constant{kind: kInt, i: i} }
func cbool(b bool) *constant     { return &constant{kind: kBool, b: b} }
func cfloat(f float64) *constant { return &constant{kind: kFloat, f: f} }

// keyConstant is the constant a dict key string (from key) stands for.
func keyConstant(k string) *value {
	switch {
	case strings.HasPrefix(k, "s:"):
		return constValue(cstr(k[2:]))
	case strings.HasPrefix(k, "i:"):
		if n, err := strconv.ParseInt(k[2:], 10, 64); err == nil {
			return constValue(cint(n))
		}
	case k == "n:":
		return constValue(&constant{kind: kNone})
	}
	return clean
}

// key is the constant's form as a container key.
func (c *constant) key() (string, bool) {
	switch c.kind {
	case kStr:
		return "s:" + c.s, true
	case kInt:
		return "i:" + strconv.FormatInt(c.i, 10), true
	case kBool:
		if c.b {
			return "i:1", true
		}
		return "i:0", true
	case kNone:
		return "n:", true
	}
	return "", false
}

// truthy is Python's truth value of the constant.
func (c *constant) truthy() bool {
	switch c.kind {
	case kNone:
		return false
	case kBool:
		return c.b
	case kInt:
		return c.i != 0
	case kFloat:
		return c.f != 0
	case kStr:
		return c.s != ""
	}
	return false
}

func (c *constant) num() (float64, bool) {
	switch c.kind {
	case kInt:
		return float64(c.i), true
	case kFloat:
		return c.f, true
	case kBool:
		if c.b {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func (c *constant) text() string {
	switch c.kind {
	case kStr:
		return c.s
	case kInt:
		return strconv.FormatInt(c.i, 10)
	case kFloat:
		return strconv.FormatFloat(c.f, 'g', -1, 64)
	case kBool:
		if c.b {
			return "True"
		}
		return "False"
	}
	return "None"
}

func equalConst(a, b *constant) bool {
	if a == nil || b == nil {
		return false
	}
	if an, ok := a.num(); ok {
		if bn, ok := b.num(); ok {
			return an == bn
		}
	}
	return a.kind == b.kind && a.s == b.s && a.kind != 0
}

// value is the abstract value of an expression. (The flags come last, side
// by side: scattered between pointers each took a word of padding, and a
// value is allocated for nearly every expression evaluated.)
type value struct {
	t taint.Taint
	c *constant
	// prefix is a known constant start of a string built from parts
	// ("https://api.example.com/items/" + id): it decides whether input can
	// change a URL's host or a redirect's target.
	prefix string
	// elems are the exact elements of a list or tuple, when known.
	elems []*value
	// keys are the entries of a dict with constant keys, when known.
	keys map[string]*value
	// qname is the qualified name the value refers to ("flask.request",
	// "os.path.join"), for resolving calls and sources.
	qname string
	// fn is a function of the project the value refers to.
	fn *function
	// class is a project class the value is an instance of (or, with
	// classRef, the class itself).
	class *class
	// typ is a library type the value is known to have ("sqlite3.Cursor").
	typ string
	// derived is the variable the value was computed from, so that a check
	// on the derived value (urlparse(u).netloc) narrows the variable.
	derived string
	// weakRandom marks a value computed from the random module.
	weakRandom *taint.Step
	// recv is the receiver of a bound method value.
	recv *value
	// fields are the attributes of an instance of a project class set by
	// its constructor (or by assignments to the instance); for a closure a
	// factory returned (fn set, class nil), the factory's arguments it
	// captured, by parameter name.
	fields map[string]*value
	// extra holds what few values carry (see valueExtra); shared, never
	// changed in place.
	extra *valueExtra

	// container marks list/tuple/dict/set values; exact says elems or keys
	// are complete (otherwise only their joined taint is known).
	container bool
	exact     bool
	// classRef: class is the class itself, not an instance.
	classRef bool
	// request marks a framework request object (its attributes are input).
	request bool
	// exc marks text derived from an exception (its message or trace);
	// excObj marks the exception object itself.
	exc    bool
	excObj bool
	// response marks a framework response object (not a bare HTML body).
	response bool
	// markup marks a markupsafe.Markup string (its operations escape).
	markup bool
	// secret marks a value read from a variable named like a secret.
	secret bool
	// self marks the receiver of the method being analysed.
	self bool
	// opaque marks the result of a call to code the analysis does not know
	// (a model lookup, a third-party helper): derived from input, but not
	// the input itself.
	opaque bool
}

var clean = &value{}

// valueExtra holds the parts of a value that few values have, out of line:
// a value is allocated for nearly every expression evaluated, and each of
// these would take a word or two of every one.
type valueExtra struct {
	// heads are the leading items of split()/partition() of a string whose
	// known prefix already holds the separator: ("safe," + x).split(",")[0].
	heads []string
	// lambda is a lambda expression the value refers to.
	lambda *pyfront.Expr
	// template is the source of a Jinja2 template compiled without
	// autoescape (jinja2.Template("..."), Environment(autoescape=False)
	// .from_string("..."), get_template() of a template file): its render()
	// gives the input it is passed back unescaped.
	template string
	// check is the condition a variable holds the outcome of
	// (ok = is_safe(url)), so that testing the variable narrows like
	// testing the condition.
	check *heldCheck
	// bound are the arguments functools.partial bound to the function the
	// value refers to.
	bound *argVals
	// bare: a function as its decorators receive it (see decorated).
	bare bool
	// jsonOf is the value a json.dumps() text encodes (json.loads of the
	// text gives it back).
	jsonOf *value
	// pathFacts are the halves of a path confinement check that held on
	// this value (see addPathFact).
	pathFacts pathFact
	// itemTaint is, for a dict built with keys that are not constant, the
	// taint of its values alone (hasItemTaint says it is set).
	itemTaint    taint.Taint
	hasItemTaint bool
	// maxlen bounds a collections.deque: appending to a full one drops
	// an element from the other end.
	maxlen int
	// htmlTextOnly marks text escaped for HTML without its quotes
	// (html.escape(x, quote=False), xml.sax.saxutils.escape): safe
	// between tags, not inside a quoted attribute or script string.
	htmlTextOnly bool
}

func (v *value) htmlTextOnlyOf() bool { return v.extra != nil && v.extra.htmlTextOnly }

// taintIn is v's taint where it is put after the constant HTML text
// before: an escape without quotes does not protect a quoted value.
func (v *value) taintIn(before string) taint.Taint {
	if v.htmlTextOnlyOf() && inQuotedHTMLValue(before) {
		return v.taintOf().Unsanitize(classHtml)
	}
	return v.taintOf()
}

func (v *value) maxlenOf() int {
	if v.extra == nil {
		return 0
	}
	return v.extra.maxlen
}

func (v *value) headsOf() []string {
	if v.extra == nil {
		return nil
	}
	return v.extra.heads
}

func (v *value) lambdaOf() *pyfront.Expr {
	if v.extra == nil {
		return nil
	}
	return v.extra.lambda
}

func (v *value) templateOf() string {
	if v.extra == nil {
		return ""
	}
	return v.extra.template
}

func (v *value) checkOf() *heldCheck {
	if v.extra == nil {
		return nil
	}
	return v.extra.check
}

func (v *value) boundOf() *argVals {
	if v.extra == nil {
		return nil
	}
	return v.extra.bound
}

// withExtra is a copy of v whose extra is changed by set (on a copy).
func (v *value) withExtra(set func(*valueExtra)) *value {
	cp := *v
	x := valueExtra{}
	if v.extra != nil {
		x = *v.extra
	}
	set(&x)
	cp.extra = &x
	return &cp
}

// Shared values of the constant literals True, False and None (values are
// never changed in place).
var (
	trueValue  = constValue(cbool(true))
	falseValue = constValue(cbool(false))
	noneValue  = constValue(&constant{kind: kNone})
)

// withoutEntry removes an element at a constant index (negative from the
// end) of a known list, or the entry at a constant key of a known dict:
// what was there (nil for a missing key) and the container without it. ok
// is false when the container or the index is not known well enough.
func withoutEntry(cur *value, k *constant) (removed, rest *value, ok bool) {
	if !cur.exact {
		return nil, nil, false
	}
	nv := *cur
	if cur.keys != nil {
		key, ok := k.key()
		if !ok {
			return nil, nil, false
		}
		nv.keys = copyKeys(cur.keys)
		delete(nv.keys, key)
		return cur.keys[key], &nv, true
	}
	if k.kind != kInt {
		return nil, nil, false
	}
	i := int(k.i)
	if i < 0 {
		i += len(cur.elems)
	}
	if i < 0 || i >= len(cur.elems) {
		return nil, nil, false
	}
	nv.elems = append(append([]*value(nil), cur.elems[:i]...), cur.elems[i+1:]...)
	return cur.elems[i], &nv, true
}

func constValue(c *constant) *value { return &value{c: c} }

// taintOf returns the taint of a value including its elements.
func (v *value) taintOf() taint.Taint {
	if v == nil {
		return taint.Taint{}
	}
	t := v.t
	for _, e := range v.elems {
		t = taint.Join(t, e.taintOf())
	}
	for _, e := range v.keys {
		t = taint.Join(t, e.taintOf())
	}
	for _, e := range v.fields {
		t = taint.Join(t, e.taintOf())
	}
	return t
}

// excOf reports whether the value (or an element) carries exception details.
func (v *value) excOf() bool {
	if v == nil {
		return false
	}
	if v.exc {
		return true
	}
	for _, e := range v.elems {
		if e.excOf() {
			return true
		}
	}
	for _, e := range v.keys {
		if e.excOf() {
			return true
		}
	}
	return false
}

// flat collapses a value to its taint, keeping the weak-random mark.
func (v *value) flat() *value {
	if v == nil {
		return clean
	}
	t := v.taintOf()
	wr := v.weakRandomOf()
	exc := v.excOf()
	if !t.Tainted() && wr == nil && !exc && !v.secret {
		return clean
	}
	return &value{t: t, weakRandom: wr, exc: exc, secret: v.secret}
}

func (v *value) weakRandomOf() *taint.Step {
	if v == nil {
		return nil
	}
	if v.weakRandom != nil {
		return v.weakRandom
	}
	for _, e := range v.elems {
		if w := e.weakRandomOf(); w != nil {
			return w
		}
	}
	for _, e := range v.keys {
		if w := e.weakRandomOf(); w != nil {
			return w
		}
	}
	return nil
}

// join merges the values of two paths.
func join(a, b *value) *value {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case a == b:
		return a
	}
	out := &value{t: taint.Join(a.t, b.t)}
	if equalConst(a.c, b.c) {
		out.c = a.c
	}
	out.prefix = commonPrefix(a.prefix, b.prefix)
	if a.c != nil && a.c.kind == kStr && out.c == nil {
		out.prefix = commonPrefix(a.c.s, b.strPrefix())
	}
	if a.qname == b.qname {
		out.qname = a.qname
	}
	if a.fn == b.fn {
		out.fn = a.fn
	}
	switch {
	case a.class == b.class:
		out.class, out.classRef = a.class, a.classRef && b.classRef
	case a.class == nil && a.untyped():
		// repo or Repo(): an unknown value (None, a parameter) or an
		// instance. Methods can only resolve on the instance's class.
		out.class, out.classRef = b.class, b.classRef
	case b.class == nil && b.untyped():
		out.class, out.classRef = a.class, a.classRef
	}
	if a.typ == b.typ {
		out.typ = a.typ
	}
	if a.derived == b.derived {
		out.derived = a.derived
	}
	out.request = a.request || b.request
	out.opaque = a.opaque && b.opaque
	out.exc = a.exc || b.exc
	out.response = a.response && b.response
	out.markup = a.markup && b.markup
	out.secret = a.secret || b.secret
	out.self = a.self && b.self
	if a.fields != nil || b.fields != nil {
		out.fields = map[string]*value{}
		for k, v := range a.fields {
			out.fields[k] = v
		}
		for k, v := range b.fields {
			out.fields[k] = join(out.fields[k], v)
		}
	}
	out.weakRandom = a.weakRandom
	if out.weakRandom == nil {
		out.weakRandom = b.weakRandom
	}
	if a.container || b.container {
		out.container = true
		switch {
		case a.exact && b.exact && a.keys == nil && b.keys == nil && len(a.elems) == len(b.elems):
			out.exact = true
			out.elems = make([]*value, len(a.elems))
			for i := range a.elems {
				out.elems[i] = join(a.elems[i], b.elems[i])
			}
		case a.exact && b.exact && a.elems == nil && b.elems == nil && a.keys != nil && b.keys != nil && sameKeys(a.keys, b.keys):
			out.exact = true
			out.keys = map[string]*value{}
			for k, av := range a.keys {
				out.keys[k] = join(av, b.keys[k])
			}
		default:
			out.t = taint.Join(a.taintOf(), b.taintOf())
		}
	}
	return out
}

func sameKeys(a, b map[string]*value) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

func (v *value) strPrefix() string {
	if v == nil {
		return ""
	}
	if v.c != nil && v.c.kind == kStr {
		return v.c.s
	}
	return v.prefix
}

func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}

// withTaint returns a copy of v with taint t.
func (v *value) withTaint(t taint.Taint) *value {
	cp := *v
	cp.t = t
	return &cp
}

// sanitize returns the value made safe for the classes, elements included.
func (v *value) sanitize(c taint.Classes) *value {
	if v == nil {
		return clean
	}
	cp := *v
	cp.t = v.t.Sanitize(c)
	if len(v.elems) > 0 {
		cp.elems = make([]*value, len(v.elems))
		for i, e := range v.elems {
			cp.elems[i] = e.sanitize(c)
		}
	}
	if len(v.keys) > 0 {
		cp.keys = make(map[string]*value, len(v.keys))
		for k, e := range v.keys {
			cp.keys[k] = e.sanitize(c)
		}
	}
	if c == taint.AllClasses {
		cp.request = false // a hash of a predictable value stays predictable
	}
	return &cp
}

// foldBinary computes a constant binary operation, or nil.
func foldBinary(op string, a, b *constant) *constant {
	if a == nil || b == nil {
		return nil
	}
	if op == "+" && a.kind == kStr && b.kind == kStr {
		return cstr(a.s + b.s)
	}
	if op == "*" && a.kind == kStr && b.kind == kInt && b.i >= 0 && b.i < 64 {
		return cstr(strings.Repeat(a.s, int(b.i)))
	}
	if op == "%" && a.kind == kStr {
		return nil
	}
	x, ok1 := a.num()
	y, ok2 := b.num()
	if !ok1 || !ok2 {
		return nil
	}
	isInt := a.kind != kFloat && b.kind != kFloat
	var r float64
	switch op {
	case "+":
		r = x + y
	case "-":
		r = x - y
	case "*":
		r = x * y
	case "/":
		if y == 0 {
			return nil
		}
		return cfloat(x / y)
	case "//":
		if y == 0 {
			return nil
		}
		r = math.Floor(x / y)
	case "%":
		if y == 0 {
			return nil
		}
		r = x - y*math.Floor(x/y)
	case "**":
		r = math.Pow(x, y)
	case "&", "|", "^", "<<", ">>":
		if !isInt {
			return nil
		}
		ai, bi := int64(x), int64(y)
		switch op {
		case "&":
			return cint(ai & bi)
		case "|":
			return cint(ai | bi)
		case "^":
			return cint(ai ^ bi)
		case "<<":
			if bi < 0 || bi > 62 {
				return nil
			}
			return cint(ai << bi)
		default:
			if bi < 0 || bi > 62 {
				return nil
			}
			return cint(ai >> bi)
		}
	default:
		return nil
	}
	if isInt && math.Abs(r) < 1<<62 {
		return cint(int64(r))
	}
	return cfloat(r)
}

// foldCompare computes a constant comparison, or nil.
func foldCompare(op string, a, b *constant) *constant {
	if a == nil || b == nil {
		return nil
	}
	switch op {
	case "==":
		return cbool(equalConst(a, b))
	case "!=":
		return cbool(!equalConst(a, b))
	case "is":
		if a.kind == kNone || b.kind == kNone || a.kind == kBool || b.kind == kBool {
			return cbool(a.kind == b.kind && equalConst(a, b))
		}
		return nil
	case "is not":
		if a.kind == kNone || b.kind == kNone || a.kind == kBool || b.kind == kBool {
			return cbool(!(a.kind == b.kind && equalConst(a, b)))
		}
		return nil
	case "in", "not in":
		if a.kind == kStr && b.kind == kStr {
			r := strings.Contains(b.s, a.s)
			return cbool(r == (op == "in"))
		}
		return nil
	}
	if a.kind == kStr && b.kind == kStr {
		c := strings.Compare(a.s, b.s)
		return cbool(cmpHolds(op, float64(c), 0))
	}
	x, ok1 := a.num()
	y, ok2 := b.num()
	if !ok1 || !ok2 {
		return nil
	}
	return cbool(cmpHolds(op, x, y))
}

func cmpHolds(op string, x, y float64) bool {
	switch op {
	case "<":
		return x < y
	case ">":
		return x > y
	case "<=":
		return x <= y
	case ">=":
		return x >= y
	}
	return false
}

// untyped: a value nothing is known about beyond its taint and constant.
func (v *value) untyped() bool {
	return v.typ == "" && v.qname == "" && v.fn == nil && v.lambdaOf() == nil && !v.container && !v.request
}

// constTableKey writes out a list, tuple or dict made of constants only
// (nested ones included), known element by element; ok is false for any
// other value.
func constTableKey(v *value, depth int) (string, bool) {
	if v == nil || depth > 4 || v.taintOf().Tainted() || v.fn != nil || v.class != nil || v.typ != "" || v.extra != nil {
		return "", false
	}
	if v.c != nil {
		k, ok := v.c.key()
		return strconv.Quote(k), ok
	}
	if !v.container || !v.exact || len(v.elems)+len(v.keys) > bigTable {
		return "", false
	}
	var b strings.Builder
	if v.keys != nil {
		keys := make([]string, 0, len(v.keys))
		for k := range v.keys {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{")
		for _, k := range keys {
			sub, ok := constTableKey(v.keys[k], depth+1)
			if !ok {
				return "", false
			}
			b.WriteString(strconv.Quote(k) + ":" + sub + ",")
		}
		b.WriteString("}")
		return b.String(), true
	}
	b.WriteString("[")
	for _, el := range v.elems {
		sub, ok := constTableKey(el, depth+1)
		if !ok {
			return "", false
		}
		b.WriteString(sub + ",")
	}
	b.WriteString("]")
	return b.String(), true
}

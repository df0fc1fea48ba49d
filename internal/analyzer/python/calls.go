package python

import (
	"cmp"
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// callee is what a call calls, as far as it is known.
type callee struct {
	qname  string // qualified name ("os.system", "flask.request.args.get")
	dotted string // the name as written ("cur.execute")
	method string // the method name for calls on a receiver
	recv   *value // the receiver of a method call
	fn     *function
	class  *class // a constructor call
	// viaSuper: super().m(...) from a method, run on the caller's own self.
	viaSuper bool
	// captured are the variables of a closure returned by a factory.
	captured map[string]*value
	// lambda is a lambda the callee expression evaluated to
	// (operator.itemgetter("k")(d)).
	lambda *pyfront.Expr
	// bound are the arguments functools.partial bound to the callee.
	bound *argVals
	// bare: the function itself as its decorators received it (the
	// wrapper they return calls it), not what they made of it.
	bare bool
}

type argVals struct {
	pos []*value
	kw  map[string]*value
	// exprs of the positional and keyword arguments, for patterns.
	posExpr []*pyfront.Expr
	kwExpr  map[string]*pyfront.Expr
}

// setKw sets keyword argument name (most calls have none: the maps are
// made on first use).
func (a *argVals) setKw(name string, v *value, e *pyfront.Expr) {
	if a.kw == nil {
		a.kw = map[string]*value{}
	}
	a.kw[name] = v
	if e != nil {
		if a.kwExpr == nil {
			a.kwExpr = map[string]*pyfront.Expr{}
		}
		a.kwExpr[name] = e
	}
}

func (a *argVals) get(i int, kw string) (*value, *pyfront.Expr) {
	if kw != "" {
		if v, ok := a.kw[kw]; ok {
			return v, a.kwExpr[kw]
		}
	}
	if i >= 0 && i < len(a.pos) {
		if i < len(a.posExpr) {
			return a.pos[i], a.posExpr[i]
		}
		return a.pos[i], nil
	}
	return nil, nil
}

// then is a call's arguments after those functools.partial bound: the
// bound positional ones first, the call's keywords over the bound ones.
func (a *argVals) then(call *argVals) *argVals {
	out := &argVals{kw: make(map[string]*value, len(a.kw)+len(call.kw)), kwExpr: make(map[string]*pyfront.Expr, len(a.kw)+len(call.kw))}
	out.pos = append(append([]*value(nil), a.pos...), call.pos...)
	out.posExpr = append(append([]*pyfront.Expr(nil), a.posExpr...), call.posExpr...)
	for _, src := range []*argVals{a, call} {
		for k, v := range src.kw {
			out.kw[k], out.kwExpr[k] = v, src.kwExpr[k]
		}
	}
	return out
}

func (a *argVals) anyExc() bool {
	for _, v := range a.pos {
		if v.excOf() {
			return true
		}
	}
	for _, v := range a.kw {
		if v.excOf() {
			return true
		}
	}
	return false
}

func (a *argVals) all() taint.Taint {
	var t taint.Taint
	for _, v := range a.pos {
		t = taint.Join(t, v.taintOf())
	}
	for _, v := range a.kw {
		t = taint.Join(t, v.taintOf())
	}
	return t
}

func (fr *frame) resolveCallee(st *state, e *pyfront.Expr) callee {
	c := callee{dotted: e.X.Dotted()}
	if e.X.Kind == pyfront.Attr {
		c.method = e.X.Text
		if c.dotted == "" {
			// (DOCS / name).read_text(), db().execute(): a method of a value
			// without a name still matches "*.method" rules.
			c.dotted = "_." + c.method
		}
		if v, ok := st.get(c.dotted); ok && v.fn != nil {
			c.fn = v.fn
			return c
		}
		if sup := fr.superMethod(e.X.X, c.method); sup != nil {
			c.fn, c.qname, c.viaSuper = sup, sup.qname, true
			if self, ok := st.get(fr.self); ok {
				c.recv = self
			} else {
				c.recv = &value{class: fr.fn.cls}
			}
			return c
		}
		recv := fr.expr(st, e.X.X)
		c.recv = recv
		switch {
		case recv.class != nil:
			c.qname = qjoin(recv.class.qname, c.method)
			if f := fr.a.p.method(recv.class, c.method); f != nil {
				c.fn = f
			}
		case recv.qname != "":
			c.qname = recv.qname + "." + c.method
			if f, cl := fr.a.p.lookup(c.qname, fr.mod); f != nil {
				c.fn = f
				c.recv = nil // a module function, not a method
			} else if cl != nil {
				c.class = cl
				c.recv = nil
			}
		case recv.typ != "":
			c.qname = strings.TrimSuffix(recv.typ, "Proxied") + "." + c.method
		case asyncpgQuery[c.method] && recv.fn == nil && recv.c == nil && !recv.request && !recv.container &&
			recv.taintOf().Origin == nil && fr.a.p.usesAny([]string{"asyncpg"}):
			// A connection or pool the analysis did not see created (kept
			// in app["pool"], passed as a parameter) in a project that uses
			// asyncpg: its fetch*() run SQL like a typed one's.
			c.qname = "asyncpg.Connection." + c.method
		}
		return c
	}
	v := fr.expr(st, e.X)
	c.qname, c.fn = v.qname, v.fn
	if v.class != nil && !v.classRef && v.fn == nil {
		// Calling an instance of a project class runs its __call__.
		if f := fr.a.p.method(v.class, "__call__"); f != nil {
			c.fn, c.recv, c.qname, c.method = f, v, f.qname, "__call__"
			return c
		}
	}
	if c.qname == "" && v.typ != "" && v.fn == nil && v.class == nil {
		// Calling an object of a library type: its __call__
		// (etree.XPathEvaluator(doc)(expr)).
		c.qname = v.typ + ".__call__"
	}
	if v.fn != nil && v.class == nil && v.fields != nil {
		c.captured = v.fields
	}
	c.lambda = v.lambdaOf()
	c.bound = v.boundOf()
	c.bare = v.extra != nil && v.extra.bare
	if v.recv != nil {
		c.recv = v.recv
	}
	if v.class != nil && v.classRef {
		c.class = v.class
	}
	return c
}

// call computes a call's value and checks it against sinks and patterns.
func (fr *frame) call(st *state, e *pyfront.Expr) *value {
	c := fr.resolveCallee(st, e)
	fr.calls = append(fr.calls, c)
	defer func() { fr.calls = fr.calls[:len(fr.calls)-1] }()
	args := &argVals{pos: make([]*value, 0, len(e.Elems)), posExpr: make([]*pyfront.Expr, 0, len(e.Elems))}
	for _, x := range e.Elems {
		if x.Kind == pyfront.Starred && x.X != nil {
			v := fr.expr(st, x.X)
			if v.exact && v.keys == nil && len(v.elems) <= maxExactElems {
				// f(*(query, params)): the known elements, each in its place.
				for _, el := range v.elems {
					args.pos = append(args.pos, el)
					args.posExpr = append(args.posExpr, x.X)
				}
				continue
			}
			args.pos = append(args.pos, v.flat())
			args.posExpr = append(args.posExpr, x)
			continue
		}
		args.pos = append(args.pos, fr.expr(st, x))
		args.posExpr = append(args.posExpr, x)
	}
	for _, k := range e.Kw() {
		v := fr.expr(st, k.Value)
		if k.Name == "" {
			// **kwargs: its known keys become keyword arguments.
			if v.exact && v.keys != nil {
				for key, kv := range v.keys {
					if strings.HasPrefix(key, "s:") {
						args.setKw(key[2:], kv, k.Value)
					}
				}
				continue
			}
			args.setKw("**", v.flat(), nil)
			continue
		}
		args.setKw(k.Name, v, k.Value)
	}
	if c.bound != nil {
		args = c.bound.then(args)
	}
	spec := fr.a.p.spec

	fr.checkPatterns(st, e, c, args)
	if c.fn == nil && c.qname == "" {
		fr.noteCalledParam(e)
	}
	matched := fr.checkSinks(st, e, c, args)
	if v := fr.checkSpecialCalls(st, e, c, args); v != nil {
		return v
	}
	if (c.qname == "flask.render_template_string" || c.qname == "quart.render_template_string") && len(args.pos) > 0 && args.pos[0].c != nil && args.pos[0].c.kind == kStr {
		// render_template_string("<p>{{ x|safe }}</p>", x=q): the
		// constant template's raw outputs are HTML sinks for the context.
		if raw := rawPartsOf(args.pos[0].c.s); raw != "" {
			fr.sinkTaint(unescapedRenderTaint(raw, &argVals{kw: args.kw}), "PY-XSS", classHtml, e.Pos, e.Src, "printed without escaping by the template")
		}
	}
	if matched&(classHtml|classTemplate) != 0 {
		// A response or template built from its arguments: reported at
		// this call if they were tainted, not again where it is returned.
		out := &value{response: true, exc: args.anyExc()}
		if src := unescapedTemplate(c, args); src != "" {
			out.extra = &valueExtra{template: src}
		}
		if (c.qname == "django.http.HttpResponse" || c.qname == "django.http.response.HttpResponse") && !nonHTMLContentType(args) {
			out.typ = "django.HTMLResponse" // an HTML page that write() may add to
		}
		return out
	}

	if c.fn == nil && (matched&classSql != 0 && queryMethods[c.method] || matched&classLdap != 0 && directoryQueries[c.method]) {
		// Rows read from the database and entries of the directory are
		// not request data, however the query was built (reported above
		// if it was from input). (A project's own execute() keeps its
		// summary.)
		return clean
	}
	if c.fn == nil && matched&classXpath != 0 && (c.method == "xpath" || c.method == "evaluate") && c.recv != nil {
		// Nodes of the document: as much input as the document is (one
		// parsed from the request is), whatever the query.
		return &value{t: c.recv.taintOf()}
	}
	// The call's value.
	if r := c.recv; r != nil && r.c != nil && r.c.kind == kStr && c.fn == nil && c.method != "" && !args.all().Tainted() {
		// "ABC".startswith("A"), "abc".upper(): constants.
		if folded := foldStrMethod(r.c.s, c.method, args); folded != nil {
			return constValue(folded)
		}
	}
	if v := fr.builtinCall(st, e, c, args); v != nil {
		return v
	}
	// request.args.get("n", type=int) converts (and drops bad values).
	if t, ok := args.kw["type"]; ok && (c.recv != nil && c.recv.request || spec.source(c.qname) != nil) &&
		(t.qname == "int" || t.qname == "float" || t.qname == "bool" || t.qname == "uuid.UUID") {
		return clean
	}
	if spec.weakRandom != nil && spec.weakRandom.calls.has(c.qname, "") && !(publicPick(c.qname, args) && fr.repeated == 0 && len(fr.loops) == 0) {
		step := (*taint.Step)(nil).Then(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, "predictable random value")
		if c.qname == "random.shuffle" && len(args.posExpr) > 0 && args.posExpr[0].Kind == pyfront.Name {
			// shuffle() reorders its list in place: the list is the
			// predictable value.
			if cur, ok := st.get(args.posExpr[0].Text); ok {
				nv := *cur
				nv.weakRandom = step
				st.set(args.posExpr[0].Text, &nv)
			}
		}
		return &value{weakRandom: step}
	}
	if r := c.recv; r != nil && r.class != nil && !r.classRef && c.fn == nil && r.class.inputMethods[c.method] {
		// self.get_argument("q") of a Tornado handler: a string of the
		// request (or a list of them).
		return &value{t: fr.a.origin("web", "high", fr, e).Sanitize(classNosql)}
	}
	if src := spec.source(c.qname); src != nil && c.fn == nil && !spec.clean.has(c.qname, "") {
		t := fr.a.origin(src.kind, src.confidence, fr, e)
		if stringLookup(e, c.method) {
			t = t.Sanitize(classNosql) // a string: see below
		}
		return &value{t: t}
	}
	if v := fr.containerMethod(st, e, c, args); v != nil {
		return v
	}
	if r := c.recv; r != nil && r.class != nil && r.fields != nil && !r.classRef && c.fn == nil && fr.a.p.isRecordClass(r.class) {
		switch c.method {
		case "_replace":
			// row._replace(val="x"): a copy with those fields replaced.
			nv := *r
			nv.fields = copyKeys(r.fields)
			for k, v := range args.kw {
				if k != "**" {
					nv.fields[k] = v
				}
			}
			return &nv
		case "_asdict":
			keys := make(map[string]*value, len(r.fields))
			for k, v := range r.fields {
				keys["s:"+k] = v
			}
			return &value{container: true, exact: true, keys: keys}
		}
	}
	if c.fn != nil && c.captured == nil && c.recv == nil && c.bound == nil && !c.bare {
		if w := fr.decorated(c.fn); w != nil {
			return fr.inlineClosure(st, callee{fn: w.fn, qname: w.fn.qname, captured: w.fields}, args)
		}
	}
	if c.fn != nil && (c.captured != nil && fr.canInline() || fr.isClosureHere(c.fn)) {
		return fr.inlineClosure(st, c, args)
	}
	if c.fn != nil && fr.wantsContext(c, args) {
		out := fr.inlineCall(c, args)
		if len(fr.inlinedWrites) > 0 {
			// (The values the body stored are already the caller's.)
			fr.applyParamWrites(st, e, c, args, fr.bindArgs(c.fn, c, args), fr.inlinedWrites, nil)
			fr.inlinedWrites = nil
		}
		if len(fr.inlinedFields) > 0 {
			fr.setInstanceFields(st, e, fr.inlinedFields)
			fr.inlinedFields = nil
		}
		return out
	}
	if fn, cargs := callbackOf(c, args); fn != nil {
		// The function runs later with these arguments (a background
		// task, a thread, a Celery task): its sinks are reached as if it
		// were called here.
		fr.applySummary(st, e, callee{fn: fn, qname: fn.qname}, cargs)
		return clean
	}
	if c.fn != nil && len(spec.sanitizers.exact[c.qname]) == 0 {
		// (A project that defines a modelled sanitizer itself, as when the
		// library is audited, keeps the model's meaning.)
		return fr.applySummary(st, e, c, args)
	}
	if spec.decoders.has(c.qname, "") {
		out := fr.flowIn(c, args)
		// Data whose signature was checked (signed for deserialization
		// alone) stays the server's own once decoded; any other
		// sanitization is undone.
		// (Input only: a parameter part could be unsigned in some caller.)
		signed := out.t.Origin != nil && out.t.Params == 0 && !out.t.OriginReaches(classDeser) && out.t.OriginSafe() != taint.AllClasses
		// JSON of text already reduced to letters and digits (a character
		// filter: safe for SQL, shells and markup alike) decodes to a
		// number, a boolean or null at most: still safe for all of those.
		filtered := out.t.Origin != nil && out.t.Params == 0 && c.qname == "json.loads" &&
			!out.t.OriginReaches(classSql|classCmd|classHtml|classNosql|classCode)
		safe := out.t.OriginSafe()
		out.t = out.t.Unsanitized() // decoded: raw input again
		switch {
		case filtered:
			out.t = out.t.Sanitize(safe)
		case signed:
			out.t = out.t.Sanitize(classDeser)
		}
		return out
	}
	if c.recv != nil && c.recv.markup && (c.method == "format" || c.method == "join") {
		// Markup("...{}").format(x) escapes its arguments.
		return &value{markup: true, response: true}
	}
	if c.method == "get_template" && c.recv != nil && c.recv.typ == "jinja2.Unescaped" && len(args.pos) > 0 && args.pos[0].c != nil && args.pos[0].c.kind == kStr {
		// A template file loaded by an environment without autoescape:
		// its render() prints what it names raw.
		if src := fr.a.p.templates.source(args.pos[0].c.s); src != "" {
			return &value{extra: &valueExtra{template: src}}
		}
	}
	if c.qname == "aiohttp_jinja2.render_template" && len(args.pos) > 0 && args.pos[0].c != nil && args.pos[0].c.kind == kStr && fr.a.p.aiohttpUnescaped() {
		if src := fr.a.p.templates.source(args.pos[0].c.s); src != "" {
			ctx, _ := args.get(2, "context")
			if ctx != nil {
				fr.sinkTaint(renderContextTaint(src, ctx), "PY-XSS", classHtml, e.Pos, e.Src, "printed raw by the template "+args.pos[0].c.s+" (aiohttp_jinja2 without autoescape)")
			}
			return &value{response: true}
		}
	}
	if name, ctx := templateRender(c.qname, args); name != "" {
		// render_template("page.html", q=q): what the template prints
		// raw (|safe, an autoescape-off block) is an HTML sink for the
		// context's values.
		if raw := fr.a.p.templates.rawParts(name); raw != "" {
			fr.sinkTaint(unescapedRenderTaint(raw, ctx), "PY-XSS", classHtml, e.Pos, e.Src, "printed without escaping by the template "+name)
		}
	}
	if c.method == "render" && c.recv != nil && c.recv.templateOf() != "" {
		// A template without autoescape: rendered is not escaped (render is
		// clean otherwise: autoescaped context, or a template file).
		return &value{t: unescapedRenderTaint(c.recv.templateOf(), args)}
	}
	if spec.clean.has(c.qname, c.dotted) || c.method != "" && spec.clean.has("", "*."+c.method) {
		out := &value{response: isResponseCall(c.qname) || c.method == "render"}
		if c.recv != nil {
			out.weakRandom = c.recv.weakRandomOf() // a digest of a predictable value is predictable
		}
		return out
	}
	if c.recv != nil && c.recv.c == nil && removesQuotes(c.method, args) && fr.shellQuoted(e.X.X) {
		// shlex.quote(x).strip("'"), .replace("'", ""): the quotes that
		// made it one shell word are gone (what replace() removed still
		// counts for the quoted literals of other sinks).
		t := c.recv.taintOf().Unsanitize(classCmd)
		if c.method != "replace" {
			return &value{t: t}
		}
		return &value{t: t.Sanitize(removedCharSafety(args.pos[0].c.s, args.pos[1].c.s)), prefix: c.recv.strPrefix()}
	}
	if c.method == "translate" && c.recv != nil && c.recv.c == nil && len(args.posExpr) == 1 {
		// x.translate(str.maketrans("", "", "'\"")): the characters it
		// deletes or maps to others are gone.
		if cls := fr.translatedQuoteSafety(args.posExpr[0]); cls != 0 {
			return &value{t: c.recv.taintOf().Sanitize(cls)}
		}
	}
	if c.method == "replace" && c.recv != nil && c.recv.c == nil && len(args.pos) == 2 && len(args.kw) == 0 && args.pos[0].c != nil && args.pos[1].c != nil &&
		args.pos[0].c.kind == kStr && args.pos[1].c.kind == kStr {
		if cls := removedCharSafety(args.pos[0].c.s, args.pos[1].c.s); cls != 0 {
			return &value{t: c.recv.taintOf().Sanitize(cls), prefix: c.recv.strPrefix()}
		}
	}
	if matched&classUrl != 0 && fr.fetchesFixedHost(c, args) {
		// The response of a server the code names (a fixed scheme and
		// host): that server's data, not the request's. (From an address
		// the input chooses, the response is the attacker's.)
		return &value{}
	}
	if c.recv != nil && c.recv.typ == "pathlib.Path" && c.method == "with_suffix" && len(args.pos) == 1 {
		// A suffix starts with "." and holds no separator (ValueError):
		// it cannot leave the directory. (with_name("..") and
		// with_stem("..") can: they name the parent.)
		return &value{typ: "pathlib.Path", t: taint.Join(c.recv.taintOf(), args.pos[0].taintOf().Sanitize(classPath))}
	}
	if cls, ok := spec.sanitizers.match(c.qname, c.dotted), true; ok && len(cls) > 0 {
		var all taint.Classes
		for _, x := range cls {
			all |= x
		}
		if (c.qname == "urllib.parse.quote" || c.qname == "urllib.quote") && args.kw["safe"] != nil && args.kw["safe"].c != nil && args.kw["safe"].c.s == "" {
			all |= classPath | classRedirect // quote(x, safe="") encodes "/" too
		}
		in := fr.flowIn(c, args)
		out := in.sanitize(all)
		out.response = isResponseCall(c.qname)
		if escapesWithoutQuotes(c.qname, args) {
			out = out.withExtra(func(x *valueExtra) { x.htmlTextOnly = true })
		}
		if formatSanitizers[c.qname] && len(args.pos) > 0 && args.pos[0].c == nil {
			// format_html("<a href='{}'>" + x, y): the arguments are
			// escaped, not the template.
			out.t = taint.Join(out.t, args.pos[0].taintOf())
		}
		return out
	}
	if c.class != nil {
		return fr.construct(st, e, c, args)
	}
	if c.recv != nil && c.recv.request && spec.requestClean[c.method] {
		return clean // request.get_host() (validated against ALLOWED_HOSTS), is_secure() ...
	}
	if c.recv != nil && c.recv.request && (c.method == "get_full_path" || c.method == "build_absolute_uri" && len(args.pos) == 0) {
		// The request's own URL: a redirect to it stays on this site.
		t := c.recv.t
		if !t.Tainted() {
			t = fr.a.origin("web", "high", fr, e)
		}
		return &value{t: t.Sanitize(classRedirect), prefix: "/"}
	}
	if c.recv != nil && c.recv.request {
		// request.args.get(...), request.get_json(): input.
		t := c.recv.t
		if !t.Tainted() {
			t = fr.a.origin("web", "high", fr, e)
		}
		if stringLookup(e, c.method) {
			// A query, form, cookie or header value is a string, which
			// cannot carry MongoDB operators (json.loads of it can: a
			// decoder undoes this).
			t = t.Sanitize(classNosql)
		}
		return &value{t: t.Extend(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, ""), request: isRequestMapping(c.method)}
	}
	if isResponseCall(c.qname) {
		return &value{response: true}
	}
	if v := fr.regexStrip(st, e, c, args); v != nil {
		return v
	}
	out := fr.flowIn(c, args)
	if lam := args.kwExpr["default_factory"]; lam != nil && lam.Kind == pyfront.Lambda && lam.X != nil && out.weakRandom == nil {
		// Field(default_factory=lambda: random.getrandbits(64)): the
		// field's default is what the lambda gives (sid: str = ...).
		if w := fr.expr(st.copy(), lam.X).weakRandomOf(); w != nil {
			out.weakRandom = w
		}
	}
	if c.recv != nil && (c.method == "split" || c.method == "partition" || c.method == "splitlines") && out.t.Tainted() {
		if h := splitHeads(c.recv.strPrefix(), c.method, args); len(h) > 0 {
			return out.withExtra(func(x *valueExtra) { x.heads = h })
		}
	}
	if tail, ok := constantTail(e, c, args); ok && out.t.Tainted() {
		// (x + "/default").rsplit("/", 1): the last piece is the end of
		// the constant, whatever x holds.
		head := &value{t: out.t}
		if c.method == "rpartition" {
			return &value{container: true, exact: true, elems: []*value{head, args.pos[0], constValue(cstr(tail))}}
		}
		return &value{container: true, exact: true, elems: []*value{head, constValue(cstr(tail))}}
	}
	if c.recv != nil && (c.method == "partition" || c.method == "rpartition") && len(args.pos) == 1 && args.pos[0].c != nil && out.t.Tainted() {
		// (head, sep, tail): the middle item is the constant separator
		// or "", whatever the string holds.
		part := &value{t: out.t}
		return &value{container: true, exact: true, elems: []*value{part, clean, part}}
	}
	if c.recv != nil && c.recv.typ == "sqlalchemy.Statement" && statementChain[c.method] {
		// select(User).where(User.name == x).order_by(...): SQLAlchemy
		// binds x; the statement is no more input than the one it was
		// built from, except for raw SQL put into it (text(x), itself a
		// sink).
		t := c.recv.taintOf()
		for _, a := range args.pos {
			if a.typ == "sqlalchemy.Text" {
				t = taint.Join(t, a.taintOf())
			}
		}
		return &value{t: t, typ: c.recv.typ}
	}
	if c.recv != nil && querySetChain[c.method] && fr.a.p.isQuerySet(c.recv) {
		// Model.objects.filter(name=x).order_by(y): the ORM binds x and
		// checks y against the model's fields; the query set is no more
		// input than the one it was made from (its extra() and raw()
		// stay sinks).
		return &value{t: c.recv.taintOf(), typ: "django.QuerySet"}
	}
	if c.recv != nil && (c.method == "bindparams" || c.method == "params") && c.recv.typ == "sqlalchemy.Text" {
		// text("... WHERE name = :n").bindparams(n=x): x is a bound
		// parameter, not SQL text.
		return &value{t: c.recv.taintOf(), typ: c.recv.typ}
	}
	return out
}

// splitHeads are the items of s.split(sep) / s.partition(sep) that the
// constant start of s decides, whatever follows it.
func splitHeads(prefix, method string, args *argVals) []string {
	if len(args.kw) > 0 {
		return nil
	}
	if method == "splitlines" {
		// Lines of the constant start that a line break ends (only "\n"
		// breaks in it: splitlines also breaks at \r, \v, \f ...).
		if len(args.pos) > 0 || strings.ContainsAny(prefix, "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029") {
			return nil
		}
		pieces := strings.Split(prefix, "\n")
		return pieces[:len(pieces)-1]
	}
	if method == "split" && len(args.pos) == 0 {
		// split(): the words of the constant start that whitespace ends.
		words := strings.Fields(prefix)
		if len(words) > 0 && !strings.ContainsAny(prefix[len(prefix)-1:], " \t\n") {
			words = words[:len(words)-1]
		}
		return words
	}
	if len(args.pos) == 0 || args.pos[0].c == nil || args.pos[0].c.kind != kStr || args.pos[0].c.s == "" {
		return nil
	}
	sep := args.pos[0].c.s
	if method == "partition" {
		if i := strings.Index(prefix, sep); i >= 0 && len(args.pos) == 1 {
			return []string{prefix[:i], sep}
		}
		return nil
	}
	pieces := strings.Split(prefix, sep)
	heads := pieces[:len(pieces)-1] // the last piece continues into the unknown part
	if len(args.pos) == 2 {
		m := args.pos[1].c
		if m == nil || m.kind != kInt {
			return nil
		}
		if m.i >= 0 && int(m.i) < len(heads) {
			heads = heads[:m.i]
		}
	} else if len(args.pos) > 2 {
		return nil
	}
	return heads
}

// regexStrip models re.sub(r"[^a-z0-9]", "", x) and its compiled form: a
// substitution that deletes (or replaces with safe characters) everything
// outside a small character class. Letters, digits, "_" and "-" are
// harmless to every sink; each other character the class keeps makes the
// result unsafe where it has a meaning ("." and "/" for paths and URLs,
// " " for SQL and shells). Base64 is made of such letters, so
// deserialization stays tainted.
func (fr *frame) regexStrip(st *state, e *pyfront.Expr, c callee, args *argVals) *value {
	var pat string
	rest := args.pos
	switch {
	case c.qname == "re.sub" && len(args.pos) == 3:
		pat = constString(args.posExpr[0])
		rest = args.pos[1:]
	case c.method == "sub" && e.X.Kind == pyfront.Attr && len(args.pos) == 2:
		pat = fr.compiledPattern(st, e.X.X)
	default:
		return nil // (a count leaves the characters after it)
	}
	if n, ok := args.kw["count"]; ok && (n.c == nil || n.c.kind != kInt || n.c.i != 0) {
		return nil
	}
	repl := rest[0]
	if pat == "" || repl.c == nil || repl.c.kind != kStr {
		return nil
	}
	kept, ok := negatedClassChars(pat)
	if !ok {
		return nil
	}
	safe := keptSafety(kept + repl.c.s)
	if safe == 0 {
		return nil
	}
	subject := rest[1]
	return &value{t: subject.taintOf().Sanitize(safe)}
}

// negatedClass matches a pattern that is one negated character class,
// optionally repeated: [^a-zA-Z0-9_]+
var negatedClass = regexp.MustCompile(`^\[\^([^\]]*)\][+*]?$`)

// negatedClassChars lists the characters a pattern of one negated class
// leaves out ([^a-z0-9.-]: the letters, digits, "." and "-"), when known.
func negatedClassChars(pat string) (string, bool) {
	m := negatedClass.FindStringSubmatch(pat)
	if m == nil {
		return "", false
	}
	return classChars(m[1])
}

// classChars lists the ASCII characters a character class body admits
// (ranges expanded). Escapes of single punctuation (\. \-) are read as the
// character; class escapes such as \w or \s (which admit Unicode letters
// or line breaks) make it unknown.
func classChars(body string) (string, bool) {
	var out []byte
	for i := 0; i < len(body); i++ {
		ch := body[i]
		if ch == '\\' {
			if i+1 >= len(body) || isAlnum(body[i+1]) {
				return "", false
			}
			i++
			out = append(out, body[i])
			continue
		}
		if ch >= 0x80 {
			return "", false
		}
		if ch == '-' && i > 0 && i < len(body)-1 {
			lo, hi := body[i-1], body[i+1]
			if hi == '\\' || lo > hi || !(lo >= 'a' && hi <= 'z' || lo >= 'A' && hi <= 'Z' || lo >= '0' && hi <= '9') {
				return "", false
			}
			for c := lo + 1; c <= hi; c++ {
				out = append(out, c)
			}
			i++
			continue
		}
		out = append(out, ch)
	}
	return string(out), len(out) > 0
}

// charDanger is, for each punctuation character a filter may keep, the
// sink classes where input holding it can still change the meaning.
// Characters not listed here (quotes, ";", "|", "$", "<", "(", "[" ...)
// leave nothing safe.
var charDanger = map[byte]taint.Classes{
	'.': classPath | classUrl | classRedirect | classCode,
	'/': classPath | classUrl | classRedirect | classXpath,
	' ': classSql | classCmd | classCode | classXpath,
	':': classUrl | classRedirect | classCode,
	'@': classUrl | classRedirect | classCode,
	',': classCode,
	'+': classUrl | classCode,
	'=': classSql | classUrl | classRedirect | classCode | classXpath,
	'%': classUrl | classRedirect | classPath,
	'~': classPath,
}

// keptSafety is the sink classes text made only of the given characters
// is safe for (0: none).
func keptSafety(chars string) taint.Classes {
	safe := taint.AllClasses &^ classDeser
	for i := 0; i < len(chars); i++ {
		ch := chars[i]
		if isIdentChar(rune(ch)) {
			continue
		}
		d, ok := charDanger[ch]
		if !ok {
			return 0
		}
		safe &^= d
	}
	return safe
}

func isAlnum(ch byte) bool {
	return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
}

// isIdentChar: an ASCII letter, digit, "_" or "-".
func isIdentChar(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-'
}

// knownModules are libraries whose functions the default propagation
// models well (string, path and encoding helpers).
var knownModules = map[string]bool{
	"os": true, "posixpath": true, "ntpath": true, "shlex": true, "urllib": true, "base64": true, "binascii": true, "json": true,
	"codecs": true, "html": true, "string": true, "textwrap": true, "re": true, "io": true, "pathlib": true, "itertools": true,
	"functools": true, "operator": true, "copy": true, "collections": true, "datetime": true, "time": true, "decimal": true,
	"uuid": true, "hashlib": true, "hmac": true, "zlib": true, "gzip": true, "pickle": true, "marshal": true, "yaml": true,
	"xml": true, "lxml": true, "csv": true, "email": true, "mimetypes": true, "ipaddress": true, "unicodedata": true,
	"markupsafe": true, "werkzeug": true, "flask": true, "django": true, "requests": true, "httpx": true, "subprocess": true,
	"str": true, "repr": true, "format": true, "bytes": true, "bytearray": true, "list": true, "tuple": true, "dict": true,
	"set": true, "sorted": true, "reversed": true, "min": true, "max": true, "sum": true, "map": true, "filter": true,
	"zip": true, "enumerate": true, "iter": true, "next": true, "getattr": true, "ascii": true, "chr": true, "frozenset": true,
}

// builtinCall computes calls whose value the analysis can know exactly:
// lambdas, len/str/int of constants, dict(...) and list(...) of known
// values. It returns nil for any other call.
func (fr *frame) builtinCall(st *state, e *pyfront.Expr, c callee, args *argVals) *value {
	if c.fn == nil && c.class == nil && c.recv == nil && c.lambda != nil {
		return fr.callLambda(st, c.lambda, args)
	}
	var a0 *value
	if len(args.pos) > 0 {
		a0 = args.pos[0]
	}
	switch c.qname {
	case "getattr", "setattr":
		// getattr(obj, "name") and setattr(obj, "name", v) with a constant
		// name are obj.name and obj.name = v.
		if len(args.posExpr) >= 2 && args.posExpr[0].Dotted() != "" && constString(args.posExpr[1]) != "" && len(args.kw) == 0 {
			attr := &pyfront.Expr{Kind: pyfront.Attr, X: args.posExpr[0], Text: constString(args.posExpr[1]), Pos: e.Pos, Src: e.Src}
			if c.qname == "setattr" && len(args.pos) == 3 {
				fr.assignAttr(st, attr, args.pos[2], nil)
				return clean
			}
			if c.qname == "getattr" && len(args.pos) <= 3 {
				// The object was evaluated as an argument: read its attribute.
				v, ok := st.get(attr.Dotted())
				if !ok {
					v = fr.attrOf(st, args.pos[0], attr.Text, attr)
				}
				if len(args.pos) == 3 && (v.qname == "" || v.taintOf().Tainted() || args.pos[2].taintOf().Tainted()) {
					// (The default when the attribute is missing; a library
					// name with a constant attribute is the attribute:
					// getattr(yaml, "CSafeLoader", yaml.SafeLoader).)
					v = join(v, args.pos[2])
				}
				return v
			}
		}
	case "len":
		if a0 != nil && a0.c != nil && a0.c.kind == kStr {
			return constValue(cint(int64(len([]rune(a0.c.s)))))
		}
		if a0 != nil && a0.exact && a0.keys == nil {
			return constValue(cint(int64(len(a0.elems))))
		}
	case "str", "repr", "format":
		if a0 != nil && a0.c != nil && c.qname == "str" {
			return constValue(cstr(a0.c.text()))
		}
		// str(obj) of a project class with __str__ (or __repr__) runs it.
		if a0 != nil && a0.class != nil && !a0.classRef && len(args.pos) == 1 {
			dunder := "__str__"
			if c.qname == "repr" {
				dunder = "__repr__"
			}
			if v := fr.callDunder(st, e, a0, dunder, nil); v != nil {
				return v
			}
		}
	case "int":
		if a0 != nil && a0.c != nil {
			if n, err := strconv.ParseInt(strings.TrimSpace(a0.c.text()), 10, 64); err == nil {
				return constValue(cint(n))
			}
		}
	case "dict":
		if pairs := dictFromPairs(a0); pairs != nil && len(args.pos) == 1 && len(args.kw) == 0 {
			return pairs
		}
		if len(args.pos) == 0 || a0 != nil && a0.exact && a0.keys != nil {
			out := &value{container: true, exact: true, keys: map[string]*value{}}
			if a0 != nil {
				for k, v := range a0.keys {
					out.keys[k] = v
				}
			}
			for k, v := range args.kw {
				if k == "**" {
					return nil
				}
				out.keys["s:"+k] = v
			}
			return out
		}
	case "operator.itemgetter", "operator.attrgetter":
		// itemgetter("k") is lambda x: x["k"]; attrgetter("a.b") is
		// lambda x: x.a.b (one constant argument only).
		if len(args.posExpr) == 1 && constString(args.posExpr[0]) != "" && len(args.kw) == 0 {
			x := &pyfront.Expr{Kind: pyfront.Name, Text: "_getter_arg", Pos: e.Pos, Src: e.Src}
			body := x
			if c.qname == "operator.itemgetter" {
				body = &pyfront.Expr{Kind: pyfront.Subscript, X: x, Y: args.posExpr[0], Pos: e.Pos, Src: e.Src}
			} else {
				for _, attr := range strings.Split(constString(args.posExpr[0]), ".") {
					body = &pyfront.Expr{Kind: pyfront.Attr, X: body, Text: attr, Pos: e.Pos, Src: e.Src}
				}
			}
			return &value{extra: &valueExtra{lambda: &pyfront.Expr{Kind: pyfront.Lambda, Elems: []*pyfront.Expr{x}, X: body, Pos: e.Pos, Src: e.Src}}}
		}
	case "string.Template":
		// A template over a constant: its placeholders are known.
		if a0 != nil && a0.c != nil && a0.c.kind == kStr && len(args.pos) == 1 {
			return &value{c: a0.c, typ: "string.Template"}
		}
	case "collections.OrderedDict":
		if len(args.pos) == 0 && len(args.kw) == 0 {
			return &value{container: true, exact: true, keys: map[string]*value{}}
		}
		if a0 != nil && a0.exact && a0.keys != nil && len(args.pos) == 1 && len(args.kw) == 0 {
			return a0
		}
		if v := dictFromPairs(a0); v != nil && len(args.pos) == 1 && len(args.kw) == 0 {
			return v
		}
	case "collections.defaultdict":
		// A missing key reads the factory's value: a fresh str, list, int...
		if len(args.pos) <= 1 && len(args.kw) == 0 && (a0 == nil || a0.qname == "str" || a0.qname == "list" || a0.qname == "int" || a0.qname == "dict" || a0.qname == "set") {
			return &value{container: true, exact: true, keys: map[string]*value{}}
		}
	case "zip":
		// zip(a, b): the i-th tuple pairs the i-th elements.
		n := -1
		for i, a := range args.pos {
			if !a.exact || a.keys != nil || args.posExpr[i].Kind == pyfront.Starred {
				return nil
			}
			if n < 0 || len(a.elems) < n {
				n = len(a.elems)
			}
		}
		if n < 0 || len(args.kw) > 0 {
			return nil
		}
		out := &value{container: true, exact: true}
		for j := 0; j < n; j++ {
			tup := &value{container: true, exact: true}
			for _, a := range args.pos {
				tup.elems = append(tup.elems, a.elems[j])
			}
			out.elems = append(out.elems, tup)
		}
		return out
	case "enumerate":
		if a0 != nil && a0.exact && a0.keys == nil && len(args.pos) == 1 && len(args.kw) == 0 {
			out := &value{container: true, exact: true}
			for j, el := range a0.elems {
				out.elems = append(out.elems, &value{container: true, exact: true, elems: []*value{constValue(cint(int64(j))), el}})
			}
			return out
		}
	case "json.dumps":
		// The text of a value known key by key: json.loads of it gives
		// that value back. (As text it is a quoted literal: safe to
		// evaluate, no MongoDB operator.)
		if a0 != nil && len(args.pos) == 1 && a0.exact && a0.container {
			out := &value{t: a0.taintOf().Sanitize(classCode | classNosql)}
			return out.withExtra(func(x *valueExtra) { x.jsonOf = a0 })
		}
	case "json.loads":
		if a0 != nil && a0.extra != nil && a0.extra.jsonOf != nil {
			return a0.extra.jsonOf
		}
	case "re.match", "re.fullmatch", "re.search":
		// A match object: its groups are parts of the subject, safe only
		// when the pattern matches the whole subject with safe characters.
		if len(args.pos) < 2 {
			return nil
		}
		pat := constString(args.posExpr[0])
		if wholeSafeMatch(pat, c.qname == "re.fullmatch", c.qname == "re.search") && len(args.pos) == 2 && len(args.kw) == 0 {
			return &value{} // (flags such as re.M let a line match alone)
		}
		return &value{t: args.pos[1].taintOf()}
	case "urllib.parse.urlunsplit", "urllib.parse.urlunparse":
		// urlunsplit(("https", "api.example.com", path, query, "")): with
		// a constant scheme and host, the rest cannot move the host
		// (a path without a leading "/" gets one).
		if a0 != nil && len(args.pos) == 1 && a0.exact && a0.keys == nil && len(a0.elems) >= 5 {
			scheme, host := a0.elems[0].c, a0.elems[1].c
			out := &value{t: a0.taintOf()}
			if scheme != nil && host != nil && scheme.kind == kStr && host.kind == kStr && host.s != "" && !strings.ContainsAny(host.s, "/?#@") {
				out.prefix = scheme.s + "://" + host.s + "/"
			}
			return out
		}
	case "range":
		// range(3), range(1, 10, 2): the numbers, when there are few.
		if len(args.kw) > 0 || len(args.pos) == 0 || len(args.pos) > 3 {
			return nil
		}
		var n [3]int64
		for i, a := range args.pos {
			if a.c == nil || a.c.kind != kInt {
				return nil
			}
			n[i] = a.c.i
		}
		start, stop, step := int64(0), n[0], int64(1)
		if len(args.pos) >= 2 {
			start, stop = n[0], n[1]
		}
		if len(args.pos) == 3 {
			step = n[2]
		}
		if step == 0 {
			return nil
		}
		out := &value{container: true, exact: true}
		for i := start; (step > 0 && i < stop || step < 0 && i > stop) && len(out.elems) <= maxUnrolledPasses; i += step {
			out.elems = append(out.elems, constValue(cint(i)))
		}
		if len(out.elems) > maxUnrolledPasses {
			return nil
		}
		return out
	case "sorted":
		if out := sortedElems(args); out != nil {
			return out
		}
	case "itertools.chain":
		// chain(a, b) of known lists: their elements in turn.
		out := &value{container: true, exact: true}
		for i, a := range args.pos {
			if !a.exact || a.keys != nil || args.posExpr[i].Kind == pyfront.Starred {
				return nil
			}
			out.elems = append(out.elems, a.elems...)
		}
		if len(args.kw) > 0 || len(out.elems) > maxExactElems {
			return nil
		}
		return out
	case "collections.ChainMap":
		// ChainMap(a, b) of known dicts: a key reads the first map that
		// has it.
		out := &value{container: true, exact: true, keys: map[string]*value{}}
		for i := len(args.pos) - 1; i >= 0; i-- {
			a := args.pos[i]
			if !a.exact || a.keys == nil || args.posExpr[i].Kind == pyfront.Starred {
				return nil
			}
			for k, v := range a.keys {
				out.keys[k] = v
			}
		}
		if len(args.kw) > 0 {
			return nil
		}
		return out
	case "functools.reduce":
		// reduce(lambda acc, x: ..., [known items], init): the lambda run
		// over the items in order.
		if len(args.pos) < 2 || len(args.pos) > 3 || len(args.kw) > 0 || args.pos[0].lambdaOf() == nil || len(args.pos[0].lambdaOf().Elems) != 2 {
			return nil
		}
		seq := args.pos[1]
		if !seq.exact || seq.keys != nil || len(seq.elems) > maxExactElems {
			return nil
		}
		items := seq.elems
		var acc *value
		if len(args.pos) == 3 {
			acc = args.pos[2]
		} else if len(items) > 0 {
			acc, items = items[0], items[1:]
		} else {
			return nil
		}
		l := args.pos[0].lambdaOf()
		for _, it := range items {
			acc = fr.callLambda(st, l, &argVals{pos: []*value{acc, it}, posExpr: []*pyfront.Expr{l, l}})
			if len(acc.elems) > maxExactElems {
				return nil // (acc + acc doubles a known list at each step)
			}
		}
		return acc
	case "map":
		// map(int, items): numbers.
		if len(args.pos) == 2 && len(args.kw) == 0 && numericBuiltin[args.posExpr[0].Dotted()] && fr.a.p.qualify(fr.mod, args.posExpr[0].Dotted()) == args.posExpr[0].Dotted() {
			return &value{container: true}
		}
		// map(lambda x: ..., items): the lambda applied to each item (to
		// one item standing for all of them when they are not known).
		if len(args.pos) != 2 || len(args.kw) > 0 || args.pos[0].lambdaOf() == nil || len(args.pos[0].lambdaOf().Elems) != 1 || args.posExpr[1].Kind == pyfront.Starred {
			return nil
		}
		l, seq := args.pos[0].lambdaOf(), args.pos[1]
		one := func(v *value) *value {
			return fr.callLambda(st, l, &argVals{pos: []*value{v}, posExpr: []*pyfront.Expr{l}})
		}
		if seq.exact && seq.keys == nil && len(seq.elems) <= maxExactElems {
			out := &value{container: true, exact: true}
			for _, el := range seq.elems {
				out.elems = append(out.elems, one(el))
			}
			return out
		}
		if seq.exact && seq.keys != nil {
			return nil // a dict's keys
		}
		item := &value{t: seq.taintOf()}
		return &value{container: true, t: one(item).taintOf()}
	case "reversed":
		if a0 != nil && a0.exact && a0.keys == nil && len(args.pos) == 1 {
			out := &value{container: true, exact: true}
			for j := len(a0.elems) - 1; j >= 0; j-- {
				out.elems = append(out.elems, a0.elems[j])
			}
			return out
		}
	case "asyncio.gather":
		// await asyncio.gather(f(x), g(y)): the results in argument order.
		for i := range args.pos {
			if args.posExpr[i].Kind == pyfront.Starred {
				return nil
			}
		}
		return &value{container: true, exact: true, elems: append([]*value(nil), args.pos...)}
	case "filter":
		// filter(str.isalnum, s): only letters and digits are kept.
		if len(args.pos) == 2 && len(args.kw) == 0 {
			switch args.posExpr[0].Dotted() {
			case "str.isalnum", "str.isalpha", "str.isdigit", "str.isdecimal", "str.isnumeric":
				return &value{container: true}
			}
		}
	case "functools.partial":
		// partial(f, a, k=b): f with those arguments bound first.
		if a0 != nil && (a0.fn != nil || a0.qname != "" || a0.lambdaOf() != nil) && a0.boundOf() == nil && a0.class == nil {
			bound := &argVals{pos: args.pos[1:], posExpr: args.posExpr[1:], kw: args.kw, kwExpr: args.kwExpr}
			return a0.withExtra(func(x *valueExtra) { x.bound = bound })
		}
	case "shlex.split":
		// shlex.split("ls -l"): a constant command line without quotes or
		// escapes splits at its blanks.
		if a0 != nil && a0.c != nil && a0.c.kind == kStr && len(args.pos) == 1 && !strings.ContainsAny(a0.c.s, "'\"\\#") {
			out := &value{container: true, exact: true}
			for _, w := range strings.Fields(a0.c.s) {
				out.elems = append(out.elems, constValue(cstr(w)))
			}
			return out
		}
	case "bytes", "bytearray":
		// bytes(16): sixteen zero bytes, a constant.
		if a0 != nil && a0.c != nil && a0.c.kind == kInt && a0.c.i >= 0 && a0.c.i <= 4096 && len(args.pos) == 1 {
			return constValue(cstr(strings.Repeat("\x00", int(a0.c.i))))
		}
	case "configparser.ConfigParser", "configparser.RawConfigParser", "configparser.SafeConfigParser":
		if len(args.pos) == 0 && args.kw["defaults"] == nil && args.kw["**"] == nil {
			return newConfigParser()
		}
	case "collections.deque":
		if it, _ := args.get(0, "iterable"); it != nil {
			a0 = it
		}
		if m, _ := args.get(1, "maxlen"); m != nil && m.c != nil && m.c.kind == kInt && m.c.i > 0 && m.c.i <= maxExactElems {
			// deque(items, maxlen=n) keeps the last n items; appends push
			// the oldest out.
			n := int(m.c.i)
			elems := []*value{}
			if a0 != nil && a0.exact && a0.keys == nil {
				elems = append(elems, a0.elems[max(0, len(a0.elems)-n):]...)
			} else if a0 != nil {
				break
			}
			out := &value{container: true, exact: true, elems: elems}
			return out.withExtra(func(x *valueExtra) { x.maxlen = n })
		}
		if len(args.pos) == 0 {
			return &value{container: true, exact: true}
		}
		fallthrough
	case "list", "tuple":
		if a0 != nil && a0.exact && a0.keys == nil && len(args.pos) == 1 {
			return &value{container: true, exact: true, elems: append([]*value(nil), a0.elems...)}
		}
	case "next":
		// next(g) of a sequence known element by element (a generator
		// over a literal list): its first element.
		if a0 != nil && a0.exact && a0.keys == nil && len(a0.elems) > 0 {
			return a0.elems[0]
		}
	case "iter":
		if a0 != nil && a0.exact && a0.keys == nil && len(args.pos) == 1 {
			return a0
		}
	}
	return nil
}

// numericBuiltin are the builtins that turn any item into a number (or a
// bool): map(int, parts) gives numbers.
var numericBuiltin = map[string]bool{"int": true, "float": true, "ord": true, "len": true, "bool": true, "abs": true, "round": true, "complex": true}

// maxExactElems bounds the known lists that builtins such as sorted() and
// itertools.chain() compute item by item (bigger ones are big tables).
const maxExactElems = bigTable

// sortedElems is sorted() of a known list whose items sort by constants
// (constants, or tuples led by distinct constants), or nil.
func sortedElems(args *argVals) *value {
	if len(args.pos) != 1 {
		return nil
	}
	reverse := false
	for k, v := range args.kw {
		if k != "reverse" || v.c == nil {
			return nil // key=...: the order is not known
		}
		reverse = v.c.truthy()
	}
	seq := args.pos[0]
	if !seq.exact || seq.keys != nil || len(seq.elems) > maxExactElems {
		return nil
	}
	type item struct {
		k  *constant
		el *value
	}
	items := make([]item, 0, len(seq.elems))
	seen := map[string]bool{}
	for _, el := range seq.elems {
		k := el.c
		if k == nil && el.exact && el.keys == nil && len(el.elems) > 0 {
			k = el.elems[0].c
		}
		if k == nil || (k.kind != kStr && k.kind != kInt) || (len(items) > 0 && k.kind != items[0].k.kind) {
			return nil
		}
		key, _ := k.key()
		if seen[key] {
			return nil // a tie: later parts of the tuples decide
		}
		seen[key] = true
		items = append(items, item{k, el})
	}
	slices.SortStableFunc(items, func(a, b item) int {
		if a.k.kind == kInt {
			return cmp.Compare(a.k.i, b.k.i)
		}
		return strings.Compare(a.k.s, b.k.s)
	})
	out := &value{container: true, exact: true}
	for _, it := range items {
		out.elems = append(out.elems, it.el)
	}
	if reverse {
		slices.Reverse(out.elems)
	}
	return out
}

// callLambda evaluates a lambda's body with its parameters bound.
// Free variables are read from the calling scope's current state, which is
// Python's late binding when the lambda is called where it was made.
func (fr *frame) callLambda(st *state, l *pyfront.Expr, args *argVals) *value {
	inner := st.copy()
	for i, p := range l.Elems {
		if i < len(args.pos) {
			inner.set(p.Text, args.pos[i])
		} else if v, ok := args.kw[p.Text]; ok {
			inner.set(p.Text, v)
		} else {
			inner.set(p.Text, clean)
		}
	}
	return fr.expr(inner, l.X)
}

// flowIn is the default for calls the model does not know: the result
// carries whatever the receiver and the arguments carry.
func (fr *frame) flowIn(c callee, args *argVals) *value {
	out := &value{t: args.all()}
	if c.method == "format" && c.recv != nil && c.recv.c != nil && c.recv.c.kind == kStr {
		// "{a}".format(a=x, b=y): only the fields the format names.
		out.t = formatTaint(c.recv.c.s, args)
	}
	if c.recv != nil && c.recv.c != nil && c.recv.c.kind == kStr {
		switch {
		case c.method == "format_map" && c.recv.typ == "":
			// "{a}".format_map({"a": x, "b": y})
			if named := namedArgs(args); named != nil {
				return &value{t: taint.Join(c.recv.taintOf(), formatTaint(c.recv.c.s, named))}
			}
		case (c.method == "substitute" || c.method == "safe_substitute") && c.recv.typ == "string.Template":
			// Template("$a").substitute(a=x, b=y)
			if named := namedArgs(args); named != nil {
				return &value{t: taint.Join(c.recv.taintOf(), templateTaint(c.recv.c.s, named))}
			}
		}
	}
	if c.recv == nil && c.qname != "" && !knownModules[strings.SplitN(c.qname, ".", 2)[0]] {
		out.opaque = true
	}
	if c.recv != nil {
		out.t = taint.Join(out.t, c.recv.taintOf())
		out.exc = c.recv.exc
		if w := c.recv.weakRandomOf(); w != nil {
			out.weakRandom = w
		}
		if c.recv.typ != "" && c.method != "" {
			out.typ = resultType(c.recv.typ, c.method)
		}
		if c.method == "format" && c.recv.c != nil && c.recv.c.kind == kStr {
			out.prefix = c.recv.c.s
			if i := strings.IndexByte(out.prefix, '{'); i >= 0 {
				out.prefix = out.prefix[:i]
			}
		}
	}
	for _, v := range args.pos {
		if w := v.weakRandomOf(); w != nil && out.weakRandom == nil {
			out.weakRandom = w
		}
		out.secret = out.secret || v.secret
	}
	for _, k := range sortedKeys(args.kw) {
		// uuid.UUID(int=random.getrandbits(128)): as predictable.
		if w := args.kw[k].weakRandomOf(); w != nil && out.weakRandom == nil {
			out.weakRandom = w
		}
	}
	out.exc = out.exc || args.anyExc() || c.recv != nil && c.recv.excObj
	for _, v := range args.pos {
		out.exc = out.exc || v.excObj // str(e), repr(e), "".join(format_exception(e))
	}
	if t := typeOfCall(c.qname); t != "" {
		out.typ = t
		if t == "http.Session" {
			if _, ok := args.kw["proxies"]; ok {
				out.typ = "http.SessionProxied"
			} else if _, ok := args.kw["proxy"]; ok {
				out.typ = "http.SessionProxied"
			} else if _, ok := args.kw["mounts"]; ok {
				out.typ = "http.SessionProxied"
			}
		}
	}
	if mappingResult[c.qname] {
		// Decoded claims are a dict: a Flask view that returns them
		// answers JSON, not HTML (their items are still input).
		out.container = true
	}
	// Jinja2 without autoescape (the default of Environment): its
	// from_string() templates render input raw (see unescapedTemplate).
	if c.qname == "jinja2.Environment" && autoescapeOff(args) {
		out.typ = "jinja2.Unescaped"
	}
	// parsed = urlparse(u): a check on parsed is a check on u.
	for i, x := range args.posExpr {
		if x.Kind == pyfront.Name && (out.derived == "" || args.pos[i].taintOf().Tainted()) {
			out.derived = x.Text
		}
	}
	return out
}

var formatField = regexp.MustCompile(`\{([^{}!:]*)[^{}]*\}`)

// formatTaint is the taint of the arguments a str.format string uses.
func formatTaint(f string, args *argVals) taint.Taint {
	var t taint.Taint
	auto := 0
	text := strings.ReplaceAll(strings.ReplaceAll(f, "{{", ""), "}}", "")
	for _, at := range formatField.FindAllStringSubmatchIndex(text, -1) {
		name := text[at[2]:at[3]]
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name = name[:i]
		}
		var v *value
		switch {
		case name == "":
			if auto < len(args.pos) {
				v = args.pos[auto]
			}
			auto++
		case name[0] >= '0' && name[0] <= '9':
			if n, err := strconv.Atoi(name); err == nil && n < len(args.pos) {
				v = args.pos[n]
			}
		default:
			v = args.kw[name]
			if v == nil {
				v = args.kw["**"]
			}
		}
		if v != nil {
			t = taint.Join(t, v.taintIn(text[:at[0]])) // ("<a title='{}'>": an escape without quotes is not one here)
		}
	}
	return t
}

// typeOfCall gives the type of well-known factories.
func typeOfCall(q string) string {
	if strings.HasPrefix(q, "hashlib.") && q != "hashlib.pbkdf2_hmac" && q != "hashlib.scrypt" {
		return "hashlib.hash"
	}
	switch q {
	case "aiohttp.ClientSession":
		return "http.Session"
	case "urllib3.PoolManager":
		return "urllib3.PoolManager"
	case "urllib3.ProxyManager", "urllib3.proxy_from_url":
		return "urllib3.ProxyManager"
	case "sqlite3.connect", "psycopg2.connect", "pymysql.connect", "MySQLdb.connect", "mysql.connector.connect", "psycopg.connect":
		return "dbapi.Connection"
	case "requests.Session", "requests.session", "httpx.Client", "httpx.AsyncClient":
		return "http.Session"
	case "lxml.etree.XMLParser", "lxml.etree.XMLPullParser":
		return "lxml.XMLParser"
	case "io.StringIO", "io.BytesIO":
		return "io.StringIO"
	case "code.InteractiveInterpreter", "code.InteractiveConsole":
		return q // (their runsource/push run Python code)
	case "jwt.PyJWT", "jwt.api_jwt.PyJWT":
		return "jwt.PyJWT"
	case "cryptography.hazmat.primitives.ciphers.aead.AESGCM", "cryptography.hazmat.primitives.ciphers.aead.ChaCha20Poly1305",
		"cryptography.hazmat.primitives.ciphers.aead.AESCCM", "cryptography.hazmat.primitives.ciphers.aead.AESOCB3",
		"cryptography.hazmat.primitives.ciphers.aead.AESGCMSIV":
		return "cryptography.AEAD"
	case "lxml.etree.XPathEvaluator", "lxml.etree.XPathDocumentEvaluator", "lxml.etree.XPathElementEvaluator":
		return "lxml.etree.XPathEvaluator"
	case "pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "pathlib.PurePosixPath", "pathlib.WindowsPath", "pathlib.PureWindowsPath":
		return "pathlib.Path"
	case "sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text":
		return "sqlalchemy.Text"
	case "sqlalchemy.select", "sqlalchemy.update", "sqlalchemy.insert", "sqlalchemy.delete", "sqlalchemy.sql.select",
		"sqlalchemy.sql.update", "sqlalchemy.sql.insert", "sqlalchemy.sql.delete", "sqlalchemy.future.select",
		"sqlalchemy.dialects.postgresql.insert", "sqlalchemy.dialects.sqlite.insert", "sqlalchemy.dialects.mysql.insert":
		return "sqlalchemy.Statement"
	case "jinja2.sandbox.SandboxedEnvironment", "jinja2.sandbox.ImmutableSandboxedEnvironment":
		return "jinja2.Sandboxed"
	case "pymongo.MongoClient", "motor.motor_asyncio.AsyncIOMotorClient":
		return "mongo.Client"
	case "asyncpg.connect", "asyncpg.create_pool", "asyncpg.pool.create_pool", "asyncpg.connection.connect":
		// asyncpg runs SQL through fetch/fetchrow/fetchval besides execute
		// (their sinks are asyncpg.Connection.* in the taint model).
		return "asyncpg.Connection"
	}
	return ""
}

func resultType(recvTyp, method string) string {
	switch {
	case recvTyp == "dbapi.Connection" && method == "cursor":
		return "dbapi.Cursor"
	case recvTyp == "mongo.Client":
		return "mongo.Client"
	case recvTyp == "asyncpg.Connection" && method == "acquire":
		return "asyncpg.Connection" // pool.acquire() gives a connection
	}
	return ""
}

// stringLookup: request.args.get("k") and the like, whose values are
// strings (or lists of strings): the query string, form fields, cookies
// and headers of Flask, Django, Starlette and aiohttp requests.
func stringLookup(e *pyfront.Expr, method string) bool {
	switch method {
	case "get", "getlist", "getone", "getall", "get_all", "getfirst", "getvalue", "pop":
	default:
		return false
	}
	if e.X == nil || e.X.Kind != pyfront.Attr || e.X.X == nil || e.X.X.Kind != pyfront.Attr {
		return false
	}
	return stringMapping(e.X.X.Text)
}

// stringMapping: a request attribute whose values are strings (the query,
// form, cookies, headers, path parameters), read by get() or by subscript.
func stringMapping(attr string) bool {
	switch attr {
	case "args", "form", "values", "cookies", "headers", "GET", "POST", "COOKIES", "META", "query_params", "query", "match_info", "path_params":
		return true
	}
	return false
}

// isRequestMapping: calls on a request object that return another
// input container (request.args.getlist returns input, not a request).
func isRequestMapping(method string) bool {
	return method == "get_json" || method == "json" || method == "post" || method == "form"
}

func isResponseCall(q string) bool {
	switch q {
	case "flask.jsonify", "flask.render_template", "flask.redirect", "flask.make_response", "flask.Response",
		"django.shortcuts.render", "django.http.JsonResponse", "django.shortcuts.redirect", "flask.send_file", "flask.send_from_directory",
		"django.http.HttpResponse", "django.http.HttpResponseRedirect", "django.template.response.TemplateResponse", "fastapi.responses.JSONResponse":
		return true
	}
	return responseClass[q]
}

// foldStrMethod folds a few string methods of constants.
func foldStrMethod(s, method string, args *argVals) *constant {
	strArg := func(i int) (string, bool) {
		if i < len(args.pos) && args.pos[i].c != nil && args.pos[i].c.kind == kStr {
			return args.pos[i].c.s, true
		}
		return "", false
	}
	switch method {
	case "lower":
		return cstr(strings.ToLower(s))
	case "upper":
		return cstr(strings.ToUpper(s))
	case "strip", "lstrip", "rstrip":
		// (ASCII only: Python strips more kinds of space than Go.)
		if !isASCII(s) {
			return nil
		}
		trim := strings.Trim
		switch method {
		case "lstrip":
			trim = strings.TrimLeft
		case "rstrip":
			trim = strings.TrimRight
		}
		if len(args.pos) == 0 || len(args.pos) == 1 && args.pos[0].c != nil && args.pos[0].c.kind == kNone {
			return cstr(trim(s, " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"))
		}
		if chars, ok := strArg(0); ok && len(args.pos) == 1 {
			return cstr(trim(s, chars))
		}
	case "encode", "decode":
		// "text".encode("utf-8"): the same constant (bytes and text are
		// one kind of constant here).
		if len(args.kw) == 0 && len(args.pos) <= 2 {
			return cstr(s)
		}
	case "replace":
		a, ok1 := strArg(0)
		b, ok2 := strArg(1)
		if ok1 && ok2 {
			return cstr(strings.ReplaceAll(s, a, b))
		}
	case "format":
		if len(args.pos) == 0 && len(args.kw) == 0 {
			return cstr(s)
		}
	case "startswith", "endswith":
		// "ABC".startswith("A"): a constant condition (one argument, a
		// string or a tuple of strings).
		if len(args.pos) != 1 || len(args.kw) != 0 {
			return nil
		}
		var prefixes []string
		if a, ok := strArg(0); ok {
			prefixes = []string{a}
		} else if t := args.pos[0]; t.exact && t.keys == nil && t.container {
			for _, el := range t.elems {
				if el.c == nil || el.c.kind != kStr {
					return nil
				}
				prefixes = append(prefixes, el.c.s)
			}
		} else {
			return nil
		}
		for _, p := range prefixes {
			if method == "startswith" && strings.HasPrefix(s, p) || method == "endswith" && strings.HasSuffix(s, p) {
				return cbool(true)
			}
		}
		return cbool(false)
	case "find", "count":
		// (ASCII only: Python counts characters, Go bytes.)
		if a, ok := strArg(0); ok && len(args.pos) == 1 && len(args.kw) == 0 && isASCII(s) && isASCII(a) {
			if method == "find" {
				return cint(int64(strings.Index(s, a)))
			}
			if a != "" {
				return cint(int64(strings.Count(s, a)))
			}
		}
	case "isdigit", "isalpha", "isalnum", "isupper", "islower", "isspace":
		if len(args.pos) == 0 && s != "" && isASCII(s) {
			return cbool(asciiClass(s, method))
		}
	}
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiClass is str.isdigit() and its siblings for ASCII text.
func asciiClass(s, method string) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		b := s[i]
		digit, lower, upper := b >= '0' && b <= '9', b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z'
		space := b == ' ' || b >= '\t' && b <= '\r' || b >= 0x1c && b <= 0x1f
		switch method {
		case "isdigit":
			if !digit {
				return false
			}
		case "isalpha":
			if !lower && !upper {
				return false
			}
		case "isalnum":
			if !lower && !upper && !digit {
				return false
			}
		case "isspace":
			if !space {
				return false
			}
		case "isupper":
			if lower {
				return false
			}
			cased = cased || upper
		case "islower":
			if upper {
				return false
			}
			cased = cased || lower
		}
	}
	return method != "isupper" && method != "islower" || cased
}

// shellQuoted: x is shlex.quote(...) (or a name assigned only that), whose
// shell safety is its quotes.
func (fr *frame) shellQuoted(x *pyfront.Expr) bool {
	if x != nil && x.Kind == pyfront.Name {
		x = fr.onlyAssignment(x.Text)
	}
	if x == nil || x.Kind != pyfront.Call {
		return false
	}
	switch fr.a.p.qualify(fr.mod, x.Callee()) {
	case "shlex.quote", "pipes.quote", "shlex.join":
		return true
	}
	return false
}

// translatedQuoteSafety is what a translate() table built in place with
// str.maketrans(from, to, delete) (constants) removes: each quote it
// deletes, or maps to text without it, gives the safety of its removal.
func (fr *frame) translatedQuoteSafety(table *pyfront.Expr) taint.Classes {
	if table.Kind != pyfront.Call || fr.a.p.qualify(fr.mod, table.Callee()) != "str.maketrans" && table.Callee() != "str.maketrans" {
		return 0
	}
	a := table.Args()
	if len(a) < 2 || len(a) > 3 || a[0].Kind != pyfront.Str || a[1].Kind != pyfront.Str || len(a[0].Text) != len(a[1].Text) {
		return 0
	}
	from, to, del := a[0].Text, a[1].Text, ""
	if len(a) == 3 {
		if a[2].Kind != pyfront.Str {
			return 0
		}
		del = a[2].Text
	}
	var cls taint.Classes
	for _, q := range []string{"'", "\""} {
		switch i := strings.Index(from, q); {
		case strings.Contains(del, q):
			cls |= removedCharSafety(q, "")
		case i >= 0:
			cls |= removedCharSafety(q, to[i:i+1])
		}
	}
	return cls
}

// escapesWithoutQuotes: an HTML escape that leaves quotes as they are:
// html.escape(x, quote=False), cgi.escape(x) (quote defaults to False),
// xml.sax.saxutils.escape(x).
func escapesWithoutQuotes(q string, args *argVals) bool {
	quote, _ := args.get(1, "quote")
	switch q {
	case "html.escape":
		return quote != nil && quote.c != nil && !quote.c.truthy()
	case "cgi.escape":
		return quote == nil || quote.c != nil && !quote.c.truthy()
	case "xml.sax.saxutils.escape":
		return true
	}
	return false
}

// removesQuotes: strip()/lstrip()/rstrip() of quote characters, or
// replace() of a quote by text without it.
func removesQuotes(method string, args *argVals) bool {
	if len(args.pos) == 0 || args.pos[0].c == nil || args.pos[0].c.kind != kStr {
		return false
	}
	chars := args.pos[0].c.s
	switch method {
	case "strip", "lstrip", "rstrip":
		return len(args.pos) == 1 && strings.ContainsAny(chars, "'\"")
	case "replace":
		return len(args.pos) >= 2 && args.pos[1].c != nil && args.pos[1].c.kind == kStr &&
			(chars == "'" || chars == "\"") && !strings.Contains(args.pos[1].c.s, chars)
	}
	return false
}

// removedCharSafety is what x.replace(old, new) makes x safe for when old
// is a character new does not bring back: without "{" (or "}") no
// template expression or tag opens (or closes) in Jinja2, Django or
// Tornado templates (Mako's <% %> blocks and "%" lines need none: its
// sinks are of their own class); without ' (or ") a value cannot close a
// literal quoted with it (judged at XPath sinks, whose literals have no
// escapes). 0 for any other replacement.
func removedCharSafety(old, repl string) taint.Classes {
	switch {
	case (old == "{" || old == "}") && !strings.ContainsAny(repl, "{}"):
		return classTemplate
	case old == "'" && !strings.Contains(repl, old):
		return classSQuote
	case old == "\"" && !strings.Contains(repl, old):
		return classDQuote
	}
	return 0
}

// constantTail: for s.rsplit(sep, 1) or s.rpartition(sep) where s is
// written as x + "...sep..." (a string literal holding the separator at
// its end), the text after the literal's last separator.
func constantTail(e *pyfront.Expr, c callee, args *argVals) (string, bool) {
	if c.recv == nil || e.X == nil || e.X.Kind != pyfront.Attr || len(args.pos) == 0 || args.pos[0].c == nil || args.pos[0].c.kind != kStr || args.pos[0].c.s == "" {
		return "", false
	}
	switch {
	case c.method == "rpartition" && len(args.pos) == 1:
	case c.method == "rsplit" && len(args.pos) == 2 && args.pos[1].c != nil && args.pos[1].c.kind == kInt && args.pos[1].c.i == 1:
	default:
		return "", false
	}
	recv := e.X.X
	if recv.Kind != pyfront.BinOp || recv.Text != "+" || recv.Y == nil || recv.Y.Kind != pyfront.Str {
		return "", false
	}
	lit, sep := recv.Y.Text, args.pos[0].c.s
	i := strings.LastIndex(lit, sep)
	if i < 0 {
		return "", false
	}
	return lit[i+len(sep):], true
}

// formatSanitizers escape the values they fill into a template, not the
// template itself (their first argument).
var formatSanitizers = map[string]bool{"django.utils.html.format_html": true, "ldap.filter.filter_format": true}

// queryMethods run a SQL query and give its rows (or a cursor over them):
// the methods of the SQL sinks, but for mogrify (the query text).
var queryMethods = map[string]bool{"execute": true, "executemany": true, "exec_driver_sql": true, "raw": true,
	"read_sql": true, "read_sql_query": true, "fetch": true, "fetchrow": true, "fetchval": true}

// directoryQueries are the LDAP searches whose results are entries of
// the directory.
var directoryQueries = map[string]bool{"search_s": true, "search_st": true, "search_ext_s": true}

// mutators are the list, dict and set methods that add to the container.
var mutators = map[string]bool{"append": true, "extend": true, "insert": true, "add": true, "update": true, "setdefault": true, "appendleft": true, "extendleft": true}

// containerMethod models list and dict methods on local variables
// precisely, so that removing or replacing the tainted element is seen.
func (fr *frame) containerMethod(st *state, e *pyfront.Expr, c callee, args *argVals) *value {
	if c.recv == nil || c.method == "" || e.X.Kind != pyfront.Attr {
		return nil
	}
	name := e.X.X.Dotted()
	cur := c.recv
	if c.method == "join" && cur.c != nil && cur.c.kind == kStr && len(args.pos) == 1 {
		el := elementOf(args.pos[0])
		if el.c != nil && args.pos[0].exact {
			parts := make([]string, 0, len(args.pos[0].elems))
			for _, x := range args.pos[0].elems {
				if x.c == nil {
					parts = nil
					break
				}
				parts = append(parts, x.c.text())
			}
			if parts != nil {
				return constValue(cstr(strings.Join(parts, cur.c.s)))
			}
		}
		out := args.pos[0].flat()
		return out
	}
	if (c.method == "items" || c.method == "values" || c.method == "keys") && len(args.pos) == 0 {
		if v := dictView(cur, c.method); v != nil {
			return v
		}
	}
	if cur.typ == "io.StringIO" && name != "" && (c.method == "write" || c.method == "writelines") {
		// buf.write(x): the buffer holds x from now on (getvalue() and
		// read() return the receiver's taint).
		nv := *cur
		nv.t = taint.Join(cur.taintOf(), args.all())
		st.set(name, &nv)
		return clean
	}
	if !cur.container && mutators[c.method] && e.X.X.Kind == pyfront.Name && hasParam(fr.fn, e.X.X.Text) && e.X.X.Text != fr.self {
		// bucket.append(v) on a parameter: the caller's container holds v.
		fr.setContainer(st, e.X.X, name, &value{t: taint.Join(cur.taintOf(), args.all()), container: true}, &value{t: args.all()})
		return clean
	}
	if !cur.container || name == "" {
		return nil
	}
	// (What the call adds, for a container a parameter or self holds.)
	added := &value{t: args.all()}
	set := func(v *value) { fr.setContainer(st, e.X.X, name, v, added) }
	if cur.typ == configParserType {
		if v := fr.configMethod(e, c, args, set); v != nil {
			return v
		}
	}
	arg := func(i int) *value {
		if i < len(args.pos) {
			return args.pos[i]
		}
		return nil
	}
	switch c.method {
	case "appendleft": // collections.deque
		if a := arg(0); a != nil {
			if cur.exact && cur.keys == nil {
				nv := *cur
				nv.elems = append([]*value{a}, cur.elems...)
				if n := cur.maxlenOf(); n > 0 && len(nv.elems) > n {
					nv.elems = nv.elems[:n]
				}
				set(&nv)
			} else {
				set(&value{t: taint.Join(cur.taintOf(), a.taintOf()), container: true})
			}
		}
		return clean
	case "rotate":
		// (Not followed: the deque keeps its items in an unknown order.)
		set(&value{t: cur.taintOf(), container: true})
		return clean
	case "popleft":
		if cur.exact && cur.keys == nil && len(cur.elems) > 0 {
			nv := *cur
			nv.elems = append([]*value(nil), cur.elems[1:]...)
			set(&nv)
			return cur.elems[0]
		}
		return cur.flat()
	case "append":
		if a := arg(0); a != nil {
			if cur.exact && cur.elems != nil || cur.exact && len(cur.elems) == 0 && cur.keys == nil {
				nv := *cur
				nv.elems = keepLast(append(append([]*value(nil), cur.elems...), a), cur.maxlenOf())
				set(&nv)
			} else {
				set(&value{t: taint.Join(cur.taintOf(), a.taintOf()), container: true})
			}
		}
		return clean
	case "insert":
		if i, a := arg(0), arg(1); a != nil {
			if cur.exact && cur.keys == nil && i.c != nil && i.c.kind == kInt {
				at := clamp(int(i.c.i), len(cur.elems))
				elems := append([]*value(nil), cur.elems[:at]...)
				elems = append(elems, a)
				elems = append(elems, cur.elems[at:]...)
				nv := *cur
				nv.elems = elems
				set(&nv)
			} else {
				set(&value{t: taint.Join(cur.taintOf(), a.taintOf()), container: true})
			}
		}
		return clean
	case "extend":
		if a := arg(0); a != nil {
			if cur.exact && cur.keys == nil && a.exact && a.keys == nil {
				nv := *cur
				nv.elems = keepLast(append(append([]*value(nil), cur.elems...), a.elems...), cur.maxlenOf())
				set(&nv)
			} else {
				set(&value{t: taint.Join(cur.taintOf(), a.taintOf()), container: true})
			}
		}
		return clean
	case "pop":
		// pop() takes the last element of a list; pop(i) and pop(k[, d])
		// an index or key.
		k := (*constant)(nil)
		if a := arg(0); a != nil {
			k = a.c
		} else if cur.keys == nil {
			k = cint(int64(len(cur.elems) - 1))
		}
		if k != nil {
			if removed, rest, ok := withoutEntry(cur, k); ok {
				set(rest)
				if removed == nil { // a dict without that key
					if d := arg(1); d != nil {
						return d
					}
					return clean
				}
				return removed
			}
		}
		return cur.flat()
	case "remove":
		if a := arg(0); a != nil && a.c != nil && cur.exact && cur.keys == nil {
			for i, el := range cur.elems {
				if el.c == nil {
					break
				}
				if equalConst(el.c, a.c) {
					nv := *cur
					nv.elems = append(append([]*value(nil), cur.elems[:i]...), cur.elems[i+1:]...)
					set(&nv)
					break
				}
			}
		}
		return clean
	case "clear":
		set(&value{container: true, exact: true, elems: cur.elems[:0:0], keys: emptyIfMap(cur)})
		return clean
	case "reverse":
		if cur.exact && cur.keys == nil {
			nv := *cur
			nv.elems = make([]*value, len(cur.elems))
			for i, el := range cur.elems {
				nv.elems[len(cur.elems)-1-i] = el
			}
			set(&nv)
		}
		return clean
	case "get", "setdefault":
		if cur.exact && cur.keys != nil {
			if a := arg(0); a != nil && a.c != nil {
				if k, ok := a.c.key(); ok {
					if v, ok := cur.keys[k]; ok {
						return v
					}
					d := arg(1)
					if d == nil {
						d = noneValue // (a missing key with no default)
					}
					if c.method == "setdefault" {
						nv := *cur
						nv.keys = copyKeys(cur.keys)
						nv.keys[k] = d
						set(&nv)
					}
					return d
				}
			}
		}
		out := cur.flat()
		if cur.extra != nil && cur.extra.hasItemTaint {
			out = &value{t: cur.extra.itemTaint} // a value, not a key
		}
		if d := arg(1); d != nil {
			out = join(out, d)
		}
		return out
	case "update":
		if cur.exact && cur.keys != nil {
			nv := *cur
			nv.keys = copyKeys(cur.keys)
			if a := arg(0); a != nil {
				if a.exact && a.keys != nil {
					for k, v := range a.keys {
						nv.keys[k] = v
					}
				} else {
					set(&value{t: taint.Join(cur.taintOf(), a.taintOf()), container: true})
					return clean
				}
			}
			for k, v := range args.kw {
				nv.keys["s:"+k] = v
			}
			set(&nv)
		} else {
			set(&value{t: taint.Join(cur.taintOf(), args.all()), container: true})
		}
		return clean
	case "copy":
		cp := *cur // a new object: changing it leaves cur alone
		return &cp
	case "values", "items", "keys":
		if c.method == "keys" && cur.exact {
			return &value{container: true}
		}
		return &value{t: cur.taintOf(), container: true}
	case "index", "count":
		return clean
	}
	return nil
}

// keepLast drops the oldest elements of a deque bounded to n (0: none).
func keepLast(elems []*value, n int) []*value {
	if n > 0 && len(elems) > n {
		return elems[len(elems)-n:]
	}
	return elems
}

func emptyIfMap(v *value) map[string]*value {
	if v.keys != nil {
		return map[string]*value{}
	}
	return nil
}

// useSummary returns f's summary as published now, and records it as one
// this analysis depends on.
func (fr *frame) useSummary(f *function) *summary {
	fr.onDemand(f)
	sum := f.summary()
	if fr.res.calls == nil {
		fr.res.calls = map[*function]*summary{}
	}
	if seen, ok := fr.res.calls[f]; ok && seen != sum {
		fr.res.calls[f] = nil // two different summaries: always re-run
	} else {
		fr.res.calls[f] = sum
	}
	return sum
}

// applySummary computes a call to a project function from its summary:
// parameters that reach the return value carry their argument's taint to
// the result, and parameters that reach a sink make the call a finding.
func (fr *frame) applySummary(st *state, e *pyfront.Expr, c callee, args *argVals) *value {
	f := c.fn
	sum := fr.useSummary(f)
	recv := c.recv
	if recv != nil && recv.self && len(sum.selfFields) > 0 {
		// self.helper() or super().get() reads fields of this method's
		// own instance: so does this method, for its callers.
		if fr.sum.selfFields == nil {
			fr.sum.selfFields = map[string]bool{}
		}
		for k := range sum.selfFields {
			fr.sum.selfFields[k] = true
		}
	}
	if c.recv != nil && c.recv.fields != nil && sum.selfFields != nil && f.cls != nil {
		// The method reads only some fields of its instance: pass those.
		narrowed := &value{class: c.recv.class, fields: map[string]*value{}}
		for k := range sum.selfFields {
			if v, ok := c.recv.fields[k]; ok {
				narrowed.fields[k] = v
			}
		}
		c.recv = narrowed
	}
	actual := fr.bindArgs(f, c, args)
	if len(sum.patterns) > 0 {
		fr.patternsThrough(c, sum, actual, args, e)
	}
	if recv != nil && recv.self && f.cls != nil && len(sum.selfFields) > 0 && len(actual) > 0 && actual[0] == recv {
		// self.helper() in a method: the helper's fields of self are this
		// method's own (its receiver is parameter 0 here too).
		cp := *recv
		cp.t = taint.Join(cp.t, taint.Taint{Params: 1, ParamTrace: (*taint.Step)(nil).Then(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, "fields of self")})
		actual[0] = &cp
	}
	// A method that sets fields (a setter) updates the instance it is
	// called on.
	if len(sum.fields) > 0 && f.name != "__init__" && c.recv != nil {
		set := make(map[string]*value, len(sum.fields))
		for k, fv := range sum.fields {
			set[k] = fr.mapStored(fv, actual, e, "stored in "+f.name+"()")
		}
		fr.setInstanceFields(st, e, set)
	}
	if c.viaSuper && len(sum.fields) > 0 {
		// super().__init__(x) and other base methods set fields of the
		// caller's own instance.
		for k, fv := range sum.fields {
			fr.setSelfField(st, k, fr.mapStored(fv, actual, e, "stored in "+f.name+"()"))
		}
	}
	if f.mod == fr.mod {
		for k, gv := range sum.globalWrites {
			st.set(k, fr.mapStored(gv, actual, e, "stored in global "+k+" by "+f.name+"()"))
		}
	}
	fr.applyParamWrites(st, e, c, args, actual, sum.paramWrites, func(wv *value) *value {
		return fr.mapStored(wv, actual, e, "stored by "+f.name+"()")
	})
	out := &value{typ: sum.retTyp, request: sum.retReq, weakRandom: sum.retWeak, exc: sum.retExc, class: sum.retClass}
	if sum.retFn != nil && sum.retClass == nil {
		// A closure: it carries the arguments its factory was called with.
		out.fn = sum.retFn
		out.fields = map[string]*value{}
		for i, p := range f.params {
			if actual[i] != nil {
				out.fields[p.Name] = actual[i]
			}
		}
	}
	if sum.retConst != nil {
		out.c = sum.retConst
	}
	out.t = fr.mapTaint(sum.ret, actual, e, "through "+f.name+"()")
	for i, a := range actual {
		if i < 64 && sum.ret.Params&(1<<i) != 0 && a != nil {
			if w := a.weakRandomOf(); w != nil && out.weakRandom == nil {
				out.weakRandom = w
			}
			out.exc = out.exc || a.excOf()
			out.secret = out.secret || a.secret
		}
	}
	if out.t.Tainted() {
		out.c = nil
	}
	if len(sum.fields) > 0 && recv != nil && recv.class != nil && !recv.classRef && f.cls != nil && f.name != "__init__" &&
		sum.retClass == f.cls && len(actual) > 0 && actual[0] == c.recv {
		// A setter that returns an instance of its own class, i.e. itself
		// (builder.set(x).get()): the result is the receiver with the
		// fields the method set.
		out.class = recv.class
		out.fields = copyKeys(recv.fields)
		if out.fields == nil {
			out.fields = map[string]*value{}
		}
		for k, fv := range sum.fields {
			out.fields[k] = fr.mapStored(fv, actual, e, "stored in "+f.name+"()")
		}
	}
	for _, ps := range sum.sinks {
		if ps.param >= len(actual) || actual[ps.param] == nil {
			continue
		}
		at := actual[ps.param].taintOf()
		if !at.Reaches(ps.class) {
			continue
		}
		if ps.class == classSession && (actual[ps.param].class != nil || actual[ps.param].opaque) {
			continue // an object the caller built (a user record), not raw input
		}
		fr.sinkThrough(at, ps, e, f)
	}
	if sum.retTable != nil {
		// {"secure": True, "httponly": True}: the table itself (values are
		// never changed in place).
		return sum.retTable
	}
	if len(sum.retElems) > 0 && out.class == nil && out.fn == nil {
		// return "... = ?", (name,): each element mapped on its own.
		tup := &value{container: true, exact: true, elems: make([]*value, len(sum.retElems))}
		for i, el := range sum.retElems {
			tup.elems[i] = fr.mapReturned(el, actual, e, "through "+f.name+"()")
		}
		return tup
	}
	return out
}

// argExpr is the argument expression a call gives c.fn's parameter i
// (positionally, after the receiver of a method call, or by keyword); nil
// when the call leaves it to its default (or to a **mapping).
func argExpr(c callee, args *argVals, i int) *pyfront.Expr {
	j := i
	if c.recv != nil && c.fn.cls != nil && !isStatic(c.fn) {
		j-- // (parameter 0 is the receiver)
	}
	if j >= 0 && j < len(args.posExpr) {
		return args.posExpr[j]
	}
	return args.kwExpr[c.fn.params[i].Name]
}

// mapReturned is an element a callee returned, as the caller sees it: a
// nested tuple element by element, anything else as a stored value.
func (fr *frame) mapReturned(v *value, actual []*value, e *pyfront.Expr, note string) *value {
	if v.container && v.exact && v.keys == nil && len(v.elems) <= 8 {
		out := &value{container: true, exact: true, elems: make([]*value, len(v.elems))}
		for i, el := range v.elems {
			out.elems[i] = fr.mapReturned(el, actual, e, note)
		}
		return out
	}
	out := fr.mapStored(v, actual, e, note)
	if v.container {
		out.container = true
	}
	return out
}

// applyParamWrites applies what a callee stored into its parameters'
// containers (writes, by parameter name; mapped turns a summary's value
// into the caller's terms, nil when it already is).
func (fr *frame) applyParamWrites(st *state, e *pyfront.Expr, c callee, args *argVals, actual []*value, writes map[string]*value, mapped func(*value) *value) {
	for i, p := range c.fn.params {
		w, ok := writes[p.Name]
		if !ok || actual[i] == nil {
			continue
		}
		if mapped != nil {
			w = mapped(w)
		}
		fr.storedThrough(st, e, c, args, i, actual[i], w)
	}
}

// storedThrough applies what a callee stored into the container its
// parameter i holds: the caller's variable holds it too, and a session
// given to the callee stores it in the session.
func (fr *frame) storedThrough(st *state, e *pyfront.Expr, c callee, args *argVals, i int, arg, stored *value) {
	expr := argExpr(c, args, i)
	if expr == nil {
		return
	}
	if fr.isSession(st, expr, arg) {
		if !stored.opaque {
			fr.sinkValue(st, "PY-TRUST-BOUNDARY", classSession, stored, expr, e.Pos, "stored in the session by "+c.fn.name+"()")
		}
		return
	}
	if name := expr.Dotted(); name != "" && (arg.container || expr.Kind == pyfront.Name && hasParam(fr.fn, expr.Text)) {
		if cur, ok := st.get(name); ok {
			// (A parameter of this function passed on: its caller's
			// container, through this function's summary.)
			fr.setContainer(st, expr, name, &value{t: taint.Join(cur.taintOf(), stored.taintOf()), container: true}, stored)
		}
	}
}

// setInstanceFields gives the instance a method call e is made on
// (x.method(...), x a variable of the caller) the fields the method set.
func (fr *frame) setInstanceFields(st *state, e *pyfront.Expr, set map[string]*value) {
	if e.X == nil || e.X.Kind != pyfront.Attr {
		return
	}
	name := e.X.X.Dotted()
	if name == "" {
		return
	}
	if cur, ok := st.get(name); ok && cur.class != nil && !cur.classRef {
		nv := *cur
		nv.fields = copyKeys(cur.fields)
		for k, v := range set {
			nv.fields[k] = v
		}
		st.set(name, &nv)
	}
}

// mapStored is a value a callee stored (a field, a global) as the caller
// sees it: its taint mapped to the arguments, its constant kept while clean.
func (fr *frame) mapStored(v *value, actual []*value, e *pyfront.Expr, note string) *value {
	// A field set straight from one parameter (self.mode = mode) holds
	// that argument, constants included.
	if t := v.t; t.Origin == nil && t.Params != 0 && t.Params&(t.Params-1) == 0 && v.c == nil && !v.container && v.class == nil && v.typ == "" && t.Safe == 0 {
		i := bits.TrailingZeros64(t.Params)
		if i < len(actual) && actual[i] != nil && actual[i].c != nil {
			return actual[i]
		}
	}
	out := &value{t: fr.mapTaint(v.taintOf(), actual, e, note), typ: v.typ, class: v.class}
	if !out.t.Tainted() {
		out.c = v.c
	}
	if v.container && v.exact && len(v.keys)+len(v.elems) <= maxExactElems {
		// A container known entry by entry (self.items = {} in a
		// constructor, self.opts = {"mode": mode}) stays so, each entry
		// in the caller's terms: a later item write or lookup by a
		// constant key is exact.
		out.container, out.exact = true, true
		if v.keys != nil {
			out.keys = make(map[string]*value, len(v.keys))
			for k, x := range v.keys {
				out.keys[k] = fr.mapStored(x, actual, e, note)
			}
		}
		for _, x := range v.elems {
			out.elems = append(out.elems, fr.mapStored(x, actual, e, note))
		}
	}
	return out
}

// mapTaint turns taint expressed in a callee's parameters into the
// caller's terms: each parameter bit becomes its argument's taint.
func (fr *frame) mapTaint(t taint.Taint, actual []*value, e *pyfront.Expr, note string) taint.Taint {
	out := t.OriginOnly()
	if out.Origin != nil {
		o := *out.Origin
		o.Trace = o.Trace.Then(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, note)
		out.Origin = &o
	}
	for i, a := range actual {
		if i >= 64 || t.Params&(1<<i) == 0 || a == nil {
			continue
		}
		at := a.taintOf().Sanitize(t.ParamSafe(i))
		if at.Tainted() {
			at = at.Extend(fr.mod.path, e.Pos.Line, e.Pos.Col, e.Src, note)
		}
		out = taint.Join(out, at)
	}
	if !out.Tainted() {
		return taint.Taint{}
	}
	return out
}

// bindArgs maps a call's arguments to the callee's parameters (the receiver
// of a bound method is parameter 0).
func (fr *frame) bindArgs(f *function, c callee, args *argVals) []*value {
	n := len(f.params)
	actual := make([]*value, n)
	i := 0
	if c.recv != nil && f.cls != nil && n > 0 && !isStatic(f) {
		actual[0] = c.recv
		i = 1
	}
	var rest []*value
	for _, a := range args.pos {
		if i < n && f.params[i].Star == "" {
			actual[i] = a
			i++
			continue
		}
		rest = append(rest, a)
	}
	for k, p := range f.params {
		switch p.Star {
		case "*":
			// The extra positional arguments, in order (a tuple), unless
			// some were spread from a sequence (f(*xs)): then only their
			// joined taint is known.
			if starredArgs(args) {
				v := &value{container: true}
				for _, r := range rest {
					v.t = taint.Join(v.t, r.taintOf())
				}
				actual[k] = v
			} else {
				actual[k] = &value{container: true, exact: true, elems: rest}
			}
		case "**":
			// The extra keyword arguments by name; a **mapping passed on
			// makes the keys unknown.
			v := &value{container: true, exact: true, keys: map[string]*value{}}
			for name, a := range args.kw {
				switch {
				case name == "**":
					v.exact, v.keys = false, nil
					v.t = taint.Join(v.t, a.taintOf())
				case !hasParam(f, name):
					if v.keys != nil {
						v.keys["s:"+name] = a
					}
					v.t = taint.Join(v.t, a.taintOf())
				}
			}
			if v.keys != nil {
				v.t = taint.Taint{} // the entries carry it
			}
			actual[k] = v
		default:
			if a, ok := args.kw[p.Name]; ok {
				actual[k] = a
			} else if actual[k] == nil && p.Default != nil {
				actual[k] = fr.expr(newState(), p.Default)
			}
		}
	}
	if extra, ok := args.kw["**"]; ok {
		for k := range actual {
			if actual[k] == nil {
				actual[k] = extra
			}
		}
	}
	return actual
}

// starredArgs: a positional argument is spread from a sequence (f(*xs)).
func starredArgs(args *argVals) bool {
	for _, x := range args.posExpr {
		if x != nil && x.Kind == pyfront.Starred {
			return true
		}
	}
	return false
}

func hasParam(f *function, name string) bool {
	for _, p := range f.params {
		if p.Name == name {
			return true
		}
	}
	return false
}

func isStatic(f *function) bool {
	if f.def == nil {
		return false
	}
	for _, d := range f.def.Decorators {
		if d.Dotted() == "staticmethod" {
			return true
		}
	}
	return false
}

// construct is a call to a project class: an instance whose fields are
// what __init__ assigns to self, mapped from the arguments.
func (fr *frame) construct(st *state, e *pyfront.Expr, c callee, args *argVals) *value {
	inst := &value{class: c.class}
	init := fr.a.p.method(c.class, "__init__")
	if init == nil && fr.a.p.isEnumClass(c.class) {
		// Color(x) of an Enum: one of its members (or a ValueError).
		return inst
	}
	if init == nil && fr.a.p.isRecordClass(c.class) {
		// @dataclass, NamedTuple, pydantic models: each argument sets its
		// own field (positionally in declaration order); the others keep
		// their class-body defaults.
		names := recordFields(c.class)
		inst.fields = map[string]*value{}
		for i, v := range args.pos {
			if i >= len(names) || args.posExpr[i].Kind == pyfront.Starred {
				inst.t = taint.Join(inst.t, v.taintOf())
				continue
			}
			inst.fields[names[i]] = v
		}
		for k, v := range args.kw {
			if k == "**" {
				inst.t = taint.Join(inst.t, v.taintOf())
				continue
			}
			inst.fields[k] = v
		}
		fr.postInit(st, e, inst)
		return inst
	}
	if init == nil {
		// Other classes without __init__: keyword arguments become fields.
		inst.t = args.all()
		if len(args.kw) > 0 {
			inst.fields = map[string]*value{}
			for k, v := range args.kw {
				inst.fields[k] = v
			}
		}
		return inst
	}
	self := &value{class: c.class}
	fr.applySummary(st, e, callee{fn: init, recv: self}, args)
	actual := fr.bindArgs(init, callee{fn: init, recv: self}, args)
	if fields := fr.useSummary(init).fields; len(fields) > 0 {
		inst.fields = map[string]*value{}
		for k, fv := range fields {
			inst.fields[k] = fr.mapStored(fv, actual, e, "stored in "+c.class.name+"."+k)
		}
	}
	return inst
}

// fetchesFixedHost: an HTTP request (a URL sink) whose every URL argument
// starts with a fixed scheme and host.
func (fr *frame) fetchesFixedHost(c callee, args *argVals) bool {
	found := false
	for _, sk := range fr.a.p.spec.sinks.match(c.qname, c.dotted) {
		if sk.class != classUrl {
			continue
		}
		for _, v := range sinkArgs(&sk.Sink, args, c) {
			if !isSafeURLPrefix(v.strPrefix()) {
				return false
			}
			found = true
		}
	}
	return found
}

// postInit runs a dataclass's __post_init__ on a new instance: the fields
// it reassigns (cleaned, normalized) replace the ones the arguments set.
func (fr *frame) postInit(st *state, e *pyfront.Expr, inst *value) {
	post := fr.a.p.method(inst.class, "__post_init__")
	if post == nil || !isDataclass(inst.class) {
		return // (NamedTuple and pydantic models do not call it)
	}
	none := &argVals{kw: map[string]*value{}, kwExpr: map[string]*pyfront.Expr{}}
	c := callee{fn: post, recv: inst, qname: post.qname, method: "__post_init__"}
	fr.applySummary(st, e, c, none)
	sum := fr.useSummary(post)
	if len(sum.fields) == 0 {
		return
	}
	// Each field it sets derives from the fields it reads.
	read := &value{class: inst.class, fields: map[string]*value{}}
	for k := range sum.selfFields {
		if v, ok := inst.fields[k]; ok {
			read.fields[k] = v
		}
	}
	c.recv = read
	actual := fr.bindArgs(post, c, none)
	always := unconditionalSelfWrites(post)
	fields := copyKeys(inst.fields)
	for k, fv := range sum.fields {
		v := fr.mapStored(fv, actual, e, "set by "+inst.class.name+".__post_init__()")
		if !always[k] {
			v = join(inst.fields[k], v) // set on some paths only
		}
		fields[k] = v
	}
	inst.fields = fields
}

// isDataclass: a class decorated with @dataclass (whose generated
// __init__ calls __post_init__).
func isDataclass(c *class) bool {
	for _, d := range c.def.Decorators {
		if d.Kind == pyfront.Call {
			d = d.X
		}
		if n := d.Dotted(); n == "dataclass" || strings.HasSuffix(n, ".dataclass") {
			return true
		}
	}
	return false
}

// unconditionalSelfWrites are the attributes of self a method assigns at
// the top level of its body (on every path that gets that far).
func unconditionalSelfWrites(f *function) map[string]bool {
	out := map[string]bool{}
	if f.def == nil || len(f.params) == 0 {
		return out
	}
	for _, s := range f.def.Body {
		if s.Kind != pyfront.AssignStmt {
			continue
		}
		for _, t := range s.Targets {
			if t.Kind == pyfront.Attr && t.X != nil && t.X.Kind == pyfront.Name && t.X.Text == f.params[0].Name {
				out[t.Text] = true
			}
		}
	}
	return out
}

// superMethod resolves super().name inside a method to the first base
// class of the project that defines name.
func (fr *frame) superMethod(recv *pyfront.Expr, name string) *function {
	if !isSuperCall(recv) || fr.fn == nil || fr.fn.cls == nil || fr.self == "" {
		return nil
	}
	return fr.a.p.superMethod(fr.fn.cls, name)
}

// decorated is what calling a module-level function f runs when project
// decorators wrap it (@coerce_int("id"), @stripped): the wrapper closure
// the decorators return, holding f and the decorators' arguments, as f's
// module builds it when it defines f. Nil when no decorator is a project
// function that returns a closure (library decorators such as app.route
// or functools.wraps leave the call as a call of f), or when the inlining
// budget is spent.
func (fr *frame) decorated(f *function) *value {
	if f.def == nil || len(f.def.Decorators) == 0 || f.cls != nil || f.mod.funcs[f.name] != f || !fr.canInline() {
		return nil
	}
	sub := &frame{a: fr.a, fn: f.mod.body, mod: f.mod, res: fr.res, inlined: fr.inlined + 1, nested: fr.nested}
	st := newState()
	v := (&value{fn: f}).withExtra(func(x *valueExtra) { x.bare = true })
	wrapped := false
	for i := len(f.def.Decorators) - 1; i >= 0; i-- {
		d := f.def.Decorators[i]
		if !fr.mayWrap(f, d) {
			continue
		}
		dv := sub.expr(st, d)
		if dv.fn == nil || dv.class != nil || dv.recv != nil || !callShapeOf(dv.fn).returnsClosure || !sub.canInline() {
			continue
		}
		args := &argVals{pos: []*value{v}, posExpr: []*pyfront.Expr{d}, kw: map[string]*value{}, kwExpr: map[string]*pyfront.Expr{}}
		var r *value
		if dv.fields != nil {
			r = sub.inlineClosure(st, callee{fn: dv.fn, qname: dv.fn.qname, captured: dv.fields}, args)
		} else {
			r = sub.inlineCall(callee{fn: dv.fn, qname: dv.fn.qname}, args)
		}
		if r == nil || r.fn == nil || r.class != nil || r.fields == nil {
			return nil // not a closure: what the call runs is unknown
		}
		v, wrapped = r, true
	}
	if !wrapped {
		return nil
	}
	return v
}

// mayWrap: decorator d of f names a project function (itself, or the
// factory it calls), so that it may replace f with a wrapper.
func (fr *frame) mayWrap(f *function, d *pyfront.Expr) bool {
	if d.Kind == pyfront.Call {
		d = d.X
	}
	if d == nil {
		return false
	}
	name := d.Dotted()
	if name == "" {
		return false
	}
	g, _ := fr.a.p.lookup(fr.a.p.qualify(f.mod, name), f.mod)
	return g != nil && g.cls == nil
}

// closureOf is a nested function value returned from an inlined body,
// holding the values of the names its body reads that the body bound
// (the wrapper a decorator returns holds the function it wraps).
func closureOf(st *state, v *value) *value {
	fields := map[string]*value{}
	pyfront.Walk(v.fn.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(e *pyfront.Expr) {
			if e.Kind == pyfront.Name {
				if _, done := fields[e.Text]; !done {
					if bv, ok := st.get(e.Text); ok {
						fields[e.Text] = bv
					}
				}
			}
		})
		return true
	})
	out := *v
	out.fields = fields
	return &out
}

// maxInline bounds closures inlined into one another; maxInlinedBodies
// bounds the closure bodies inlined into one function's analysis (beyond
// it, calls use the closures' summaries).
const (
	maxInline        = 4
	maxInlinedBodies = 256
)

// isClosureHere: f is a function defined inside the body being analyzed.
func (fr *frame) isClosureHere(f *function) bool {
	return fr.canInline() && f.cls == nil && fr.a.p.definedIn(f, fr.fn)
}

// canInline: the inlining depth and budget allow one more closure body.
func (fr *frame) canInline() bool {
	return fr.inlined < maxInline && fr.res.inlinedBodies < maxInlinedBodies
}

// inlineClosure runs a nested function's body at its call with the
// caller's current variables visible, as the closure sees them in Python
// (its summary, computed alone, cannot know them). Writes to nonlocal
// names flow back to the caller.
func (fr *frame) inlineClosure(st *state, c callee, args *argVals) *value {
	f := c.fn
	actual := fr.bindArgs(f, c, args)
	inner := st.copy()
	if c.captured != nil {
		// A closure made elsewhere sees what its factory captured, not
		// the caller's variables.
		inner = newState()
		for name, v := range c.captured {
			inner.set(name, v)
		}
	}
	for i, p := range f.params {
		v := actual[i]
		if v == nil {
			v = clean
			if p.Default != nil {
				v = fr.expr(st, p.Default)
			}
		}
		inner.set(p.Name, v)
	}
	fr.res.inlinedBodies++
	// (A closure made by a factory of another module reads that module's
	// globals.)
	sub := &frame{a: fr.a, fn: f, mod: f.mod, res: fr.res, inlined: fr.inlined + 1, nested: fr.nested}
	sub.block(inner, f.def.Body)
	// Parameters of the enclosing function that reach sinks in the
	// closure reach them through the enclosing function too.
	for _, ps := range sub.sum.sinks {
		fr.addParamSink(ps)
	}
	for name, v := range sub.nonlocalWrites {
		if c.captured != nil {
			break // the factory's variables, not the caller's
		}
		if cur, ok := st.get(name); ok {
			v = join(cur, v)
		}
		st.set(name, v)
	}
	if sub.ret == nil {
		return clean
	}
	return sub.ret
}

// publicPick: random.choice of a few constants (an A/B bucket, a banner):
// the outcome is one of a fixed public set, no secret however it is drawn
// (drawn once: repeated draws in a loop or comprehension make a token).
func publicPick(q string, args *argVals) bool {
	if q != "random.choice" || len(args.pos) != 1 {
		return false
	}
	seq := args.pos[0]
	if !seq.exact || len(seq.elems) == 0 || len(seq.elems) > 8 {
		return false
	}
	for _, e := range seq.elems {
		if e.c == nil {
			return false
		}
	}
	return true
}

// statementChain are the SQLAlchemy statement builder methods.
var statementChain = map[string]bool{"where": true, "filter": true, "filter_by": true, "values": true, "order_by": true,
	"limit": true, "offset": true, "join": true, "outerjoin": true, "returning": true, "group_by": true, "having": true,
	"with_only_columns": true, "execution_options": true, "distinct": true, "select_from": true, "on_conflict_do_update": true,
	"on_conflict_do_nothing": true, "add_columns": true, "options": true}

// querySetChain are the Django QuerySet (and Manager) methods that give
// another query set.
var querySetChain = map[string]bool{"filter": true, "exclude": true, "order_by": true, "all": true, "annotate": true,
	"alias": true, "select_related": true, "prefetch_related": true, "distinct": true, "only": true, "defer": true,
	"using": true, "reverse": true, "none": true, "select_for_update": true, "get_queryset": true}

// callbackOf recognises calls that schedule a project function with
// arguments: tasks.add_task(fn, *a) (FastAPI/Starlette), executor.submit(
// fn, *a), loop.run_in_executor(ex, fn, *a), threading.Thread(target=fn,
// args=(...)), and a Celery task's fn.delay(*a) / fn.apply_async(args).
// It returns the function and the arguments it gets; nil otherwise.
func callbackOf(c callee, args *argVals) (*function, *argVals) {
	at := func(i int) *function {
		if i < len(args.pos) && args.pos[i].fn != nil && args.pos[i].recv == nil {
			return args.pos[i].fn
		}
		return nil
	}
	rest := func(from int) *argVals {
		out := &argVals{kw: args.kw, kwExpr: args.kwExpr}
		if from < len(args.pos) {
			out.pos, out.posExpr = args.pos[from:], args.posExpr[from:]
		}
		return out
	}
	switch {
	case c.fn != nil || c.class != nil:
		return nil, nil
	case c.method == "add_task" || c.method == "submit":
		if f := at(0); f != nil {
			return f, rest(1)
		}
	case c.method == "run_in_executor":
		if f := at(1); f != nil {
			return f, rest(2)
		}
	case c.qname == "threading.Thread" || c.qname == "multiprocessing.Process" || c.qname == "threading.Timer":
		target := args.kw["target"]
		if c.qname == "threading.Timer" {
			target, _ = args.get(1, "function")
		}
		if target == nil || target.fn == nil {
			return nil, nil
		}
		out := tupleArgs(args.kw["args"], args.kwExpr["args"])
		if kw := args.kw["kwargs"]; kw != nil && kw.exact {
			for k, v := range kw.keys {
				if strings.HasPrefix(k, "s:") {
					out.kw[k[2:]] = v
					out.kwExpr[k[2:]] = args.kwExpr["kwargs"]
				}
			}
		}
		return target.fn, out
	case c.recv != nil && c.recv.fn != nil && c.recv.recv == nil && c.method == "delay":
		return c.recv.fn, args
	case c.recv != nil && c.recv.fn != nil && c.recv.recv == nil && c.method == "apply_async":
		return c.recv.fn, tupleArgs(args.get(0, "args"))
	}
	return nil, nil
}

// tupleArgs are the positional arguments a known tuple (args=(a, b))
// passes on; none when it is not known.
func tupleArgs(t *value, e *pyfront.Expr) *argVals {
	out := &argVals{kw: map[string]*value{}, kwExpr: map[string]*pyfront.Expr{}}
	if t != nil && t.exact {
		out.pos = t.elems
		for range t.elems {
			out.posExpr = append(out.posExpr, e)
		}
	}
	return out
}

// overrides: sub (a project subclass of base) defines a method base (or
// one of its bases) also has.
func (p *program) overrides(sub, base *class) bool {
	for name := range sub.methods {
		if name != "__init__" && p.method(base, name) != nil {
			return true
		}
	}
	return false
}

// callShape is what decides whether a call runs the callee's body with
// the caller's arguments.
type callShape struct {
	// small: a short function or method (no nested definitions, no
	// global or nonlocal names), cheap to run at a call.
	small bool
	// star: it takes *args or **kwargs (a summary joins them).
	star bool
	// tested are the parameters a condition of its body reads.
	tested map[string]bool
	// yieldsInOrder: a generator whose yields are all statements of its
	// body's top level (so they run in order, each once).
	yieldsInOrder bool
	// generator: it yields.
	generator bool
	// writesSelf: a method that assigns attributes of its receiver (a
	// setter: its summary carries the writes to the caller's instance).
	writesSelf bool
	// returnsClosure: its body defines a function at its top level and
	// returns it by name (a decorator's wrapper, a factory's closure).
	returnsClosure bool
	// keys are the parameters a method uses as keys into a container held
	// by a field of self (self.items[key], self.items.get(key)).
	keys map[string]bool
	// changesSelf: a method that assigns attributes of self or changes a
	// container one holds (self.items[k] = v, self.items.append(v)): run
	// in place, what it leaves in self's fields is the caller's instance's.
	changesSelf bool
}

// maxContextStmts bounds the statements of a function run at its calls.
const maxContextStmts = 40

func callShapeOf(f *function) *callShape {
	if sh := f.shape.Load(); sh != nil {
		return sh
	}
	sh := &callShape{small: f.def != nil, tested: map[string]bool{}}
	params := map[string]bool{}
	for _, p := range f.params {
		sh.star = sh.star || p.Star != ""
		params[p.Name] = true
	}
	testedIn := func(e *pyfront.Expr) {
		pyfront.WalkExpr(e, func(x *pyfront.Expr) {
			switch {
			case x.Kind == pyfront.Name && params[x.Text]:
				sh.tested[x.Text] = true
			case f.cls != nil && len(f.params) > 0 && x.Kind == pyfront.Attr && x.X != nil && x.X.Kind == pyfront.Name && x.X.Text == f.params[0].Name:
				sh.tested["."+x.Text] = true // a field of self the body tests
			}
		})
	}
	n, yields, topYields := 0, 0, 0
	if f.def != nil {
		for _, s := range f.def.Body {
			if s.Kind == pyfront.ExprStmt && s.Value != nil && s.Value.Kind == pyfront.Yield {
				topYields++
			}
		}
		pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
			if s.Kind == pyfront.DelStmt {
				for _, t := range s.Targets {
					sh.changesSelf = sh.changesSelf || t.Kind == pyfront.Subscript && isSelfField(f, t.X)
				}
			}
			if f.cls != nil && len(f.params) > 0 && (s.Kind == pyfront.AssignStmt || s.Kind == pyfront.AugAssignStmt) {
				for _, t := range s.Targets {
					if (t.Kind == pyfront.Attr || t.Kind == pyfront.Subscript) && t.X != nil && t.X.Kind == pyfront.Name && t.X.Text == f.params[0].Name {
						sh.writesSelf = true
					}
					if t.Kind == pyfront.Subscript && isSelfField(f, t.X) {
						sh.changesSelf = true
					}
				}
			}
			n++
			switch s.Kind {
			case pyfront.FuncStmt, pyfront.ClassStmt, pyfront.ScopeStmt:
				sh.small = false
				return false
			case pyfront.IfStmt, pyfront.AssertStmt:
				testedIn(s.Test)
			case pyfront.BlockStmt:
				if s.Op == "while" {
					testedIn(s.Test)
				}
			}
			pyfront.StmtExprs(s, func(e *pyfront.Expr) {
				switch e.Kind {
				case pyfront.Yield:
					yields++
				case pyfront.IfExp:
					testedIn(e.Cond())
				case pyfront.Subscript, pyfront.Call:
					if e.Kind == pyfront.Call && e.X != nil && e.X.Kind == pyfront.Attr && isSelfField(f, e.X.X) {
						sh.changesSelf = true // self.items.append(v), self.items.pop()
					}
					if k := selfFieldKey(f, e); k != "" && params[k] {
						if sh.keys == nil {
							sh.keys = map[string]bool{}
						}
						sh.keys[k] = true
					}
				}
			})
			return true
		})
	}
	sh.small = sh.small && n <= maxContextStmts
	sh.returnsClosure = returnsNestedDef(f)
	sh.yieldsInOrder = yields > 0 && yields == topYields
	sh.generator = yields > 0
	f.shape.Store(sh)
	return sh
}

// selfFieldKey is the name used as the key in self.F[name] or
// self.F.get(name, ...) (pop, setdefault) in a method f, or "".
func selfFieldKey(f *function, e *pyfront.Expr) string {
	var key *pyfront.Expr
	switch {
	case e.Kind == pyfront.Subscript && isSelfField(f, e.X):
		key = e.Y
	case e.Kind == pyfront.Call && e.X != nil && e.X.Kind == pyfront.Attr && lookupMethod(e.X.Text) && isSelfField(f, e.X.X) && len(e.Args()) > 0:
		key = e.Args()[0]
	}
	if key == nil || key.Kind != pyfront.Name {
		return ""
	}
	return key.Text
}

// isSelfField: x is self.F in a method f.
func isSelfField(f *function, x *pyfront.Expr) bool {
	return f.cls != nil && len(f.params) > 0 && x != nil && x.Kind == pyfront.Attr && x.X != nil && x.X.Kind == pyfront.Name && x.X.Text == f.params[0].Name
}

// returnsNestedDef: f's body defines a function and returns it by name.
func returnsNestedDef(f *function) bool {
	if f.def == nil {
		return false
	}
	defs := map[string]bool{}
	for _, s := range f.def.Body {
		if s.Kind == pyfront.FuncStmt {
			defs[s.Name] = true
		}
	}
	for _, s := range f.def.Body {
		if s.Kind == pyfront.ReturnStmt && s.Value != nil && s.Value.Kind == pyfront.Name && defs[s.Value.Text] {
			return true
		}
	}
	return false
}

// wantsContext: a call to a small project function whose arguments decide
// more than its summary keeps: a constant the callee tests (norm(x,
// strict=True) takes one branch), or input among arguments gathered by
// *args/**kwargs (the summary joins them; the body reads one). Only calls
// that pass input are worth it.
func (fr *frame) wantsContext(c callee, args *argVals) bool {
	f := c.fn
	if c.captured != nil || f == fr.fn || fr.inlined >= 2 || !fr.canInline() || len(fr.a.p.spec.sanitizers.exact[c.qname]) > 0 {
		return false
	}
	if f.cls != nil {
		// A method runs at the call only on an instance the caller holds
		// (not on the caller's own self: its summary records what it
		// reads and sets of self), and not as a class or static method.
		if c.recv == nil || c.recv.self || c.recv.classRef || c.recv.class == nil || isStatic(f) || isClassMethod(f) {
			return false
		}
	}
	tainted := false
	if f.cls != nil {
		for _, v := range c.recv.fields {
			tainted = tainted || v.taintOf().Tainted()
		}
	}
	for _, v := range args.pos {
		tainted = tainted || v.taintOf().Tainted()
	}
	for _, v := range args.kw {
		tainted = tainted || v.taintOf().Tainted()
	}
	sh := callShapeOf(f)
	if !sh.small || sh.writesSelf {
		return false
	}
	if f.cls != nil && c.recv.class != f.cls && fr.a.p.overrides(c.recv.class, f.cls) {
		// An inherited method on a subclass instance that overrides some
		// of its methods: self.transform() in the body is the subclass's,
		// which may read input itself (even when nothing passed is).
		return true
	}
	if !tainted {
		return false
	}
	if sh.star || sh.yieldsInOrder {
		return true
	}
	if f.cls != nil {
		// A field of the instance the body tests holds a constant
		// (Checker(strict=True)(x)): that branch alone.
		for k, v := range c.recv.fields {
			if v.c != nil && sh.tested["."+k] {
				return true
			}
		}
	}
	if len(sh.tested) == 0 && len(sh.keys) == 0 {
		return false
	}
	for i, v := range fr.bindArgs(f, c, args) {
		p := f.params[i]
		if !sh.tested[p.Name] && !sh.keys[p.Name] {
			continue
		}
		// A constant the body tests, passed or left to its default
		// (choose(x) with use_value=False).
		if v != nil && v.c != nil {
			return true
		}
	}
	return false
}

// inlineCall runs a project function's body with the actual arguments
// (see wantsContext). Sinks inside report the caller's input directly,
// and the caller's parameters that reach them join its summary, as for an
// inlined closure.
func (fr *frame) inlineCall(c callee, args *argVals) *value {
	actual := fr.bindArgs(c.fn, c, args)
	return fr.runInline(c.fn, func(sub *frame, i int, p pyfront.Param) *value {
		if v := actual[i]; v != nil {
			return v
		}
		if p.Default != nil {
			return sub.expr(newState(), p.Default)
		}
		return clean
	})
}

// runInline runs f's body in a frame of its own below fr, each parameter
// bound to what param gives, and returns what it returns (a generator
// with straight-line yields: its yields, in order).
func (fr *frame) runInline(f *function, param func(sub *frame, i int, p pyfront.Param) *value) *value {
	sub := &frame{a: fr.a, fn: f, mod: f.mod, res: fr.res, inlined: fr.inlined + 1, nested: fr.nested}
	sub.keepReturned = f.cls != nil && len(f.params) > 0 && (callShapeOf(f).changesSelf || callShapeOf(f).writesSelf)
	inner := newState()
	for i, p := range f.params {
		inner.set(p.Name, param(sub, i, p))
	}
	fr.res.inlinedBodies++
	ordered := callShapeOf(f).yieldsInOrder
	if ordered {
		sub.yields = &[]*value{}
	}
	out := sub.block(inner, f.def.Body)
	for _, ps := range sub.sum.sinks {
		fr.addParamSink(ps)
	}
	fr.inlinedWrites = sub.sum.paramWrites
	fr.inlinedFields = nil
	if out = joinStates(out, sub.returned); sub.keepReturned && !out.dead {
		// self.items[key] = value run in place: the instance's container
		// now has that key (the body's own bindings of self.x, at its end
		// and at its returns; inner held only the parameters).
		prefix := f.params[0].Name + "."
		for k, v := range out.all() {
			if name, ok := strings.CutPrefix(k, prefix); ok && !strings.Contains(name, ".") {
				if fr.inlinedFields == nil {
					fr.inlinedFields = map[string]*value{}
				}
				fr.inlinedFields[name] = v
			}
		}
	}
	if ordered {
		// What iterating the generator gives, in order.
		return &value{container: true, exact: true, elems: *sub.yields}
	}
	if sub.ret == nil {
		return clean
	}
	return sub.ret
}

// isRecordClass: a class whose generated __init__ assigns each declared
// field from its argument (dataclasses, typing.NamedTuple, pydantic and
// attrs models), here or in a project base.
func (p *program) isRecordClass(c *class) bool {
	for depth := 0; c != nil && depth < 10; depth++ {
		for _, d := range c.def.Decorators {
			callee := d
			if d.Kind == pyfront.Call && d.X != nil {
				callee = d.X
			}
			switch lastPart(callee.Dotted()) {
			case "dataclass", "define", "frozen", "attrs", "s":
				return true
			}
		}
		for _, b := range c.bases {
			switch lastPart(b) {
			case "NamedTuple", "BaseModel":
				return true
			}
		}
		c = p.firstBase(c)
	}
	return false
}

// recordFields lists a record class's annotated fields in order.
func recordFields(c *class) []string {
	var names []string
	for _, s := range c.def.Body {
		if s.Kind == pyfront.AssignStmt && s.Annot != nil && len(s.Targets) == 1 && s.Targets[0].Kind == pyfront.Name {
			names = append(names, s.Targets[0].Text)
		}
	}
	return names
}

// dictFromPairs builds an exact dict from an exact list of constant-keyed
// pairs: dict([("a", x), ("b", y)]).
func dictFromPairs(v *value) *value {
	if v == nil || !v.exact || v.keys != nil {
		return nil
	}
	out := &value{container: true, exact: true, keys: map[string]*value{}}
	for _, p := range v.elems {
		if !p.exact || p.keys != nil || len(p.elems) != 2 || p.elems[0].c == nil {
			return nil
		}
		k, ok := p.elems[0].c.key()
		if !ok {
			return nil
		}
		out.keys[k] = p.elems[1]
	}
	return out
}

// namedArgs gives the values a format_map or substitute call can name: its
// keyword arguments and the constant keys of an exact dict argument. Nil
// when some name is unknown (**kwargs, a dict built elsewhere).
func namedArgs(args *argVals) *argVals {
	out := &argVals{kw: map[string]*value{}}
	if len(args.pos) > 1 {
		return nil
	}
	if len(args.pos) == 1 {
		m := args.pos[0]
		if !m.exact || m.keys == nil {
			return nil
		}
		for k, v := range m.keys {
			if strings.HasPrefix(k, "s:") {
				out.kw[k[2:]] = v
			}
		}
	}
	for k, v := range args.kw {
		if k == "**" {
			return nil
		}
		out.kw[k] = v
	}
	return out
}

var templateField = regexp.MustCompile(`\$(?:([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\})`)

// templateTaint is the taint of the values a string.Template names.
func templateTaint(tmpl string, args *argVals) taint.Taint {
	var t taint.Taint
	for _, m := range templateField.FindAllStringSubmatch(strings.ReplaceAll(tmpl, "$$", ""), -1) {
		name := m[1] + m[2]
		if v := args.kw[name]; v != nil {
			t = taint.Join(t, v.taintOf())
		}
	}
	return t
}

// dictView models d.items(), d.values() and d.keys() of a dict with
// constant keys. The dict model keeps no key order, so every position holds
// the join of all entries: exact in length and in pairing (a constant key
// stays apart from a tainted value), and sound wherever order would matter.
func dictView(cur *value, method string) *value {
	if !cur.exact || cur.keys == nil || len(cur.keys) == 0 {
		return nil
	}
	var each *value
	for k, v := range cur.keys {
		switch method {
		case "items":
			each = join(each, &value{container: true, exact: true, elems: []*value{keyConstant(k), v}})
		case "values":
			each = join(each, v)
		default:
			each = join(each, keyConstant(k))
		}
	}
	out := &value{container: true, exact: true, elems: make([]*value, len(cur.keys))}
	for i := range out.elems {
		out.elems[i] = each
	}
	return out
}

// mappingResult are library calls that always return a dict (or a list of
// pairs), never a string.
var mappingResult = map[string]bool{
	"jwt.decode": true, "jwt.api_jwt.decode": true, "jwt.decode_complete": true, "jwt.api_jwt.decode_complete": true,
	"jwt.get_unverified_header": true, "jose.jwt.decode": true, "jose.jwt.get_unverified_claims": true, "jose.jwt.get_unverified_header": true,
	"urllib.parse.parse_qs": true, "urllib.parse.parse_qsl": true,
}

// asyncpgQuery are the asyncpg query methods beside execute (which every
// database object has) that an untyped receiver is taken to run when the
// project uses asyncpg.
var asyncpgQuery = map[string]bool{"fetch": true, "fetchrow": true, "fetchval": true}

// unescapedTemplate is the source of a constant Jinja2 template compiled
// without autoescape (jinja2.Template("...") by default, from_string on an
// Environment without autoescape), kept for its render(); "" otherwise.
func unescapedTemplate(c callee, args *argVals) string {
	if !(c.qname == "jinja2.Template" && autoescapeOff(args) || c.method == "from_string" && c.recv != nil && c.recv.typ == "jinja2.Unescaped") {
		return ""
	}
	if len(args.pos) == 0 || args.pos[0].c == nil || args.pos[0].c.kind != kStr {
		return ""
	}
	return args.pos[0].c.s
}

// autoescapeOff: a Jinja2 Environment or Template call without autoescape=
// (off by default) or with autoescape=False.
func autoescapeOff(args *argVals) bool {
	v, ok := args.kw["autoescape"]
	if !ok {
		_, spread := args.kw["**"]
		return !spread
	}
	return v != nil && v.c != nil && (v.c.kind == kBool && !v.c.b || v.c.kind == kNone)
}

var (
	jinjaOutput  = regexp.MustCompile(`\{\{-?(.*?)-?\}\}`)
	jinjaEscaped = regexp.MustCompile(`\|\s*(e|escape|forceescape|tojson|int|float|length|urlencode)\b`)
	jinjaName    = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)
	jinjaAssigns = regexp.MustCompile(`\{%-?\s*(set|with|macro|include|import|from|call)\b`)
	jinjaFor     = regexp.MustCompile(`\{%-?\s*for\s+([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s+in\s+([A-Za-z_]\w*)`)
)

// unescapedRenderTaint is the taint render() of a template without
// autoescape gives: the arguments the template prints without an escaping
// filter ({{ x }}, not {{ x|e }}), a loop variable standing for its list
// ({% for x in xs %}); with arguments spread from an unknown mapping, all
// of them.
func unescapedRenderTaint(tmpl string, args *argVals) taint.Taint {
	printed := map[string]bool{}
	for _, m := range jinjaOutput.FindAllStringSubmatch(tmpl, -1) {
		if !jinjaEscaped.MatchString(m[1]) {
			for _, n := range jinjaName.FindAllString(m[1], -1) {
				printed[n] = true
			}
		}
	}
	if len(printed) == 0 {
		return taint.Taint{}
	}
	if jinjaAssigns.MatchString(tmpl) {
		// {% set %}, {% with %}, macros and includes pass values under
		// other names: any name the template uses may be printed raw.
		for _, n := range jinjaName.FindAllString(tmpl, -1) {
			printed[n] = true
		}
	} else {
		for _, m := range jinjaFor.FindAllStringSubmatch(tmpl, -1) {
			if printed[m[1]] || m[2] != "" && printed[m[2]] {
				printed[m[3]] = true
			}
		}
	}
	named := namedArgs(args)
	if named == nil {
		return args.all()
	}
	var t taint.Taint
	for k, v := range named.kw {
		if printed[k] {
			t = taint.Join(t, v.taintOf())
		}
	}
	return t
}

// renderContextTaint is the taint a template without autoescape prints
// from a context dict (as unescapedRenderTaint does for keyword
// arguments).
func renderContextTaint(tmpl string, ctx *value) taint.Taint {
	return unescapedRenderTaint(tmpl, &argVals{pos: []*value{ctx}})
}

// isDjangoModel: the class derives from Django's Model (directly, through
// the auth models, or through project bases).
func (p *program) isDjangoModel(c *class) bool {
	return p.derivesFromDjango(c, ".Model", ".AbstractUser", ".AbstractBaseUser")
}

// isQuerySet: a Django query set or manager (the default manager, one
// derived from it, or a query set made from them).
func (p *program) isQuerySet(v *value) bool {
	return v.typ == "django.QuerySet" || v.class != nil && p.derivesFromDjango(v.class, ".QuerySet", ".Manager", ".BaseManager")
}

// derivesFromDjango: one of the class's bases, or of its project bases',
// is a Django class whose name ends with one of the suffixes.
func (p *program) derivesFromDjango(c *class, suffixes ...string) bool {
	return p.derivesFrom(c, func(b string) bool {
		return strings.HasPrefix(b, "django.") && slices.ContainsFunc(suffixes, func(s string) bool { return strings.HasSuffix(b, s) })
	})
}

// derivesFrom: one of the class's bases, or of its project bases', is a
// (library) base that match accepts.
func (p *program) derivesFrom(c *class, match func(base string) bool) bool {
	for depth := 0; c != nil && depth < 10; depth++ {
		if slices.ContainsFunc(c.bases, match) {
			return true
		}
		c = p.firstBase(c)
	}
	return false
}

// isEnumClass: a project class derived from Enum (or IntEnum, Flag ...):
// its values are its members.
func (p *program) isEnumClass(c *class) bool {
	return p.derivesFrom(c, func(b string) bool {
		switch lastPart(b) {
		case "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag":
			return true
		}
		return false
	})
}

// formCleanedData is form.cleaned_data of a bound Django form (forms.Form,
// not a ModelForm, whose fields come from its model): a dict of its
// declared fields, where the ones Django converts or checks against a
// fixed set (IntegerField, DateField, ChoiceField, SlugField ...) hold no
// injection and text fields hold the input. Nil when that is not known: no
// fields, or a clean() or clean_<field>() of the form may change them.
func (p *program) formCleanedData(c *class, t taint.Taint) *value {
	if !p.derivesFromDjango(c, "forms.Form", "forms.forms.Form") {
		return nil
	}
	keys := map[string]*value{}
	for k, depth := c, 0; k != nil && depth < 10; depth++ {
		for _, s := range k.def.Body {
			if s.Kind == pyfront.FuncStmt && (s.Name == "clean" || strings.HasPrefix(s.Name, "clean_")) {
				return nil
			}
			if s.Kind != pyfront.AssignStmt || len(s.Targets) != 1 || s.Targets[0].Kind != pyfront.Name || s.Value == nil || s.Value.Kind != pyfront.Call {
				continue
			}
			name := s.Targets[0].Text
			if _, seen := keys["s:"+name]; seen {
				continue // overridden in a subclass
			}
			if field := s.Value.CalleeName(); strings.HasSuffix(field, "Field") {
				if checkedFormField[field] {
					keys["s:"+name] = clean
				} else {
					keys["s:"+name] = &value{t: t}
				}
			}
		}
		k = p.firstBase(k)
	}
	if len(keys) == 0 {
		return nil
	}
	return &value{container: true, exact: true, keys: keys}
}

// checkedFormField are the Django form fields whose cleaned value is a
// number, date, boolean, UUID, model instance, slug or one of fixed
// choices.
var checkedFormField = map[string]bool{"IntegerField": true, "FloatField": true, "DecimalField": true, "BooleanField": true,
	"NullBooleanField": true, "DateField": true, "DateTimeField": true, "TimeField": true, "DurationField": true,
	"UUIDField": true, "ChoiceField": true, "TypedChoiceField": true, "MultipleChoiceField": true,
	"TypedMultipleChoiceField": true, "ModelChoiceField": true, "ModelMultipleChoiceField": true, "SlugField": true,
	"GenericIPAddressField": true}

// callDunder runs a special method (__str__, __getitem__, __enter__ ...) a
// project class defines on an instance of it, with the arguments given;
// nil when the class has none.
func (fr *frame) callDunder(st *state, e *pyfront.Expr, recv *value, name string, pos []*value) *value {
	f := fr.a.p.method(recv.class, name)
	if f == nil || f.def == nil {
		return nil
	}
	return fr.callOn(st, e, recv, f, pos)
}

// callOn runs method f on recv (the value of the expression e) with the
// positional arguments pos, as the call e.f(*pos) written in the code
// would: so that fields the method sets reach the variable e names.
func (fr *frame) callOn(st *state, e *pyfront.Expr, recv *value, f *function, pos []*value) *value {
	args := &argVals{pos: pos, kw: map[string]*value{}, kwExpr: map[string]*pyfront.Expr{}}
	for range pos {
		args.posExpr = append(args.posExpr, e)
	}
	call := &pyfront.Expr{Kind: pyfront.Call, X: &pyfront.Expr{Kind: pyfront.Attr, X: e, Text: f.name, Pos: e.Pos, Src: e.Src}, Pos: e.Pos, Src: e.Src}
	c := callee{fn: f, recv: recv, qname: f.qname, method: f.name}
	if fr.wantsContext(c, args) {
		return fr.inlineCall(c, args)
	}
	return fr.applySummary(st, call, c, args)
}

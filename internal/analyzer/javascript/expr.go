package javascript

import (
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
)

// exprNamed evaluates the initializer of a declaration; a function value
// takes the declared name (for summaries and traces).
func (a *analysis) exprNamed(n *node, e *env, fr *frame, name *node) *value {
	v := a.expr(n, e, fr)
	if v.fn != nil && v.fn.name == "" && name != nil && name.kind == "identifier" {
		v.fn.name = name.text
	}
	return v
}

// expr evaluates an expression.
func (a *analysis) expr(n *node, e *env, fr *frame) *value {
	if n == nil {
		return &value{}
	}
	a.tick()
	switch n.kind {
	case "string":
		return constStr(n.text)
	case "template_string":
		return a.template(n, e, fr)
	case "number":
		return &value{falsy: n.text == "0", truthy: n.text != "0"}
	case "true":
		return &value{truthy: true}
	case "false", "null", "undefined":
		return &value{falsy: true}
	case "identifier":
		return a.identifier(n, e)
	case "this":
		return &value{}
	case "parenthesized_expression", "await_expression", "spread_element", "non_null_expression":
		var v *value
		for _, k := range n.kids {
			v = a.expr(k, e, fr)
		}
		if v == nil {
			return &value{}
		}
		return v
	case "sequence_expression":
		var v *value
		for _, k := range n.kids {
			v = a.expr(k, e, fr)
		}
		return v
	case "member_expression":
		return a.member(n, e, fr)
	case "subscript_expression":
		return a.subscript(n, e, fr)
	case "assignment_expression":
		return a.assign(n, e, fr)
	case "augmented_assignment_expression":
		return a.augmented(n, e, fr)
	case "binary_expression":
		return a.binary(n, e, fr)
	case "unary_expression":
		v := a.expr(n.child("argument"), e, fr)
		if n.op == "!" {
			return &value{truthy: v.falsy, falsy: v.truthy}
		}
		return &value{}
	case "ternary_expression":
		return a.ternary(n, e, fr)
	case "call_expression":
		return a.callExpr(n, e, fr)
	case "new_expression":
		return a.newExpr(n, e, fr)
	case "arrow_function", "function_expression", "function", "generator_function":
		return a.closure(n, e, fr, nil)
	case "class":
		return &value{truthy: true, cls: a.class(n, e)}
	case "array":
		out := &value{truthy: true}
		for _, k := range n.kids {
			out.labels = addLabels(out.labels, a.expr(k, e, fr).labels...)
		}
		return out
	case "object":
		return a.object(n, e, fr)
	case "jsx_element", "jsx_self_closing_element", "jsx_fragment", "jsx_opening_element", "jsx_expression", "jsx_attribute":
		a.jsx(n, e, fr)
		return &value{}
	}
	// Anything else (update expressions, regexes, yield ...): analyze the
	// parts for their side effects; the value is not a tainted string.
	for _, k := range n.kids {
		a.expr(k, e, fr)
	}
	return &value{}
}

func (a *analysis) template(n *node, e *env, fr *frame) *value {
	out := constStr("")
	for _, k := range n.kids {
		switch k.kind {
		case "string_fragment", "escape_sequence":
			out = concat(out, constStr(k.text))
		case "template_substitution":
			var v *value
			for _, kk := range k.kids {
				v = a.expr(kk, e, fr)
			}
			if v == nil {
				v = &value{}
			}
			if !v.isStr {
				v = &value{labels: allLabels(v)}
			}
			out = concat(out, v)
		}
	}
	return out
}

// identifier resolves a name: a variable of the file, or one of the
// browser's globals that matter (location, window, document, storage).
func (a *analysis) identifier(n *node, e *env) *value {
	if v, ok := e.get(n.text); ok {
		if v.state != nil {
			// A React state variable: what it holds now.
			if v.state.v == nil {
				return &value{}
			}
			return v.state.v
		}
		return v
	}
	switch n.text {
	case "location":
		return a.locationValue(n)
	case "window", "self", "globalThis":
		return &value{truthy: true, glob: "window"}
	case "document":
		return &value{truthy: true, glob: "document"}
	case "localStorage", "sessionStorage":
		return &value{truthy: true, glob: "storage"}
	case "undefined", "NaN":
		return &value{falsy: true}
	}
	return &value{}
}

// locationValue is the location object: itself a source (its string form
// is the whole URL) whose properties are sources too.
func (a *analysis) locationValue(n *node) *value {
	return &value{truthy: true, loc: true, labels: []*label{a.sourceLabel(n, "location", leadSafe)}}
}

// sourceLabel makes the label of a source at node n. Sources are cached by
// position so that every round and loop pass sees the same one.
func (a *analysis) sourceLabel(n *node, name string, ld lead) *label {
	src := a.sources[n.start]
	if src == nil || src.name != name {
		src = &source{name: name, step: a.stepAt(n, "source: "+name)}
		a.sources[n.start] = src
	}
	return &label{src: src, param: -1, mask: kAll, lead: ld, trace: []finding.Step{src.step}}
}

// member evaluates obj.prop.
func (a *analysis) member(n *node, e *env, fr *frame) *value {
	obj := n.child("object")
	prop := n.child("property")
	if prop == nil {
		return &value{}
	}
	if path := accessPath(obj, prop); path != "" {
		if v, ok := e.get(path); ok {
			return v
		}
	}
	if obj.kind == "this" {
		return a.classMember(fr.class, prop.text, n)
	}
	ov := a.expr(obj, e, fr)
	if ov.event && prop.text == "origin" && obj.kind == "identifier" {
		return &value{originOf: []string{obj.text}, truthy: true}
	}
	return a.property(ov, prop.text, n)
}

// storageItem is an item read from localStorage or sessionStorage: text
// the attacker may have stored (through another flaw), at medium confidence.
func (a *analysis) storageItem(n *node, what string) *value {
	l := a.sourceLabel(n, what, leadAttacker)
	l.conf = finding.ConfidenceMedium
	return &value{labels: []*label{l}}
}

// classMember is this.name or instance.name for a class of the file: a
// getter's return value, or what the class's methods stored there.
func (a *analysis) classMember(cls, name string, n *node) *value {
	if fd := a.getters[cls+"#"+name]; fd != nil {
		return a.applySummary(fd, nil, n)
	}
	if v := a.fields[cls+"#"+name]; v != nil {
		return v
	}
	return &value{}
}

// accessPath is the env key of a simple access path (this.name, cfg.url).
func accessPath(obj, prop *node) string {
	if obj == nil || prop == nil {
		return ""
	}
	switch obj.kind {
	case "this":
		return "this." + prop.text
	case "identifier":
		return obj.text + "." + prop.text
	}
	return ""
}

// property is the value of ov.name.
func (a *analysis) property(ov *value, name string, n *node) *value {
	switch {
	case ov.loc:
		return a.locationProperty(name, n)
	case ov.event:
		if name == "data" {
			return &value{labels: []*label{a.sourceLabel(n, "event.data (postMessage)", leadAttacker)}}
		}
		return &value{}
	case ov.glob == "window":
		return a.windowProperty(name, n)
	case ov.glob == "document":
		return a.documentProperty(name, n)
	case ov.glob == "storage":
		// localStorage.draft: an item read as a property, like getItem.
		switch name {
		case "length", "getItem", "setItem", "removeItem", "clear", "key":
			return &value{}
		}
		return a.storageItem(n, "Web Storage item")
	case ov.cls != "":
		return a.classMember(ov.cls, name, n)
	case ov.nodes:
		// doc.body.childNodes of parsed markup: still those nodes.
		out := breakLead(ov)
		out.nodes, out.truthy = true, true
		return out
	case ov.fields != nil:
		v := ov.fields[name]
		if ov.tainted() {
			// An object literal joined with parsed input (a JSON.parse in
			// a try, a literal in the catch): the input's fields too.
			own := breakLead(ov)
			if v == nil {
				return own
			}
			return join(v, own)
		}
		if v != nil {
			return v
		}
		return &value{}
	}
	switch name {
	case "length":
		return &value{}
	case "contentDocument", "ownerDocument":
		// An iframe's (same-origin) document: write() parses markup.
		return &value{truthy: true, glob: "document"}
	case "pathname", "search", "hash":
		// URL parts after the scheme: never a javascript: URL on their own.
		return mapLabels(ov, func(l *label) *label { return l.with(l.mask, leadSafe) })
	}
	return breakLead(ov)
}

func (a *analysis) locationProperty(name string, n *node) *value {
	switch name {
	case "href":
		// Always starts with the page's own scheme.
		return &value{labels: []*label{a.sourceLabel(n, "location.href", leadSafe)}}
	case "hash", "search", "pathname":
		return &value{labels: []*label{a.sourceLabel(n, "location."+name, leadSafe)}}
	}
	// origin, host, protocol ... are not attacker-controlled; methods are
	// handled by calls.
	return &value{}
}

func (a *analysis) windowProperty(name string, n *node) *value {
	switch name {
	case "location":
		return a.locationValue(n)
	case "name":
		return &value{labels: []*label{a.sourceLabel(n, "window.name", leadAttacker)}}
	case "document":
		return &value{truthy: true, glob: "document"}
	case "localStorage", "sessionStorage":
		return &value{truthy: true, glob: "storage"}
	}
	return &value{}
}

func (a *analysis) documentProperty(name string, n *node) *value {
	switch name {
	case "location":
		return a.locationValue(n)
	case "URL", "documentURI", "baseURI":
		return &value{labels: []*label{a.sourceLabel(n, "document."+name, leadSafe)}}
	case "referrer":
		// Browsers only send http(s) referrers: the scheme is not the attacker's.
		return &value{labels: []*label{a.sourceLabel(n, "document.referrer", leadSafe)}}
	}
	return &value{}
}

// subscript evaluates obj[index].
func (a *analysis) subscript(n *node, e *env, fr *frame) *value {
	if obj, idx := unparen(n.child("object")), n.child("index"); obj != nil && idx != nil && idx.kind == "number" && idx.text == "0" && isSplitCall(obj) {
		// s.split(sep)[0]: the start of s, whatever follows the separator
		// (location.href.split("#")[0] still starts with this page's URL).
		recv := a.expr(obj.child("function").child("object"), e, fr)
		for _, k := range argNodes(obj) {
			a.expr(k, e, fr)
		}
		if !recv.tainted() {
			return &value{}
		}
		return keepLead(recv)
	}
	ov := a.expr(n.child("object"), e, fr)
	iv := a.expr(n.child("index"), e, fr)
	if iv.isStr {
		return a.property(ov, iv.str, n)
	}
	if ov.fields != nil {
		out := &value{}
		for _, f := range ov.fields {
			out.labels = addLabels(out.labels, allLabels(f)...)
		}
		return out
	}
	return breakLead(ov)
}

// isSplitCall: x.split(...).
func isSplitCall(n *node) bool {
	if n.kind != "call_expression" {
		return false
	}
	fn := unparen(n.child("function"))
	if fn == nil || fn.kind != "member_expression" {
		return false
	}
	prop := fn.child("property")
	return prop != nil && prop.text == "split" && fn.child("object") != nil
}

func (a *analysis) binary(n *node, e *env, fr *frame) *value {
	l := a.expr(n.child("left"), e, fr)
	// A known left operand decides && and || without running the right
	// one (DEBUG && (el.innerHTML = x)).
	if n.op == "&&" && l.falsy || (n.op == "||" || n.op == "??") && l.truthy {
		return l
	}
	r := a.expr(n.child("right"), e, fr)
	switch n.op {
	case "+":
		return concat(l, r)
	case "||", "??":
		if l.truthy {
			return l
		}
		if l.falsy {
			return r
		}
		return join(l, r)
	case "&&":
		// A falsy left operand is not a string an attacker controls.
		if l.falsy {
			return l
		}
		return r
	case "===", "==", "!==", "!=":
		// Two known strings: a constant outcome (MODE === "debug").
		if l.isStr && r.isStr && !l.tainted() && !r.tainted() {
			if (l.str == r.str) == (n.op == "===" || n.op == "==") {
				return &value{truthy: true}
			}
			return &value{falsy: true}
		}
	}
	return &value{}
}

func (a *analysis) ternary(n *node, e *env, fr *frame) *value {
	c := a.expr(n.child("condition"), e, fr)
	switch {
	case c.truthy:
		return a.expr(n.child("consequence"), e, fr)
	case c.falsy:
		return a.expr(n.child("alternative"), e, fr)
	}
	return join(a.expr(n.child("consequence"), e, fr), a.expr(n.child("alternative"), e, fr))
}

func (a *analysis) object(n *node, e *env, fr *frame) *value {
	out := &value{truthy: true, fields: map[string]*value{}}
	for _, k := range n.kids {
		switch k.kind {
		case "pair":
			key := k.child("key")
			v := a.expr(k.child("value"), e, fr)
			if key != nil {
				out.fields[propName(key)] = v
			}
		case "shorthand_property_identifier":
			out.fields[k.text] = a.identifier(k, e)
		case "method_definition":
			// { show(h) { ... } }: a method callable as obj.show(x); a
			// getter's field holds what it returns.
			mv := a.closure(k, e, fr, nil)
			if name := k.child("name"); name != nil {
				if a.isGetter(k) {
					mv = a.applySummary(mv.fn, nil, k)
				}
				out.fields[propName(name)] = mv
			}
		case "spread_element":
			sv := a.expr(k, e, fr)
			for name, f := range sv.fields {
				out.fields[name] = f
			}
		}
	}
	return out
}

// propName is the name of an object key (identifier, string or number).
func propName(key *node) string {
	return strings.Trim(key.text, `"'`)
}

// closure analyzes an inline function. With no binding it is summarized
// (its parameters are symbolic); a binding gives its parameters known
// values (a message listener's event, a callback's element).
func (a *analysis) closure(n *node, e *env, fr *frame, binding []*value) *value {
	fd := a.fnFor(n, fr.class)
	if binding == nil {
		a.summarize(fd, e)
	} else {
		a.call(fd, e, binding)
	}
	return &value{fn: fd, truthy: true}
}

// class analyzes a class: fields, then methods, with this.x shared between
// them through a.fields. It returns the class's name; the class's value
// knows it, so that static calls and new find the methods.
func (a *analysis) class(n *node, e *env) string {
	name := "<anonymous class>"
	if id := n.child("name"); id != nil {
		name = id.text
		e.declare(name)
		e.set(name, &value{truthy: true, cls: name})
	}
	body := n.child("body")
	if body == nil {
		return name
	}
	cf := &frame{class: name}
	for _, m := range body.kids {
		switch m.kind {
		case "field_definition":
			if prop := m.child("property"); prop != nil {
				v := a.expr(m.child("value"), newEnv(e), cf)
				a.fields[name+"#"+prop.text] = join(a.fields[name+"#"+prop.text], v)
			}
		case "method_definition":
			fd := a.fnFor(m, name)
			a.methods[name+"#"+fd.name] = fd
			if a.isGetter(m) {
				a.getters[name+"#"+fd.name] = fd
			}
			a.summarize(fd, e)
		}
	}
	return name
}

// isGetter: a method definition written "get name() { ... }" (the keyword
// is no named node, so the source before the name says it).
func (a *analysis) isGetter(m *node) bool {
	name := m.child("name")
	if name == nil || name.start > len(a.src) || m.start > name.start {
		return false
	}
	for _, w := range strings.Fields(string(a.src[m.start:name.start])) {
		if w == "get" {
			return true
		}
	}
	return false
}

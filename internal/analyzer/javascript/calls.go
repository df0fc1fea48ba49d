package javascript

import (
	"strings"
)

// The models below are the browser and library APIs that matter for DOM
// XSS: what propagates taint, what sanitizes it, and what is a sink.

// stringMethods propagate taint from the receiver. keepLead says whether
// the start of the string survives (toLowerCase keeps "https://", slice
// may cut it off).
var stringMethods = map[string]bool{
	"toLowerCase": true, "toUpperCase": true, "toLocaleLowerCase": true, "toLocaleUpperCase": true,
	"toString": true, "valueOf": true, "normalize": true, "padEnd": true, "trimEnd": true, "trimRight": true,
	"concat": true,
	"slice":  false, "substring": false, "substr": false, "replace": false, "replaceAll": false,
	"split": false, "join": false, "trim": false, "trimStart": false, "trimLeft": false, "at": false,
	"charAt": false, "padStart": false, "repeat": false, "match": false, "get": false, "getAll": false,
	"pop": false, "shift": false, "find": false, "flat": false, "reverse": false, "filter": false,
	"map": false, "entries": false, "values": false, "toJSON": false,
}

// callbackMethods call their first argument with the receiver's elements.
var callbackMethods = map[string]bool{
	"forEach": true, "map": true, "filter": true, "find": true, "findLast": true,
	"some": true, "every": true, "flatMap": true,
}

// domInsertMethods insert nodes into an element (strings become text).
var domInsertMethods = map[string]bool{
	"append": true, "prepend": true, "appendChild": true, "insertBefore": true, "replaceChildren": true,
	"replaceWith": true, "before": true, "after": true, "replaceChild": true,
}

// jqInsertMethods insert markup when called on a jQuery object (on a DOM
// element the same names insert text, so they need a jQuery receiver).
var jqInsertMethods = map[string]bool{
	"append": true, "prepend": true, "before": true, "after": true, "replaceWith": true,
	"wrap": true, "wrapAll": true, "wrapInner": true,
}

// helperSanitizer recognises escaping and sanitizing helpers by name
// (escapeHtml, sanitizeUrl, DOMPurify.sanitize, _.escape ...) and returns
// the sink kinds they protect.
func helperSanitizer(name string) sinkKind {
	l := strings.ToLower(name)
	if strings.HasPrefix(l, "un") || strings.HasPrefix(l, "decode") {
		return 0
	}
	if !strings.Contains(l, "escape") && !strings.Contains(l, "sanitize") && !strings.Contains(l, "encode") {
		return 0
	}
	clear := kHTML
	for _, w := range []string{"url", "uri", "href", "link"} {
		if strings.Contains(l, w) {
			clear |= kURL
		}
	}
	return clear
}

// jqWindow: $(window) or jQuery(window).
func jqWindow(obj *node) bool {
	if obj == nil || obj.kind != "call_expression" {
		return false
	}
	fn := obj.child("function")
	args := argNodes(obj)
	return fn != nil && fn.kind == "identifier" && (fn.text == "$" || fn.text == "jQuery") && len(args) == 1 && args[0].kind == "identifier" && windowLike(args[0])
}

// transformsText: a function of the file named like a sanitizer has a body
// that could be one (it replaces, escapes, encodes or sanitizes with
// another helper, or goes through the DOM's text); one that only trims or
// changes case is analysed as what it is.
func transformsText(fd *fnDef) bool {
	body := fd.n.child("body")
	if body == nil {
		return false
	}
	t := strings.ToLower(body.text)
	for _, w := range []string{"replace", "escape", "encode", "sanitize", "purify", "textcontent", "createtextnode", "innertext", "filter", "match", "test(", "[^"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

func sanitized(v *value, clear sinkKind) *value {
	return mapLabels(v, func(l *label) *label {
		if l.mask&^clear == 0 {
			return nil
		}
		return l.with(l.mask&^clear, l.lead)
	})
}

func keepLead(v *value) *value { return mapLabels(v, func(l *label) *label { return l }) }

func breakLead(v *value) *value {
	return mapLabels(v, func(l *label) *label { return l.with(l.mask, leadAttacker) })
}

func argNodes(call *node) []*node {
	args := call.child("arguments")
	if args == nil || args.kind != "arguments" {
		return nil
	}
	return args.kids
}

func (a *analysis) evalArgs(args []*node, e *env, fr *frame) []*value {
	out := make([]*value, len(args))
	for i, n := range args {
		out[i] = a.expr(n, e, fr)
	}
	return out
}

func arg(vs []*value, i int) *value {
	if i < len(vs) {
		return vs[i]
	}
	return &value{}
}

func (a *analysis) callExpr(n *node, e *env, fr *frame) *value {
	fn := unparen(n.child("function"))
	args := argNodes(n)
	switch {
	case fn == nil:
		return &value{}
	case isUseState(fn, e):
		// const [html, setHtml] = useState(init): one cell, read through
		// the variable and written through the setter.
		cell := &settled{v: arg(a.evalArgs(args, e, fr), 0)}
		return &value{truthy: true, settle: cell, state: cell}
	case fn.kind == "identifier":
		if v, ok := e.get(fn.text); ok {
			return a.callValue(v, fn.text, args, n, e, fr)
		}
		return a.callGlobal(fn.text, args, n, e, fr)
	case fn.kind == "member_expression":
		return a.callMethod(fn, args, n, e, fr)
	case isFunctionNode(fn):
		// An IIFE runs once, here, with these arguments: analyze it with
		// them ((function (w) { ... w.name ... })(window)).
		return a.invoke(a.fnFor(fn, fr.class), e, a.evalArgs(args, e, fr), n)
	}
	name, callee := a.globalCallee(fn, e, fr)
	if name != "" {
		return a.callGlobal(name, args, n, e, fr)
	}
	if callee == nil {
		callee = a.expr(fn, e, fr)
	}
	return a.callValue(callee, "", args, n, e, fr)
}

// isUseState: React's useState hook (useState or React.useState, not a
// function of the file of that name).
func isUseState(fn *node, e *env) bool {
	switch fn.kind {
	case "identifier":
		_, local := e.get(fn.text)
		return fn.text == "useState" && !local
	case "member_expression":
		obj, prop := fn.child("object"), fn.child("property")
		return obj != nil && obj.kind == "identifier" && obj.text == "React" && prop != nil && prop.text == "useState"
	}
	return false
}

func unparen(n *node) *node {
	for n != nil && n.kind == "parenthesized_expression" && len(n.kids) == 1 {
		n = n.kids[0]
	}
	return n
}

func isFunctionNode(n *node) bool {
	switch n.kind {
	case "arrow_function", "function_expression", "function":
		return true
	}
	return false
}

// globalCallee names the browser global that window["eval"] or the
// indirect call (0, eval) calls. Otherwise it returns the callee's value
// when it had to evaluate its parts to decide (so that they are not
// evaluated again), or nil.
func (a *analysis) globalCallee(fn *node, e *env, fr *frame) (string, *value) {
	switch fn.kind {
	case "subscript_expression":
		idx := fn.child("index")
		if idx == nil || idx.kind != "string" {
			return "", nil
		}
		ov := a.expr(fn.child("object"), e, fr)
		if ov.glob == "window" {
			return idx.text, nil
		}
		if iv := a.expr(idx, e, fr); iv.isStr {
			return "", a.property(ov, iv.str, fn) // as subscript() would
		}
		return "", nil
	case "sequence_expression":
		if len(fn.kids) == 0 {
			return "", nil
		}
		for _, k := range fn.kids[:len(fn.kids)-1] {
			a.expr(k, e, fr)
		}
		last := unparen(fn.kids[len(fn.kids)-1])
		if last.kind == "identifier" {
			if _, local := e.get(last.text); !local {
				return last.text, nil
			}
		}
		return "", a.expr(last, e, fr) // a sequence's value is its last element's
	}
	return "", nil
}

// callValue calls a variable: a function of the file (through its
// summary), a promise's resolve function, a parameter (recorded as a
// callback call in the summary being built), or something unknown.
func (a *analysis) callValue(v *value, name string, args []*node, n *node, e *env, fr *frame) *value {
	if clear := helperSanitizer(name); clear != 0 && (v.fn == nil || transformsText(v.fn)) {
		return sanitized(arg(a.evalArgs(args, e, fr), 0), clear)
	}
	vals := a.evalArgs(args, e, fr)
	if v.settle != nil {
		v.settle.v = join(v.settle.v, arg(vals, 0))
		return &value{}
	}
	if v.fn == nil {
		a.paramCall(v, vals, n)
		return &value{}
	}
	if clear := helperSanitizer(v.fn.name); clear != 0 && transformsText(v.fn) {
		return sanitized(arg(vals, 0), clear)
	}
	a.refresh(v.fn, e)
	return a.applySummary(v.fn, vals, n)
}

// paramCall records, in the summaries being built, that a parameter (or a
// part of one) is called: a caller passing a function there calls it with
// these arguments (function withQuery(cb) { cb(q) }).
func (a *analysis) paramCall(callee *value, vals []*value, n *node) {
	for _, l := range callee.labels {
		sum := a.building[l.owner]
		if l.src != nil || sum == nil {
			continue
		}
		dup := false
		for _, pc := range sum.calls {
			dup = dup || pc.param == l.param && pc.site == n
		}
		if !dup && len(sum.calls) < 16 {
			sum.calls = append(sum.calls, paramCall{param: l.param, args: vals, site: n})
		}
	}
}

// callWith calls a function argument (inline or a variable) with known
// values and returns its result, or nil when it is no function of the
// file.
func (a *analysis) callWith(fnNode *node, binding []*value, e *env, fr *frame, call *node) *value {
	if fnNode = unparen(fnNode); fnNode == nil {
		return nil
	}
	if isFunctionNode(fnNode) {
		return a.invoke(a.fnFor(fnNode, fr.class), e, binding, call)
	}
	if v := a.expr(fnNode, e, fr); v.fn != nil {
		return a.applySummary(v.fn, binding, call)
	}
	return nil
}

// methodOf is the function of the file that recv.name() calls: a function
// held by an object literal, or a method of a class or its instance.
func (a *analysis) methodOf(recv *value, name string) *fnDef {
	if f := recv.fields[name]; f != nil && f.fn != nil {
		return f.fn
	}
	if recv.cls != "" {
		return a.methods[recv.cls+"#"+name]
	}
	return nil
}

// callGlobal calls a global function of the browser (eval, setTimeout,
// decodeURIComponent, $ ...).
func (a *analysis) callGlobal(name string, args []*node, n *node, e *env, fr *frame) *value {
	switch name {
	case "setTimeout", "setInterval", "setImmediate":
		return a.timer(name, args, n, e, fr)
	case "$", "jQuery":
		return a.jquery(args, n, e, fr)
	case "addEventListener":
		// A bare addEventListener("message", ...) listens on the window.
		return a.addListener(args, e, fr)
	}
	vals := a.evalArgs(args, e, fr)
	switch name {
	case "eval", "execScript":
		a.checkSink(&sinkSite{n: n, name: name, kind: kCode}, arg(vals, 0))
	case "Function":
		for _, v := range vals {
			a.checkSink(&sinkSite{n: n, name: "Function", kind: kCode}, v)
		}
	case "open":
		a.checkSink(&sinkSite{n: n, name: "window.open", kind: kURL}, arg(vals, 0))
	case "decodeURIComponent", "decodeURI", "unescape", "String":
		return keepLead(arg(vals, 0))
	case "atob":
		return breakLead(arg(vals, 0))
	case "encodeURI":
		// Leaves "javascript:alert(1)" intact: safe for markup, not for URLs.
		return sanitized(arg(vals, 0), kHTML)
	case "parseInt", "parseFloat", "Number", "Boolean", "isNaN", "isFinite":
		return &value{}
	}
	if clear := helperSanitizer(name); clear != 0 {
		return sanitized(arg(vals, 0), clear)
	}
	return &value{}
}

// timer: setTimeout("code" + x) evaluates a string; a function argument
// is only a callback.
func (a *analysis) timer(name string, args []*node, n *node, e *env, fr *frame) *value {
	vals := a.evalArgs(args, e, fr)
	if v := arg(vals, 0); v.fn == nil {
		a.checkSink(&sinkSite{n: n, name: name + " with a string", kind: kCode}, v)
	}
	return &value{}
}

// jquery: $(fn) is a ready handler; $(x) parses x as HTML when it starts
// with "<", so an attacker-controlled start is a sink.
func (a *analysis) jquery(args []*node, n *node, e *env, fr *frame) *value {
	vals := a.evalArgs(args, e, fr)
	if v := arg(vals, 0); v.fn == nil && v.glob == "" {
		a.checkSink(&sinkSite{n: n, name: "jQuery $()", kind: kHTML, jq: true}, v)
		if strings.HasPrefix(strings.TrimSpace(v.prefix), "<") && len(vals) > 1 {
			a.jqProps(vals[1], n)
		}
	}
	return &value{jq: true, truthy: true}
}

// jqProps: $("<a>", {href: x, html: y}) sets each property as .attr(),
// except html (.html(): markup) and text (.text()).
func (a *analysis) jqProps(props *value, n *node) {
	for k, v := range props.fields {
		kind := sinkAttribute(strings.ToLower(k))
		if k == "html" {
			kind = kHTML
		}
		if kind != 0 {
			a.checkSink(&sinkSite{n: n, name: "jQuery $() property " + k, kind: kind}, v)
		}
	}
}

// callMethod calls recv.method(args).
func (a *analysis) callMethod(fn *node, args []*node, n *node, e *env, fr *frame) *value {
	obj, prop := fn.child("object"), fn.child("property")
	if prop == nil {
		return &value{}
	}
	method := prop.text
	if obj.kind == "this" {
		if fd := a.methods[fr.class+"#"+method]; fd != nil {
			return a.applySummary(fd, a.evalArgs(args, e, fr), n)
		}
	}
	recv := a.expr(obj, e, fr)
	if fd := a.methodOf(recv, method); fd != nil {
		return a.applySummary(fd, a.evalArgs(args, e, fr), n)
	}
	if obj.kind == "identifier" && obj.text == "Promise" && !recv.tainted() {
		return promiseStatic(method, a.evalArgs(args, e, fr))
	}
	if method == "then" && len(args) > 0 && (recv.tainted() || recv.fields != nil) {
		// The callback receives what the promise holds (a promise is
		// modelled by its value).
		ret := a.callWith(args[0], []*value{recv}, e, fr, n)
		a.evalArgs(args[1:], e, fr)
		if ret == nil {
			return &value{}
		}
		return ret
	}
	if obj.kind == "identifier" && (obj.text == "Object" || obj.text == "Array") && !recv.tainted() {
		if v, ok := a.objectStatic(obj.text+"."+method, args, e, fr); ok {
			return v
		}
	}
	if obj.kind == "identifier" && obj.text == "JSON" {
		// JSON.parse/stringify: the text of every field (stringify of an
		// object holding input is that input, quoted: a literal on its
		// own, but inside another quoted literal of eval's code its quotes
		// close that one, so it stays code-unsafe).
		v := &value{labels: allLabels(arg(a.evalArgs(args, e, fr), 0))}
		if method == "stringify" {
			return breakLead(v)
		}
		// (What parse decodes is raw text again, whatever its JSON form
		// was safe for.)
		return mapLabels(v, func(l *label) *label { return l.with(kAll, leadAttacker) })
	}
	if method == "on" && jqWindow(obj) && len(args) >= 2 {
		// $(window).on("message", fn): fn gets jQuery's event, whose
		// originalEvent is the message event.
		if t := a.expr(args[0], e, fr); t.isStr && t.str == "message" {
			ev := &value{truthy: true, fields: map[string]*value{"originalEvent": {event: true, truthy: true}}}
			a.closureArg(args[len(args)-1], e, fr, []*value{ev})
			return &value{jq: true, truthy: true}
		}
	}
	if method == "addEventListener" {
		if !windowLike(obj) {
			a.evalArgs(args, e, fr) // (a socket's or worker's messages)
			return &value{}
		}
		return a.addListener(args, e, fr)
	}
	if recv.glob == "window" {
		return a.callGlobal(method, args, n, e, fr)
	}
	if callbackMethods[method] && len(args) > 0 && recv.tainted() {
		return a.callback(method, recv, args, n, e, fr)
	}
	vals := a.evalArgs(args, e, fr)
	a.mutate(obj, recv, method, vals, e, fr)
	if v, ok := a.methodModel(recv, obj, method, vals, n); ok {
		return v
	}
	if clear := helperSanitizer(method); clear != 0 {
		return sanitized(arg(vals, 0), clear)
	}
	if recv.jq {
		return &value{jq: true, truthy: true}
	}
	if method == "match" && len(args) == 1 && args[0].kind == "regex" {
		if p, _ := regexParts(args[0].text); safeAnchored(p) {
			// s.match(/^(\d+)$/): null, or parts made of the safe characters.
			return &value{}
		}
	}
	if obj.kind == "identifier" && markdownLibs[obj.text] && markdownMethods[method] {
		// Markdown renderers keep raw HTML in their input.
		return breakLead(arg(vals, 0))
	}
	out := a.propagate(recv, method, vals)
	if (method == "replace" || method == "replaceAll") && len(args) == 2 {
		switch {
		case stripsToSafe(args[0], arg(vals, 1)):
			out = sanitized(out, kHTML|kURL)
		case escapesChain(n):
			out = sanitized(out, kHTML)
		}
	}
	return out
}

// markdownLibs and markdownMethods name the usual Markdown renderers
// (marked.parse, md.render of markdown-it, showdown's makeHtml ...).
var (
	markdownLibs    = map[string]bool{"marked": true, "markdown": true, "md": true, "markdownit": true, "converter": true, "showdown": true, "remarkable": true, "mdRenderer": true}
	markdownMethods = map[string]bool{"parse": true, "render": true, "renderInline": true, "makeHtml": true, "toHTML": true, "parseInline": true}
)

// escapesChain: a chain of replace() calls ending at n that, together,
// replaces every <, > and a quote (s.replace(/&/g, "&amp;").replace(/</g,
// "&lt;")..., or one /[<>"']/g), each with a global regex of one character
// or a class, by a string without them or by a callback (entities looked
// up in a map).
func escapesChain(n *node) bool {
	done := map[byte]bool{}
	for call := n; call != nil && call.kind == "call_expression"; {
		fn := call.child("function")
		if fn == nil || fn.kind != "member_expression" || fn.child("property") == nil {
			break
		}
		if m := fn.child("property").text; m != "replace" && m != "replaceAll" {
			break
		}
		args := argNodes(call)
		if len(args) != 2 || args[0].kind != "regex" || !safeReplacement(args[1]) {
			break
		}
		p, flags := regexParts(args[0].text)
		if !strings.Contains(flags, "g") {
			break
		}
		p = strings.TrimSuffix(p, "+")
		if body, negated, ok := charClass(p); ok && !negated {
			p = body
		} else if len(p) != 1 {
			break
		}
		for i := 0; i < len(p); i++ {
			done[p[i]] = true
		}
		call = fn.child("object")
	}
	return done['<'] && done['>'] && (done['"'] || done['\''])
}

// safeReplacement: a replace() replacement that puts no markup back: a
// string without <, > or quotes, or a callback.
func safeReplacement(r *node) bool {
	if r.kind == "string" {
		return !strings.ContainsAny(r.text, "<>\"'")
	}
	return isFunctionNode(r)
}

// stripsToSafe: x.replace(/[^a-z0-9_-]/g, "") keeps only characters of an
// allow-list class without markup, quote or scheme characters: neither
// markup nor a URL scheme is left.
func stripsToSafe(pat *node, rv *value) bool {
	if pat == nil || pat.kind != "regex" || rv == nil || !rv.isStr || rv.str != "" {
		return false
	}
	p, flags := regexParts(pat.text)
	body, negated, ok := charClass(strings.TrimSuffix(p, "+"))
	if !strings.Contains(flags, "g") || !ok || !negated {
		return false
	}
	return !strings.ContainsAny(body, "<>\"':/&=") && !strings.Contains(body, "\\S") && !strings.Contains(body, "\\W")
}

// callback analyzes arr.forEach(fn), arr.map(fn) ... on a tainted array:
// fn receives its elements. map returns what fn returns, filter and find
// return elements, the others no string.
func (a *analysis) callback(method string, recv *value, args []*node, n *node, e *env, fr *frame) *value {
	elem := breakLead(recv)
	ret := a.callWith(args[0], []*value{elem}, e, fr, n)
	a.evalArgs(args[1:], e, fr)
	switch method {
	case "map", "flatMap":
		if ret == nil {
			return &value{}
		}
		return &value{labels: allLabels(ret)}
	case "filter", "find", "findLast":
		return elem
	}
	return &value{}
}

// propagate is the value of a string method called on a tainted receiver.
func (a *analysis) propagate(recv *value, method string, vals []*value) *value {
	keep, known := stringMethods[method]
	if !known || !recv.tainted() && method != "concat" && method != "replace" && method != "replaceAll" {
		return &value{}
	}
	out := breakLead(recv)
	if keep {
		out = keepLead(recv)
	}
	switch method {
	case "concat":
		for _, v := range vals {
			out = concat(out, v)
		}
	case "replace", "replaceAll":
		out.labels = addLabels(out.labels, breakLead(arg(vals, 1)).labels...)
	}
	return out
}

// methodModel handles the methods that are sources or sinks.
func (a *analysis) methodModel(recv *value, obj *node, method string, vals []*value, n *node) (*value, bool) {
	site := func(name string, k sinkKind) *sinkSite { return &sinkSite{n: n, name: name, kind: k} }
	switch {
	case recv.loc && (method == "assign" || method == "replace"):
		a.checkSink(site("location."+method, kURL), arg(vals, 0))
	case recv.loc && method == "toString":
		return &value{labels: []*label{a.sourceLabel(n, "location.href", leadSafe)}}, true
	case recv.glob == "document" && method == "createElement":
		if t := arg(vals, 0); t.isStr {
			return &value{truthy: true, tag: strings.ToLower(t.str)}, true
		}
		return &value{truthy: true}, true
	case method == "parseFromString" || method == "createHTMLDocument" || method == "parseHTML":
		// Markup parsed into an inert document: nothing runs until its
		// nodes are inserted into the page.
		return &value{truthy: true, nodes: true, labels: breakLead(arg(vals, 0)).labels}, true
	case !recv.jq && domInsertMethods[method]:
		for _, v := range vals {
			if v.nodes {
				a.checkSink(site("insertion of parsed nodes ("+method+")", kHTML), v)
			}
		}
		return &value{}, true
	case recv.glob == "storage" && method == "getItem":
		return a.storageItem(n, "Web Storage getItem"), true
	case (method == "write" || method == "writeln") && isDocument(recv, obj):
		for _, v := range vals {
			a.checkSink(site("document."+method, kHTML), v)
		}
	case method == "insertAdjacentHTML":
		a.checkSink(site("insertAdjacentHTML", kHTML), arg(vals, 1))
	case method == "createContextualFragment":
		a.checkSink(site("Range.createContextualFragment", kHTML), arg(vals, 0))
	case method == "setAttribute" || method == "setAttributeNS":
		i := 0
		if method == "setAttributeNS" {
			i = 1
		}
		if name := arg(vals, i); name.isStr {
			if k, known := elementSink(recv.tag, name.str); known && k == 0 {
				break // img.setAttribute("src", x)
			}
		}
		a.attribute(site, arg(vals, i), arg(vals, i+1))
	case method == "attr" || method == "prop":
		if len(vals) >= 2 {
			a.attribute(site, vals[0], vals[1])
		}
		return &value{jq: recv.jq}, true
	case method == "html":
		a.checkSink(site("jQuery .html()", kHTML), arg(vals, 0))
		return &value{jq: true, truthy: true}, true
	case recv.jq && jqInsertMethods[method]:
		for _, v := range vals {
			if v.fn == nil {
				a.checkSink(site("jQuery ."+method+"()", kHTML), v)
			}
		}
		return &value{jq: true, truthy: true}, true
	default:
		return nil, false
	}
	return &value{}, true
}

func (a *analysis) attribute(site func(string, sinkKind) *sinkSite, name, v *value) {
	if !name.isStr {
		return
	}
	attr := strings.ToLower(name.str)
	if k := sinkAttribute(attr); k != 0 {
		a.checkSink(site("setAttribute(\""+attr+"\")", k), v)
	}
}

func isDocument(recv *value, obj *node) bool {
	if recv.glob == "document" {
		return true
	}
	if obj.kind == "member_expression" {
		if p := obj.child("property"); p != nil {
			return p.text == "document" || p.text == "contentDocument" || p.text == "ownerDocument"
		}
	}
	return false
}

// addListener: a "message" listener receives attacker-controlled
// event.data unless it checks event.origin.
func (a *analysis) addListener(args []*node, e *env, fr *frame) *value {
	if len(args) >= 2 {
		t := a.expr(args[0], e, fr)
		if t.isStr && t.str == "message" {
			a.handlerValue(args[1], e, fr)
			a.evalArgs(args[2:], e, fr)
			return &value{}
		}
	}
	a.evalArgs(args, e, fr)
	return &value{}
}

// handlerValue analyzes a message handler with its event bound.
func (a *analysis) handlerValue(n *node, e *env, fr *frame) *value {
	ev := []*value{{event: true, truthy: true}}
	if n != nil && n.kind == "identifier" {
		if v, ok := e.get(n.text); ok && v.fn != nil {
			a.call(v.fn, e, ev)
			return v
		}
	}
	return a.closureArg(n, e, fr, ev)
}

// closureArg analyzes an inline function argument with a binding, or
// evaluates any other argument.
func (a *analysis) closureArg(n *node, e *env, fr *frame, binding []*value) *value {
	if n == nil {
		return &value{}
	}
	if isFunctionNode(n) {
		return a.closure(n, e, fr, binding)
	}
	return a.expr(n, e, fr)
}

// newExpr: new URLSearchParams(x) and new URL(x) carry x's taint, new
// Function(x) compiles x.
func (a *analysis) newExpr(n *node, e *env, fr *frame) *value {
	ctor := n.child("constructor")
	if ctor != nil && ctor.kind == "identifier" && ctor.text == "Promise" {
		if _, local := e.get("Promise"); !local {
			return a.newPromise(argNodes(n), n, e, fr)
		}
	}
	vals := a.evalArgs(argNodes(n), e, fr)
	if ctor == nil || ctor.kind != "identifier" {
		a.expr(ctor, e, fr)
		return &value{truthy: true}
	}
	if v, local := e.get(ctor.text); local {
		if v.cls != "" {
			return a.construct(v.cls, vals, n)
		}
		return &value{truthy: true}
	}
	switch ctor.text {
	case "URLSearchParams", "URL":
		return breakLead(arg(vals, 0))
	case "Image":
		return &value{truthy: true, tag: "img"}
	case "Audio":
		return &value{truthy: true, tag: "audio"}
	case "Function":
		for _, v := range vals {
			a.checkSink(&sinkSite{n: n, name: "new Function", kind: kCode}, v)
		}
	}
	return &value{truthy: true}
}

// construct is new C(args) of a class of the file: the constructor runs
// with the arguments, so what it stores in this.x is what the methods read
// (class fields are shared by the instances of a class).
func (a *analysis) construct(cls string, args []*value, n *node) *value {
	if fd := a.methods[cls+"#constructor"]; fd != nil {
		a.invoke(fd, fd.env, args, n)
	}
	return &value{truthy: true, cls: cls}
}

// newPromise is new Promise(executor): the executor runs with a resolve
// function, and the promise holds what resolve is called with.
func (a *analysis) newPromise(args []*node, n *node, e *env, fr *frame) *value {
	st := &settled{}
	if len(args) > 0 {
		resolve := &value{truthy: true, settle: st}
		a.callWith(args[0], []*value{resolve, {truthy: true}}, e, fr, n)
		a.evalArgs(args[1:], e, fr)
	}
	out := &value{truthy: true}
	if st.v != nil {
		out.labels, out.fields = st.v.labels, st.v.fields
	}
	return out
}

// promiseStatic models Promise.resolve(x) (a promise of x) and the
// combinators, whose results hold their inputs' values.
func promiseStatic(method string, vals []*value) *value {
	switch method {
	case "resolve":
		return arg(vals, 0)
	case "all", "allSettled", "race", "any":
		return &value{truthy: true, labels: allLabels(arg(vals, 0))}
	}
	return &value{truthy: true}
}

// inserting names the methods that put their arguments into the receiver
// (arrays, Maps, Sets, URLSearchParams), with the first argument inserted.
// append is left out: on an element it inserts text or nodes.
var inserting = map[string]int{"push": 0, "unshift": 0, "add": 0, "set": 1, "splice": 2, "fill": 0}

// mutate: rows.push(x), map.set(k, x) ... put x into the receiver, whose
// variable then holds it too (rows.join("") and map.get(k) return it).
// Receivers with a DOM or jQuery meaning do not change.
func (a *analysis) mutate(obj *node, recv *value, method string, vals []*value, e *env, fr *frame) {
	first, ok := inserting[method]
	if !ok || first >= len(vals) || recv.jq || recv.glob != "" || recv.loc {
		return
	}
	in := &value{}
	for _, v := range vals[first:] {
		in.labels = addLabels(in.labels, allLabels(v)...)
	}
	if !in.tainted() || !isPath(obj) {
		return
	}
	a.store(obj, join(recv, in), e, fr, nil)
}

// isPath: a variable or a simple access path (rows, this.rows, cfg.rows).
func isPath(n *node) bool {
	switch n.kind {
	case "identifier", "this":
		return true
	case "member_expression":
		return isPath(n.child("object"))
	}
	return false
}

// objectStatic models Object.assign, Object.fromEntries and the other
// statics that copy their arguments' contents into a new value.
func (a *analysis) objectStatic(name string, args []*node, e *env, fr *frame) (*value, bool) {
	switch name {
	case "Object.assign":
		// The target gets the sources' fields, later ones winning.
		vals := a.evalArgs(args, e, fr)
		if len(vals) == 0 {
			return &value{truthy: true}, true
		}
		out := &value{truthy: true, fields: map[string]*value{}}
		for _, v := range vals {
			out.labels = addLabels(out.labels, v.labels...)
			for k, f := range v.fields {
				out.fields[k] = f
			}
		}
		if isPath(args[0]) {
			a.store(args[0], out, e, fr, nil)
		}
		return out, true
	case "Object.freeze", "Object.seal", "Object.preventExtensions":
		return arg(a.evalArgs(args, e, fr), 0), true
	case "Object.fromEntries", "Object.values", "Object.entries", "Object.keys", "Array.from", "Array.of":
		out := &value{truthy: true}
		for _, v := range a.evalArgs(args, e, fr) {
			out.labels = addLabels(out.labels, breakLead(&value{labels: allLabels(v)}).labels...)
		}
		return out, true
	}
	return nil, false
}

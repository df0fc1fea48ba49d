package javascript

// assign evaluates left = right: sinks on the left (innerHTML, href ...)
// are checked, and the variable or access path takes the new value, so an
// overwritten variable loses its taint.
func (a *analysis) assign(n *node, e *env, fr *frame) *value {
	left := n.child("left")
	right := n.child("right")
	var v *value
	if isMessageHandlerTarget(left) {
		v = a.handlerValue(right, e, fr)
	} else {
		v = a.exprNamed(right, e, fr, left)
	}
	a.store(left, v, e, fr, n)
	return v
}

// augmented evaluates left op= right; += concatenates.
func (a *analysis) augmented(n *node, e *env, fr *frame) *value {
	left := n.child("left")
	r := a.expr(n.child("right"), e, fr)
	switch n.op {
	case "||=", "??=", "&&=":
		// x ||= y: x, or y when x is empty.
		v := join(a.expr(left, e, fr), r)
		a.store(left, v, e, fr, n)
		return v
	case "+=":
	default:
		a.store(left, &value{}, e, fr, n)
		return &value{}
	}
	old := a.expr(left, e, fr)
	v := concat(old, r)
	if isHTMLProperty(left) {
		// el.innerHTML += x: what is appended is parsed as markup.
		a.checkSink(&sinkSite{n: n, name: left.child("property").text, kind: kHTML}, r)
		a.store(left, v, e, fr, nil)
		return v
	}
	a.store(left, v, e, fr, n)
	return v
}

func isHTMLProperty(left *node) bool {
	if left == nil || left.kind != "member_expression" {
		return false
	}
	p := left.child("property")
	return p != nil && sinkProperties[p.text] == kHTML
}

// isMessageHandlerTarget: window.onmessage = ..., onmessage = ...
func isMessageHandlerTarget(left *node) bool {
	switch {
	case left == nil:
		return false
	case left.kind == "identifier":
		return left.text == "onmessage"
	case left.kind == "member_expression":
		p := left.child("property")
		return p != nil && p.text == "onmessage" && windowLike(left.child("object"))
	}
	return false
}

// windowLike: an expression for the page's window (window, self,
// globalThis, top, parent, frames), whose "message" events carry other
// pages' postMessage data. A WebSocket's or a Worker's messages come from
// the server or the page's own script.
func windowLike(obj *node) bool {
	if obj == nil {
		return true
	}
	switch obj.kind {
	case "identifier":
		switch obj.text {
		case "window", "self", "globalThis", "top", "parent", "frames":
			return true
		}
	case "member_expression":
		if p := obj.child("property"); p != nil && (p.text == "contentWindow" || p.text == "opener" || p.text == "window") {
			return true
		}
	}
	return false
}

// store writes v to an assignment target. When sinkNode is not nil the
// target is checked as a sink first.
func (a *analysis) store(left *node, v *value, e *env, fr *frame, sinkNode *node) {
	if left == nil {
		return
	}
	switch left.kind {
	case "identifier":
		if _, local := e.get(left.text); !local && left.text == "location" && sinkNode != nil {
			a.checkSink(&sinkSite{n: sinkNode, name: "location", kind: kURL}, v)
		}
		a.setVar(left.text, v, e, sinkNode)
	case "member_expression":
		a.storeMember(left, v, e, fr, sinkNode)
	case "subscript_expression":
		if idx := left.child("index"); idx != nil && idx.kind == "string" && left.child("object") != nil {
			// el["innerHTML"] = x is el.innerHTML = x.
			member := &node{kind: "member_expression", kids: []*node{left.child("object"),
				{kind: "property_identifier", field: "property", text: idx.text}}, start: left.start, end: left.end, line: left.line, col: left.col}
			a.storeMember(member, v, e, fr, sinkNode)
			return
		}
		// obj[k] = v with a computed key: the object (or array) holds v
		// under some key, so every read of it may return v.
		obj := left.child("object")
		ov := a.expr(obj, e, fr)
		a.expr(left.child("index"), e, fr)
		if v.tainted() && obj != nil && isPath(obj) && !ov.jq && ov.glob == "" && !ov.loc {
			a.store(obj, join(ov, breakLead(&value{labels: allLabels(v)})), e, fr, nil)
		}
	case "parenthesized_expression":
		for _, k := range left.kids {
			a.store(k, v, e, fr, sinkNode)
		}
	default: // destructuring assignment
		a.bindPattern(left, v, e, sinkNode)
	}
}

func (a *analysis) storeMember(left *node, v *value, e *env, fr *frame, sinkNode *node) {
	obj, prop := left.child("object"), left.child("property")
	if prop == nil {
		return
	}
	ov := a.expr(obj, e, fr)
	if sinkNode != nil {
		if site := a.memberSink(left, ov, sinkNode); site != nil {
			a.checkSink(site, v)
		}
	}
	if obj.kind == "this" {
		key := fr.class + "#" + prop.text
		a.fields[key] = join(a.fields[key], v)
	}
	if ov.nodes && v.tainted() && isPath(obj) {
		// inert.body.innerHTML = x: the inert document now holds x's
		// nodes, live once moved into the page.
		a.store(obj, join(ov, &value{labels: allLabels(v)}), e, fr, nil)
	}
	if path := accessPath(obj, prop); path != "" {
		a.setVar(path, v, e, sinkNode)
	}
}

// memberSink returns the sink an assignment to obj.prop is, if any.
func (a *analysis) memberSink(left *node, ov *value, sinkNode *node) *sinkSite {
	name := left.child("property").text
	if name == "location" && (ov.glob == "window" || ov.glob == "document") {
		return &sinkSite{n: sinkNode, name: "location", kind: kURL}
	}
	if ov.loc {
		if name == "href" {
			return &sinkSite{n: sinkNode, name: "location.href", kind: kURL}
		}
		return nil // location.hash = x only moves within the page
	}
	if ov.nodes {
		return nil // markup parsed in an inert document runs nothing (yet)
	}
	if k, known := elementSink(ov.tag, name); known {
		if k == 0 {
			return nil
		}
		return &sinkSite{n: sinkNode, name: ov.tag + "." + name, kind: k}
	}
	if k := sinkProperties[name]; k != 0 {
		return &sinkSite{n: sinkNode, name: name, kind: k}
	}
	return nil
}

// setVar binds a name and records the assignment in the trace of tainted
// values.
func (a *analysis) setVar(name string, v *value, e *env, at *node) {
	if v.tainted() && at != nil {
		step := a.stepAt(at, "assigned to "+name)
		v2 := *v
		v2.labels = nil
		for _, l := range v.labels {
			v2.labels = append(v2.labels, l.step(step))
		}
		v = &v2
	}
	e.set(name, v)
}

// bindPattern binds a declaration or parameter pattern (identifier,
// object or array destructuring, defaults, rest) to a value.
func (a *analysis) bindPattern(p *node, v *value, e *env, at *node) {
	if p == nil {
		return
	}
	switch p.kind {
	case "identifier", "shorthand_property_identifier_pattern":
		a.setVar(p.text, v, e, at)
	case "object_pattern":
		for _, k := range p.kids {
			a.bindObjectPart(k, v, e, at)
		}
		if v.event {
			// ({origin, data}) => ...: a check of origin is a check of the
			// variables that hold the event's data.
			if held := eventDataNames(p); len(held) > 0 {
				for _, k := range p.kids {
					if k.kind == "shorthand_property_identifier_pattern" && k.text == "origin" {
						a.setVar("origin", &value{originOf: held, truthy: true}, e, at)
					}
					if k.kind == "pair_pattern" && k.child("key") != nil && propName(k.child("key")) == "origin" && k.child("value") != nil && k.child("value").kind == "identifier" {
						a.setVar(k.child("value").text, &value{originOf: held, truthy: true}, e, at)
					}
				}
			}
		}
	case "array_pattern":
		if v.state != nil {
			// [value, setter] of useState: both are the state cell.
			for _, k := range p.kids {
				a.bindPattern(k, v, e, at)
			}
			return
		}
		elem := a.property(v, "", p)
		for _, k := range p.kids {
			a.bindPattern(k, elem, e, at)
		}
	case "assignment_pattern":
		def := a.expr(p.child("right"), e, &frame{})
		a.bindPattern(p.child("left"), join(v, def), e, at)
	case "rest_pattern":
		for _, k := range p.kids {
			a.bindPattern(k, v, e, at)
		}
	}
}

// eventDataNames are the variables an object pattern binds to an event's
// data ({data}, {data: msg}).
func eventDataNames(p *node) []string {
	var out []string
	for _, k := range p.kids {
		switch {
		case k.kind == "shorthand_property_identifier_pattern" && k.text == "data":
			out = append(out, "data")
		case k.kind == "pair_pattern" && k.child("key") != nil && propName(k.child("key")) == "data":
			out = append(out, patternNames(k.child("value"))...)
		}
	}
	return out
}

func (a *analysis) bindObjectPart(k *node, v *value, e *env, at *node) {
	switch k.kind {
	case "shorthand_property_identifier_pattern":
		a.setVar(k.text, a.property(v, k.text, k), e, at)
	case "pair_pattern":
		if key := k.child("key"); key != nil {
			a.bindPattern(k.child("value"), a.property(v, propName(key), k), e, at)
		}
	case "object_assignment_pattern":
		left := k.child("left")
		if left == nil {
			return
		}
		def := a.expr(k.child("right"), e, &frame{})
		a.bindPattern(left, join(a.property(v, left.text, k), def), e, at)
	case "rest_pattern":
		for _, kk := range k.kids {
			a.bindPattern(kk, v, e, at)
		}
	}
}

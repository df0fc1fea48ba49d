package javascript

// jsx walks JSX: embedded expressions are analyzed, and
// dangerouslySetInnerHTML={{__html: x}} is an HTML sink (React escapes
// everything else it renders).
func (a *analysis) jsx(n *node, e *env, fr *frame) {
	var props map[string]*value
	for _, k := range n.kids {
		switch k.kind {
		case "jsx_attribute":
			if name, v := a.jsxAttribute(k, e, fr); name != "" {
				if props == nil {
					props = map[string]*value{}
				}
				props[name] = v
			}
		case "jsx_expression":
			for _, kk := range k.kids {
				a.expr(kk, e, fr)
			}
		case "jsx_element", "jsx_self_closing_element", "jsx_opening_element", "jsx_fragment":
			a.jsx(k, e, fr)
		}
	}
	if n.kind == "jsx_self_closing_element" || n.kind == "jsx_opening_element" {
		a.jsxComponent(n, props, e)
	}
}

// jsxComponent: <Html markup={x} /> of a function component of the file
// calls it with its props ({markup: x}), as React does.
func (a *analysis) jsxComponent(n *node, props map[string]*value, e *env) {
	name := n.child("name")
	if name == nil || name.kind != "identifier" || name.text == "" || name.text[0] < 'A' || name.text[0] > 'Z' {
		return // <div>: an element, not a component
	}
	v, ok := e.get(name.text)
	if !ok || v == nil || v.fn == nil {
		return
	}
	if props == nil {
		props = map[string]*value{}
	}
	a.refresh(v.fn, e)
	a.applySummary(v.fn, []*value{{fields: props}}, n)
}

// jsxAttribute analyzes one attribute; it returns the attribute's name and
// value when the value is an expression (name="" otherwise).
func (a *analysis) jsxAttribute(n *node, e *env, fr *frame) (string, *value) {
	if len(n.kids) < 2 {
		return "", nil
	}
	name, val := n.kids[0], n.kids[1]
	if val.kind != "jsx_expression" {
		return "", nil
	}
	var v *value
	for _, k := range val.kids {
		v = a.expr(k, e, fr)
	}
	if name.text == "dangerouslySetInnerHTML" && v != nil && v.fields != nil {
		a.checkSink(&sinkSite{n: n, name: "dangerouslySetInnerHTML", kind: kHTML}, v.fields["__html"])
	}
	if v == nil {
		return "", nil
	}
	return name.text, v
}

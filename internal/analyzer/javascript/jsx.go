package javascript

// jsx walks JSX: embedded expressions are analyzed, and
// dangerouslySetInnerHTML={{__html: x}} is an HTML sink (React escapes
// everything else it renders).
func (a *analysis) jsx(n *node, e *env, fr *frame) {
	for _, k := range n.kids {
		switch k.kind {
		case "jsx_attribute":
			a.jsxAttribute(k, e, fr)
		case "jsx_expression":
			for _, kk := range k.kids {
				a.expr(kk, e, fr)
			}
		case "jsx_element", "jsx_self_closing_element", "jsx_opening_element", "jsx_fragment":
			a.jsx(k, e, fr)
		}
	}
}

func (a *analysis) jsxAttribute(n *node, e *env, fr *frame) {
	if len(n.kids) < 2 {
		return
	}
	name, val := n.kids[0], n.kids[1]
	if val.kind != "jsx_expression" {
		return
	}
	var v *value
	for _, k := range val.kids {
		v = a.expr(k, e, fr)
	}
	if name.text == "dangerouslySetInnerHTML" && v != nil && v.fields != nil {
		a.checkSink(&sinkSite{n: n, name: "dangerouslySetInnerHTML", kind: kHTML}, v.fields["__html"])
	}
}

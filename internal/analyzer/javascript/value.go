package javascript

import (
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
)

// sinkKind is a class of sink. A label carries the kinds it is still
// dangerous for: a sanitizer clears the kinds it protects against
// (encodeURIComponent protects HTML and URL sinks, not eval).
type sinkKind uint8

const (
	kHTML sinkKind = 1 << iota // markup: innerHTML, document.write, jQuery .html()
	kURL                       // URL attributes: href, src, action (javascript: URLs)
	kCode                      // code: eval, new Function, setTimeout("...")
	kAll  = kHTML | kURL | kCode
)

// lead says who controls the first characters of a string. URL sinks are
// only dangerous when the attacker picks the scheme, and jQuery's $() only
// parses HTML when the string starts with "<".
type lead uint8

const (
	leadAttacker lead = iota // the attacker controls the start
	leadSafe                 // a fixed, harmless start ("/", "#", "https://x/")
	leadScript               // a fixed "javascript:" (or data:, vbscript:) start
	leadTag                  // a fixed start with "<"
	leadInherit              // a parameter label: whatever the caller's argument has
)

// label is one piece of taint: where it came from (a source, or a parameter
// of the function being summarized), the sinks it is still dangerous for,
// and the trace of steps so far. Labels are immutable.
type label struct {
	src   *source // nil for parameter labels
	param int     // parameter index for parameter labels, -1 otherwise
	owner *fnDef  // the function whose parameter this is
	mask  sinkKind
	lead  lead
	conf  finding.Confidence
	trace []finding.Step
}

// source is where attacker-controlled data enters.
type source struct {
	name string // "location.hash", "event.data" ...
	step finding.Step
}

func (l *label) with(mask sinkKind, ld lead) *label {
	if l.mask == mask && l.lead == ld {
		return l
	}
	c := *l
	c.mask, c.lead = mask, ld
	return &c
}

// maxTrace bounds a trace; the middle is dropped, source and sink stay.
const maxTrace = 16

func (l *label) step(s finding.Step) *label {
	c := *l
	c.trace = appendStep(l.trace, s)
	return &c
}

func appendStep(tr []finding.Step, s finding.Step) []finding.Step {
	out := make([]finding.Step, 0, len(tr)+1)
	out = append(out, tr...)
	if n := len(out); n > 0 && out[n-1].Location.Line == s.Location.Line && out[n-1].Expression == s.Expression {
		return out
	}
	out = append(out, s)
	if len(out) > maxTrace {
		out = append(out[:1], out[len(out)-maxTrace+1:]...)
	}
	return out
}

// value is what the analysis knows about an expression's value.
type value struct {
	labels []*label
	// str is the value when it is a known constant string.
	str   string
	isStr bool
	// prefix is known constant text at the start of a non-constant string.
	prefix string
	// hasText: the value contains constant text (for "base + x" where base
	// is unknown but the string is not empty before x).
	hasText bool
	falsy   bool // a known falsy constant (false, 0, "", null, undefined)
	truthy  bool // a known truthy constant
	fn      *fnDef
	fields  map[string]*value // object literals
	loc     bool              // the location object
	event   bool              // a "message" event object (its .data is a source)
	jq      bool              // a jQuery object
	glob    string            // "window", "document", "storage"
	// originOf: the value is the origin of the message event held in
	// these variables (or of the event whose data they hold): a check of
	// this value is a check of those (const origin = e.origin).
	originOf []string
	// cls: a class of the file (the class itself, for static methods, or
	// an instance): its methods, getters and this.fields apply.
	cls string
	// tag: an element made by document.createElement(tag) or new Image()
	// (a script's text is code; an image's src loads no script).
	tag string
	// nodes: DOM nodes parsed from markup in an inert document
	// (DOMParser, createHTMLDocument, $.parseHTML): their handlers run
	// once they are inserted into the page, not before.
	nodes bool
	// settle: a Promise's resolve function; what it is called with is
	// what the promise holds.
	settle *settled
	// state: a React state variable and its setter (useState): reading
	// the variable gives everything the setter was called with so far,
	// and the initial value.
	state *settled
}

// settled collects the values a promise is resolved with.
type settled struct{ v *value }

func constStr(s string) *value {
	return &value{str: s, isStr: true, hasText: s != "", prefix: s, falsy: s == "", truthy: s != ""}
}

func (v *value) tainted() bool { return v != nil && len(v.labels) > 0 }

// maxLabels bounds how many distinct labels a value carries.
const maxLabels = 8

// addLabels merges labels, keeping one per (source, parameter, mask, lead).
func addLabels(dst []*label, src ...*label) []*label {
outer:
	for _, l := range src {
		for _, d := range dst {
			if d.src == l.src && d.param == l.param && d.owner == l.owner && d.mask == l.mask && d.lead == l.lead {
				continue outer
			}
		}
		if len(dst) >= maxLabels {
			break
		}
		dst = append(dst, l)
	}
	return dst
}

// join is the value of "either a or b" (branches, ||, ternaries).
func join(a, b *value) *value {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	out := &value{labels: addLabels(append([]*label(nil), a.labels...), b.labels...)}
	if a.isStr && b.isStr && a.str == b.str {
		out.str, out.isStr = a.str, true
	}
	out.hasText = a.hasText && b.hasText
	out.falsy = a.falsy && b.falsy
	out.truthy = a.truthy && b.truthy
	out.loc = a.loc || b.loc
	out.event = a.event || b.event
	if len(a.originOf) > 0 && len(a.originOf) == len(b.originOf) && strings.Join(a.originOf, ",") == strings.Join(b.originOf, ",") {
		out.originOf = a.originOf
	}
	out.jq = a.jq || b.jq
	if a.glob == b.glob {
		out.glob = a.glob
	}
	if a.fn == b.fn {
		out.fn = a.fn
	}
	if a.cls == b.cls {
		out.cls = a.cls
	}
	if a.tag == b.tag {
		out.tag = a.tag
	}
	out.nodes = a.nodes || b.nodes
	if a.fields != nil || b.fields != nil {
		out.fields = map[string]*value{}
		for k, v := range a.fields {
			out.fields[k] = v
		}
		for k, v := range b.fields {
			out.fields[k] = join(out.fields[k], v)
		}
	}
	return out
}

// mapLabels returns a plain string value whose labels are f(label).
func mapLabels(v *value, f func(*label) *label) *value {
	out := &value{}
	if v == nil {
		return out
	}
	for _, l := range v.labels {
		if nl := f(l); nl != nil {
			out.labels = addLabels(out.labels, nl)
		}
	}
	return out
}

// allLabels collects the labels of a value and of its object fields.
func allLabels(v *value) []*label {
	if v == nil {
		return nil
	}
	out := append([]*label(nil), v.labels...)
	for _, f := range v.fields {
		out = addLabels(out, allLabels(f)...)
	}
	return out
}

// concat is the value of a + b for strings.
func concat(a, b *value) *value {
	out := &value{hasText: a.hasText || b.hasText}
	out.labels = append(out.labels, a.labels...)
	// What precedes b decides who controls the start of the result.
	pre := ""
	switch {
	case a.isStr:
		pre = a.str
	case a.prefix != "":
		pre = a.prefix
	}
	var ld lead
	fixed := false
	if strings.TrimSpace(pre) != "" {
		ld, fixed = classifyPrefix(pre)
	} else if !a.tainted() && a.hasText {
		ld, fixed = leadSafe, true
	}
	for _, l := range b.labels {
		if fixed {
			l = l.with(l.mask, ld)
		}
		out.labels = addLabels(out.labels, l)
	}
	switch {
	case a.isStr && b.isStr:
		return constStr(a.str + b.str)
	case a.isStr:
		out.prefix = a.str + b.prefix
	default:
		out.prefix = a.prefix
	}
	if len(out.prefix) > 256 {
		out.prefix = out.prefix[:256]
	}
	out.truthy = out.hasText
	return out
}

var (
	schemeRe        = regexp.MustCompile(`^([a-z][a-z0-9+.\-]*):`)
	partialSchemeRe = regexp.MustCompile(`^[a-z][a-z0-9+.\-]*$`)
)

// classifyPrefix says what a fixed string start means for the sinks that
// care about the start. A prefix that could still become a scheme ("java")
// fixes nothing.
func classifyPrefix(p string) (lead, bool) {
	t := strings.ToLower(strings.TrimLeft(p, " \t\r\n\f"))
	switch {
	case t == "":
		return leadAttacker, false
	case strings.HasPrefix(t, "<"):
		return leadTag, true
	}
	if m := schemeRe.FindStringSubmatch(t); m != nil {
		switch m[1] {
		case "javascript", "data", "vbscript":
			return leadScript, true
		}
		return leadSafe, true
	}
	if partialSchemeRe.MatchString(t) {
		return leadAttacker, false
	}
	return leadSafe, true
}

package taint

import (
	"cmp"
	"math/bits"
	"strings"
	"sync"
)

// Classes is a set of sink classes, as a bit mask.
type Classes uint32

// AllClasses is every class: data that is safe everywhere (an int()).
const AllClasses Classes = ^Classes(0)

var (
	classMu    sync.Mutex
	classBits  = map[string]Classes{}
	classNames []string
)

// Class returns the bit of a sink class name, allocating it on first use.
// "all" is AllClasses.
func Class(name string) Classes {
	if name == "all" {
		return AllClasses
	}
	classMu.Lock()
	defer classMu.Unlock()
	if b, ok := classBits[name]; ok {
		return b
	}
	if len(classNames) >= 31 {
		panic("taint: too many sink classes")
	}
	b := Classes(1) << len(classNames)
	classBits[name] = b
	classNames = append(classNames, name)
	return b
}

// Has reports whether every class of c2 is in c.
func (c Classes) Has(c2 Classes) bool { return c&c2 == c2 }

// Step is one hop of a taint trace. Traces are linked backwards so that
// extending one costs a pointer, not a copy.
type Step struct {
	Path string
	Line int
	Col  int
	Expr string
	Note string
	Prev *Step
	n    int
}

// Then returns a trace that continues t with one more step. Traces are
// capped in length so that loops cannot grow them without bound.
func (t *Step) Then(path string, line, col int, expr, note string) *Step {
	n := 1
	if t != nil {
		n = t.n + 1
		if n > maxSteps {
			return t
		}
	}
	return &Step{Path: path, Line: line, Col: col, Expr: expr, Note: note, Prev: t, n: n}
}

const maxSteps = 24

// Steps returns the trace from the source to the last step.
func (t *Step) Steps() []*Step {
	var out []*Step
	for s := t; s != nil; s = s.Prev {
		out = append(out, s)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Origin says where untrusted data came from.
type Origin struct {
	Kind       string // web, env, argv, stdin
	Confidence string // high, medium, low
	Trace      *Step
}

// confidenceRank orders an origin's confidence (unknown ones last).
func confidenceRank(c string) int {
	switch c {
	case "high":
		return 0
	case "medium":
		return 1
	case "low":
		return 2
	}
	return 3
}

// strongerOrigin picks the origin a joined value reports: the one of
// higher confidence (request data over the environment), then the earlier
// source in the project. The choice does not depend on the order of the
// operands, so a report does not depend on the order in which the paths
// of a program were analysed.
func strongerOrigin(a, b *Origin) *Origin {
	switch {
	case a == nil:
		return b
	case b == nil || a == b:
		return a
	}
	if ra, rb := confidenceRank(a.Confidence), confidenceRank(b.Confidence); ra != rb {
		if ra < rb {
			return a
		}
		return b
	}
	if a.Kind != b.Kind {
		if a.Kind < b.Kind {
			return a
		}
		return b
	}
	if traceBefore(b.Trace, a.Trace) {
		return b
	}
	return a
}

// traceBefore orders traces: the earlier source (path, line, column), then
// the shorter trace, then the earlier steps; a total order on their steps.
func traceBefore(a, b *Step) bool {
	sa, sb := a.first(), b.first()
	if sa == nil || sb == nil {
		return sa != nil
	}
	if c := compareSteps(sa, sb, false); c != 0 {
		return c < 0
	}
	if a.n != b.n {
		return a.n < b.n
	}
	for x, y := a, b; x != nil && y != nil; x, y = x.Prev, y.Prev {
		if c := compareSteps(x, y, true); c != 0 {
			return c < 0
		}
	}
	return false
}

// compareSteps orders two steps by place (path, line, column), and with
// text also by expression and note.
func compareSteps(x, y *Step, text bool) int {
	place := cmp.Or(cmp.Compare(x.Path, y.Path), cmp.Compare(x.Line, y.Line), cmp.Compare(x.Col, y.Col))
	if place != 0 || !text {
		return place
	}
	return cmp.Or(cmp.Compare(x.Expr, y.Expr), cmp.Compare(x.Note, y.Note))
}

// first is the trace's first step (the source), or nil.
func (t *Step) first() *Step {
	for t != nil && t.Prev != nil {
		t = t.Prev
	}
	return t
}

// Taint is what is known about the untrustedness of a value.
// The zero value is clean.
type Taint struct {
	// Origin is set when the value derives from a real source.
	Origin *Origin
	// Params has bit i set when the value derives from the i-th parameter
	// of the function being summarised.
	Params uint64
	// ParamTrace is the trace from the parameter(s) to here.
	ParamTrace *Step
	// Safe are the sink classes the value has been sanitized for.
	Safe Classes
	// part holds further classes single parts of a joined value were
	// sanitized for: index 0 the origin, 1+i parameter i (for the first
	// partSlots-1 parameters). os.path.join(self.root, basename(name))
	// keeps name's path safety although self.root carries none. Nil (the
	// common case) when no part has more than Safe; shared, never changed.
	part *[partSlots]Classes
}

const partSlots = 5

// partSafe is the classes part k is safe for (k as in part; k < 0
// for parameters without a slot).
func (t Taint) partSafe(k int) Classes {
	if k < 0 || k >= partSlots || t.part == nil {
		return t.Safe
	}
	return t.Safe | t.part[k]
}

func paramSlot(i int) int {
	if i+1 < partSlots {
		return i + 1
	}
	return -1
}

// OriginSafe is the classes the origin part is safe for.
func (t Taint) OriginSafe() Classes { return t.partSafe(0) }

// ParamSafe is the classes the part from parameter i is safe for.
func (t Taint) ParamSafe(i int) Classes { return t.partSafe(paramSlot(i)) }

// OriginReaches: the part from a real source is dangerous for c.
func (t Taint) OriginReaches(c Classes) bool { return t.Origin != nil && !t.OriginSafe().Has(c) }

// ParamReaches: the part from parameter i is dangerous for c.
func (t Taint) ParamReaches(i int, c Classes) bool {
	return i < 64 && t.Params&(1<<i) != 0 && !t.ParamSafe(i).Has(c)
}

// OriginOnly is the origin part alone, with its sanitization.
func (t Taint) OriginOnly() Taint {
	if t.Origin == nil {
		return Taint{}
	}
	return Taint{Origin: t.Origin, Safe: t.OriginSafe()}
}

// Unsanitized drops every sanitization (a decoder turned the value back
// into raw input).
func (t Taint) Unsanitized() Taint {
	t.Safe = 0
	t.part = nil
	return t
}

// Unsanitize drops the sanitization for the classes c alone (a string
// used as a dict key may be a MongoDB operator, though no string value
// can be one).
func (t Taint) Unsanitize(c Classes) Taint {
	t.Safe &^= c
	if t.part != nil {
		p := *t.part
		for i := range p {
			p[i] &^= c
		}
		t.part = &p
	}
	return t
}

// has reports whether part k is present.
func (t Taint) has(k int) bool {
	if k == 0 {
		return t.Origin != nil
	}
	return t.Params&(1<<(k-1)) != 0
}

// Tainted reports whether the value carries any taint.
func (t Taint) Tainted() bool { return t.Origin != nil || t.Params != 0 }

// Join merges the taint of two paths: tainted if either is, safe for a class
// only if both are (a clean path does not weaken the other's sanitization).
func Join(a, b Taint) Taint {
	switch {
	case !a.Tainted():
		return b
	case !b.Tainted():
		return a
	}
	out := a
	out.Origin = strongerOrigin(a.Origin, b.Origin)
	if out.ParamTrace == nil || b.ParamTrace != nil && traceBefore(b.ParamTrace, out.ParamTrace) {
		out.ParamTrace = b.ParamTrace
	}
	out.Params |= b.Params
	out.Safe = a.Safe & b.Safe
	out.part = nil
	if a.Safe == b.Safe && a.part == nil && b.part == nil {
		return out // the common case: nothing part-specific to keep
	}
	var part [partSlots]Classes
	kept := false
	for k := 0; k < partSlots; k++ {
		ea, eb := AllClasses, AllClasses
		if a.has(k) {
			ea = a.partSafe(k)
		}
		if b.has(k) {
			eb = b.partSafe(k)
		}
		if a.has(k) || b.has(k) {
			part[k] = (ea & eb) &^ out.Safe
			kept = kept || part[k] != 0
		}
	}
	if kept {
		out.part = &part
	}
	return out
}

// SameSafety reports whether two taints are sanitized alike.
func (t Taint) SameSafety(o Taint) bool {
	if t.Safe != o.Safe || (t.part == nil) != (o.part == nil) {
		return false
	}
	return t.part == nil || *t.part == *o.part
}

// Sanitize marks the value safe for the classes.
func (t Taint) Sanitize(c Classes) Taint {
	if !t.Tainted() {
		return t
	}
	t.Safe |= c
	if t.Safe == AllClasses {
		return Taint{}
	}
	return t
}

// Reaches reports whether some part of the value is dangerous for a sink
// class.
func (t Taint) Reaches(c Classes) bool {
	if !t.Tainted() || t.Safe.Has(c) {
		return false
	}
	if t.OriginReaches(c) {
		return true
	}
	for p := t.Params; p != 0; p &= p - 1 {
		if t.ParamReaches(bits.TrailingZeros64(p), c) {
			return true
		}
	}
	return false
}

// Extend appends a step to whichever traces the value has.
func (t Taint) Extend(path string, line, col int, expr, note string) Taint {
	if t.Origin != nil {
		o := *t.Origin
		o.Trace = o.Trace.Then(path, line, col, expr, note)
		t.Origin = &o
	}
	if t.Params != 0 {
		t.ParamTrace = t.ParamTrace.Then(path, line, col, expr, note)
	}
	return t
}

// ClassNames lists the names of the classes in c (for messages).
func ClassNames(c Classes) string {
	classMu.Lock()
	defer classMu.Unlock()
	var parts []string
	for i, n := range classNames {
		if c&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, ",")
}

// WithoutOrigin returns t without its origin when the origin reaches class
// c (the parts from parameters stay: a caller may pass them sanitized
// for c and not for the sink at hand).
func (t Taint) WithoutOrigin(c Classes) Taint {
	if t.OriginReaches(c) {
		t.Origin = nil
	}
	return t
}

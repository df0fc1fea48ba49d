package taint

import (
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
	if out.Origin == nil {
		out.Origin = b.Origin
	}
	if out.ParamTrace == nil {
		out.ParamTrace = b.ParamTrace
	}
	out.Params |= b.Params
	out.Safe = a.Safe & b.Safe
	return out
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

// Reaches reports whether the value is dangerous for a sink class.
func (t Taint) Reaches(c Classes) bool { return t.Tainted() && !t.Safe.Has(c) }

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

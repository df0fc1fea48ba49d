package javascript

import "github.com/secaudit/secaudit/internal/finding"

// sinkSite is one place where data is parsed as markup, code or a URL.
type sinkSite struct {
	n    *node  // the assignment or call; findings are reported at its line
	name string // "innerHTML", "eval", "jQuery .html()" ...
	kind sinkKind
	// jq: jQuery's $(x), which parses x as HTML only when it starts with "<".
	jq bool
}

// sinkProperties are element properties whose assignment is a sink.
var sinkProperties = map[string]sinkKind{
	"innerHTML":  kHTML,
	"outerHTML":  kHTML,
	"srcdoc":     kHTML,
	"src":        kURL,
	"href":       kURL,
	"action":     kURL,
	"formAction": kURL,
}

// inertSrc are the elements whose src loads media, never a script.
var inertSrc = map[string]bool{"img": true, "video": true, "audio": true, "source": true, "track": true, "picture": true}

// elementSink is what assigning prop on an element of a known tag is:
// a script element's text is code; an image's src is no sink.
func elementSink(tag, prop string) (sinkKind, bool) {
	switch {
	case tag == "script" && (prop == "text" || prop == "textContent" || prop == "innerText"):
		return kCode, true
	case inertSrc[tag] && (prop == "src" || prop == "srcset"):
		return 0, true
	}
	return 0, false
}

// sinkAttribute says what setAttribute(name, x) (or jQuery .attr) is.
func sinkAttribute(name string) sinkKind {
	switch name {
	case "href", "src", "action", "formaction", "xlink:href":
		return kURL
	case "srcdoc":
		return kHTML
	}
	if len(name) > 2 && name[:2] == "on" {
		return kCode
	}
	return 0
}

// dangerous says whether a label at a sink is a vulnerability (or, for a
// parameter label, may be one depending on the caller's argument).
func dangerous(site *sinkSite, l *label) bool {
	if l.mask&site.kind == 0 {
		return false
	}
	switch {
	case site.kind == kURL:
		return l.lead == leadAttacker || l.lead == leadScript || l.lead == leadInherit
	case site.jq:
		return l.lead == leadAttacker || l.lead == leadTag || l.lead == leadInherit
	}
	return true
}

// checkSink reports the labels of v that are dangerous at the sink:
// source labels become findings, parameter labels go into the summary of
// the function they belong to.
func (a *analysis) checkSink(site *sinkSite, v *value) {
	for _, l := range allLabels(v) {
		a.sinkLabel(site, l)
	}
}

func (a *analysis) sinkLabel(site *sinkSite, l *label) {
	if !dangerous(site, l) {
		return
	}
	if l.src != nil {
		if _, dup := a.found[site.n.start]; !dup {
			a.found[site.n.start] = &found{site: site, l: l}
		}
		return
	}
	if sum := a.building[l.owner]; sum != nil {
		for _, ps := range sum.sinks {
			if ps.site.n == site.n && ps.param == l.param && ps.l.mask == l.mask && ps.l.lead == l.lead {
				return
			}
		}
		sum.sinks = append(sum.sinks, paramSink{param: l.param, l: l, site: site})
	}
}

// maxApplyDepth bounds nested summary applications: a callback applied inside the
// application of the function that calls it, and so on.
const maxApplyDepth = 8

// applySummary: a call of fd with these arguments reaches fd's sinks for
// every argument label still dangerous there, calls the functions passed
// for parameters fd calls, and returns fd's return value with the
// arguments in place of the parameters.
func (a *analysis) applySummary(fd *fnDef, args []*value, call *node) *value {
	if fd.sum == nil || a.depth >= maxApplyDepth {
		return &value{}
	}
	a.depth++
	defer func() { a.depth-- }()
	callStep := a.stepAt(call, "passed to "+fd.display())
	for _, ps := range fd.sum.sinks {
		if ps.param >= len(args) || args[ps.param] == nil {
			continue
		}
		for _, al := range allLabels(args[ps.param]) {
			a.sinkLabel(ps.site, through(al, ps.l, callStep))
		}
	}
	for _, pc := range fd.sum.calls {
		if pc.param < len(args) && args[pc.param] != nil && args[pc.param].fn != nil {
			cbArgs := make([]*value, len(pc.args))
			for i, v := range pc.args {
				cbArgs[i] = instantiate(fd, v, args, callStep, 0)
			}
			a.applySummary(args[pc.param].fn, cbArgs, pc.site)
		}
	}
	return instantiate(fd, fd.sum.ret, args, callStep, 0)
}

// through is an argument's label after it went through a parameter label
// of the callee: the masks intersect, and the callee's lead wins unless it
// is the parameter's own.
func through(argLabel, inner *label, callStep finding.Step) *label {
	ld := inner.lead
	if ld == leadInherit {
		ld = argLabel.lead
	}
	c := *argLabel
	c.mask = argLabel.mask & inner.mask
	c.lead = ld
	c.trace = appendSteps(appendStep(argLabel.trace, callStep), inner.trace)
	return &c
}

// instantiate is v, a value computed with fd's symbolic parameters, with
// the arguments' labels in place of fd's parameter labels (fields too).
func instantiate(fd *fnDef, v *value, args []*value, callStep finding.Step, depth int) *value {
	if v == nil {
		return &value{}
	}
	out := *v
	out.labels = nil
	for _, l := range v.labels {
		if l.src != nil || l.owner != fd {
			out.labels = addLabels(out.labels, l)
			continue
		}
		if l.param < len(args) && args[l.param] != nil {
			for _, al := range allLabels(args[l.param]) {
				out.labels = addLabels(out.labels, through(al, l, callStep))
			}
		}
	}
	if v.fields != nil {
		out.fields = map[string]*value{}
		if depth < 4 {
			for k, f := range v.fields {
				out.fields[k] = instantiate(fd, f, args, callStep, depth+1)
			}
		}
	}
	return &out
}

func appendSteps(tr []finding.Step, more []finding.Step) []finding.Step {
	for _, s := range more {
		tr = appendStep(tr, s)
	}
	return tr
}

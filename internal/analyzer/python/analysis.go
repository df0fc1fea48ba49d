package python

import (
	"fmt"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/rule"
	"github.com/secaudit/secaudit/internal/taint"
)

// maxRounds bounds the summary fixpoint: each round re-analyses every
// function with its callees' summaries from the round before.
const maxRounds = 6

// analysis runs the taint analysis over a program.
type analysis struct {
	p         *program
	rules     *rule.Set
	reporting bool
	findings  map[string]*finding.Finding
	// classAttrs are attribute values of classes (real input, constants and
	// types; never a method's parameters), from the previous round.
	classAttrs, nextAttrs map[*class]map[string]*value
	proxied               bool
	proxiedAt             string
	noProxies             []sinkLoc
	obs                   []control.Observation
	secretNames           map[string]bool
}

// isSecretName caches whether an identifier names a secret.
func (a *analysis) isSecretName(name string) bool {
	if a.secretNames == nil {
		a.secretNames = map[string]bool{}
	}
	v, ok := a.secretNames[name]
	if !ok {
		v = secretName.MatchString(name) && !notSecretName.MatchString(name)
		a.secretNames[name] = v
	}
	return v
}

func newAnalysis(p *program, rules *rule.Set) *analysis {
	return &analysis{p: p, rules: rules, findings: map[string]*finding.Finding{},
		classAttrs: map[*class]map[string]*value{}, nextAttrs: map[*class]map[string]*value{}}
}

// run computes summaries to a fixpoint, then analyses every function once
// more to report findings.
func (a *analysis) run() {
	funcs := a.p.allFunctions()
	for round := 0; round < maxRounds; round++ {
		changed := false
		for _, f := range funcs {
			sum := a.analyze(f)
			if !sum.equal(&f.sum) {
				changed = true
			}
			f.sum = sum
		}
		a.classAttrs, a.nextAttrs = a.nextAttrs, map[*class]map[string]*value{}
		if !changed && round > 0 {
			break
		}
	}
	a.reporting = true
	for _, f := range funcs {
		a.analyze(f)
	}
	a.reportNoProxy()
	a.checkRoutes()
	a.checkSecurityEvents()
	a.checkPlaintextColumns()
	a.checkMFA()
}

// analyze runs one function body and returns its summary.
func (a *analysis) analyze(f *function) summary {
	fr := &frame{a: a, fn: f, mod: f.mod}
	st := newState()
	if f.def == nil {
		st = fr.block(st, f.mod.ast.Body)
		f.mod.globals = st.vars
		return summary{}
	}
	for i, p := range f.params {
		st.vars[p.Name] = a.paramValue(fr, f, i, p)
	}
	fr.block(st, f.def.Body)
	sum := fr.sum
	if fr.ret != nil {
		sum.ret = fr.ret.taintOf()
		sum.retConst = fr.ret.c
		sum.retTyp = fr.ret.typ
		sum.retReq = fr.ret.request
		sum.retWeak = fr.ret.weakRandomOf()
		sum.retExc = fr.ret.excOf()
		sum.retClass = fr.ret.class
		if sum.retWeak != nil && a.p.spec.weakRandom != nil && a.p.spec.weakRandom.names.MatchString(strings.ToLower(f.name)) {
			a.reportWeakRandom(fr, sum.retWeak)
		}
	}
	sort.Slice(sum.sinks, func(i, j int) bool {
		x, y := sum.sinks[i], sum.sinks[j]
		if x.loc.line != y.loc.line {
			return x.loc.line < y.loc.line
		}
		return x.param < y.param
	})
	return sum
}

// paramValue is what a parameter holds when the function starts: input for
// framework handlers, the instance for self, a request object for request
// parameters, and otherwise a symbolic parameter for the summary.
func (a *analysis) paramValue(fr *frame, f *function, i int, p pyfront.Param) *value {
	spec := a.p.spec
	if i == 0 && f.cls != nil && !isStatic(f) && p.Star == "" {
		fr.self = p.Name
		if isClassMethod(f) {
			return &value{class: f.cls, classRef: true}
		}
		return &value{class: f.cls, self: true}
	}
	annot := ""
	if p.Annot != nil {
		annot = a.p.qualify(f.mod, p.Annot.Dotted())
	}
	switch {
	case annot != "" && spec.reqTypes.has(annot, p.Annot.Dotted()), spec.reqParams[p.Name] && p.Star == "":
		return &value{request: true, qname: "request"}
	case spec.entryParams[p.Name]:
		return &value{request: true, t: a.paramOrigin(fr, p)}
	}
	if h := f.handler; h != nil && h.errorHandler {
		return &value{excObj: true}
	}
	if h := f.handler; h != nil {
		switch {
		case h.safeParams[p.Name]:
			return clean
		case annot != "" && spec.safeTypes.has(annot, p.Annot.Dotted()):
			return clean
		case p.Default != nil && p.Default.Kind == pyfront.Call && (strings.HasSuffix(p.Default.Callee(), "Depends") || strings.HasSuffix(p.Default.Callee(), "Security")):
			return clean
		}
		return &value{t: a.paramOrigin(fr, p)}
	}
	if i >= 64 {
		return clean
	}
	step := (*taint.Step)(nil).Then(f.mod.path, p.Pos.Line, p.Pos.Col, p.Name, "parameter "+p.Name+" of "+f.name+"()")
	v := &value{t: taint.Taint{Params: 1 << i, ParamTrace: step}}
	if p.Star != "" {
		v.container = true
	}
	return v
}

func (a *analysis) paramOrigin(fr *frame, p pyfront.Param) taint.Taint {
	return taint.Taint{Origin: &taint.Origin{Kind: "web", Confidence: "high",
		Trace: (*taint.Step)(nil).Then(fr.mod.path, p.Pos.Line, p.Pos.Col, p.Name, "request parameter "+p.Name+" of "+fr.fn.name+"()")}}
}

func isClassMethod(f *function) bool {
	for _, d := range f.def.Decorators {
		if d.Dotted() == "classmethod" {
			return true
		}
	}
	return false
}

// origin is fresh taint from a source at an expression.
func (a *analysis) origin(kind, confidence string, fr *frame, e *pyfront.Expr) taint.Taint {
	src := ""
	pos := pyfront.Pos{}
	if e != nil {
		src, pos = e.Src, e.Pos
	}
	return taint.Taint{Origin: &taint.Origin{Kind: kind, Confidence: confidence,
		Trace: (*taint.Step)(nil).Then(fr.mod.path, pos.Line, pos.Col, src, "source: "+kind+" input")}}
}

// setClassAttr records self.attr = v for the class's other methods (real
// input, constants and types only: parameters mean nothing elsewhere).
func (a *analysis) setClassAttr(c *class, attr string, v *value) {
	m := a.nextAttrs[c]
	if m == nil {
		m = map[string]*value{}
		a.nextAttrs[c] = m
	}
	stored := v
	if v.t.Params != 0 || v.taintOf().Params != 0 {
		t := v.taintOf()
		t.Params, t.ParamTrace = 0, nil
		if t.Origin == nil {
			t = taint.Taint{}
		}
		stored = &value{t: t, typ: v.typ, class: v.class, request: v.request}
	}
	prev := m[attr]
	m[attr] = join(prev, stored)
	if stored.typ == "http.SessionProxied" || prev != nil && prev.typ == "http.SessionProxied" {
		m[attr].typ = "http.SessionProxied" // configuring a proxy is for good
	}
}

func (a *analysis) classAttr(c *class, attr string) *value {
	for depth := 0; c != nil && depth < 10; depth++ {
		if v := a.classAttrs[c][attr]; v != nil {
			return v
		}
		if v := c.attrs[attr]; v != nil {
			return v
		}
		var next *class
		for _, b := range c.bases {
			if bc := a.p.lookupClass(b, c.mod); bc != nil {
				next = bc
				break
			}
		}
		c = next
	}
	return nil
}

// report records a finding without taint (a call pattern).
func (a *analysis) report(fr *frame, ruleID string, pos pyfront.Pos, src string, trace *taint.Step, msg string) {
	if !a.reporting {
		return
	}
	loc := sinkLoc{path: fr.mod.path, line: pos.Line, col: pos.Col, snippet: strings.TrimSpace(fr.mod.ast.Line(pos.Line)), expr: src}
	a.add(ruleID, loc, msg, trace, "")
}

// reportTaint records a finding where input from a source reaches a sink.
func (a *analysis) reportTaint(ruleID string, loc sinkLoc, o *taint.Origin, trace *taint.Step) {
	if !a.reporting {
		return
	}
	r := a.rules.Get(ruleID)
	title := ruleID
	if r != nil {
		title = strings.ToLower(r.Title[:1]) + r.Title[1:]
	}
	msg := fmt.Sprintf("%s: %s input reaches %s", title, o.Kind, loc.expr)
	a.add(ruleID, loc, msg, trace, o.Confidence)
}

func (a *analysis) reportWeakRandom(fr *frame, w *taint.Step) {
	if !a.reporting || w == nil {
		return
	}
	var m *module
	for _, x := range a.p.modules {
		if x.path == w.Path {
			m = x
		}
	}
	snippet := ""
	if m != nil {
		snippet = strings.TrimSpace(m.ast.Line(w.Line))
	}
	loc := sinkLoc{path: w.Path, line: w.Line, col: w.Col, snippet: snippet, expr: w.Expr}
	a.add(a.p.spec.weakRandom.rule, loc, "a value from the random module is used as a secret (token, password, key or nonce)", w, "")
}

func (a *analysis) add(ruleID string, loc sinkLoc, msg string, trace *taint.Step, confidence string) {
	key := fmt.Sprintf("%s|%s|%d", ruleID, loc.path, loc.line)
	if _, dup := a.findings[key]; dup {
		return
	}
	if a.rules.Get(ruleID) == nil {
		return
	}
	f := a.rules.NewFinding(ruleID, msg)
	f.Location = &finding.Location{Path: loc.path, Line: loc.line, Column: loc.col, Snippet: loc.snippet}
	for _, s := range trace.Steps() {
		f.Evidence.Trace = append(f.Evidence.Trace, finding.Step{Location: finding.Location{Path: s.Path, Line: s.Line, Column: s.Col}, Expression: s.Expr, Note: s.Note})
	}
	if confidence == "low" {
		// Input from the environment or the command line is under the
		// operator's control: worth a look, not an alarm.
		f.Confidence = finding.ConfidenceLow
		f.Severity = finding.SeverityLow
	}
	a.findings[key] = &f
}

func (a *analysis) proxyConfigured(fr *frame, pos pyfront.Pos) {
	if !a.proxied {
		a.proxied = true
		a.proxiedAt = fmt.Sprintf("%s:%d", fr.mod.path, pos.Line)
	}
}

func (a *analysis) noProxy(fr *frame, e *pyfront.Expr) {
	if !a.reporting {
		return
	}
	a.noProxies = append(a.noProxies, sinkLoc{path: fr.mod.path, line: e.Pos.Line, col: e.Pos.Col, snippet: strings.TrimSpace(fr.mod.ast.Line(e.Pos.Line)), expr: e.Src})
}

func (a *analysis) reportNoProxy() {
	for _, loc := range a.noProxies {
		a.add("PY-HTTP-NO-PROXY", loc, "outbound request made directly, not through a configured proxy", nil, "")
	}
	if a.proxied {
		a.obs = append(a.obs, control.Observation{Control: "SSRF-2", Kind: control.Positive, Analyzer: "python", Text: "outbound HTTP clients are configured with a proxy (" + a.proxiedAt + ")"})
	}
}

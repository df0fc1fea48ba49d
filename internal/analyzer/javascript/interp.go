package javascript

import (
	"context"
	"errors"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
)

// fnDef is a function of the file, with the summary the analysis computed
// for it: which parameter reaches which sink, which reaches the return value.
type fnDef struct {
	n     *node
	name  string
	class string
	sum   *summary
	// env is the scope the function was defined in (for calls analyzed
	// with actual arguments, such as constructors).
	env *env
	// hoisted: a function declaration, summarized before the statements
	// of its scope ran; resummarized counts its summaries at calls.
	hoisted      bool
	resummarized int
}

type summary struct {
	sinks []paramSink
	// ret is the return value in terms of the parameters: its parameter
	// labels are replaced by the arguments' at a call, and its fields and
	// function survive (a factory's closure, a parser's result object).
	ret *value
	// calls: a parameter called as a function (a callback), with the
	// arguments it receives.
	calls []paramCall
}

// paramCall records that parameter param is called with args.
type paramCall struct {
	param int
	args  []*value
	site  *node
}

// paramSink records that parameter param reaches a sink of the function,
// with the mask and lead it had there.
type paramSink struct {
	param int
	l     *label
	site  *sinkSite
}

// frame is the function being analyzed.
type frame struct {
	fn    *fnDef // nil at the top level
	class string
	ret   *value
}

// analysis is the state of one file's analysis.
type analysis struct {
	ctx     context.Context
	rel     string
	src     []byte
	fns     map[*node]*fnDef
	methods map[string]*fnDef // "Class#method"
	fields  map[string]*value // "Class#prop": what this.prop may hold
	sources map[int]*source   // by node offset, so that rounds share them
	// building holds the summaries being computed, by function.
	building map[*fnDef]*summary
	// active holds the functions being analyzed with actual arguments, and
	// depth the nesting of summary applications (callbacks of callbacks).
	active  map[*fnDef]bool
	depth   int
	getters map[string]*fnDef // "Class#prop" of get accessors
	found   map[int]*found    // by sink offset: one finding per sink
	steps   int
	budget  int
}

type found struct {
	site *sinkSite
	l    *label
}

var errBudget = errors.New("analysis budget exceeded")

// rounds: a second pass sees summaries and class fields of functions
// defined after their first use.
const rounds = 2

func newAnalysis(ctx context.Context, rel string, src []byte, nodes int) *analysis {
	return &analysis{
		ctx: ctx, rel: rel, src: src,
		fns: map[*node]*fnDef{}, methods: map[string]*fnDef{}, fields: map[string]*value{},
		sources: map[int]*source{}, building: map[*fnDef]*summary{}, found: map[int]*found{},
		active: map[*fnDef]bool{}, getters: map[string]*fnDef{},
		budget: 200*nodes + 100000,
	}
}

// run analyzes a program. A budget overrun ends the analysis early; what
// was found so far is kept and the caller reports the overrun.
func (a *analysis) run(root *node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if p == errBudget || p == context.Canceled || p == context.DeadlineExceeded {
				err = p.(error)
				return
			}
			panic(p)
		}
	}()
	for r := 0; r < rounds; r++ {
		a.block(root.kids, newEnv(nil), &frame{})
	}
	return nil
}

func (a *analysis) tick() {
	a.steps++
	if a.steps > a.budget {
		panic(errBudget)
	}
	if a.steps&0xfff == 0 && a.ctx.Err() != nil {
		panic(a.ctx.Err())
	}
}

// text is a node's source, shortened for traces and messages.
func (a *analysis) text(n *node) string {
	if n == nil || n.start >= n.end || n.end > len(a.src) {
		return ""
	}
	s := strings.Join(strings.Fields(string(a.src[n.start:n.end])), " ")
	if len(s) > 120 {
		s = strings.ToValidUTF8(s[:117], "") + "..."
	}
	return s
}

func (a *analysis) stepAt(n *node, note string) finding.Step {
	return finding.Step{
		Location:   finding.Location{Path: a.rel, Line: n.line, Column: n.col},
		Expression: a.text(n),
		Note:       note,
	}
}

// block analyzes a statement list. Function declarations are hoisted: they
// are summarized before the statements run, as JavaScript hoists them.
func (a *analysis) block(stmts []*node, e *env, fr *frame) {
	for _, s := range stmts {
		if s.kind == "function_declaration" || s.kind == "generator_function_declaration" {
			fd := a.fnFor(s, fr.class)
			fd.hoisted = true
			if name := s.child("name"); name != nil {
				e.declare(name.text)
				e.set(name.text, &value{fn: fd})
			}
			a.summarize(fd, e)
		}
	}
	for _, s := range stmts {
		if e.dead {
			return
		}
		a.stmt(s, e, fr)
	}
}

func (a *analysis) fnFor(n *node, class string) *fnDef {
	if fd := a.fns[n]; fd != nil {
		return fd
	}
	fd := &fnDef{n: n, class: class}
	if name := n.child("name"); name != nil {
		fd.name = name.text
	}
	a.fns[n] = fd
	return fd
}

// summarize analyzes a function with symbolic parameters and stores what
// reaches its sinks and its return value.
func (a *analysis) summarize(fd *fnDef, outer *env) {
	if _, busy := a.building[fd]; busy {
		return // recursion: the previous summary stands
	}
	sum := &summary{}
	a.building[fd] = sum
	defer delete(a.building, fd)
	params := paramList(fd.n)
	binding := make([]*value, len(params))
	for i, p := range params {
		l := &label{param: i, owner: fd, mask: kAll, lead: leadInherit, trace: []finding.Step{a.stepAt(p, "parameter of "+fd.display())}}
		binding[i] = &value{labels: []*label{l}}
	}
	fd.env = outer
	sum.ret = a.call(fd, outer, binding)
	fd.sum = sum
}

// invoke analyzes a call of fd with actual arguments (an IIFE, a
// constructor, a callback given known values). A function already being
// analyzed that way is applied through its summary instead (recursion).
func (a *analysis) invoke(fd *fnDef, outer *env, args []*value, call *node) *value {
	if a.active[fd] {
		return a.applySummary(fd, args, call)
	}
	a.active[fd] = true
	defer delete(a.active, fd)
	return a.call(fd, outer, args)
}

func (fd *fnDef) display() string {
	switch {
	case fd.name != "" && fd.class != "":
		return fd.class + "." + fd.name
	case fd.name != "":
		return fd.name
	}
	return "an anonymous function"
}

// call analyzes a function body with the given argument values (missing
// ones are undefined) and returns what it returns.
func (a *analysis) call(fd *fnDef, outer *env, args []*value) *value {
	fe := newScope(outer, true)
	fe.declare("this")
	fe.declare("arguments")
	for _, p := range paramList(fd.n) {
		for _, name := range patternNames(p) {
			fe.declare(name)
		}
	}
	for i, p := range paramList(fd.n) {
		var v *value
		if i < len(args) {
			v = args[i]
		}
		if v == nil {
			v = &value{falsy: true}
		}
		a.bindPattern(p, v, fe, nil)
	}
	fr := &frame{fn: fd, class: fd.class}
	body := fd.n.child("body")
	switch {
	case body == nil:
	case body.kind == "statement_block":
		a.block(body.kids, fe, fr)
	default: // arrow function with an expression body
		fr.ret = a.expr(body, fe, fr)
	}
	if fr.ret == nil {
		return &value{}
	}
	return fr.ret
}

// paramList returns the parameter patterns of a function node.
func paramList(n *node) []*node {
	if p := n.child("parameter"); p != nil { // x => ...
		return []*node{p}
	}
	ps := n.child("parameters")
	if ps == nil {
		return nil
	}
	return ps.kids
}

// maxResummaries bounds how often a hoisted function is summarized again at
// its calls.
const maxResummaries = 8

// refresh summarizes a hoisted function again before a call by the
// statements of its own scope: it was first summarized before they ran,
// and the variables it reads may hold other values now (function paint()
// { el.innerHTML = value } declared before const value = q; paint();).
// Calls from other functions' bodies see the summary as it is.
func (a *analysis) refresh(fd *fnDef, caller *env) {
	if !fd.hoisted || fd.env == nil || fd.resummarized >= maxResummaries || !withinScope(caller, fd.env) {
		return
	}
	fd.resummarized++
	a.summarize(fd, fd.env)
}

// patternNames lists the names a declaration or parameter pattern binds.
func patternNames(p *node) []string {
	if p == nil {
		return nil
	}
	switch p.kind {
	case "identifier", "shorthand_property_identifier_pattern":
		return []string{p.text}
	case "pair_pattern":
		return patternNames(p.child("value"))
	case "assignment_pattern", "object_assignment_pattern":
		return patternNames(p.child("left"))
	case "object_pattern", "array_pattern", "rest_pattern":
		var out []string
		for _, k := range p.kids {
			out = append(out, patternNames(k)...)
		}
		return out
	}
	return nil
}

// withinScope: e is def or a block or branch layer inside it, not inside
// a function of it.
func withinScope(e, def *env) bool {
	for s := e; s != nil; s = s.parent {
		if s == def {
			return true
		}
		if s.fn {
			return false
		}
	}
	return false
}

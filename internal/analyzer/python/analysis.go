package python

import (
	"cmp"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
	"github.com/secaudit/secaudit/internal/taint"
)

// maxRounds bounds the summary fixpoint. Round one analyses every function;
// each later round re-analyses only the functions whose callees' summaries
// or read class attributes changed in the round before.
const maxRounds = 8

var debugRounds = os.Getenv("SECAUDIT_DEBUG_ROUNDS") != ""

// analysis runs the taint analysis over a program.
type analysis struct {
	p     *program
	rules *rule.Set
	// results are each function's latest analysis.
	results map[*function]*fnResult
	// writers are the functions whose latest analysis wrote attributes of
	// each class; staleClasses the classes whose writers' results changed
	// since the last merge (only those are merged again).
	writers      map[*class]map[*function]bool
	staleClasses map[*class]bool
	// px are the URL prefixes of routers and mounted apps (computed beside
	// the rounds, set before the checks).
	px *prefixes
	// findings are those of the checks run after the fixpoint (routes,
	// security events); per-function findings live in results.
	findings map[string]*finding.Finding
	// classAttrs are attribute values of classes (real input, constants and
	// types; never a method's parameters), merged from every function's
	// latest writes.
	classAttrs map[*class]map[string]*value
	obs        []control.Observation
	routes     []report.RouteEntry
	// demand, during the first round, lets an analysis that calls a
	// function not analysed yet analyse it first (see onDemand).
	demand *demandSet
}

// fnResult is what one analysis of a function produced.
type fnResult struct {
	sum       summary
	findings  map[string]*finding.Finding
	noProxies []sinkLoc
	proxiedAt string
	// downloaded is set once the function has fetched something, verified
	// once it has computed a hash or checked a signature (unverified_run).
	downloaded, verified bool
	attrs                map[*class]map[string]*value // self.x = ... writes
	// calls: the summaries used, as seen (nil: different ones were seen).
	calls map[*function]*summary
	reads map[classAttrKey]bool // class attributes read
	// changedGlobals: the module-level names whose values a module body
	// computed differently from its previous run.
	changedGlobals map[string]bool
	// globalReads: the module-level names a function read.
	globalReads map[string]bool
	// inlinedBodies counts the closure bodies inlined into this analysis
	// (bounded by maxInlinedBodies, so that hostile nesting stays cheap).
	inlinedBodies int
}

func diffGlobals(a, b map[string]*value) map[string]bool {
	out := map[string]bool{}
	for k, v := range b {
		w, ok := a[k]
		if !ok || !sameValue(v, w) || v.typ != w.typ || v.class != w.class || v.fn != w.fn {
			out[k] = true
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			out[k] = true
		}
	}
	return out
}

func (r *fnResult) findingMap() map[string]*finding.Finding {
	if r.findings == nil {
		r.findings = map[string]*finding.Finding{}
	}
	return r.findings
}

// newResult starts an empty result; its maps are made on first use.
func newResult() *fnResult { return &fnResult{} }

// isSecretName reports whether an identifier names a secret.
func isSecretName(name string) bool {
	return secretName.MatchString(name) && !notSecretName.MatchString(name)
}

func newAnalysis(p *program, rules *rule.Set) *analysis {
	return &analysis{p: p, rules: rules, findings: map[string]*finding.Finding{},
		results: map[*function]*fnResult{}, classAttrs: map[*class]map[string]*value{},
		writers: map[*class]map[*function]bool{}, staleClasses: map[*class]bool{}}
}

// run computes summaries to a fixpoint, keeping each function's findings
// from its last analysis (which saw its callees' final summaries), then
// runs the whole-program checks.
func (a *analysis) run() {
	// What does not depend on the summaries is computed meanwhile, on the
	// core the rounds leave idle while they merge and run module bodies.
	side := a.startSideChecks()
	funcs := a.p.allFunctions()
	work := funcs
	// The call graph's order is needed after the module bodies of the
	// first round, which run on one core: compute it meanwhile.
	levelsReady := make(chan map[*function]int, 1)
	go func() { levelsReady <- a.p.callLevels(funcs) }()
	for round := 0; round < maxRounds && len(work) > 0; round++ {
		if debugRounds {
			println("round", round, "functions", len(work))
		}
		var bodies, others []*function
		for _, f := range work {
			if f.def == nil {
				bodies = append(bodies, f)
			} else {
				others = append(others, f)
			}
		}
		// Module bodies first, one at a time: they set the globals that
		// functions read.
		fresh := map[*function]*fnResult{}
		tb := time.Now()
		for _, f := range bodies {
			fresh[f] = a.analyze(f)
		}
		if debugRounds {
			println("  bodies", len(bodies), time.Since(tb).String())
		}
		if round == 0 {
			levels := <-levelsReady
			// Constructors and the other methods that set attributes of
			// self first, so that those attributes are known to the other
			// methods; then callees before callers, level by level: most
			// summaries are final after this round.
			var inits, rest []*function
			for _, f := range others {
				if f.name == "__init__" && f.cls != nil || setsSelfAttrs(f) {
					inits = append(inits, f)
				} else {
					rest = append(rest, f)
				}
			}
			// Both batches share the claims: an initialiser that calls a
			// helper of the other batch analyses it first (see onDemand).
			a.demand = newDemandSet(others, rest)
			for f, r := range a.analyzeOrdered(inits, levels) {
				fresh[f] = r
				f.publish(r.sum)
				a.commit(f, r)
			}
			a.mergeClassAttrs()
			a.demand.attrsMerged()
			for f, r := range a.analyzeOrdered(rest, levels) {
				fresh[f] = r
			}
			a.demand = nil
			for _, f := range others {
				if fresh[f] == nil { // its demand analysis panicked
					fresh[f] = newResult()
				}
			}
		} else {
			for f, r := range a.analyzeAll(others) {
				fresh[f] = r
			}
		}
		if debugRounds {
			println("  round done", time.Since(tb).String())
		}
		// Every summary is published whole (equal compares only what
		// decides whether callers must run again).
		changed := 0
		for f, r := range fresh {
			if debugRounds && !r.sum.equal(f.summary()) {
				changed++
			}
			f.publish(r.sum)
			a.commit(f, r)
		}
		changedAttrs := a.mergeClassAttrs()
		if round == maxRounds-1 {
			break
		}
		work = nil
		if debugRounds {
			println("  changed functions", changed, "changed class attributes", len(changedAttrs))
		}
		outdated := parallelMap(funcs, func(f *function) bool { return a.outOfDate(f, fresh, changedAttrs) })
		for i, f := range funcs {
			if outdated[i] {
				work = append(work, f)
			}
		}
	}
	tc := time.Now()
	defer func() {
		if debugRounds {
			println("checks", time.Since(tc).String())
		}
	}()
	a.finishSideChecks(side)
	a.reportNoProxy()
	a.checkRoutes()
	a.checkSecurityEvents()
	a.checkMFA()
}

// outOfDate reports whether f must be analysed again: a summary or class
// attribute it used differs from the one committed now (whatever the order
// in which the round ran it and its callees), or a global of its module it
// read changed. Only f's own result is written (safe on all cores).
func (a *analysis) outOfDate(f *function, fresh map[*function]*fnResult, changedAttrs map[classAttrKey]bool) bool {
	r := a.results[f]
	for g, seen := range r.calls {
		now := g.summary()
		if seen == now {
			continue
		}
		if seen != nil && seen.equal(now) {
			r.calls[g] = now // the same summary, published again
			continue
		}
		return true
	}
	for k := range r.reads {
		if changedAttrs[k] {
			return true
		}
	}
	if f.def != nil {
		if body := fresh[f.mod.body]; body != nil {
			for name := range r.globalReads {
				if body.changedGlobals[name] {
					return true
				}
			}
		}
	}
	return false
}

// sideChecks are the results of the checks that need only the program.
type sideChecks struct {
	done     chan struct{}
	prefixes *prefixes
	findings map[string]*finding.Finding
}

func (a *analysis) startSideChecks() *sideChecks {
	sc := &sideChecks{done: make(chan struct{})}
	go func() {
		defer close(sc.done)
		sc.prefixes = a.p.routePrefixes()
		sc.findings = map[string]*finding.Finding{}
		a.checkPlaintextColumns(sc.findings)
		a.checkPlaintextModelFields(sc.findings)
	}()
	return sc
}

func (a *analysis) finishSideChecks(sc *sideChecks) {
	<-sc.done
	a.px = sc.prefixes
	for k, f := range sc.findings {
		if _, dup := a.findings[k]; !dup {
			a.findings[k] = f
		}
	}
}

// analyzeOrdered analyses functions on all cores, each as soon as the
// project functions it calls (at lower call levels) are done, publishing
// each summary when it is ready: callers see their callees' summaries
// without waiting for a whole level.
func (a *analysis) analyzeOrdered(fs []*function, levels map[*function]int) map[*function]*fnResult {
	in := make(map[*function]bool, len(fs))
	for _, f := range fs {
		in[f] = true
	}
	waiting := make(map[*function]int, len(fs))
	ready := make(chan *function, len(fs))
	for _, f := range fs {
		for _, g := range a.p.callees[f] {
			if in[g] && levels[g] < levels[f] {
				waiting[f]++
			}
		}
		if waiting[f] == 0 {
			ready <- f
		}
	}
	results := make(map[*function]*fnResult, len(fs))
	// A function a caller's analysis needed before its turn was analysed
	// there and then (onDemand): its turn is skipped.
	d := a.demand
	d.results = results
	done := 0
	var wg sync.WaitGroup
	var crash workerPanic
	// A function whose analysis panics gets an empty result, so that the
	// order goes on (no worker waits forever); the panic is raised again
	// once all are done.
	analyze := func(f *function) (r *fnResult) {
		defer func() {
			if r == nil {
				r = newResult()
			}
		}()
		defer crash.catch()
		return a.analyze(f)
	}
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range ready {
				var r *fnResult
				if d.claims[f].CompareAndSwap(false, true) {
					r = analyze(f)
					f.publish(r.sum)
				}
				d.mu.Lock()
				if r != nil {
					results[f] = r
				}
				done++
				for _, h := range a.p.callers[f] {
					if in[h] && levels[f] < levels[h] {
						if waiting[h]--; waiting[h] == 0 {
							ready <- h
						}
					}
				}
				if done == len(fs) {
					close(ready)
				}
				d.mu.Unlock()
			}
		}()
	}
	if len(fs) == 0 {
		close(ready)
	}
	wg.Wait()
	crash.rethrow()
	return results
}

// demandSet are the functions the first round analyses (in two ordered
// batches), each claimed once: by its turn, or by the analysis of a caller
// that needs its summary first.
type demandSet struct {
	claims map[*function]*atomic.Bool // the map is read-only: safe on all cores
	// late are the functions of the batch that runs after the class
	// attributes the initialisers set are merged; nil once they are.
	late map[*function]bool
	mu   sync.Mutex // guards results and unclaimed
	// results are the current batch's (analyzeOrdered's) results.
	results map[*function]*fnResult
	// unclaimed are late functions analysed early whose analysis read
	// class attributes: they keep their turn.
	unclaimed []*function
}

func newDemandSet(all, late []*function) *demandSet {
	d := &demandSet{claims: make(map[*function]*atomic.Bool, len(all)), late: make(map[*function]bool, len(late))}
	for _, f := range all {
		d.claims[f] = new(atomic.Bool)
	}
	for _, f := range late {
		d.late[f] = true
	}
	return d
}

// attrsMerged is called once the initialisers' class attributes are
// merged: the late functions analysed too early get their turn back.
func (d *demandSet) attrsMerged() {
	for _, f := range d.unclaimed {
		d.claims[f].Store(false)
	}
	d.late, d.unclaimed = nil, nil
}

// maxDemandNesting bounds the demand analyses running inside one another
// (each holds its frames on the stack).
const maxDemandNesting = 8

// onDemand analyses f now if the first round has it to analyse and
// nothing has claimed it yet: the caller being analysed then uses its
// summary of this round, not the empty one, and need not run again in the
// next round because of it. (Calls resolved through values are outside the
// call graph that orders the batches, and initialisers run before the
// helpers they call.) The fixpoint that follows is what makes the result
// independent of which order the workers took.
func (fr *frame) onDemand(f *function) {
	d := fr.a.demand
	if d == nil || fr.nested >= maxDemandNesting || f.def == nil {
		return
	}
	claim, ok := d.claims[f]
	if !ok || !claim.CompareAndSwap(false, true) {
		return
	}
	r := fr.a.analyzeAt(f, fr.nested+1)
	f.publish(r.sum)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.late[f] && len(r.reads) > 0 {
		// It read class attributes before they were merged: it runs
		// again in its turn (the caller has a summary meanwhile).
		d.unclaimed = append(d.unclaimed, f)
		return
	}
	d.results[f] = r
}

// analyzeAll analyses functions on all cores. Each reads only what the
// previous round committed (summaries, class attributes, globals).
func (a *analysis) analyzeAll(fs []*function) map[*function]*fnResult {
	out := parallelMap(fs, a.analyze)
	m := make(map[*function]*fnResult, len(fs))
	for i, f := range fs {
		m[f] = out[i]
	}
	return m
}

// classAttrKey names one attribute of one class.
type classAttrKey struct {
	c    *class
	attr string
}

// commit makes r the latest analysis of f.
func (a *analysis) commit(f *function, r *fnResult) {
	prev := a.results[f]
	if prev == r {
		return
	}
	a.results[f] = r
	if prev != nil {
		for c := range prev.attrs {
			delete(a.writers[c], f)
			a.staleClasses[c] = true
		}
	}
	for c := range r.attrs {
		w := a.writers[c]
		if w == nil {
			w = map[*function]bool{}
			a.writers[c] = w
		}
		w[f] = true
		a.staleClasses[c] = true
	}
}

// sortedFunctions orders a set of functions by name and place, so that
// merging their results does not depend on map order.
func sortedFunctions(set map[*function]bool) []*function {
	out := make([]*function, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].qname != out[j].qname {
			return out[i].qname < out[j].qname
		}
		return out[i].line() < out[j].line()
	})
	return out
}

// mergeClassAttrs rebuilds the attributes of the classes whose writers
// changed from every writer's latest analysis, and returns the attributes
// whose values changed (added and removed ones included).
func (a *analysis) mergeClassAttrs() map[classAttrKey]bool {
	changed := map[classAttrKey]bool{}
	for c := range a.staleClasses {
		m := map[string]*value{}
		for _, f := range sortedFunctions(a.writers[c]) {
			for k, v := range a.results[f].attrs[c] {
				prev := m[k]
				m[k] = join(prev, v)
				if v.typ == "http.SessionProxied" || prev != nil && prev.typ == "http.SessionProxied" {
					m[k].typ = "http.SessionProxied" // configuring a proxy is for good
				}
			}
		}
		old := a.classAttrs[c]
		for k, v := range m {
			if ov, ok := old[k]; !ok || !sameValue(ov, v) || ov.typ != v.typ || ov.class != v.class {
				changed[classAttrKey{c, k}] = true
			}
		}
		for k := range old {
			if _, ok := m[k]; !ok {
				changed[classAttrKey{c, k}] = true
			}
		}
		if len(m) == 0 {
			delete(a.classAttrs, c)
		} else {
			a.classAttrs[c] = m
		}
	}
	clear(a.staleClasses)
	return changed
}

// neverReturnsSafely: a function whose body ends dead on every path can be
// taken as never returning: a plain function (a method may be overridden,
// and an abstract one raises NotImplementedError), not a generator, not a
// stub.
func neverReturnsSafely(f *function) bool {
	if f.cls != nil || callShapeOf(f).generator {
		return false
	}
	stub := false
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind == pyfront.RaiseStmt && s.Value != nil && strings.Contains(s.Value.Src, "NotImplemented") {
			stub = true
		}
		return !stub && s.Kind != pyfront.FuncStmt && s.Kind != pyfront.ClassStmt
	})
	return !stub
}

// analyze runs one function body.
func (a *analysis) analyze(f *function) *fnResult { return a.analyzeAt(f, 0) }

// analyzeAt runs one function body, nested in demand analyses of its
// callers' calls.
func (a *analysis) analyzeAt(f *function, nested int) *fnResult {
	res := newResult()
	fr := &frame{a: a, fn: f, mod: f.mod, res: res, nested: nested}
	st := newState()
	if f.def == nil {
		st = fr.block(st, f.mod.ast.Body)
		globals := st.all()
		if f.mod.globals != nil {
			res.changedGlobals = diffGlobals(f.mod.globals, globals)
		}
		f.mod.globals = globals
		return res
	}
	for i, p := range f.params {
		st.set(p.Name, a.paramValue(fr, f, i, p))
	}
	end := fr.block(st, f.def.Body)
	sum := fr.sum
	sum.noReturn = end.dead && fr.ret == nil && neverReturnsSafely(f)
	if fr.ret != nil {
		sum.ret = fr.ret.taintOf()
		sum.retConst = fr.ret.c
		sum.retTyp = fr.ret.typ
		sum.retReq = fr.ret.request
		sum.retWeak = fr.ret.weakRandomOf()
		sum.retExc = fr.ret.excOf()
		sum.retClass = fr.ret.class
		if key, ok := constTableKey(fr.ret, 0); ok && fr.ret.container {
			sum.retTable, sum.retTableKey = fr.ret, key
		} else if fr.ret.container && fr.ret.exact && fr.ret.keys == nil && len(fr.ret.elems) > 0 && len(fr.ret.elems) <= 8 {
			sum.retElems = fr.ret.elems
		}
		if fn := fr.ret.fn; fn != nil && a.p.definedIn(fn, f) {
			sum.retFn = fn
		}
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
	res.sum = sum
	return res
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
	p = a.p.resolvedParam(f, p)
	annot, typ := "", paramType(p.Annot)
	if typ != nil {
		annot = a.p.qualify(f.mod, typ.Dotted())
	}
	switch {
	case annot != "" && spec.reqTypes.has(annot, typ.Dotted()), spec.reqParams[p.Name] && p.Star == "":
		return &value{request: true, qname: "request"}
	case spec.entryParams[p.Name]:
		return &value{request: true, t: a.paramOrigin(fr, p)}
	}
	if h := f.handler; h != nil && h.errorHandler {
		return &value{excObj: true}
	}
	if i == 1 && f.cls != nil && f.cls.formHooks[f.name] {
		// A Django FormView's hook gets the form bound to the request's
		// data (an instance of its form_class when that is known).
		v := &value{t: a.paramOrigin(fr, p)}
		if fc := a.classAttr(fr, f.cls, "form_class"); fc != nil && fc.class != nil {
			v.class = fc.class
		}
		return v
	}
	if h := f.handler; h != nil {
		switch {
		case h.safeParams[p.Name]:
			return clean
		case h.framework == graphqlFramework && graphqlResolverParam(f, i, p):
			if p.Name == "info" {
				// info.context is the web request (Graphene-Django,
				// Flask-GraphQL) or a dict holding it (Strawberry).
				return &value{fields: map[string]*value{"context": {request: true, qname: "request", t: a.paramOrigin(fr, p)}}, class: graphqlInfoClass}
			}
			return clean
		case annot != "" && spec.safeTypes.has(annot, typ.Dotted()), a.p.fixedChoiceType(f.mod, typ):
			return clean
		case isDependency(fastapiMarker(p)):
			return a.dependencyValue(fr, f, p)
		}
		if m := fastapiMarker(p); m != nil && strictPattern(m) {
			// Query(pattern="^[a-z0-9_]{1,32}$"): FastAPI rejects any
			// other value before the handler runs.
			return clean
		}
		origin := a.paramOrigin(fr, p)
		if p.Star == "" && (typ == nil || isStrType(typ)) {
			// A route or query parameter without a type (or typed str,
			// Optional[str], List[str]) is text: no MongoDB operators.
			origin = origin.Sanitize(classNosql)
		}
		if annot != "" {
			// A body parsed into a model class (pydantic): each declared
			// field is input unless its type cannot carry an injection.
			if c := a.p.lookupClass(annot, f.mod); c != nil {
				if fields := a.modelFields(c, origin, 0); fields != nil {
					return &value{t: origin, class: c, fields: fields}
				}
			}
		}
		return &value{t: origin}
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

// modelFields are the fields a model class declares with annotations
// (its project bases' too): clean for safe types (int, float, bool, UUID,
// also as Optional[...] or "| None"), input otherwise. Nil when the class
// declares none (not a model).
func (a *analysis) modelFields(c *class, origin taint.Taint, depth int) map[string]*value {
	if c == nil || c.def == nil || depth > 4 {
		return nil
	}
	var fields map[string]*value
	for _, b := range c.bases {
		if bc := a.p.lookupClass(b, c.mod); bc != nil {
			for k, v := range a.modelFields(bc, origin, depth+1) {
				if fields == nil {
					fields = map[string]*value{}
				}
				fields[k] = v
			}
		}
	}
	for _, s := range c.def.Body {
		if s.Kind != pyfront.AssignStmt || s.Annot == nil || len(s.Targets) != 1 || s.Targets[0].Kind != pyfront.Name {
			continue
		}
		if fields == nil {
			fields = map[string]*value{}
		}
		t := paramType(s.Annot)
		switch d := t.Dotted(); {
		case d != "" && a.p.spec.safeTypes.has(a.p.qualify(c.mod, d), d) || a.p.fixedChoiceType(c.mod, t):
			fields[s.Targets[0].Text] = clean
		case s.Value != nil && s.Value.Kind == pyfront.Call && strictPattern(s.Value):
			fields[s.Targets[0].Text] = clean // name: str = Field(pattern="^[a-z]+$")
		case isStrType(t):
			// A field declared str holds text, never a MongoDB operator.
			fields[s.Targets[0].Text] = &value{t: origin.Sanitize(classNosql)}
		default:
			fields[s.Targets[0].Text] = &value{t: origin}
		}
	}
	return fields
}

// isStrType: str, Optional[str], str | None, List[str], list[str].
func isStrType(t *pyfront.Expr) bool {
	t = nonOptional(t)
	if t.Kind == pyfront.Subscript && t.X != nil && t.Y != nil {
		switch t.X.Dotted() {
		case "List", "list", "typing.List", "Sequence", "typing.Sequence":
			t = t.Y
		}
	}
	return t.Dotted() == "str"
}

// dependencyValue is what FastAPI passes for a Depends(fn) parameter: fn's
// result, computed from the request (fn's own parameters are input as a
// route's are). It carries input when fn returns some, and is clean when fn
// is not project code or returns none (a database session, a user looked
// up by a verified token).
func (a *analysis) dependencyValue(fr *frame, f *function, p pyfront.Param) *value {
	g := a.p.dependencyFunc(f, fastapiMarker(p)) // (p is resolved)
	if g == nil || g.handler == nil || !g.handler.dependency {
		return clean
	}
	if sh := callShapeOf(g); sh.small && !sh.generator && fr.inlined < 2 {
		// A small dependency runs here with its request parameters, so
		// that what it returns keeps its shape (a dict of query values
		// whose int entries are clean).
		return fr.runInline(g, func(sub *frame, i int, gp pyfront.Param) *value { return a.paramValue(sub, g, i, gp) })
	}
	sum := fr.useSummary(g)
	t := sum.ret.OriginOnly()
	if t.Origin == nil {
		if sum.retClass != nil || sum.retTyp != "" {
			// A repository or service object the route calls into.
			return &value{class: sum.retClass, typ: sum.retTyp}
		}
		return clean
	}
	return &value{t: t.Extend(f.mod.path, p.Pos.Line, p.Pos.Col, p.Name, "returned by the dependency "+g.name+"()"), class: sum.retClass, typ: sum.retTyp}
}

// resolvedParam is a parameter whose annotation names a module-level
// alias (CurrentUser = Annotated[User, Depends(current_user)], here or
// imported) with the alias's type in its place.
func (p *program) resolvedParam(f *function, prm pyfront.Param) pyfront.Param {
	if prm.Annot == nil || (prm.Annot.Kind != pyfront.Name && prm.Annot.Kind != pyfront.Attr) {
		return prm
	}
	if t := p.typeAlias(f.mod, prm.Annot.Dotted()); t != nil {
		prm.Annot = t
	}
	return prm
}

// typeAlias is the Annotated[...], Optional[...] or Literal[...] type a
// module-level name is assigned (in this module or the one it is imported
// from); nil for anything else.
func (p *program) typeAlias(m *module, name string) *pyfront.Expr {
	for range 3 {
		if name == "" || m == nil {
			return nil
		}
		if !strings.Contains(name, ".") {
			if t := m.typeAliases()[name]; t != nil {
				return t
			}
			if _, imported := m.imports[name]; !imported {
				return nil // a class or a builtin type, not an alias
			}
		}
		q := p.qualify(m, name)
		i := strings.LastIndexByte(q, '.')
		if i < 0 {
			return nil
		}
		next := p.resolveModule(q[:i], m)
		if next == nil || next == m {
			return nil
		}
		m, name = next, q[i+1:]
	}
	return nil
}

// fixedChoiceType: a Literal["a", "b"] type, or an Enum class of the
// project: the value is one of a fixed set.
func (p *program) fixedChoiceType(m *module, t *pyfront.Expr) bool {
	if t == nil {
		return false
	}
	if t.Kind == pyfront.Subscript && t.X != nil && lastPart(t.X.Dotted()) == "Literal" {
		return true
	}
	c := p.lookupClass(p.qualify(m, t.Dotted()), m)
	return c != nil && p.isEnumClass(c)
}

// paramType is the type a parameter's annotation declares, without the
// wrappers that leave it unchanged: Optional[T], T | None and
// Annotated[T, ...] (FastAPI's Annotated[int, Query()]). Nil without an
// annotation.
func paramType(t *pyfront.Expr) *pyfront.Expr {
	for range 4 {
		if t == nil {
			return nil
		}
		if inner := annotatedType(t); inner != nil {
			t = inner
			continue
		}
		u := nonOptional(t)
		if u == t {
			break
		}
		t = u
	}
	return t
}

// annotatedType is T of Annotated[T, ...], or nil.
func annotatedType(t *pyfront.Expr) *pyfront.Expr {
	if t.Kind != pyfront.Subscript || t.X == nil || t.Y == nil {
		return nil
	}
	switch t.X.Dotted() {
	case "Annotated", "typing.Annotated", "typing_extensions.Annotated":
		if t.Y.Kind == pyfront.Tuple {
			if len(t.Y.Elems) > 0 {
				return t.Y.Elems[0]
			}
			return nil
		}
		return t.Y
	}
	return nil
}

// fastapiMarker is the FastAPI declaration of a parameter: its default
// (q: str = Query(None)) or the call in its Annotated[T, Query()] type; nil
// when it has none.
func fastapiMarker(p pyfront.Param) *pyfront.Expr {
	if p.Default != nil && p.Default.Kind == pyfront.Call {
		return p.Default
	}
	for t := p.Annot; t != nil; t = nonOptional(t) {
		if annotatedType(t) != nil {
			if t.Y.Kind == pyfront.Tuple {
				for _, m := range t.Y.Elems[1:] {
					if m.Kind == pyfront.Call {
						return m
					}
				}
			}
			return nil
		}
		if nonOptional(t) == t {
			return nil
		}
	}
	return nil
}

// strictPattern: a FastAPI or pydantic marker (Query, Path, Field ...) with
// a pattern= (or regex=) that admits only whole values of safe characters
// (validation searches, so it must be anchored at both ends).
func strictPattern(m *pyfront.Expr) bool {
	for _, kw := range []string{"pattern", "regex"} {
		if x := m.Keyword(kw); x != nil && x.Kind == pyfront.Str {
			return wholeSafeMatch(x.Text, false, true)
		}
	}
	return false
}

// isDependency says a FastAPI marker injects a dependency's result
// (Depends(get_db), Security(current_user)) rather than request input.
func isDependency(m *pyfront.Expr) bool {
	if m == nil {
		return false
	}
	switch m.CalleeName() {
	case "Depends", "Security":
		return true
	}
	return false
}

// nonOptional is the type inside Optional[T] or T | None.
func nonOptional(t *pyfront.Expr) *pyfront.Expr {
	switch {
	case t.Kind == pyfront.Subscript && t.X != nil && (t.X.Dotted() == "Optional" || t.X.Dotted() == "typing.Optional") && t.Y != nil:
		return t.Y
	case t.Kind == pyfront.BinOp && t.Text == "|" && t.Y != nil && t.Y.Kind == pyfront.NoneLit:
		return t.X
	case t.Kind == pyfront.BinOp && t.Text == "|" && t.X != nil && t.X.Kind == pyfront.NoneLit:
		return t.Y
	}
	return t
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
func (a *analysis) setClassAttr(fr *frame, c *class, attr string, v *value) {
	if fr.res.attrs == nil {
		fr.res.attrs = map[*class]map[string]*value{}
	}
	m := fr.res.attrs[c]
	if m == nil {
		m = map[string]*value{}
		fr.res.attrs[c] = m
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
		m[attr].typ = "http.SessionProxied"
	}
}

func (a *analysis) classAttr(fr *frame, c *class, attr string) *value {
	for depth := 0; c != nil && depth < 10; depth++ {
		if fr.res.reads == nil {
			fr.res.reads = map[classAttrKey]bool{}
		}
		fr.res.reads[classAttrKey{c, attr}] = true
		if v := a.classAttrs[c][attr]; v != nil {
			return v
		}
		if v := c.attrs[attr]; v != nil {
			return v
		}
		c = a.p.firstBase(c)
	}
	return nil
}

// report records a finding without taint (a call pattern).
func (a *analysis) report(fr *frame, ruleID string, pos pyfront.Pos, src string, trace *taint.Step, msg string) {
	loc := fr.locAt(pos, src)
	a.addTo(fr.res.findingMap(), ruleID, loc, msg, trace, "")
}

// reportTaint records a finding where input from a source reaches a sink.
func (a *analysis) reportTaint(fr *frame, ruleID string, loc sinkLoc, o *taint.Origin, trace *taint.Step) {
	if loc.webOnly && o.Kind != "web" {
		return
	}
	r := a.rules.Get(ruleID)
	title := ruleID
	if r != nil {
		title = lowerFirst(r.Title)
	}
	msg := fmt.Sprintf("%s: %s input reaches %s", title, o.Kind, loc.expr)
	a.addTo(fr.res.findingMap(), ruleID, loc, msg, trace, o.Confidence)
}

// lowerFirst lower-cases a title's first letter for use inside a sentence,
// unless the first word is an acronym ("OS command injection", "XSS").
func lowerFirst(title string) string {
	if len(title) > 1 && title[1] >= 'A' && title[1] <= 'Z' {
		return title
	}
	return strings.ToLower(title[:1]) + title[1:]
}

func (a *analysis) reportWeakRandom(fr *frame, w *taint.Step) {
	if w == nil {
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
	a.addTo(fr.res.findingMap(), a.p.spec.weakRandom.rule, loc, "a value from the random module is used as a secret (token, password, key or nonce)", w, "")
}

func (a *analysis) add(ruleID string, loc sinkLoc, msg string, trace *taint.Step, confidence string) {
	a.addTo(a.findings, ruleID, loc, msg, trace, confidence)
}

func (a *analysis) addTo(findings map[string]*finding.Finding, ruleID string, loc sinkLoc, msg string, trace *taint.Step, confidence string) {
	if findings == nil {
		return
	}
	key := fmt.Sprintf("%s|%s|%d", ruleID, loc.path, loc.line)
	if _, dup := findings[key]; dup {
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
	findings[key] = &f
}

// preferredFinding: of two findings of the same rule at the same place
// (reached by several paths, from several functions), a is the one to
// report: the more severe and more certain one, then the shorter trace,
// then the earlier source. The order is total, so the report does not
// depend on the order in which functions were analysed.
func preferredFinding(a, b *finding.Finding) bool {
	if a.Severity != b.Severity {
		return a.Severity > b.Severity
	}
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	ta, tb := a.Evidence.Trace, b.Evidence.Trace
	if len(ta) != len(tb) {
		return len(ta) < len(tb)
	}
	for i := range ta {
		la, lb := ta[i].Location, tb[i].Location
		if c := cmp.Or(cmp.Compare(la.Path, lb.Path), cmp.Compare(la.Line, lb.Line), cmp.Compare(la.Column, lb.Column),
			cmp.Compare(ta[i].Expression, tb[i].Expression), cmp.Compare(ta[i].Note, tb[i].Note)); c != 0 {
			return c < 0
		}
	}
	return a.Message < b.Message
}

// allFindings merges the post-fixpoint findings with each function's.
func (a *analysis) allFindings() map[string]*finding.Finding {
	out := map[string]*finding.Finding{}
	for _, r := range a.results {
		for k, f := range r.findings {
			if cur, dup := out[k]; !dup || preferredFinding(f, cur) {
				out[k] = f
			}
		}
	}
	for k, f := range a.findings {
		if _, dup := out[k]; !dup {
			out[k] = f
		}
	}
	return out
}

func (a *analysis) proxyConfigured(fr *frame, pos pyfront.Pos) {
	if fr.res.proxiedAt == "" {
		fr.res.proxiedAt = fmt.Sprintf("%s:%d", fr.mod.path, pos.Line)
	}
}

func (a *analysis) noProxy(fr *frame, e *pyfront.Expr) {
	fr.res.noProxies = append(fr.res.noProxies, fr.locAt(e.Pos, e.Src))
}

func (a *analysis) reportNoProxy() {
	proxiedAt := ""
	for _, f := range a.p.allFunctions() {
		r := a.results[f]
		if r == nil {
			continue
		}
		for _, loc := range r.noProxies {
			a.add("PY-HTTP-NO-PROXY", loc, "outbound request made directly, not through a configured proxy", nil, "")
		}
		if proxiedAt == "" {
			proxiedAt = r.proxiedAt
		}
	}
	if proxiedAt != "" {
		a.obs = append(a.obs, control.Observation{Control: "SSRF-2", Kind: control.Positive, Analyzer: "python", Text: "outbound HTTP clients are configured with a proxy (" + proxiedAt + ")"})
	}
}

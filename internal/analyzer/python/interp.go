package python

import (
	"slices"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// frame is the analysis of one function body in one round.
type frame struct {
	a    *analysis
	fn   *function
	mod  *module
	ret  *value
	sum  summary
	self string // name of the receiver parameter of a method ("self")
	// aliases are the local names assigned one another (w = base, a = b
	// = {}): while both still hold the same container, a change made
	// through one is seen through the other.
	aliases map[string][]string
	// webOnlySink: the sink being checked counts input from the network
	// only (set around sinkTaint by checkSinks).
	webOnlySink bool
	// inlinedWrites are what the body last run in place (runInline) stored
	// into its parameters' containers; rebound are the parameters the body
	// assigned (store = {} makes a new container, not the caller's).
	inlinedWrites map[string]*value
	// returned joins the states at the return statements of a method run
	// in place that changes self (keepReturned).
	returned     *state
	keepReturned bool
	// inlinedFields are the fields of self the method last run in place
	// (runInline) set, containers changed by item included: its caller's
	// instance has them.
	inlinedFields map[string]*value
	rebound       map[string]bool
	// raised joins the exceptions the body raises with raise statements
	// (a try's handlers catch those of its body).
	raised *value
	// loops hold the states reaching each enclosing loop's break and continue.
	loops []*loopCtx
	// inExcept counts enclosing except handlers (for verbose errors).
	inExcept int
	depth    int
	// calls is the stack of calls whose arguments are being evaluated.
	calls []callee
	// res collects what this analysis of the function produced.
	res *fnResult
	// nested counts the demand analyses this one runs inside (onDemand).
	nested int
	// declared are the names a global or nonlocal statement declared in
	// this body ("global" or "nonlocal").
	declared map[string]string
	// nonlocalWrites are values assigned to nonlocal names (for the caller
	// of an inlined closure); inlined counts enclosing inlined closures.
	nonlocalWrites map[string]*value
	inlined        int
	// html caches declaresHTML(fn): 0 not yet asked, 1 no, 2 yes.
	html int8
	// yields collects the values an inlined generator yields, in order
	// (see inlineCall).
	yields *[]*value
	// repeated counts the comprehensions being evaluated (their element
	// expression runs many times, as a loop body does).
	repeated int
}

type loopCtx struct {
	breaks    *state
	continues *state
}

// maxExprDepth bounds recursion over expressions: deeper nesting (generated
// or hostile input) is treated as unknown instead of exhausting the stack.
const maxExprDepth = 2000

func (fr *frame) block(st *state, body []*pyfront.Stmt) *state {
	for _, s := range body {
		if st.dead {
			return st
		}
		st = fr.stmt(st, s)
	}
	return st
}

func (fr *frame) stmt(st *state, s *pyfront.Stmt) *state {
	switch s.Kind {
	case pyfront.AssignStmt:
		var v *value
		if s.Value != nil {
			v = fr.expr(st, s.Value)
		} else {
			v = clean
		}
		if len(s.Targets) == 1 && s.Targets[0].Kind == pyfront.Name && v.c == nil && isCheck(s.Value) {
			v = fr.holdCheck(st, v, s.Value)
		}
		for _, t := range s.Targets {
			fr.assign(st, t, v, s)
		}
		st = fr.raisingCheck(st, s.Value)
	case pyfront.AugAssignStmt:
		if len(s.Targets) == 1 && s.Value != nil {
			cur := fr.expr(st, s.Targets[0])
			rhs := fr.expr(st, s.Value)
			v := fr.binop(strings.TrimSuffix(s.Op, "="), cur, rhs, s.Targets[0], s.Value)
			fr.assign(st, s.Targets[0], v, s)
		}
	case pyfront.ExprStmt:
		if s.Value != nil {
			fr.expr(st, s.Value)
			if fr.exits(s.Value) {
				st.dead = true
			}
			st = fr.raisingCheck(st, s.Value)
		}
	case pyfront.ReturnStmt:
		v := clean
		if s.Value != nil {
			v = fr.expr(st, s.Value)
		}
		if fr.inlined > 0 && v.fn != nil && v.class == nil && v.fields == nil && fr.a.p.definedIn(v.fn, fr.fn) {
			// A closure leaving a body run at its call keeps the values
			// it reads from that body (which are gone once it returns).
			v = closureOf(st, v)
		}
		fr.onReturn(st, s, v)
		fr.ret = join(fr.ret, v)
		if fr.keepReturned {
			// (What a method run in place set on self by here is the
			// caller's: see runInline.)
			fr.returned = joinStates(fr.returned, st.copy())
		}
		st.dead = true
	case pyfront.RaiseStmt:
		if s.Value != nil {
			// (What a handler of an enclosing try catches: raise
			// ValueError(x) carries x in its message.)
			fr.raised = join(fr.raised, fr.expr(st, s.Value))
		}
		st.dead = true
	case pyfront.BreakStmt:
		if n := len(fr.loops); n > 0 {
			fr.loops[n-1].breaks = joinStates(fr.loops[n-1].breaks, st.copy())
		}
		st.dead = true
	case pyfront.ContinueStmt:
		if n := len(fr.loops); n > 0 {
			fr.loops[n-1].continues = joinStates(fr.loops[n-1].continues, st.copy())
		}
		st.dead = true
	case pyfront.IfStmt:
		return fr.ifStmt(st, s)
	case pyfront.BlockStmt:
		return fr.blockStmt(st, s)
	case pyfront.ScopeStmt:
		if fr.declared == nil {
			fr.declared = map[string]string{}
		}
		for _, n := range s.Names {
			fr.declared[n] = s.Op
		}
	case pyfront.FuncStmt:
		if f := fr.a.p.nested[s]; f != nil {
			st.set(s.Name, &value{fn: f})
		}
	case pyfront.ClassStmt:
		// A module-level class body: its attributes (constants, option
		// dicts, parsers) are what methods read through self.
		if c := fr.mod.classes[s.Name]; c != nil && fr.fn == fr.mod.body && c.def == s {
			cs := st.copy()
			for _, b := range s.Body {
				if b.Kind == pyfront.AssignStmt {
					cs = fr.stmt(cs, b)
				}
			}
			for _, b := range s.Body {
				// (A bare annotation, "term: str", declares an instance
				// field of a dataclass, not a class attribute.)
				if b.Kind == pyfront.AssignStmt && b.Value != nil {
					for _, t := range b.Targets {
						if t.Kind == pyfront.Name {
							c.attrs[t.Text], _ = cs.get(t.Text)
						}
					}
				}
			}
		}
	case pyfront.DelStmt:
		for _, t := range s.Targets {
			fr.del(st, t)
		}
	case pyfront.AssertStmt:
		if s.Test != nil {
			fr.expr(st, s.Test)
			return fr.refine(st, s.Test, true)
		}
	}
	return st
}

func (fr *frame) ifStmt(st *state, s *pyfront.Stmt) *state {
	cond := fr.expr(st, s.Test)
	if cond.c != nil {
		if cond.c.truthy() {
			return fr.block(st, s.Body)
		}
		return fr.block(st, s.Else)
	}
	t := fr.block(fr.refine(st.copy(), s.Test, true), s.Body)
	f := fr.block(fr.refine(st.copy(), s.Test, false), s.Else)
	return joinStates(t, f)
}

func (fr *frame) blockStmt(st *state, s *pyfront.Stmt) *state {
	switch s.Op {
	case "for":
		iter := clean
		if s.Value != nil {
			iter = fr.expr(st, s.Value)
		}
		if iter.exact && iter.container && iter.keys == nil && len(iter.elems) == 0 && fr.literalIterable(s.Value) {
			// for i in range(0), for x in []: the body never runs. (Not
			// for a name: a global list may be filled where the analysis
			// does not see it.)
			return fr.block(st, s.OrElse)
		}
		if iter.exact && iter.keys == nil && len(iter.elems) > 0 && len(iter.elems) <= maxUnrolledPasses && len(s.Targets) > 0 && !hasJump(s.Body) {
			// for v in [a, b, c]: run the body once per element, in order,
			// so that what the last iteration leaves is what follows.
			for _, el := range iter.elems {
				if st.dead {
					break
				}
				fr.assign(st, s.Targets[0], el, s)
				st = fr.block(st, s.Body)
			}
			if !st.dead && len(s.OrElse) > 0 {
				st = fr.block(st, s.OrElse)
			}
			return st
		}
		elem := elementOf(iter)
		return fr.loop(st, s, func(b *state) *state {
			if len(s.Targets) > 0 {
				fr.assign(b, s.Targets[0], elem, s)
			}
			return b
		}, nil)
	case "while":
		if s.Test != nil && !isLiteral(s.Test) && !hasJump(s.Body) {
			// while i < 3 / while queue: as long as the condition is known
			// at each pass, run the passes one by one.
			for i := 0; i < maxUnrolledPasses; i++ {
				truth, known := knownTruth(fr.expr(st, s.Test))
				if !known {
					break // (the general loop below runs from here)
				}
				if !truth {
					return fr.block(st, s.OrElse)
				}
				st = fr.block(st, s.Body)
				if st.dead {
					return st
				}
			}
		}
		if s.Test != nil {
			cond := fr.expr(st, s.Test)
			if cond.c != nil && !cond.c.truthy() {
				return fr.block(st, s.OrElse)
			}
			if cond.c != nil && cond.c.truthy() && isLiteral(s.Test) {
				// while True: only break (or return) leaves the loop. (A
				// condition that is true only at entry, like i < 1 with i = 0,
				// changes as the loop runs.)
				return fr.loop(st, s, func(b *state) *state { return b }, &struct{}{})
			}
		}
		return fr.loop(st, s, func(b *state) *state {
			if s.Test != nil {
				return fr.refine(b, s.Test, true)
			}
			return b
		}, nil)
	case "with":
		suppress := false
		for _, it := range s.Withs {
			v := fr.expr(st, it.Value)
			if it.Value != nil && it.Value.Kind == pyfront.Call && fr.a.p.qualify(fr.mod, it.Value.Callee()) == "contextlib.suppress" {
				suppress = true
			}
			if it.Target != nil {
				fr.assign(st, it.Target, fr.entered(st, it.Value, v), s)
			}
		}
		if suppress {
			// with suppress(ValueError): the body may stop anywhere, and
			// what held before it goes on.
			pre := st.copy()
			body := fr.block(st, s.Body)
			return joinStates(pre, body)
		}
		return fr.block(st, s.Body)
	case "try":
		pre := st.copy()
		outer := fr.raised
		fr.raised = nil
		body := fr.block(st, s.Body)
		raised := fr.raised
		fr.raised = join(outer, raised) // (uncaught ones go on outward)
		// An exception may leave the body anywhere: handlers start from
		// what held before it or after it.
		entry := joinStates(pre, body.copy())
		if entry.dead {
			entry = pre
		}
		out := body
		if len(s.OrElse) > 0 && !body.dead {
			out = fr.block(body, s.OrElse)
		}
		var handled []*state
		for _, h := range s.Handlers {
			hs := entry.copy()
			hs.dead = false
			if h.Name != "" {
				exc := &value{excObj: true}
				if raised != nil {
					// except E as exc: the exception the body raised, with
					// what its message holds.
					exc.t = raised.taintOf()
				}
				hs.set(h.Name, exc)
			}
			fr.inExcept++
			hs = fr.block(hs, h.Body)
			fr.inExcept--
			handled = append(handled, hs)
		}
		for _, hs := range handled {
			out = joinStates(out, hs)
		}
		if len(s.Finally) > 0 {
			if out.dead {
				fin := fr.block(entry.copy(), s.Finally)
				if fin.dead {
					return fin
				}
				out.dead = true
				return out
			}
			out = fr.block(out, s.Finally)
		}
		return out
	case "match":
		var subject *value
		if s.Value != nil {
			subject = fr.expr(st, s.Value)
		}
		run := func(c pyfront.MatchCase) *state {
			cs := st.copy()
			if subject != nil {
				// Captures hold the subject or a part of it.
				for _, name := range c.Binds {
					cs.set(name, subject.flat())
				}
			}
			if c.Literal && s.Value != nil {
				// Inside case "a" | "b": the subject is one of those constants.
				cs = fr.sanitizeSubject(cs, s.Value, safeVerdict, false)
			}
			if c.Guard != nil {
				// case [kind, rest] if rest.isdigit(): the guard holds inside.
				fr.expr(cs, c.Guard)
				cs = fr.refine(cs, c.Guard, true)
			}
			return fr.block(cs, c.Body)
		}
		if taken, ok := fr.constantCase(st, subject, s.Cases); ok {
			// A constant subject: only the case it matches runs (or none).
			if taken < 0 {
				return st
			}
			return run(s.Cases[taken])
		}
		out := st.copy()
		for _, c := range s.Cases {
			out = joinStates(out, run(c))
		}
		return out
	}
	// Unknown block: run every part from the same state.
	out := fr.block(st.copy(), s.Body)
	return joinStates(out, fr.block(st.copy(), s.Else))
}

// del removes what a del statement deletes: a variable, an element of a
// list at a constant index, an entry of a dict at a constant key. Other
// targets (slices, attributes, unknown containers) are left as they were.
func (fr *frame) del(st *state, t *pyfront.Expr) {
	switch t.Kind {
	case pyfront.Name:
		st.set(t.Text, clean)
	case pyfront.Subscript:
		name := t.X.Dotted()
		if name == "" || t.Y == nil {
			return
		}
		cur, ok := st.get(name)
		if !ok {
			return
		}
		if t.Y.Kind == pyfront.Slice {
			// del xs[:1]: the known list without that slice.
			if cur.exact && cur.elems != nil {
				if rest := withoutSlice(cur, t.Y); rest != nil {
					st.set(name, rest)
				}
			}
			return
		}
		idx := fr.expr(st.copy(), t.Y)
		if idx.c == nil {
			return
		}
		if _, rest, ok := withoutEntry(cur, idx.c); ok {
			st.set(name, rest)
		}
	}
}

// withoutSlice is a known list without xs[lo:hi] (constant bounds, no
// step), or nil.
func withoutSlice(cur *value, sl *pyfront.Expr) *value {
	lo, hi, ok := sliceBounds(sl, len(cur.elems))
	if !ok {
		return nil
	}
	nv := *cur
	nv.elems = append(append([]*value(nil), cur.elems[:lo]...), cur.elems[hi:]...)
	return &nv
}

// constantCase decides which case a constant subject takes: the first
// whose literal alternatives hold it or that matches anything (-1: none).
// It gives up (ok false) at the first case it cannot decide: a guard, a
// class or sequence pattern, or an alternative that is not a constant.
func (fr *frame) constantCase(st *state, subject *value, cases []pyfront.MatchCase) (taken int, ok bool) {
	if subject == nil || subject.c == nil {
		return 0, false
	}
	for i, c := range cases {
		if c.Any {
			return i, true
		}
		if !c.Literal || c.Guarded || len(c.Values) == 0 {
			return 0, false
		}
		for _, v := range c.Values {
			cv := fr.expr(st.copy(), v)
			if cv.c == nil {
				return 0, false
			}
			if equalConst(cv.c, subject.c) {
				return i, true
			}
		}
	}
	return -1, true
}

// loop runs a loop body until its state stops changing (at most three
// times), joining the states of every iteration, continue and break.
// With forever set (while True), only breaks leave the loop.
func (fr *frame) loop(st *state, s *pyfront.Stmt, enter func(*state) *state, forever *struct{}) *state {
	ctx := &loopCtx{}
	fr.loops = append(fr.loops, ctx)
	head := st.copy()
	for i := 0; i < 3; i++ {
		b := fr.block(enter(head.copy()), s.Body)
		b = joinStates(b, ctx.continues)
		next := joinStates(head, b)
		if sameState(next, head) {
			head = next
			break
		}
		head = next
	}
	fr.loops = fr.loops[:len(fr.loops)-1]
	var out *state
	if forever != nil {
		out = ctx.breaks
		if out == nil {
			dead := head.copy()
			dead.dead = true
			return dead
		}
	} else {
		out = head
		if len(s.OrElse) > 0 {
			out = fr.block(out.copy(), s.OrElse)
		}
		out = joinStates(out, ctx.breaks)
	}
	return out
}

// literalIterable: a for loop's iterable written out in place, a literal
// or a range() call.
func (fr *frame) literalIterable(e *pyfront.Expr) bool {
	switch {
	case e == nil:
		return false
	case e.Kind == pyfront.List || e.Kind == pyfront.Tuple:
		return true
	case e.Kind == pyfront.Call && fr.a.p.qualify(fr.mod, e.Callee()) == "range":
		// range(0), not range(len(QUEUE)) of a global that may be filled.
		for _, a := range e.Args() {
			if a.Kind != pyfront.Num {
				return false
			}
		}
		return len(e.Kw()) == 0
	}
	return false
}

// maxUnrolledPasses bounds the passes of a loop run one by one.
const maxUnrolledPasses = 16

// knownTruth is the truth of a value when it is known: a constant, or a
// list, tuple or dict known element by element.
func knownTruth(v *value) (truth, known bool) {
	switch {
	case v.c != nil:
		return v.c.truthy(), true
	case v.container && v.exact && v.keys != nil:
		return len(v.keys) > 0, true
	case v.container && v.exact:
		return len(v.elems) > 0, true
	}
	return false, false
}

func isLiteral(e *pyfront.Expr) bool {
	switch e.Kind {
	case pyfront.Bool, pyfront.Num, pyfront.Str:
		return true
	}
	return false
}

// hasJump reports whether a loop body leaves early (break, continue).
func hasJump(body []*pyfront.Stmt) bool {
	found := false
	pyfront.Walk(body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind == pyfront.BreakStmt || s.Kind == pyfront.ContinueStmt {
			found = true
		}
		return !found && s.Kind != pyfront.FuncStmt && s.Kind != pyfront.ClassStmt && !(s.Kind == pyfront.BlockStmt && (s.Op == "for" || s.Op == "while"))
	})
	return found
}

// elementOf is the value of one element of an iterable.
func elementOf(v *value) *value {
	if v == nil {
		return clean
	}
	if v.exact && len(v.elems) > 0 {
		var out *value
		for _, e := range v.elems {
			out = join(out, e)
		}
		return out
	}
	if v.exact && v.keys != nil {
		// Iterating a dict yields its keys: constants.
		return clean
	}
	out := v.flat()
	if v.request {
		out = &value{t: v.t}
	}
	return out
}

// exits reports whether a call statement never returns (abort(), sys.exit()).
func (fr *frame) exits(e *pyfront.Expr) bool {
	if e.Kind != pyfront.Call {
		return false
	}
	q := fr.a.p.qualify(fr.mod, e.Callee())
	switch q {
	case "flask.abort", "werkzeug.exceptions.abort", "sys.exit", "exit", "quit", "os._exit", "fastapi.HTTPException", "django.core.exceptions.PermissionDenied":
		return true
	}
	if strings.HasSuffix(q, ".abort") || q == "abort" {
		return true
	}
	// A project helper that always raises or aborts (deny(), forbidden()).
	if g := fr.a.p.syntacticCallee(fr.fn, e); g != nil && g.cls == nil && g.def != nil {
		return fr.useSummary(g).noReturn
	}
	return false
}

// assign binds a target to a value.
func (fr *frame) assign(st *state, t *pyfront.Expr, v *value, s *pyfront.Stmt) {
	if t == nil {
		return
	}
	switch t.Kind {
	case pyfront.Name:
		st.set(t.Text, v)
		fr.checkWeakRandomName(t.Text, v)
		if v.container && s != nil && s.Kind == pyfront.AssignStmt {
			fr.noteAliases(t.Text, s)
		}
		if fr.fn != nil && hasParam(fr.fn, t.Text) {
			if fr.rebound == nil {
				fr.rebound = map[string]bool{}
			}
			fr.rebound[t.Text] = true // no longer the caller's object
		}
		if fr.declared[t.Text] == "global" && fr.fn != fr.mod.body {
			// A helper's write to a module global is seen by its callers.
			if fr.sum.globalWrites == nil {
				fr.sum.globalWrites = map[string]*value{}
			}
			fr.sum.globalWrites[t.Text] = v
		}
		if fr.declared[t.Text] == "nonlocal" {
			if fr.nonlocalWrites == nil {
				fr.nonlocalWrites = map[string]*value{}
			}
			fr.nonlocalWrites[t.Text] = join(fr.nonlocalWrites[t.Text], v)
		}
	case pyfront.Tuple, pyfront.List:
		star := -1
		for i, e := range t.Elems {
			if e.Kind == pyfront.Starred {
				star = i
			}
		}
		if v.exact && len(v.elems) == len(t.Elems) && star < 0 {
			for i, e := range t.Elems {
				fr.assign(st, e, v.elems[i], s)
			}
			return
		}
		flat := v.flat()
		heads := v.headsOf()
		for i, e := range t.Elems {
			if e.Kind == pyfront.Starred {
				fr.assign(st, e.X, &value{t: flat.t, container: true}, s)
				heads = nil // (the items after it count from the end)
				continue
			}
			if i < len(heads) {
				// head, _, tail = ("static:" + x).partition(":")
				fr.assign(st, e, constValue(cstr(heads[i])), s)
				continue
			}
			fr.assign(st, e, flat, s)
		}
	case pyfront.Starred:
		fr.assign(st, t.X, v, s)
	case pyfront.Attr:
		fr.assignAttr(st, t, v, s)
	case pyfront.Subscript:
		fr.assignSubscript(st, t, v, s)
	}
}

func (fr *frame) assignAttr(st *state, t *pyfront.Expr, v *value, s *pyfront.Stmt) {
	fr.checkAssignmentPattern(st, t, v, s)
	fr.checkWeakRandomName(t.Text, v)
	d := t.Dotted()
	if d == "" {
		fr.expr(st, t.X)
		return
	}
	// obj.x = v on a local instance whose class has a property setter for
	// x: what the setter makes of v (read back through the getter).
	if t.X.Kind == pyfront.Name && fr.self != t.X.Text {
		if obj, ok := st.get(t.X.Text); ok && obj.class != nil && !obj.classRef {
			if f := fr.a.p.setter(obj.class, t.Text); f != nil {
				fr.callOn(st, t.X, obj, f, []*value{v})
				return
			}
		}
	}
	st.set(d, v)
	if t.X.Kind == pyfront.Name && t.X.Text != fr.self {
		// Settings.term = v: the class attribute every instance reads
		// (for the other functions from the next round on).
		if cls := fr.expr(st, t.X); cls.classRef && cls.class != nil {
			fr.a.setClassAttr(fr, cls.class, t.Text, v)
			return
		}
	}
	// self.x = v in a method: remember it for the class's other methods,
	// and in __init__ as a field of the instances callers construct.
	if fr.self != "" && t.X.Kind == pyfront.Name && t.X.Text == fr.self && fr.fn.cls != nil {
		fr.setSelfField(st, t.Text, v)
		return
	}
	// obj.x = v on a local instance: the instance's field.
	if t.X.Kind == pyfront.Name {
		if obj, ok := st.get(t.X.Text); ok && obj.class != nil && !obj.classRef {
			nv := *obj
			nv.fields = copyKeys(obj.fields)
			nv.fields[t.Text] = v
			st.set(t.X.Text, &nv)
		}
	}
}

func (fr *frame) assignSubscript(st *state, t *pyfront.Expr, v *value, s *pyfront.Stmt) {
	base := fr.expr(st, t.X)
	idx := fr.expr(st, t.Y)
	if idx.c != nil && idx.c.kind == kStr {
		fr.checkWeakRandomName(idx.c.s, v)
	}
	if fr.isSession(st, t.X, base) {
		if !v.opaque {
			fr.sinkValue(st, "PY-TRUST-BOUNDARY", classSession, v, t, s.Pos, "stored in the session")
		}
		if idx.c == nil && !idx.opaque {
			// session[request.args["name"]] = ...: the client picks which
			// session entry is written.
			fr.sinkValue(st, "PY-TRUST-BOUNDARY", classSession, idx, t, s.Pos, "used as a session key")
		}
	}
	if idx.c != nil && idx.c.kind == kStr {
		fr.responseItem(st, t, base, strings.ToLower(idx.c.s), v, s)
	}
	name := t.X.Dotted()
	if name == "" {
		if t.X.Kind == pyfront.Subscript && !base.request && base.qname == "" {
			// cfg["inner"]["q"] = v: the inner container, with the item
			// set, is written back into the outer one.
			fr.assignSubscript(st, t.X, withItem(base, idx, v), s)
		}
		return
	}
	cur, ok := st.get(name)
	if !ok {
		if base.request || base.qname != "" {
			return
		}
		cur = base
	}
	fr.setContainer(st, t.X, name, withItem(cur, idx, v), v)
}

// responseItem checks resp.headers[name] = v (Flask) and resp[name] = v
// (Django) for the headers that redirect or set cookies, and
// resp.cookies[name] = v (a Django morsel).
func (fr *frame) responseItem(st *state, t *pyfront.Expr, base *value, name string, v *value, s *pyfront.Stmt) {
	if t.X.Kind == pyfront.Attr && t.X.Text == "cookies" {
		if s != nil && len(s.Targets) == 1 && s.Targets[0] == t && t.X.X.Dotted() != "" && fr.expr(st, t.X.X).response {
			fr.checkMorsel(t, name, s) // resp.cookies["sessionid"] = v
		}
		return
	}
	switch name {
	case "set-cookie", "refresh", "location":
	default:
		return
	}
	if !base.response && !(t.X.Kind == pyfront.Attr && t.X.Text == "headers" && fr.expr(st, t.X.X).response) {
		return
	}
	switch name {
	case "set-cookie":
		if s != nil && s.Value != nil {
			fr.checkRawSetCookie(s.Value, s.Pos, t.Src)
		}
	case "refresh":
		fr.refreshHeader(v, t, s.Pos) // 0; url=...: a redirect after the delay
	case "location":
		fr.locationHeader(v, t, s.Pos) // a redirect to wherever v points
	}
}

// noteAliases records that name was assigned another local name's
// object (w = base) or the same object as the statement's other targets
// (a = b = {}).
func (fr *frame) noteAliases(name string, s *pyfront.Stmt) {
	add := func(other string) {
		if other == "" || other == name || slices.Contains(fr.aliases[name], other) {
			return
		}
		if fr.aliases == nil {
			fr.aliases = map[string][]string{}
		}
		fr.aliases[name] = append(fr.aliases[name], other)
		fr.aliases[other] = append(fr.aliases[other], name)
	}
	if s.Value != nil && s.Value.Kind == pyfront.Name {
		add(s.Value.Text)
	}
	if len(s.Targets) > 1 {
		for _, t := range s.Targets {
			if t.Kind == pyfront.Name {
				add(t.Text)
			}
		}
	}
}

// setContainer binds a container changed in place (by an item assignment
// or a method such as append) under its name; one held in a field of self
// is that field for the class's other methods and the callers, and one a
// parameter holds is also the caller's (its summary records what was
// stored, added).
func (fr *frame) setContainer(st *state, x *pyfront.Expr, name string, nv, stored *value) {
	if fr.self != "" && fr.fn != nil && fr.fn.cls != nil && x.Kind == pyfront.Attr && x.X != nil && x.X.Kind == pyfront.Name && x.X.Text == fr.self {
		fr.setSelfField(st, x.Text, nv)
		return
	}
	old, _ := st.get(name)
	st.set(name, nv)
	if old != nil && len(fr.aliases[name]) > 0 {
		// The same object, seen through other names (a = []; b = a;
		// c = b: all three), while they still hold it.
		seen := map[string]bool{name: true}
		queue := []string{name}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			for _, a := range fr.aliases[n] {
				if seen[a] {
					continue
				}
				seen[a] = true
				if v, ok := st.get(a); ok && v == old {
					st.set(a, nv)
					queue = append(queue, a)
				}
			}
		}
	}
	if x.Kind == pyfront.Name && x.Text != fr.self && fr.fn != nil && fr.fn.def != nil && hasParam(fr.fn, x.Text) && !fr.rebound[x.Text] {
		if fr.sum.paramWrites == nil {
			fr.sum.paramWrites = map[string]*value{}
		}
		fr.sum.paramWrites[x.Text] = join(fr.sum.paramWrites[x.Text], stored)
	}
}

// withItem is container cur with cur[idx] = v (values are never changed in
// place: this is a new one).
func withItem(cur, idx, v *value) *value {
	nv := *cur
	switch {
	case cur.exact && cur.keys != nil && idx.c != nil:
		if k, ok := idx.c.key(); ok {
			nv.keys = copyKeys(cur.keys)
			nv.keys[k] = v
			return &nv
		}
	case cur.exact && cur.elems != nil && idx.c != nil && idx.c.kind == kInt:
		i := int(idx.c.i)
		if i < 0 {
			i += len(cur.elems)
		}
		if i >= 0 && i < len(cur.elems) {
			nv.elems = append([]*value(nil), cur.elems...)
			nv.elems[i] = v
			return &nv
		}
	}
	// Unknown key or index: the container holds the value somewhere.
	return &value{t: taint.Join(cur.taintOf(), v.taintOf()), container: true, weakRandom: v.weakRandomOf()}
}

func copyKeys(m map[string]*value) map[string]*value {
	out := make(map[string]*value, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	return out
}

// isSession reports whether an expression is the framework's session
// (flask.session, Django's request.session).
func (fr *frame) isSession(st *state, e *pyfront.Expr, v *value) bool {
	if v.qname == "flask.session" || v.qname == "quart.session" || v.typ == sessionType {
		return true
	}
	return e.Kind == pyfront.Attr && e.Text == "session" && fr.expr(st, e.X).request
}

// sessionType types the session of a request (request.session), so that
// it stays the session when a helper keeps it in a field.
const sessionType = "web.Session"

// onReturn checks what a handler returns.
func (fr *frame) onReturn(st *state, s *pyfront.Stmt, v *value) {
	h := fr.fn.handler
	if h == nil || h.dependency || s.Value == nil {
		return // (a dependency's result goes to the route, not the client)
	}
	if name := fr.aiohttpTemplate(); name != "" {
		// @aiohttp_jinja2.template("page.html"): the returned dict is the
		// template's context.
		if src := fr.a.p.templates.source(name); src != "" {
			fr.sinkTaint(renderContextTaint(src, v), "PY-XSS", classHtml, s.Pos, s.Value.Src, "printed raw by the template "+name+" (aiohttp_jinja2 without autoescape)")
		}
		return
	}
	body := v
	if v.exact && len(v.elems) > 0 && s.Value.Kind == pyfront.Tuple {
		body = v.elems[0] // return body, status
	}
	if h.framework == "wsgi" {
		for _, el := range v.elems {
			if t := el.taintOf(); t.Reaches(classHtml) {
				fr.sinkTaint(t, "PY-XSS", classHtml, s.Pos, s.Value.Src, "returned as the body of a WSGI response")
			}
		}
		return
	}
	if fr.inExcept > 0 || h.errorHandler {
		if body.excOf() {
			fr.a.report(fr, "PY-VERBOSE-ERROR", s.Pos, s.Value.Src, nil, "exception details returned to the client")
		}
	}
	// Flask and Bottle answer a returned string as HTML; FastAPI only in a
	// route declared with response_class=HTMLResponse (JSON otherwise).
	if !(h.framework == "flask" || h.framework == "bottle" || h.framework == "fastapi" && h.htmlResponse) || body.container || body.response {
		return
	}
	if h.framework == "bottle" && fr.bottleNonHTML() {
		return // response.content_type = "application/json"
	}
	// return body, 200, {"Content-Type": "text/plain"}
	if v.exact && s.Value.Kind == pyfront.Tuple && len(v.elems) > 1 {
		for _, el := range v.elems[1:] {
			if el.exact && el.keys != nil {
				for k, hv := range el.keys {
					if strings.EqualFold(k, "s:content-type") && hv.c != nil && !strings.Contains(strings.ToLower(hv.c.s), "html") {
						return
					}
				}
			}
		}
	}
	if t := body.taintOf(); t.Reaches(classHtml) {
		fr.sinkTaint(t, "PY-XSS", classHtml, s.Pos, s.Value.Src, "returned as the HTML body of the response")
	}
}

// bottleNonHTML: the handler gives Bottle's response a constant content
// type that is not HTML (response.content_type = ..., response.set_header(
// "Content-Type", ...)) anywhere in its body.
func (fr *frame) bottleNonHTML() bool {
	for _, t := range fr.fn.textTypeSets(fr.body()) {
		if t.name == "response" {
			return true
		}
	}
	return setsContentType(fr.body(), "response", constantNonHTML, "set_header", "add_header")
}

// setSelfField records self.name = v in a method: the class's other methods
// see it, and callers see it as a field (__init__ fills the instances they
// construct; a setter method updates the instance it is called on).
func (fr *frame) setSelfField(st *state, name string, v *value) {
	st.set(fr.self+"."+name, v)
	fr.a.setClassAttr(fr, fr.fn.cls, name, v)
	if fr.sum.fields == nil {
		fr.sum.fields = map[string]*value{}
	}
	fr.sum.fields[name] = v
}

// refreshHeader checks a Refresh header ("0; url=" + target): an open
// redirect unless the target's constant start keeps it on the site.
func (fr *frame) refreshHeader(v *value, e *pyfront.Expr, pos pyfront.Pos) {
	prefix := v.strPrefix()
	if i := strings.Index(strings.ToLower(prefix), "url="); i >= 0 {
		prefix = strings.Trim(prefix[i+4:], `'" `)
	} else if v.c == nil {
		prefix = "" // the target's start is not known
	}
	if safePrefix("redirect", prefix) {
		return
	}
	fr.sinkTaint(v.taintOf(), "PY-OPEN-REDIRECT", classRedirect, pos, e.Src, "set as the target of a Refresh header")
}

// locationHeader checks a value set as a response's Location header: an
// open redirect unless its constant start keeps it on the site.
func (fr *frame) locationHeader(v *value, e *pyfront.Expr, pos pyfront.Pos) {
	if safePrefix("redirect", v.strPrefix()) {
		return
	}
	fr.sinkTaint(v.taintOf(), "PY-OPEN-REDIRECT", classRedirect, pos, e.Src, "set as the Location header of the response")
}

// aiohttpTemplate is the template of a handler decorated with
// @aiohttp_jinja2.template(name) in a project that renders without
// autoescape; "" otherwise.
func (fr *frame) aiohttpTemplate() string {
	if fr.fn.def == nil {
		return ""
	}
	for _, d := range fr.fn.def.Decorators {
		if d.Kind == pyfront.Call && fr.a.p.qualify(fr.mod, d.Callee()) == "aiohttp_jinja2.template" && len(d.Args()) > 0 && d.Args()[0].Kind == pyfront.Str {
			if fr.a.p.aiohttpUnescaped() {
				return d.Args()[0].Text
			}
		}
	}
	return ""
}

// entered is what "with X as v" binds: X.__enter__()'s result for an
// instance of a project class that defines one (a connection wrapper
// returning its cursor, a helper returning a fixed value), else X itself.
func (fr *frame) entered(st *state, e *pyfront.Expr, v *value) *value {
	if v.class == nil || v.classRef || e == nil {
		return v
	}
	if out := fr.callDunder(st, e, v, "__enter__", nil); out != nil {
		return out
	}
	return v
}

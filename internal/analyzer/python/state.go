package python

// state is what is known at one point of a function: the value of each
// local name (and of dotted names such as "self.x" assigned in the body).
//
// States are overlays: a state holds its own bindings and falls back to a
// frozen parent. Branching (copy) costs O(1) instead of copying every
// binding, and joining two branches only visits the names either branch
// changed since their common ancestor.
type state struct {
	parent *state
	vars   map[string]*value
	dead   bool // no path reaches this point (after return, raise, abort)
	frozen bool // shared by overlays: never written again
	depth  int
}

// maxDepth bounds overlay chains; deeper states are flattened.
const maxStateDepth = 12

func newState() *state { return &state{} }

func (s *state) get(k string) (*value, bool) {
	for x := s; x != nil; x = x.parent {
		if v, ok := x.vars[k]; ok {
			return v, true
		}
	}
	return nil, false
}

func (s *state) set(k string, v *value) {
	if s.vars == nil {
		s.vars = make(map[string]*value, 4)
	}
	s.vars[k] = v
}

// all returns every binding (for module globals and class bodies).
func (s *state) all() map[string]*value {
	out := map[string]*value{}
	var chain []*state
	for x := s; x != nil; x = x.parent {
		chain = append(chain, x)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		for k, v := range chain[i].vars {
			out[k] = v
		}
	}
	return out
}

// copy returns an independent state with the same bindings. The current
// bindings move into a frozen node that both s and the copy overlay.
func (s *state) copy() *state {
	if len(s.vars) > 0 || s.parent == nil {
		f := &state{parent: s.parent, vars: s.vars, frozen: true, depth: s.depth}
		if f.depth >= maxStateDepth {
			f = &state{vars: s.all(), frozen: true}
		}
		s.parent, s.vars, s.depth = f, nil, f.depth+1
	}
	return &state{parent: s.parent, dead: s.dead, depth: s.depth}
}

// changedSince lists the names bound in s's chain below the ancestor.
func (s *state) changedSince(anc *state, into map[string]bool) {
	for x := s; x != nil && x != anc; x = x.parent {
		for k := range x.vars {
			into[k] = true
		}
	}
}

// commonAncestor finds the nearest state both chains share (nil if none).
func commonAncestor(a, b *state) *state {
	seen := map[*state]bool{}
	for x := a; x != nil; x = x.parent {
		seen[x] = true
	}
	for x := b; x != nil; x = x.parent {
		if seen[x] {
			return x
		}
	}
	return nil
}

// joinStates merges two paths. A dead path contributes nothing; a name bound
// on one path only keeps that path's value (the other path would raise).
func joinStates(a, b *state) *state {
	switch {
	case a == nil || a.dead:
		if b == nil {
			return &state{dead: true}
		}
		return b
	case b == nil || b.dead:
		return a
	case a == b:
		return a
	}
	anc := commonAncestor(a, b)
	if anc != nil && !anc.frozen {
		anc = nil // only frozen nodes are safe to share
	}
	keys := map[string]bool{}
	a.changedSince(anc, keys)
	b.changedSince(anc, keys)
	out := &state{parent: anc}
	if anc != nil {
		out.depth = anc.depth + 1
	}
	for k := range keys {
		av, aok := a.get(k)
		bv, bok := b.get(k)
		switch {
		case aok && bok:
			out.set(k, join(av, bv))
		case aok:
			out.set(k, av)
		default:
			out.set(k, bv)
		}
	}
	return out
}

// sameState reports whether two states bind the same values (used to stop
// iterating a loop body once it no longer changes anything).
func sameState(a, b *state) bool {
	if a.dead != b.dead {
		return false
	}
	anc := commonAncestor(a, b)
	keys := map[string]bool{}
	a.changedSince(anc, keys)
	b.changedSince(anc, keys)
	for k := range keys {
		av, aok := a.get(k)
		bv, bok := b.get(k)
		if aok != bok || !sameValue(av, bv) {
			return false
		}
	}
	return true
}

func sameValue(a, b *value) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	ta, tb := a.taintOf(), b.taintOf()
	return ta.Params == tb.Params && (ta.Origin == nil) == (tb.Origin == nil) && ta.SameSafety(tb) &&
		equalConst(a.c, b.c) == equalConst(b.c, a.c) && (a.c == nil) == (b.c == nil) &&
		len(a.elems) == len(b.elems) && len(a.keys) == len(b.keys) && a.exact == b.exact
}

package python

// state is what is known at one point of a function: the value of each
// local name (and of dotted names such as "self.x" assigned in the body).
type state struct {
	vars map[string]*value
	dead bool // no path reaches this point (after return, raise, abort)
}

func newState() *state { return &state{vars: map[string]*value{}} }

func (s *state) copy() *state {
	c := &state{vars: make(map[string]*value, len(s.vars)), dead: s.dead}
	for k, v := range s.vars {
		c.vars[k] = v
	}
	return c
}

// joinStates merges two paths. A dead path contributes nothing; a name bound
// on one path only keeps that path's value (the other path would raise).
func joinStates(a, b *state) *state {
	switch {
	case a == nil || a.dead:
		if b == nil {
			return &state{vars: map[string]*value{}, dead: true}
		}
		return b
	case b == nil || b.dead:
		return a
	}
	out := &state{vars: make(map[string]*value, len(a.vars))}
	for k, av := range a.vars {
		if bv, ok := b.vars[k]; ok {
			out.vars[k] = join(av, bv)
		} else {
			out.vars[k] = av
		}
	}
	for k, bv := range b.vars {
		if _, ok := a.vars[k]; !ok {
			out.vars[k] = bv
		}
	}
	return out
}

// sameState reports whether two states bind the same values (pointer
// equality is enough to detect a loop that no longer changes anything).
func sameState(a, b *state) bool {
	if a.dead != b.dead || len(a.vars) != len(b.vars) {
		return false
	}
	for k, v := range a.vars {
		w, ok := b.vars[k]
		if !ok || !sameValue(v, w) {
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
	return ta.Params == tb.Params && (ta.Origin == nil) == (tb.Origin == nil) && ta.Safe == tb.Safe &&
		equalConst(a.c, b.c) == equalConst(b.c, a.c) && (a.c == nil) == (b.c == nil) &&
		len(a.elems) == len(b.elems) && len(a.keys) == len(b.keys) && a.exact == b.exact
}

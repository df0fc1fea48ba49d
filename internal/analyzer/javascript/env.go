package javascript

// env maps variable names (and simple access paths such as "this.name" or
// "params.q") to values. Branches get a child layer that is merged back, so
// a branch costs what it writes, not the size of the whole scope.
type env struct {
	vars   map[string]*value
	parent *env
	// dead: control cannot reach this point (after return or throw).
	dead bool
}

func newEnv(parent *env) *env { return &env{vars: map[string]*value{}, parent: parent} }

func (e *env) get(name string) (*value, bool) {
	for s := e; s != nil; s = s.parent {
		if v, ok := s.vars[name]; ok {
			return v, true
		}
	}
	return nil, false
}

func (e *env) set(name string, v *value) {
	if v == nil {
		v = &value{}
	}
	e.vars[name] = v
}

// mergeBranches writes the join of two child layers of e back into e.
func (e *env) mergeBranches(a, b *env) {
	switch {
	case a.dead && b.dead:
		e.dead = true
	case a.dead:
		e.adopt(b)
	case b.dead:
		e.adopt(a)
	default:
		keys := map[string]bool{}
		for k := range a.vars {
			keys[k] = true
		}
		for k := range b.vars {
			keys[k] = true
		}
		for k := range keys {
			va, _ := a.get(k)
			vb, _ := b.get(k)
			e.set(k, join(va, vb))
		}
	}
}

// adopt copies a child layer's writes into e.
func (e *env) adopt(c *env) {
	for k, v := range c.vars {
		e.vars[k] = v
	}
}

// mergeLoop joins what a loop body wrote with what held before it (the body
// may run zero times).
func (e *env) mergeLoop(body *env) {
	if body.dead {
		return
	}
	for k, v := range body.vars {
		old, _ := e.get(k)
		e.set(k, join(old, v))
	}
}

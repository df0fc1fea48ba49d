package javascript

import "strings"

// env maps variable names (and simple access paths such as "this.name" or
// "params.q") to values. Branches get a child layer that is merged back, so
// a branch costs what it writes, not the size of the whole scope.
type env struct {
	vars   map[string]*value
	parent *env
	// dead: control cannot reach this point (after return or throw).
	dead bool
	// scope marks the layer of a block or a function body: names it does
	// not declare belong to an enclosing scope, and writes to them go
	// there (so a callback's params[k] = v or rows.push(x) changes the
	// caller's variable, and a block's own const disappears after it). fn
	// marks a function's: the function may run any number of times, so a
	// write through it is joined with what the name held.
	scope, fn bool
	decl      map[string]bool
}

func newEnv(parent *env) *env { return &env{vars: map[string]*value{}, parent: parent} }

// newScope is the layer of a block (fn false) or a function body.
func newScope(parent *env, fn bool) *env {
	e := newEnv(parent)
	e.scope, e.fn, e.decl = true, fn, map[string]bool{}
	return e
}

// declare makes a name local to the layer (let, const, a parameter, a
// hoisted function).
func (e *env) declare(name string) {
	if e.decl != nil {
		e.decl[name] = true
	}
}

// functionScope is the layer var declarations belong to.
func (e *env) functionScope() *env {
	s := e
	for !s.fn && s.parent != nil {
		s = s.parent
	}
	return s
}

// baseName is the variable of an access path ("params" of "params.q").
func baseName(key string) string {
	if i := strings.IndexByte(key, '.'); i > 0 {
		return key[:i]
	}
	return key
}

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
	s := e
	for s.scope && s.parent != nil && !s.decl[baseName(name)] {
		if s.fn {
			old, _ := s.parent.get(name)
			v = join(old, v)
		}
		s = s.parent
	}
	s.vars[name] = v
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
		e.set(k, v)
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

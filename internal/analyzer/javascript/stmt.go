package javascript

// stmt analyzes one statement, updating e.
func (a *analysis) stmt(s *node, e *env, fr *frame) {
	a.tick()
	switch s.kind {
	case "expression_statement":
		for _, k := range s.kids {
			a.expr(k, e, fr)
		}
	case "lexical_declaration", "variable_declaration":
		a.declaration(s, e, fr)
	case "statement_block":
		// A block's let, const and class are its own.
		be := newScope(e, false)
		a.block(s.kids, be, fr)
		e.dead = e.dead || be.dead
	case "if_statement":
		a.ifStmt(s, e, fr)
	case "for_statement", "while_statement", "do_statement", "for_in_statement":
		a.loop(s, e, fr)
	case "switch_statement":
		a.switchStmt(s, e, fr)
	case "try_statement":
		a.tryStmt(s, e, fr)
	case "return_statement":
		var v *value
		if len(s.kids) > 0 {
			v = a.expr(s.kids[0], e, fr)
		}
		fr.ret = join(fr.ret, v)
		e.dead = true
	case "throw_statement":
		for _, k := range s.kids {
			a.expr(k, e, fr)
		}
		e.dead = true
	case "class_declaration":
		a.class(s, e)
	case "export_statement":
		a.block(s.kids, e, fr)
	case "labeled_statement", "with_statement":
		for _, k := range s.kids {
			if k.field == "body" {
				a.stmt(k, e, fr)
			}
		}
	case "function_declaration", "generator_function_declaration":
		// hoisted and summarized by block
	case "ERROR":
		// Recovered syntax errors: analyze whatever statements survived.
		for _, k := range s.kids {
			a.stmt(k, e, fr)
		}
	default:
		if isExpression(s.kind) {
			a.expr(s, e, fr)
		}
	}
}

func isExpression(kind string) bool {
	switch kind {
	case "call_expression", "assignment_expression", "augmented_assignment_expression",
		"new_expression", "member_expression", "identifier", "await_expression", "parenthesized_expression",
		"sequence_expression", "binary_expression", "ternary_expression", "arrow_function", "function_expression":
		return true
	}
	return false
}

func (a *analysis) declaration(s *node, e *env, fr *frame) {
	scope := e
	if s.kind == "variable_declaration" {
		scope = e.functionScope() // var ignores blocks
	}
	for _, d := range s.kids {
		if d.kind != "variable_declarator" {
			continue
		}
		name := d.child("name")
		for _, n := range patternNames(name) {
			scope.declare(n)
		}
		var v *value
		if val := d.child("value"); val != nil {
			v = a.exprNamed(val, e, fr, name)
		} else {
			v = &value{falsy: true}
		}
		a.bindPattern(name, v, e, d)
	}
}

// ifStmt analyzes both branches and merges them. A constant condition
// (if (false), const DEBUG = false) prunes the dead branch, and origin
// checks of message events make event.data safe where they hold.
func (a *analysis) ifStmt(s *node, e *env, fr *frame) {
	cond := s.child("condition")
	cv := a.expr(cond, e, fr)
	whenTrue, whenFalse := a.originFacts(cond, e)
	nt, nf := a.narrowFacts(cond, e)
	whenTrue, whenFalse = append(whenTrue, nt...), append(whenFalse, nf...)
	thenEnv, elseEnv := newEnv(e), newEnv(e)
	for _, name := range whenTrue {
		thenEnv.set(name, &value{})
	}
	for _, name := range whenFalse {
		elseEnv.set(name, &value{})
	}
	if cv.falsy {
		thenEnv.dead = true
	} else if body := s.child("consequence"); body != nil {
		a.stmt(body, thenEnv, fr)
	}
	if cv.truthy {
		elseEnv.dead = true
	} else if alt := s.child("alternative"); alt != nil {
		for _, k := range alt.kids {
			a.stmt(k, elseEnv, fr)
		}
	}
	e.mergeBranches(thenEnv, elseEnv)
}

// loop runs a loop body twice, enough for a value to travel from one
// statement to an earlier one through the back edge in common code.
func (a *analysis) loop(s *node, e *env, fr *frame) {
	if init := s.child("initializer"); init != nil {
		a.stmt(init, e, fr)
	}
	body := s.child("body")
	for i := 0; i < 2; i++ {
		be := newEnv(e)
		if s.kind == "for_in_statement" {
			a.forInBinding(s, be, fr)
		}
		if c := s.child("condition"); c != nil {
			a.expr(c, be, fr)
		}
		if body != nil {
			a.stmt(body, be, fr)
		}
		if inc := s.child("increment"); inc != nil && !be.dead {
			a.expr(inc, be, fr)
		}
		be.dead = false // break and continue end the body, not the function
		e.mergeLoop(be)
	}
}

// forInBinding binds the loop variable to an element (or key) of the
// iterated value.
func (a *analysis) forInBinding(s *node, e *env, fr *frame) {
	right := a.expr(s.child("right"), e, fr)
	elem := breakLead(right)
	if left := s.child("left"); left != nil {
		a.bindPattern(left, elem, e, s)
	}
}

func (a *analysis) switchStmt(s *node, e *env, fr *frame) {
	a.expr(s.child("value"), e, fr)
	body := s.child("body")
	if body == nil {
		return
	}
	var merged *env
	hasDefault := false
	for _, c := range body.kids {
		ce := newEnv(e)
		if c.kind == "switch_default" {
			hasDefault = true
		}
		for _, k := range c.kids {
			if k.field == "value" {
				a.expr(k, ce, fr)
			} else if !ce.dead {
				a.stmt(k, ce, fr)
			}
		}
		if merged == nil {
			merged = ce
			continue
		}
		m := newEnv(e)
		m.mergeBranches(merged, ce)
		merged = m
	}
	if merged == nil {
		return
	}
	if !hasDefault {
		m := newEnv(e)
		m.mergeBranches(merged, newEnv(e))
		merged = m
	}
	if merged.dead {
		e.dead = true
		return
	}
	e.adopt(merged)
}

// tryStmt: the handler may start after any statement of the body, so it
// sees the join of the states before and after the body.
func (a *analysis) tryStmt(s *node, e *env, fr *frame) {
	before := newEnv(e)
	bodyEnv := newEnv(e)
	if b := s.child("body"); b != nil {
		a.stmt(b, bodyEnv, fr)
	}
	if h := s.child("handler"); h != nil {
		start := newEnv(e)
		start.mergeBranches(before, withoutDeath(bodyEnv))
		he := newEnv(start)
		if p := h.child("parameter"); p != nil {
			a.bindPattern(p, &value{}, he, nil)
		}
		if b := h.child("body"); b != nil {
			a.stmt(b, he, fr)
		}
		start.mergeBranches(bodyEnv, he)
		bodyEnv = start
	}
	if bodyEnv.dead {
		e.dead = true
	} else {
		e.adoptAll(bodyEnv)
	}
	if f := s.child("finalizer"); f != nil {
		if b := f.child("body"); b != nil {
			dead := e.dead
			e.dead = false
			a.stmt(b, e, fr)
			e.dead = e.dead || dead
		}
	}
}

func withoutDeath(c *env) *env {
	d := *c
	d.dead = false
	return &d
}

// adoptAll copies every layer between c and e into e.
func (e *env) adoptAll(c *env) {
	var layers []*env
	for s := c; s != nil && s != e; s = s.parent {
		layers = append(layers, s)
	}
	for i := len(layers) - 1; i >= 0; i-- {
		e.adopt(layers[i])
	}
}

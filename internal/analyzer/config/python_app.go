package config

import (
	"fmt"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/pyfront"
)

// configClasses checks Flask-style config classes. Only leaf classes (those
// no other config class of the module extends) are evaluated, with their
// inherited attributes, so a base class whose DEBUG = True every subclass
// overrides is not a finding, and DevelopmentConfig may keep DEBUG on.
func (p *pyCheck) configClasses() {
	classes := map[string]*pyfront.Class{}
	for _, cl := range p.scope.Classes {
		classes[cl.Stmt.Name] = cl
	}
	isConfig := map[string]bool{}
	for _, cl := range p.scope.Classes { // source order: bases come first
		isConfig[cl.Stmt.Name] = configClassName(cl.Stmt.Name)
		for _, b := range cl.Stmt.Bases {
			d := b.Dotted()
			if isConfig[d] || configClassName(d[strings.LastIndex(d, ".")+1:]) {
				isConfig[cl.Stmt.Name] = true
			}
		}
	}
	extended := map[string]bool{}
	for _, cl := range p.scope.Classes {
		for _, b := range cl.Stmt.Bases {
			if isConfig[cl.Stmt.Name] {
				extended[b.Dotted()] = true
			}
		}
	}
	for _, cl := range p.scope.Classes {
		name := cl.Stmt.Name
		if !isConfig[name] {
			continue
		}
		p.flask = p.flask || !p.django
		if !extended[name] && !p.dev && !devClass(name) {
			p.facts.configAnchors = append(p.facts.configAnchors, anchor{loc: p.c.loc(cl.Stmt.Pos.Line, 0), what: "Flask config class " + name})
		}
		if extended[name] {
			continue
		}
		p.checkClass(cl, classes)
	}
}

func configClassName(n string) bool {
	return strings.HasSuffix(n, "Config") || strings.HasSuffix(n, "Settings") || strings.HasSuffix(n, "Configuration")
}

func (p *pyCheck) checkClass(cl *pyfront.Class, classes map[string]*pyfront.Class) {
	name := cl.Stmt.Name
	exempt := p.dev || devClass(name)
	where := fmt.Sprintf("class %s in %s", name, p.base)
	lookup := func(k string) []pyfront.Binding { return inherited(cl, k, classes, 0) }
	for _, k := range settingKeys {
		if bs := lookup(k); len(bs) > 0 {
			p.checkSetting(setting{key: k, bindings: bs, env: cl.Scope, where: where, exempt: exempt})
		}
	}
	val := func(k string) pyfront.Value { return setting{bindings: lookup(k)}.value() }
	p.checkCORSSettings(val, func(k string) (int, int) { return setting{bindings: lookup(k)}.pos() }, where, exempt)
	p.cookieCoverage(val, func(k string) bool { return len(lookup(k)) > 0 }, where)
}

// inherited finds a class attribute in the class or, depth first, its bases
// defined in the same module.
func inherited(cl *pyfront.Class, key string, classes map[string]*pyfront.Class, depth int) []pyfront.Binding {
	if bs := cl.Scope.Bindings(key); len(bs) > 0 || depth > 20 {
		return bs
	}
	for _, b := range cl.Stmt.Bases {
		if base := classes[b.Dotted()]; base != nil && base != cl {
			if bs := inherited(base, key, classes, depth+1); len(bs) > 0 {
				return bs
			}
		}
	}
	return nil
}

// appSettings collects app.config["X"] = v, app.config.update(...),
// app.config.from_mapping(...), app.secret_key and app.debug, wherever they
// are (module level or inside create_app).
type appSettings struct {
	keys  []string
	binds map[string][]pyfront.Binding
}

func (a *appSettings) add(key string, e *pyfront.Expr, v pyfront.Value, st *pyfront.Stmt) {
	if _, ok := a.binds[key]; !ok {
		a.keys = append(a.keys, key)
	}
	// Later assignments override earlier ones (flow order within the file).
	a.binds[key] = []pyfront.Binding{{Value: v, Expr: e, Stmt: st}}
}

// statements walks every statement (functions included) for app-level
// configuration, calls and response headers.
func (p *pyCheck) statements() {
	app := &appSettings{binds: map[string][]pyfront.Binding{}}
	pyfront.Walk(p.m.Body, func(st *pyfront.Stmt, outer []*pyfront.Stmt) bool {
		switch st.Kind {
		case pyfront.AssignStmt:
			p.assignment(st, app)
		case pyfront.FuncStmt:
			p.headerCORS(st)
		}
		pyfront.StmtExprs(st, func(e *pyfront.Expr) {
			if e.Kind == pyfront.Call {
				p.call(e, st, app)
			}
		})
		return true
	})
	where := "app.config in " + p.base
	for _, k := range app.keys {
		p.checkSetting(setting{key: k, bindings: app.binds[k], env: p.scope, where: where, exempt: p.dev})
	}
	val := func(k string) pyfront.Value { return setting{bindings: app.binds[k]}.value() }
	p.checkCORSSettings(val, func(k string) (int, int) { return setting{bindings: app.binds[k]}.pos() }, where, p.dev)
	p.cookieCoverage(val, func(k string) bool { return len(app.binds[k]) > 0 }, where)
}

func (p *pyCheck) assignment(st *pyfront.Stmt, app *appSettings) {
	if st.Value == nil {
		return
	}
	v := pyfront.Eval(st.Value, p.scope)
	for _, t := range st.Targets {
		switch {
		case t == nil:
		case t.Kind == pyfront.Subscript && isConfigObj(t.X):
			if k := pyfront.Eval(t.Y, p.scope); k.Kind == pyfront.StrVal {
				app.add(k.S, st.Value, v, st)
			}
		case t.Kind == pyfront.Attr && t.X != nil && t.X.Kind == pyfront.Name && p.flask:
			switch t.Text {
			case "secret_key":
				app.add("SECRET_KEY", st.Value, v, st)
			case "debug":
				app.add("DEBUG", st.Value, v, st)
			}
		}
	}
	if c := st.Value; c.Kind == pyfront.Call && (c.Callee() == "Flask" || c.Callee() == "flask.Flask") {
		p.flask = true
		if !p.dev {
			p.facts.anchors = append(p.facts.anchors, anchor{loc: p.c.loc(st.Pos.Line, st.Pos.Col), what: "Flask app in " + p.base})
		}
	}
}

// isConfigObj matches app.config (any receiver's .config attribute).
func isConfigObj(e *pyfront.Expr) bool {
	return e != nil && e.Kind == pyfront.Attr && e.Text == "config"
}

func (p *pyCheck) call(e *pyfront.Expr, st *pyfront.Stmt, app *appSettings) {
	callee := e.Callee()
	last := callee[strings.LastIndex(callee, ".")+1:]
	switch {
	case (last == "update" || last == "from_mapping") && e.X.Kind == pyfront.Attr && isConfigObj(e.X.X):
		for _, k := range e.Kw() {
			if k.Name != "" {
				app.add(k.Name, k.Value, pyfront.Eval(k.Value, p.scope), st)
			}
		}
		for _, a := range e.Args() {
			if a.Kind == pyfront.Dict {
				for i, k := range a.Elems {
					if kv := pyfront.Eval(k, p.scope); kv.Kind == pyfront.StrVal {
						app.add(kv.S, a.Vals()[i], pyfront.Eval(a.Vals()[i], p.scope), st)
					}
				}
			}
		}
	case last == "run" && e.X.Kind == pyfront.Attr && e.X.X != nil && e.X.X.Kind == pyfront.Name && p.flask:
		if d := e.Keyword("debug"); d != nil && !p.dev && pyfront.Eval(d, p.scope).IsTrue() {
			p.report("CFG-PY-DEBUG", d.Pos.Line, d.Pos.Col, fmt.Sprintf("%s(debug=True) in %s starts the interactive debugger", callee, p.base))
		}
	case callee == "Talisman" || callee == "flask_talisman.Talisman":
		csp := e.Keyword("content_security_policy")
		// Talisman's default policy is default-src 'self'.
		if csp == nil || !pyfront.Eval(csp, p.scope).IsFalse() {
			p.facts.csp = append(p.facts.csp, p.c.loc(e.Pos.Line, e.Pos.Col))
		}
	case callee == "CORS" || callee == "flask_cors.CORS" || callee == "cross_origin":
		p.flaskCORS(e)
	case callee == "logging.basicConfig" || callee == "logging.config.dictConfig" || callee == "logging.config.fileConfig" ||
		callee == "dictConfig" || callee == "fileConfig" || callee == "basicConfig" || last == "addHandler":
		p.facts.logging = append(p.facts.logging, p.c.loc(e.Pos.Line, e.Pos.Col))
	}
}

// flaskCORS: flask-cors allows every origin by default; with credentials
// it reflects the caller's origin.
func (p *pyCheck) flaskCORS(e *pyfront.Expr) {
	cred := e.Keyword("supports_credentials")
	if cred == nil || !pyfront.Eval(cred, p.scope).IsTrue() || p.dev {
		return
	}
	any := true
	if o := e.Keyword("origins"); o != nil {
		any = wildcardOrigins(pyfront.Eval(o, p.scope))
	}
	if r := e.Keyword("resources"); r != nil && any {
		rv := pyfront.Eval(r, p.scope)
		if rv.Kind != pyfront.DictVal {
			any = false
		}
		for _, opts := range rv.Elems {
			if o, ok := opts.Get("origins"); ok && !wildcardOrigins(o) {
				any = false
			}
		}
	}
	if any {
		p.report("CFG-PY-CORS-ALLOW-ALL", e.Pos.Line, e.Pos.Col, fmt.Sprintf("%s allows every origin with supports_credentials=True in %s", e.Callee(), p.base))
	}
}

func wildcardOrigins(v pyfront.Value) bool {
	switch v.Kind {
	case pyfront.StrVal:
		return v.S == "*"
	case pyfront.ListVal, pyfront.TupleVal, pyfront.SetVal:
		for _, s := range v.Strings() {
			if s == "*" {
				return true
			}
		}
	}
	return false
}

// headerCORS looks for a function that sets Access-Control-Allow-Origin to
// "*" or the request's Origin and also Access-Control-Allow-Credentials: true.
func (p *pyCheck) headerCORS(fn *pyfront.Stmt) {
	locals := map[string]*pyfront.Expr{}
	var origin *pyfront.Expr
	var originPos pyfront.Pos
	creds := false
	set := func(name, val *pyfront.Expr, at pyfront.Pos) {
		k := pyfront.Eval(name, p.scope)
		if k.Kind != pyfront.StrVal {
			return
		}
		switch strings.ToLower(k.S) {
		case "access-control-allow-origin":
			if permissiveOrigin(val, locals, p.scope) {
				origin, originPos = val, at
			}
		case "access-control-allow-credentials":
			if v := pyfront.Eval(val, p.scope); v.Kind == pyfront.StrVal && strings.EqualFold(v.S, "true") {
				creds = true
			}
		}
	}
	pyfront.Walk(fn.Body, func(st *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if st.Kind == pyfront.FuncStmt {
			return false // nested functions are checked on their own
		}
		if st.Kind == pyfront.AssignStmt && st.Value != nil {
			for _, t := range st.Targets {
				switch {
				case t == nil:
				case t.Kind == pyfront.Name:
					locals[t.Text] = st.Value
				case t.Kind == pyfront.Subscript:
					set(t.Y, st.Value, st.Pos)
				}
			}
		}
		pyfront.StmtExprs(st, func(e *pyfront.Expr) {
			if e.Kind != pyfront.Call || e.X == nil || e.X.Kind != pyfront.Attr || len(e.Args()) < 2 {
				return
			}
			switch e.X.Text {
			case "set", "add", "setdefault", "__setitem__", "add_header":
				set(e.Args()[0], e.Args()[1], st.Pos)
			}
		})
		return true
	})
	if origin != nil && creds && !p.dev {
		p.report("CFG-PY-CORS-ALLOW-ALL", originPos.Line, originPos.Col,
			fmt.Sprintf("%s sets Access-Control-Allow-Origin to %s together with Access-Control-Allow-Credentials: true", fn.Name, origin.Src))
	}
}

// permissiveOrigin: "*" or a value taken from the request's Origin header.
func permissiveOrigin(e *pyfront.Expr, locals map[string]*pyfront.Expr, env pyfront.Env) bool {
	if v := pyfront.Eval(e, env); v.Kind == pyfront.StrVal {
		return v.S == "*"
	}
	reflected := false
	seen := map[string]bool{}
	var visit func(x *pyfront.Expr)
	visit = func(x *pyfront.Expr) {
		pyfront.WalkExpr(x, func(y *pyfront.Expr) {
			switch y.Kind {
			case pyfront.Str:
				if strings.EqualFold(y.Text, "origin") || y.Text == "HTTP_ORIGIN" {
					reflected = true
				}
			case pyfront.Name:
				if d := locals[y.Text]; d != nil && !seen[y.Text] {
					seen[y.Text] = true
					visit(d)
				}
			}
		})
	}
	visit(e)
	return reflected
}

// stringLiterals: a "Content-Security-Policy" literal means the code sets the
// header itself (response.headers[...] = ..., a middleware, a decorator).
func (p *pyCheck) stringLiterals() {
	for _, s := range p.m.Strings {
		if strings.EqualFold(s.Text, "Content-Security-Policy") {
			p.facts.csp = append(p.facts.csp, p.c.loc(s.Pos.Line, s.Pos.Col))
		}
	}
	for _, l := range p.facts.csp {
		p.c.observe("XSS-2", control.Positive, l.Line, "Content-Security-Policy configured in "+p.base)
		break
	}
	for _, l := range p.facts.logging {
		p.c.observe("LG-2", control.Positive, l.Line, "application logging configured in "+p.base)
		break
	}
}

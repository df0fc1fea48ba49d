package python

import (
	"slices"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
)

// GraphQL servers call resolvers with the arguments of the client's query:
// those parameters are input, as a route's are. The parent value and the
// resolve info are the server's own.
//
//   - Graphene: resolve_<field> methods of ObjectType classes, and mutate /
//     mutate_and_get_payload of Mutation classes; argument types come from
//     the field's declaration (graphene.Field(T, id=graphene.Int())) or the
//     mutation's Arguments class.
//   - Strawberry: functions and methods decorated with strawberry.field,
//     mutation or subscription, and resolver= functions of fields.
//   - Ariadne: functions decorated with X.field("name") where X is a
//     QueryType, MutationType, SubscriptionType or ObjectType.

const graphqlFramework = "graphql"

// graphqlBase: a Graphene base class whose methods resolve fields.
func graphqlBase(b string) bool {
	if !strings.HasPrefix(b, "graphene.") {
		return false
	}
	switch lastPart(b) {
	case "ObjectType", "Mutation", "ClientIDMutation", "Interface":
		return true
	}
	return false
}

// graphqlResolverParam: a parameter a GraphQL server fills with its own
// values, not the query's: the parent object and the resolve info.
func graphqlResolverParam(f *function, i int, p pyfront.Param) bool {
	switch p.Name {
	case "info", "root", "parent", "obj", "_", "_obj", "_root", "_parent", "self", "cls":
		return true
	}
	if t := paramType(p.Annot); t != nil {
		switch lastPart(t.Dotted()) {
		case "Info", "ResolveInfo", "GraphQLResolveInfo":
			return true
		}
	}
	// Graphene and Ariadne pass the parent first whatever its name.
	return i == 0 && f.handler != nil && f.handler.graphqlRoot
}

// markGraphQL marks the resolvers of module m.
func (p *program) markGraphQL(m *module) {
	if !p.moduleImports(m, "graphene") && !p.moduleImports(m, "strawberry") && !p.moduleImports(m, "ariadne") {
		return
	}
	mark := func(f *function, root bool, safe map[string]bool) {
		if f == nil || f.def == nil || f.handler != nil {
			return
		}
		h := newHandler(graphqlFramework, "")
		h.graphqlRoot = root
		for k := range safe {
			h.safeParams[k] = true
		}
		f.handler = h
	}
	// A Graphene class and every project class it inherits from (the
	// documented pattern: per-app Query mixins combined in one root
	// class(app.schema.Query, graphene.ObjectType)).
	var resolvers func(c *class, depth int)
	resolvers = func(c *class, depth int) {
		if c == nil || depth > 10 {
			return
		}
		fieldArgs := graphqlFieldArgs(p, c.mod, c.def.Body)
		mutationArgs := map[string]bool{}
		for _, s := range c.def.Body {
			if s.Kind == pyfront.ClassStmt && (s.Name == "Arguments" || s.Name == "Input") {
				mutationArgs = graphqlFieldArgs(p, c.mod, s.Body)[""]
			}
		}
		for name, f := range c.methods {
			switch {
			case strings.HasPrefix(name, "resolve_"):
				mark(f, true, fieldArgs[strings.TrimPrefix(name, "resolve_")])
			case name == "mutate" || name == "mutate_and_get_payload":
				mark(f, true, mutationArgs)
			}
		}
		for _, b := range c.bases {
			resolvers(p.lookupClass(b, c.mod), depth+1)
		}
	}
	for _, c := range m.classes {
		if p.derivesFrom(c, graphqlBase) || slices.ContainsFunc(c.bases, graphqlBase) {
			resolvers(c, 0)
		}
	}
	for _, f := range p.moduleFunctions(m) {
		for _, d := range f.def.Decorators {
			callee := d
			if d.Kind == pyfront.Call {
				callee = d.X
			}
			dotted := callee.Dotted()
			switch q := p.qualify(m, dotted); q {
			case "strawberry.field", "strawberry.mutation", "strawberry.subscription", "strawberry.federation.field":
				mark(f, false, nil)
			default:
				if strings.HasSuffix(dotted, ".field") && d.Kind == pyfront.Call && p.ariadneType(m, strings.TrimSuffix(dotted, ".field")) {
					mark(f, true, nil)
				}
			}
		}
	}
	// strawberry.field(resolver=fn) and X.set_field("name", fn).
	pyfront.Walk(m.ast.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(e *pyfront.Expr) {
			if e.Kind != pyfront.Call {
				return
			}
			dotted := e.Callee()
			var fn *pyfront.Expr
			root := false
			switch q := p.qualify(m, dotted); {
			case q == "strawberry.field" || q == "strawberry.mutation" || q == "strawberry.subscription":
				fn = e.Keyword("resolver")
			case strings.HasSuffix(dotted, ".set_field") && len(e.Args()) == 2 && p.ariadneType(m, strings.TrimSuffix(dotted, ".set_field")):
				fn, root = e.Args()[1], true
			}
			if fn != nil && fn.Kind == pyfront.Name {
				mark(m.funcs[fn.Text], root, nil)
			}
		})
		return true
	})
}

// ariadneType: name is assigned an Ariadne object type at module level
// (query = QueryType(), user = ObjectType("User")).
func (p *program) ariadneType(m *module, name string) bool {
	if name == "" || strings.Contains(name, ".") {
		return false
	}
	found := false
	for _, s := range m.ast.Body {
		if s.Kind != pyfront.AssignStmt || len(s.Targets) != 1 || s.Targets[0].Kind != pyfront.Name || s.Targets[0].Text != name || s.Value == nil || s.Value.Kind != pyfront.Call {
			continue
		}
		switch p.qualify(m, s.Value.Callee()) {
		case "ariadne.QueryType", "ariadne.MutationType", "ariadne.SubscriptionType", "ariadne.ObjectType", "ariadne.InterfaceType":
			found = true
		}
	}
	return found
}

// graphqlFieldArgs reads Graphene declarations in a class body: for each
// field (x = graphene.Field(T, id=graphene.Int()), x = graphene.List(T,
// n=graphene.Int())), the arguments whose type is a number or a boolean;
// for plain assignments (a mutation's Arguments: id = graphene.Int()),
// those names under "".
func graphqlFieldArgs(p *program, m *module, body []*pyfront.Stmt) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, s := range body {
		if s.Kind != pyfront.AssignStmt || len(s.Targets) != 1 || s.Targets[0].Kind != pyfront.Name || s.Value == nil || s.Value.Kind != pyfront.Call {
			continue
		}
		name := s.Targets[0].Text
		if graphqlScalarSafe(p, m, s.Value) {
			if out[""] == nil {
				out[""] = map[string]bool{}
			}
			out[""][name] = true
			continue
		}
		for _, kw := range s.Value.Kw() {
			if kw.Name != "" && graphqlScalarSafe(p, m, kw.Value) {
				if out[name] == nil {
					out[name] = map[string]bool{}
				}
				out[name][kw.Name] = true
			}
		}
	}
	return out
}

// graphqlScalarSafe: a Graphene argument type whose values cannot carry
// text: Int, Float, Boolean (also wrapped in NonNull, List or Argument).
// (ID is text.)
func graphqlScalarSafe(p *program, m *module, e *pyfront.Expr) bool {
	for depth := 0; e != nil && depth < 4; depth++ {
		t := e
		if e.Kind == pyfront.Call {
			t = e.X
		}
		switch q := p.qualify(m, t.Dotted()); q {
		case "graphene.Int", "graphene.Float", "graphene.Boolean":
			return true
		case "graphene.NonNull", "graphene.List", "graphene.Argument":
			if e.Kind != pyfront.Call || len(e.Args()) == 0 {
				return false
			}
			e = e.Args()[0]
		default:
			return false
		}
	}
	return false
}

// graphqlInfoClass types a resolver's info parameter: its context is the
// request; its other attributes (field_name, path ...) are the server's.
var graphqlInfoClass = &class{qname: "graphql.ResolveInfo", name: "ResolveInfo", methods: map[string]*function{},
	attrs: map[string]*value{}, inputAttrs: map[string]bool{}, formHooks: map[string]bool{}}

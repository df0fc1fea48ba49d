package probe

import (
	"context"
	"fmt"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// NoSQLi finds MongoDB-style operator injection: the parameter is sent as
// an operator object (name[$ne]=x in a query or form, {"$ne": "x"} in
// JSON). With $ne a random value matches everything; with $eq it matches
// what the plain random value matches. Confirmed when $ne pages are alike
// for two random values, $eq pages are alike and equal to the plain
// value's page, and the $ne page differs: an app that ignores the
// bracketed name answers all of them the same.
// At most 5 requests per parameter.
type NoSQLi struct{}

func (*NoSQLi) ID() string { return "WEB-NOSQLI" }

func (n *NoSQLi) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-NOSQLI") {
		if p.In != "query" && p.In != "form" && p.In != "json" {
			continue
		}
		op := func(o, v string) (*httpx.Response, error) {
			if p.In == "json" {
				return t.send(mutation{param: p, raw: map[string]any{o: v}})
			}
			return t.send(mutation{param: p, value: v, rename: p.Name + "[" + o + "]"})
		}
		r1, r2 := token(), token()
		plain, err := t.with(p, r1)
		if err != nil {
			continue
		}
		eq, err := op("$eq", r1)
		if err != nil || !pageOf(eq, r1).same(pageOf(plain, r1)) {
			continue
		}
		ne1, err := op("$ne", r1)
		if err != nil || pageOf(ne1, r1).same(pageOf(plain, r1)) {
			continue
		}
		ne2, err := op("$ne", r2)
		if err != nil || !pageOf(ne2, r2).same(pageOf(ne1, r1)) {
			continue
		}
		eq2, err := op("$eq", r2)
		if err != nil || !pageOf(eq2, r2).same(pageOf(plain, r1)) {
			continue
		}
		form := p.Name + "[$ne]=" + r1
		if p.In == "json" {
			form = fmt.Sprintf(`{"%s": {"$ne": "%s"}}`, p.Name, r1)
		}
		res := t.result("WEB-NOSQLI", fmt.Sprintf("NoSQL operator injection in %s", p.Name), p, plain, ne1)
		res.Confidence = finding.ConfidenceHigh
		res.Facts = []string{
			"payload: " + form,
			fmt.Sprintf("$ne with two random values gives one page (%s); $eq and the plain random value give another (%s)", pageOf(ne1, r1), pageOf(plain, r1)),
			"the query operator in the input is evaluated by the database",
		}
		emit(res)
	}
}

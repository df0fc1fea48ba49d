package probe

import (
	"fmt"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// computed is a payload whose effect is a value only evaluation produces:
// the payload text never contains it (7*191 is sent, 1337 is looked for).
type computed struct {
	name string
	// make returns the value to send and the text evaluation yields, for
	// two random numbers.
	make func(v string, a, b int64) (payload, want string)
}

// evalMarker sends each form with two random numbers; a form counts when
// its result is absent from the baseline and from the request, present in
// the response, and the same holds again with two other numbers (so a
// page that happens to contain one number cannot trigger it).
// At most 2 requests per form.
func (t *target) evalMarker(p *webscan.Param, base *httpx.Response, forms []computed, rule, what string) (webscan.Result, bool) {
	for _, f := range forms {
		if t.ctx.Err() != nil {
			break
		}
		var proof []*httpx.Response
		var facts []string
		ok := true
		for i := 0; i < 2 && ok; i++ {
			a, b := randInt(1000, 9999), randInt(1000, 9999)
			payload, want := f.make(p.Value, a, b)
			if contains(base, want) || strings.Contains(payload, want) {
				ok = false
				break
			}
			r, err := t.with(p, payload)
			if err != nil || !contains(r, want) {
				ok = false
				break
			}
			if i == 0 {
				proof = append(proof, base, r)
			}
			facts = append(facts, fmt.Sprintf("%s=%q returned %q (absent from the baseline)", p.Name, payload, want))
		}
		if !ok {
			continue
		}
		res := t.result(rule, fmt.Sprintf("%s in %s (%s)", what, p.Name, f.name), p, proof...)
		res.Confidence = finding.ConfidenceHigh
		res.Facts = append(facts, "the server evaluated the injected expression; confirmed with two different random operands")
		return res, true
	}
	return webscan.Result{}, false
}

// baseline fetches the parameter with its discovered value.
func (t *target) baseline(p *webscan.Param) *httpx.Response {
	r, err := t.with(p, p.Value)
	if err != nil {
		return nil
	}
	return r
}

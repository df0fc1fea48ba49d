package probe

import (
	"fmt"
	"sort"
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

// baseline fetches the parameter with its discovered value: the request
// the crawler itself made. The answer is shared by every probe of the scan
// (Env.baselines), keyed by the identity and the request's exact method,
// URL, headers and body, so it is sent once, not once per probe and
// parameter. A form whose CSRF token was refreshed is a new request.
func (t *target) baseline(p *webscan.Param) *httpx.Response {
	req, body, err := t.request(mutation{param: p, value: p.Value})
	if err != nil {
		return nil
	}
	var k strings.Builder
	k.WriteString(t.sess.Name + "\n" + req.Method + " " + req.URL.String() + "\n")
	keys := make([]string, 0, len(req.Header))
	for h := range req.Header {
		keys = append(keys, h)
	}
	sort.Strings(keys)
	for _, h := range keys {
		k.WriteString(h + ": " + strings.Join(req.Header[h], ",") + "\n")
	}
	k.Write(body)
	key := k.String()
	e := t.env
	e.baseMu.Lock()
	r, ok := e.baselines[key]
	e.baseMu.Unlock()
	if ok {
		return r
	}
	r, err = t.with(p, p.Value)
	if err != nil {
		return nil
	}
	e.baseMu.Lock()
	if e.baselines == nil {
		e.baselines = map[string]*httpx.Response{}
	}
	e.baselines[key] = r
	e.baseMu.Unlock()
	return r
}

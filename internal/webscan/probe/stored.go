package probe

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/webscan"
)

// XSSStored finds stored cross-site scripting: one submission of the form
// or JSON endpoint with a payload carrying a distinct marker in each text
// parameter, then the pages where it would show are fetched (the
// redirect target of the submission, the page the form was found on, the
// endpoint's own URL by GET) and parsed: the marker must come back as
// markup that runs (event handler), in a later request. Submitting is the
// only way to test this, so it is done in safe mode too, except on
// endpoints whose names say they delete or change accounts.
// At most 2 + 3 requests per endpoint (one CSRF refresh).
type XSSStored struct{}

func (*XSSStored) ID() string { return "WEB-XSS-STORED" }

func (x *XSSStored) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	if ep == nil || !mayModify(ep) {
		return
	}
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	marks := map[string]*webscan.Param{}
	var ps []*webscan.Param
	for _, p := range t.untested("WEB-XSS-STORED") {
		if (p.In == "form" || p.In == "json") && p.Type != "integer" && p.Type != "number" && p.Type != "boolean" && !isNumber(p.Value) {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return
	}
	// All text parameters at once, each with its own marker; the values are
	// written into the endpoint copy so one request carries them all.
	var payloads []string
	for _, p := range ps {
		m := token()
		marks[m] = p
		p.Value = fmt.Sprintf("%s <img src=x onerror=alert(%s)>", m, m)
		payloads = append(payloads, p.Name+"="+p.Value)
	}
	sub, err := t.send(mutation{})
	if err != nil {
		return
	}
	var pages []*url.URL
	if loc := sub.Header.Get("Location"); sub.Status >= 300 && sub.Status < 400 && loc != "" {
		if u, err := t.ep.URL.Parse(loc); err == nil {
			pages = append(pages, u)
		}
	}
	if ep.FoundOn != nil {
		pages = append(pages, ep.FoundOn)
	}
	pages = append(pages, &url.URL{Scheme: ep.URL.Scheme, Host: ep.URL.Host, Path: ep.URL.Path})
	seen := map[string]bool{}
	for _, u := range pages {
		if seen[u.String()] || ctx.Err() != nil {
			continue
		}
		seen[u.String()] = true
		r, err := t.get(u)
		if err != nil || r == nil || r.Status == http.StatusMethodNotAllowed {
			continue
		}
		for m, p := range marks {
			how := respXSS(r, m)
			if how == "" {
				continue
			}
			res := t.result("WEB-XSS-STORED", fmt.Sprintf("Stored XSS through %s, shown on %s", p.Name, u.Path), p, sub, r)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{
				fmt.Sprintf("submitted %s with %v", ep.Method, payloads),
				fmt.Sprintf("a later GET %s returns it as markup: the HTML parser builds %s", u.String(), how),
				"submitted in safe mode: a single marker comment-like submission",
			}
			if env.Aggressive {
				res.Facts = res.Facts[:2]
			}
			emit(res)
			delete(marks, m)
		}
	}
}

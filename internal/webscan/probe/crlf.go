package probe

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/webscan"
)

// CRLF finds HTTP response splitting: a value with CR LF followed by a
// header line of our own; the finding needs that header (its name holds a
// random marker) among the response headers, twice with two markers.
// Forms: raw CR LF, LF only, the UTF-8 characters some servers fold to
// CR LF, and a double-encoded CR LF. At most 4 + 1 requests per parameter.
type CRLF struct{}

func (*CRLF) ID() string { return "WEB-CRLF" }

var crlfSeps = []string{"\r\n", "\n", "\u560a\u560d", "%0d%0a"}

func (c *CRLF) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-CRLF") {
		for _, sep := range crlfSeps {
			m := token()
			name := "X-Secaudit-" + m
			v := p.Value + sep + name + ": " + m
			r, err := t.with(p, v)
			if err != nil || r.Header.Get(name) == "" {
				continue
			}
			m2 := token()
			r2, err := t.with(p, p.Value+sep+"X-Secaudit-"+m2+": "+m2)
			if err != nil || r2.Header.Get("X-Secaudit-"+m2) == "" {
				continue
			}
			res := t.result("WEB-CRLF", fmt.Sprintf("HTTP response splitting (CRLF injection) in %s", p.Name), p, r)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{fmt.Sprintf("payload: %s=%q", p.Name, v),
				fmt.Sprintf("the response carries the injected header %s: %s (confirmed with a second marker)", http.CanonicalHeaderKey(name), r.Header.Get(name)),
				"separator " + strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(fmt.Sprintf("%q", sep))}
			emit(res)
			break
		}
	}
}

package probe

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/oast"
)

// SSRF finds server-side request forgery: parameters that take a URL, a
// host or a path (by name or by value) get the out-of-band listener's
// callback URL with a fresh token, as a full URL and as a host:port with
// the rest of a server-built URL cut off (?, #, @ tricks). Confirmed only
// by a callback carrying that token. Skipped without a listener.
// At most 4 requests per parameter (callbacks waited for together).
type SSRF struct{}

func (*SSRF) ID() string { return "WEB-SSRF" }

var urlishName = regexp.MustCompile(`(?i)(url|uri|link|href|src|source|dest|target|feed|host|domain|site|callback|webhook|hook|image|img|avatar|proxy|fetch|endpoint|server|remote|load|warehouse|service|api|page|file|document|path|redirect|next|return)`)

// hostLike is a value that starts with a host name (example.com/x).
var hostLike = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(/|$)`)

func urlish(p *webscan.Param) bool {
	v := strings.ToLower(p.Value)
	return urlishName.MatchString(p.Name) || strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") ||
		strings.HasPrefix(v, "//") || hostLike.MatchString(v)
}

func (s *SSRF) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	if env == nil || env.OAST == nil {
		return
	}
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-SSRF") {
		if !urlish(p) {
			continue
		}
		type sent struct {
			tok, val string
			r        *httpx.Response
		}
		var all []sent
		hp := env.OAST.HostPort()
		for _, f := range []func(tok string) string{
			func(tok string) string { return env.OAST.URL(tok) },
			func(tok string) string { return hp + "/t/" + tok + "?" },
			func(tok string) string { return hp + "/t/" + tok + "#" },
			func(tok string) string { return "//" + hp + "/t/" + tok },
		} {
			tok := oast.NewToken()
			v := f(tok)
			r, err := t.with(p, v)
			if err != nil {
				continue
			}
			all = append(all, sent{tok, v, r})
		}
		// One finding per parameter: the first form that calls back (the
		// forms' tokens are checked in order, now or after the final wait).
		var once sync.Once
		for _, a := range all {
			a := a
			env.await(ctx, a.tok, func(hits []oast.Hit) {
				once.Do(func() {
					res := t.result("WEB-SSRF", fmt.Sprintf("Server-side request forgery through %s", p.Name), p, a.r)
					res.Confidence = finding.ConfidenceHigh
					res.Facts = []string{fmt.Sprintf("payload: %s=%q", p.Name, a.val),
						"the out-of-band listener received a request with the payload's unique token: " + hits[0].String()}
					emit(res)
				})
			})
		}
	}
}

package probe

import (
	"context"
	"fmt"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// CMDI finds OS command injection: output-based with an echo of a shell
// arithmetic expansion (the shell prints a+b, the payload only contains
// $((a+b))), behind every usual separator and quote break-out; then
// time-based with sleep against sleep 0. Payloads only echo and sleep.
// At most 1 + 2*9 (output) + 8 + 9 (time) requests per parameter; 1 + 9 + 8
// on one that is not injectable.
type CMDI struct{}

func (*CMDI) ID() string { return "WEB-CMDI" }

func shellEcho(pre, post string) func(v string, a, b int64) (string, string) {
	return func(v string, a, b int64) (string, string) {
		return v + pre + fmt.Sprintf("echo sq$((%d+%d))qs", a, b) + post, fmt.Sprintf("sq%dqs", a+b)
	}
}

var cmdiForms = []computed{
	{"; separator", shellEcho(";", "")},
	{"| pipe", shellEcho("|", "")},
	{"&& chain", shellEcho("&&", "")},
	{"newline", shellEcho("\n", "")},
	{"$( ) substitution", shellEcho("$(", ")")},
	{"` ` substitution", shellEcho("`", "`")},
	{"|| chain", shellEcho("||", "")},
	{"single-quote break-out", shellEcho("';", ";'")},
	{"double-quote break-out", shellEcho("\";", ";\"")},
}

var cmdiSleeps = []string{";sleep %d", "|sleep %d", "$(sleep %d)", "\nsleep %d\n", "';sleep %d;'", "\";sleep %d;\"", "`sleep %d`", "&&sleep %d"}

func (c *CMDI) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-CMDI") {
		base := t.baseline(p)
		if base == nil {
			continue
		}
		if r, ok := t.evalMarker(p, base, cmdiForms, "WEB-CMDI", "OS command injection"); ok {
			emit(r)
			continue
		}
		secs := int(env.delay().Seconds() + 0.5)
		for _, s := range cmdiSleeps {
			tm := t.confirmDelay(func(sleep bool) (*httpx.Response, error) {
				n := 0
				if sleep {
					n = secs
				}
				return t.with(p, p.Value+fmt.Sprintf(s, n))
			})
			if tm == nil {
				continue
			}
			res := t.result("WEB-CMDI", fmt.Sprintf("OS command injection in %s (time-based)", p.Name), p, tm.proof...)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{fmt.Sprintf("payload: %s=%q", p.Name, p.Value+fmt.Sprintf(s, secs)), tm.fact}
			emit(res)
			break
		}
	}
}

package probe

import (
	"context"
	"fmt"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// CodeInjection finds Python eval/exec of input: expressions whose result
// only Python produces (str(a)+str(b) concatenates two numbers, a*b
// multiplies), bare and breaking out of a string literal; then time-based
// with __import__('time').sleep(n) against sleep(0).
// At most 1 + 2*5 (output) + 3 + 9 (time) requests per parameter.
type CodeInjection struct{}

func (*CodeInjection) ID() string { return "WEB-CODE-INJECTION" }

var codeForms = []computed{
	{"Python expression str()+str()", func(v string, a, b int64) (string, string) {
		return fmt.Sprintf("str(%d)+str(%d)", a, b), fmt.Sprintf("%d%d", a, b)
	}},
	{"Python expression after the value", func(v string, a, b int64) (string, string) {
		return fmt.Sprintf("%s and str(%d)+str(%d)", orOne(v), a, b), fmt.Sprintf("%d%d", a, b)
	}},
	{"single-quoted string break-out", func(v string, a, b int64) (string, string) {
		return fmt.Sprintf("%s'+str(%d)+str(%d)+'", v, a, b), fmt.Sprintf("%d%d", a, b)
	}},
	{"double-quoted string break-out", func(v string, a, b int64) (string, string) {
		return fmt.Sprintf("%s\"+str(%d)+str(%d)+\"", v, a, b), fmt.Sprintf("%d%d", a, b)
	}},
	{"Python arithmetic", func(v string, a, b int64) (string, string) {
		return fmt.Sprintf("%d*%d", a, b), fmt.Sprint(a * b)
	}},
}

func orOne(v string) string {
	if v == "" {
		return "1"
	}
	return v
}

var codeSleeps = []string{"__import__('time').sleep(%d)", "'+str(__import__('time').sleep(%d))+'", "\"+str(__import__('time').sleep(%d))+\""}

func (c *CodeInjection) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-CODE-INJECTION") {
		base := t.baseline(p)
		if base == nil {
			continue
		}
		if r, ok := t.evalMarker(p, base, codeForms, "WEB-CODE-INJECTION", "Code injection (eval)"); ok {
			emit(r)
			continue
		}
		secs := int(env.delay().Seconds() + 0.5)
		for _, s := range codeSleeps {
			prefix := ""
			if s[0] != '_' {
				prefix = p.Value
			}
			tm := t.confirmDelay(func(sleep bool) (*httpx.Response, error) {
				n := 0
				if sleep {
					n = secs
				}
				return t.with(p, prefix+fmt.Sprintf(s, n))
			})
			if tm == nil {
				continue
			}
			res := t.result("WEB-CODE-INJECTION", fmt.Sprintf("Code injection (eval) in %s (time-based)", p.Name), p, tm.proof...)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{fmt.Sprintf("payload: %s=%q", p.Name, prefix+fmt.Sprintf(s, secs)), tm.fact}
			emit(res)
			break
		}
	}
}

package probe

import (
	"context"
	"fmt"

	"github.com/secaudit/secaudit/internal/webscan"
)

// SSTI finds server-side template injection: template syntax for a
// multiplication (Jinja2/Twig/Nunjucks {{a*b}}, Mako/FreeMarker/EL ${a*b},
// ERB <%= a*b %>, Ruby/Pug #{a*b}) or, for Django templates that cannot
// multiply, {% widthratio a 1 b %}, renders as the product. A page that
// shows the template text literally never contains the product.
// At most 1 + 2*6 requests per parameter.
type SSTI struct{}

func (*SSTI) ID() string { return "WEB-SSTI" }

func mul(open, close string) func(v string, a, b int64) (string, string) {
	return func(v string, a, b int64) (string, string) {
		return v + open + fmt.Sprintf("%d*%d", a, b) + close, fmt.Sprint(a * b)
	}
}

var sstiForms = []computed{
	{"Jinja2/Twig {{ }}", mul("{{", "}}")},
	{"Mako/FreeMarker ${ }", mul("${", "}")},
	{"Django {% widthratio %}", func(v string, a, b int64) (string, string) {
		return v + fmt.Sprintf("{%% widthratio %d 1 %d %%}", a, b), fmt.Sprint(a * b)
	}},
	{"ERB/EJS <%= %>", mul("<%=", "%>")},
	{"Ruby/Pug #{ }", mul("#{", "}")},
	{"Jinja2 in a string {{ }}", mul("'}}{{", "}}{{'")},
}

func (s *SSTI) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-SSTI") {
		base := t.baseline(p)
		if base == nil {
			continue
		}
		if r, ok := t.evalMarker(p, base, sstiForms, "WEB-SSTI", "Server-side template injection"); ok {
			emit(r)
		}
	}
}

package probe

import (
	"context"
	"fmt"
	"regexp"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/webscan"
)

// XPath finds XPath injection: an XPath error message absent from the
// baseline appears with a quote (twice); or a lower-case and/or condition
// (XPath operators are lower case only) gives a true/false differential
// while the same conditions in upper case (valid SQL, invalid XPath) do
// not, so SQL injection is not reported here as XPath.
// At most 2 + 4 + 6 + 2 requests per parameter.
type XPath struct{}

func (*XPath) ID() string { return "WEB-XPATH" }

var xpathErr = regexp.MustCompile(`(?i)(XPathEvalError|XPathSyntaxError|lxml\.etree\.XPath|Invalid predicate|Invalid expression|Unfinished literal|xmlXPathEval|XPathException|javax\.xml\.xpath|SimpleXMLElement::xpath|DOMXPath::(query|evaluate)|XPath (syntax )?error|Undefined namespace prefix)`)

var xpathBools = []boolPair{
	{name: "XPath string and", t1: "' and 'sq'='sq", t2: "' and 'qs'='qs", f1: "' and 'sq'='qs", f2: "' and 'qs'='sq"},
	{name: "XPath string or", t1: "' or 'sq'='sq", t2: "' or 'qs'='qs", f1: "' or 'sq'='qs", f2: "' or 'qs'='sq"},
	{name: "XPath double-quoted and", t1: `" and "sq"="sq`, t2: `" and "qs"="qs`, f1: `" and "sq"="qs`, f2: `" and "qs"="sq`},
}

func (x *XPath) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-XPATH") {
		base := t.baseline(p)
		if base == nil {
			continue
		}
		found := false
		if !xpathErr.Match(base.Body) {
			for _, q := range []string{"'", `"`} {
				r1, err := t.with(p, p.Value+q)
				if err != nil || !xpathErr.Match(r1.Body) {
					continue
				}
				r2, err := t.with(p, p.Value+q)
				if err != nil || !xpathErr.Match(r2.Body) {
					continue
				}
				res := t.result("WEB-XPATH", fmt.Sprintf("XPath injection in %s (error-based)", p.Name), p, base, r1)
				res.Confidence = finding.ConfidenceHigh
				res.Facts = []string{fmt.Sprintf("payload: %s=%q", p.Name, p.Value+q),
					fmt.Sprintf("XPath error %q appears with the payload (twice), not in the baseline", xpathErr.Find(r1.Body))}
				emit(res)
				found = true
				break
			}
		}
		if found {
			continue
		}
		base, ok := t.stableBaseline(p, base)
		if !ok {
			continue
		}
		for _, b := range xpathBools {
			if b.name == "XPath string or" && mayModify(t.ep) && !env.Aggressive {
				continue
			}
			proof, fact, ok := t.boolDiff(p, base, b)
			if !ok {
				continue
			}
			// Upper case: SQL accepts it, XPath does not.
			up := boolPair{name: "upper", t1: upper(b.t1), t2: upper(b.t2), f1: upper(b.f1), f2: upper(b.f2)}
			if _, _, sql := t.boolDiff(p, base, up); sql {
				break // SQL, reported by the SQL probe
			}
			res := t.result("WEB-XPATH", fmt.Sprintf("XPath injection in %s (boolean-based)", p.Name), p, proof...)
			res.Confidence = finding.ConfidenceMedium
			res.Facts = []string{fact, "the same conditions with upper-case AND/OR (SQL syntax, not XPath) make no difference"}
			emit(res)
			break
		}
	}
}

var lowerAndOr = regexp.MustCompile(`\b(and|or)\b`)

func upper(s string) string {
	return lowerAndOr.ReplaceAllStringFunc(s, func(w string) string {
		if w == "and" {
			return "AND"
		}
		return "OR"
	})
}

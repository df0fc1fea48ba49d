package passive

import (
	"strings"
)

// CSP is a parsed Content-Security-Policy: directive -> source list.
type CSP map[string][]string

// ParseCSP parses a policy (the first occurrence of a directive wins, as in
// browsers; several policies in one header are separated by commas and
// only the first is evaluated: every policy must pass, so the first is a
// lower bound of what is enforced).
func ParseCSP(h string) CSP {
	h, _, _ = strings.Cut(h, ",")
	p := CSP{}
	for _, d := range strings.Split(h, ";") {
		f := strings.Fields(d)
		if len(f) == 0 {
			continue
		}
		name := strings.ToLower(f[0])
		if _, ok := p[name]; ok {
			continue
		}
		var srcs []string
		for _, s := range f[1:] {
			srcs = append(srcs, strings.ToLower(s))
		}
		p[name] = srcs
	}
	return p
}

// effective returns the source list that applies to a directive (its own
// or default-src), and whether one applies at all.
func (p CSP) effective(name string) ([]string, bool) {
	if s, ok := p[name]; ok {
		return s, true
	}
	if name == "script-src-elem" || name == "script-src-attr" {
		if s, ok := p["script-src"]; ok {
			return s, true
		}
	}
	s, ok := p["default-src"]
	return s, ok
}

func has(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// Weaknesses evaluates a policy the way Google's CSP Evaluator does for
// the checks that matter against XSS: script sources that allow injected
// or attacker-hosted code, and missing object-src and base-uri.
func (p CSP) Weaknesses() []string {
	var out []string
	script, ok := p.effective("script-src")
	if !ok {
		out = append(out, "no script-src or default-src: scripts from anywhere are allowed")
	} else {
		nonceOrHash := false
		for _, s := range script {
			if strings.HasPrefix(s, "'nonce-") || strings.HasPrefix(s, "'sha256-") || strings.HasPrefix(s, "'sha384-") || strings.HasPrefix(s, "'sha512-") {
				nonceOrHash = true
			}
		}
		strictDynamic := has(script, "'strict-dynamic'")
		// With a nonce or hash, browsers ignore 'unsafe-inline' (it is the
		// CSP1 fallback); with 'strict-dynamic', host sources are ignored.
		if has(script, "'unsafe-inline'") && !nonceOrHash {
			out = append(out, "script-src allows 'unsafe-inline' without a nonce or hash: injected inline scripts run")
		}
		if has(script, "'unsafe-eval'") {
			out = append(out, "script-src allows 'unsafe-eval'")
		}
		if !strictDynamic {
			for _, s := range script {
				switch {
				case s == "*" || s == "http:" || s == "https:" || s == "data:" || s == "blob:":
					out = append(out, "script-src allows "+s+": scripts from any host (or inline data) run")
				case strings.HasPrefix(s, "http://") && !strings.Contains(s, "localhost"):
					out = append(out, "script-src allows "+s+" over plain HTTP")
				case strings.HasPrefix(s, "*.") || strings.Contains(s, "://*"):
					out = append(out, "script-src allows the wildcard host "+s)
				}
			}
		}
	}
	if obj, ok := p.effective("object-src"); !ok || !(has(obj, "'none'") || len(obj) == 1 && has(obj, "'self'")) {
		out = append(out, "object-src is not 'none': plugins can run script (set object-src 'none')")
	}
	if _, ok := p["base-uri"]; !ok {
		out = append(out, "base-uri is missing: an injected <base> tag redirects relative script URLs (set base-uri 'none' or 'self')")
	}
	return out
}

package probe

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// OpenRedirect finds open redirects: a parameter set to a URL of a host we
// chose (a random name under secaudit.example, which never resolves) makes
// the response send the browser there: a Location header, a meta refresh
// or a script assigning location. The redirect is never followed. A
// redirect to a fixed internal path never names our host. Confirmed with
// a second random host. At most 5 + 1 requests per parameter.
type OpenRedirect struct{}

func (*OpenRedirect) ID() string { return "WEB-OPEN-REDIRECT" }

var redirectForms = []string{"https://%s/", "//%s/", `/\%s/`, "https:%s/", "https://%s%%2f"}

var (
	metaRefresh = regexp.MustCompile(`(?is)<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*;?\s*url\s*=\s*['"]?([^"'>\s]+)`)
	jsLocation  = regexp.MustCompile(`(?i)(?:window\.|document\.|top\.)?location(?:\.href)?\s*=\s*["']([^"']+)["']|location\.(?:replace|assign)\(\s*["']([^"']+)["']`)
)

// redirectsTo says where the response sends the browser, if to host.
func redirectsTo(r *httpx.Response, host string) string {
	if r == nil {
		return ""
	}
	base := r.Request.URL
	hit := func(s string) bool {
		s = strings.ReplaceAll(strings.TrimSpace(s), `\`, "/")
		u, err := base.Parse(s)
		return err == nil && strings.EqualFold(u.Hostname(), host)
	}
	if loc := r.Header.Get("Location"); r.Status >= 300 && r.Status < 400 && loc != "" && hit(loc) {
		return "Location: " + loc
	}
	if r.Header.Get("Refresh") != "" {
		if i := strings.Index(strings.ToLower(r.Header.Get("Refresh")), "url="); i >= 0 && hit(r.Header.Get("Refresh")[i+4:]) {
			return "Refresh: " + r.Header.Get("Refresh")
		}
	}
	if isHTML(r) {
		if m := metaRefresh.FindSubmatch(r.Body); m != nil && hit(string(m[1])) {
			return "meta refresh to " + string(m[1])
		}
		for _, m := range jsLocation.FindAllSubmatch(r.Body, 20) {
			for _, g := range m[1:] {
				if len(g) > 0 && hit(string(g)) {
					return "script sets location to " + string(g)
				}
			}
		}
	}
	return ""
}

func (o *OpenRedirect) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-OPEN-REDIRECT") {
		if !urlish(p) && !strings.HasPrefix(p.Value, "/") {
			continue
		}
		for _, f := range redirectForms {
			h1 := token() + ".secaudit.example"
			v1 := fmt.Sprintf(f, h1)
			r1, err := t.with(p, v1)
			if err != nil {
				continue
			}
			how := redirectsTo(r1, h1)
			if how == "" {
				continue
			}
			h2 := token() + ".secaudit.example"
			r2, err := t.with(p, fmt.Sprintf(f, h2))
			if err != nil || redirectsTo(r2, h2) == "" {
				continue
			}
			res := t.result("WEB-OPEN-REDIRECT", fmt.Sprintf("Open redirect through %s", p.Name), p, r1)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{fmt.Sprintf("payload: %s=%q", p.Name, v1), "the response sends the browser to our host: " + how,
				"confirmed with a second random host; the redirect was not followed"}
			emit(res)
			break
		}
	}
}

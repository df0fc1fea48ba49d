package probe

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/webscan"
)

// PathTraversal finds path traversal: ../ sequences (plain, encoded,
// filtered-twice, backslash), absolute paths and file: URLs to a file
// whose content we recognise: /etc/passwd (root:x:0:0:) and Windows'
// win.ini; then, for file-like parameters, the application's own Python
// source one or two directories up (app.py, settings.py ...). The content
// signature must be absent from the baseline and appear twice.
// At most 1 + 9 + 8 + 1 requests per parameter.
type PathTraversal struct{}

func (*PathTraversal) ID() string { return "WEB-PATH-TRAVERSAL" }

var (
	passwdSig = regexp.MustCompile(`root:[x*!]?:0:0:`)
	winIniSig = regexp.MustCompile(`(?i)\[(fonts|extensions)\][\s\S]{0,200}\[(mci extensions|files)\]`)
	pySig     = regexp.MustCompile(`(?m)^(import [a-zA-Z_][\w.]*|from [a-zA-Z_][\w.]* import )`)
	pyDefSig  = regexp.MustCompile(`(?m)^((def |class )\w+.*:\s*$|[A-Za-z_]\w* = \S)`)
)

var traversals = []string{
	"../../../../../../../../etc/passwd",
	"/etc/passwd",
	"..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
	"....//....//....//....//....//....//....//....//etc/passwd",
	"..\\..\\..\\..\\..\\..\\..\\..\\etc\\passwd",
	"file:///etc/passwd",
	"%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
	"../../../../../../../../etc/passwd\x00.png",
	"..\\..\\..\\..\\..\\..\\..\\..\\windows\\win.ini",
}

var appSources = []string{"../app.py", "../../app.py", "../main.py", "../settings.py", "../manage.py", "../config.py", "../views.py", "../wsgi.py"}

var fileName = regexp.MustCompile(`(?i)(file|path|name|doc|page|template|include|dir|folder|download|attachment|img|image|load|read|view|resource|lang|module|style|pdf|report)`)

func fileLike(p *webscan.Param) bool {
	return fileName.MatchString(p.Name) || strings.ContainsAny(p.Value, "./\\")
}

func (pt *PathTraversal) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-PATH-TRAVERSAL") {
		if p.Type == "integer" || p.Type == "number" || p.Type == "boolean" {
			continue
		}
		base := t.baseline(p)
		if base == nil {
			continue
		}
		try := func(v string, sig func([]byte) bool, what string) bool {
			r1, err := t.with(p, v)
			if err != nil || !sig(r1.Body) {
				return false
			}
			r2, err := t.with(p, v)
			if err != nil || !sig(r2.Body) {
				return false
			}
			res := t.result("WEB-PATH-TRAVERSAL", fmt.Sprintf("Path traversal in %s reads %s", p.Name, what), p, base, r1)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{fmt.Sprintf("payload: %s=%q", p.Name, v),
				fmt.Sprintf("the response holds the content of %s (signature absent from the baseline, seen twice)", what)}
			emit(res)
			return true
		}
		passwd := func(b []byte) bool { return passwdSig.Match(b) }
		if !passwd(base.Body) && !winIniSig.Match(base.Body) {
			hit := false
			for _, v := range traversals {
				what := "/etc/passwd"
				sig := passwd
				if strings.Contains(v, "win.ini") {
					what, sig = "win.ini", winIniSig.Match
				}
				if try(v, sig, what) {
					hit = true
					break
				}
			}
			if hit || !fileLike(p) {
				continue
			}
		} else if !fileLike(p) {
			continue
		}
		// Application source: Python import lines and definitions.
		src := func(b []byte) bool { return pySig.Match(b) && pyDefSig.Match(b) }
		if src(base.Body) {
			continue
		}
		for _, v := range appSources {
			if try(v, src, "application source "+strings.TrimLeft(v, "./")) {
				break
			}
		}
	}
}

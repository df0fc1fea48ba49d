package config

import (
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
)

// nginxFacts is what one nginx file contributes to project-level checks.
type nginxFacts struct {
	hsts, csp  bool
	cspMissing []finding.Finding // reported only if the application sets no CSP
}

var nginxBlockRe = regexp.MustCompile(`(?m)^\s*(http|server|events|upstream)\s*\{`)

// looksLikeNginx: the path says nginx, or the content has nginx blocks.
func looksLikeNginx(rel string, data []byte) bool {
	l := strings.ToLower(rel)
	if path.Base(l) == "nginx.conf" || strings.Contains("/"+l, "/nginx/") || strings.Contains(l, "sites-") {
		return true
	}
	return nginxBlockRe.Match(data)
}

func analyzeNginx(c *fileCtx, data []byte) {
	if !looksLikeNginx(c.rel, data) {
		return // some other program's .conf: not ours
	}
	ds, err := parseNginx(string(data))
	if err != nil {
		c.res.errs = append(c.res.errs, report.ErrorEntry{Analyzer: ID, Path: c.rel, Kind: "parse", Message: "nginx: " + err.Error()})
		return
	}
	c.res.kind, c.res.label = kindNginx, c.rel
	n := &ngCheck{c: c, facts: &nginxFacts{}}
	c.res.ng = n.facts
	n.walk(ds, nil)
	n.contexts(ds)
	n.positives()
}

type ngCheck struct {
	c        *fileCtx
	facts    *nginxFacts
	tls      bool // some server serves TLS
	weakTLS  bool
	strongOK bool // ssl_protocols seen and only TLS 1.2+
	logsOff  bool
	headers  bool // security headers seen
	cspLine  int
}

// walk checks directives whose meaning does not depend on inheritance.
func (n *ngCheck) walk(ds []*directive, parents []*directive) {
	for _, d := range ds {
		switch d.name {
		case "server_tokens":
			if len(d.args) > 0 && d.args[0] != "off" {
				n.c.report("CFG-NGINX-SERVER-TOKENS", d.line, d.col, fmt.Sprintf("server_tokens %s discloses the nginx version", d.args[0]))
			}
		case "ssl_protocols":
			n.checkProtocols(d)
		case "ssl_ciphers":
			n.checkCiphers(d)
		case "autoindex":
			if len(d.args) > 0 && d.args[0] == "on" {
				n.c.report("CFG-NGINX-AUTOINDEX", d.line, d.col, "autoindex on lists directory contents")
			}
		case "access_log":
			if len(d.args) > 0 && d.args[0] == "off" {
				n.logsOff = true
				n.c.report("CFG-NGINX-ACCESS-LOG-OFF", d.line, d.col, "access_log off disables the request log")
			}
		case "error_log":
			if len(d.args) > 0 && d.args[0] == "/dev/null" {
				n.logsOff = true
				n.c.report("CFG-NGINX-ACCESS-LOG-OFF", d.line, d.col, "error_log /dev/null discards the error log")
			}
		case "http":
			n.checkServerTokensDefault(d)
		}
		if d.hasBlock {
			n.walk(d.block, append(parents, d))
		}
	}
}

// checkServerTokensDefault: server_tokens defaults to on; the http block
// must turn it off unless every server does.
func (n *ngCheck) checkServerTokensDefault(http *directive) {
	if find(http.block, "server_tokens") != nil {
		return
	}
	servers := blocks(http.block, "server")
	for _, s := range servers {
		if find(s.block, "server_tokens") == nil {
			n.c.report("CFG-NGINX-SERVER-TOKENS", http.line, http.col, "server_tokens is not set in the http block (default on discloses the nginx version)")
			return
		}
	}
	if len(servers) == 0 {
		n.c.report("CFG-NGINX-SERVER-TOKENS", http.line, http.col, "server_tokens is not set in the http block (default on discloses the nginx version)")
	}
}

var weakProtocols = map[string]bool{"SSLv2": true, "SSLv3": true, "TLSv1": true, "TLSv1.1": true}

func (n *ngCheck) checkProtocols(d *directive) {
	var weak []string
	for _, a := range d.args {
		if weakProtocols[a] {
			weak = append(weak, a)
		}
	}
	if len(weak) > 0 {
		n.weakTLS = true
		n.c.report("CFG-NGINX-WEAK-TLS", d.line, d.col, "ssl_protocols enables "+strings.Join(weak, ", "))
		return
	}
	n.strongOK = true
}

var weakCipherParts = map[string]bool{"RC4": true, "DES": true, "3DES": true, "CBC3": true, "NULL": true, "EXPORT": true,
	"EXP": true, "MD5": true, "ANULL": true, "ENULL": true, "LOW": true, "EXPORT40": true, "EXPORT56": true, "ADH": true, "AECDH": true}

// checkCiphers reports enabled weak suites; "!X" and "-X" remove suites, so
// they are fine.
func (n *ngCheck) checkCiphers(d *directive) {
	var weak []string
	for _, a := range d.args {
		for _, tok := range strings.FieldsFunc(a, func(r rune) bool { return r == ':' || r == ',' || r == ' ' }) {
			if strings.HasPrefix(tok, "!") || strings.HasPrefix(tok, "-") {
				continue
			}
			tok = strings.TrimPrefix(tok, "+")
			for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '+' || r == '_' }) {
				if weakCipherParts[strings.ToUpper(part)] {
					weak = append(weak, tok)
					break
				}
			}
		}
	}
	if len(weak) > 0 {
		n.weakTLS = true
		n.c.report("CFG-NGINX-WEAK-TLS", d.line, d.col, "ssl_ciphers enables weak suites: "+strings.Join(weak, ", "))
	}
}

// headerSet is the effective add_header set of a block; known is false when
// an include might add headers we cannot see.
type headerSet struct {
	names map[string]string // lower-case name -> value
	known bool
}

// ownHeaders returns the block's own add_header set, or ok=false when the
// block has none and so inherits its parent's (nginx's rule: any add_header
// in a block replaces every inherited one).
func ownHeaders(block []*directive, level string) (headerSet, bool) {
	hs := headerSet{names: map[string]string{}, known: true}
	found := false
	for _, d := range block {
		switch d.name {
		case "add_header":
			if len(d.args) >= 2 {
				hs.names[strings.ToLower(d.args[0])] = d.args[1]
				found = true
			}
		case "more_set_headers":
			// headers-more: "Name: value", and not subject to the replace rule,
			// but counting it as a set is close enough.
			for _, a := range d.args {
				if k, v, ok := strings.Cut(a, ":"); ok && !strings.HasPrefix(a, "-") {
					hs.names[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
					found = true
				}
			}
		case "include":
			// At http level includes bring in server blocks and mime types;
			// inside a server or location they are usually header snippets.
			if level != "http" && len(d.args) > 0 && !harmlessInclude(d.args[0]) {
				hs.known = false
				found = true
			}
		}
	}
	return hs, found
}

// harmlessInclude: well-known include files that add no response headers.
func harmlessInclude(p string) bool {
	base := path.Base(p)
	return strings.HasSuffix(base, "_params") || base == "mime.types" || strings.HasPrefix(base, "proxy")
}

func inheritHeaders(block []*directive, parent headerSet, level string) headerSet {
	if own, ok := ownHeaders(block, level); ok {
		return own
	}
	return parent
}

// contexts evaluates servers and locations with what they inherit.
func (n *ngCheck) contexts(top []*directive) {
	rootHeaders := headerSet{names: map[string]string{}, known: true}
	for _, d := range top {
		switch d.name {
		case "http":
			httpHeaders := inheritHeaders(d.block, rootHeaders, "http")
			for _, s := range blocks(d.block, "server") {
				n.server(s, httpHeaders)
			}
		case "server":
			n.server(d, rootHeaders)
		}
	}
}

func (n *ngCheck) server(s *directive, inherited headerSet) {
	if internalOnly(s) {
		return // loopback status pages and the like are not the public site
	}
	tls := isTLSServer(s)
	if tls {
		n.tls = true
	}
	hs := inheritHeaders(s.block, inherited, "server")
	serves := servesContent(s.block)
	// A server that listens on a plain port as well as with TLS still
	// serves everything over plain HTTP there.
	if pl := plainListen(s); pl != nil && serves && !redirectsToHTTPS(s.block) {
		n.c.report("CFG-NGINX-NO-TLS", pl.line, pl.col, fmt.Sprintf("server %s serves content over plain HTTP without redirecting to HTTPS", serverName(s)))
	}
	if !serves && !tls {
		return
	}
	if tls && redirectsOnly(s.block) {
		return
	}
	n.checkHeaders(s, hs, tls, "server "+serverName(s))
	n.locations(s.block, hs, tls)
}

func (n *ngCheck) locations(block []*directive, parent headerSet, tls bool) {
	for _, l := range blocks(block, "location") {
		hs := inheritHeaders(l.block, parent, "location")
		if _, own := ownHeaders(l.block, "location"); own && parent.known {
			// Only a block with its own add_header can lose inherited headers.
			n.checkHeaders(l, hs, tls, "location "+strings.Join(l.args, " "))
		}
		n.locations(l.block, hs, tls)
	}
}

// checkHeaders reports the security headers missing from a block's
// effective set. Unknown sets (an include) are not reported.
func (n *ngCheck) checkHeaders(d *directive, hs headerSet, tls bool, what string) {
	if !hs.known {
		return
	}
	if _, ok := hs.names["content-security-policy"]; ok {
		n.facts.csp = true
		n.cspLine = d.line
	} else {
		n.facts.cspMissing = append(n.facts.cspMissing, n.c.newFinding("CFG-NGINX-CSP-MISSING", d.line, d.col,
			fmt.Sprintf("%s sends no Content-Security-Policy header", what)))
	}
	if _, ok := hs.names["strict-transport-security"]; ok {
		n.facts.hsts = true
	} else if tls {
		n.c.report("CFG-NGINX-HSTS-MISSING", d.line, d.col, fmt.Sprintf("%s serves HTTPS without a Strict-Transport-Security header", what))
	}
	var missing []string
	if _, ok := hs.names["x-content-type-options"]; !ok {
		missing = append(missing, "X-Content-Type-Options")
	}
	_, xfo := hs.names["x-frame-options"]
	if !xfo && !strings.Contains(strings.ToLower(hs.names["content-security-policy"]), "frame-ancestors") {
		missing = append(missing, "X-Frame-Options (or CSP frame-ancestors)")
	}
	if len(missing) > 0 {
		n.c.report("CFG-NGINX-HEADERS-MISSING", d.line, d.col, fmt.Sprintf("%s sends no %s", what, strings.Join(missing, " and ")))
	} else {
		n.headers = true
	}
}

func isTLSServer(s *directive) bool {
	for _, d := range s.block {
		switch d.name {
		case "listen":
			for _, a := range d.args[min(1, len(d.args)):] {
				if a == "ssl" || a == "quic" {
					return true
				}
			}
		case "ssl":
			if len(d.args) > 0 && d.args[0] == "on" {
				return true
			}
		}
	}
	return false
}

// plainListen returns the server's first public listen without TLS, or the
// server itself when it has no listen (nginx then listens on port 80); nil
// when every listen uses TLS.
func plainListen(s *directive) *directive {
	if d := find(s.block, "ssl"); d != nil && len(d.args) > 0 && d.args[0] == "on" {
		return nil
	}
	listens := 0
	for _, d := range s.block {
		if d.name != "listen" {
			continue
		}
		listens++
		secure := false
		for _, a := range d.args[min(1, len(d.args)):] {
			if a == "ssl" || a == "quic" {
				secure = true
			}
		}
		if !secure && len(d.args) > 0 && !loopback(d.args[0]) {
			return d
		}
	}
	if listens == 0 {
		return s
	}
	return nil
}

// servesContent: the server (or one of its locations) proxies, serves files
// or returns content, rather than only redirecting.
func servesContent(block []*directive) bool {
	for _, d := range block {
		switch d.name {
		case "root", "alias", "proxy_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass", "grpc_pass", "try_files", "index":
			return true
		case "location":
			if !redirectsOnly(d.block) {
				return true
			}
		}
	}
	return false
}

// redirectsOnly: the block's response is a redirect (return 30x ...).
func redirectsOnly(block []*directive) bool {
	for _, d := range block {
		if d.name == "return" && len(d.args) > 0 && strings.HasPrefix(d.args[0], "30") {
			return true
		}
		if d.name == "rewrite" && len(d.args) >= 3 && (d.args[2] == "permanent" || d.args[2] == "redirect") {
			return true
		}
	}
	return false
}

// redirectsToHTTPS: a server-level redirect to https, or one in location /.
func redirectsToHTTPS(block []*directive) bool {
	toHTTPS := func(b []*directive) bool {
		for _, d := range b {
			if d.name == "return" && len(d.args) >= 2 && strings.HasPrefix(d.args[1], "https://") {
				return true
			}
			if d.name == "rewrite" && len(d.args) >= 2 && strings.HasPrefix(d.args[1], "https://") {
				return true
			}
			if d.name == "if" && len(d.block) > 0 {
				for _, x := range d.block {
					if x.name == "return" && len(x.args) >= 2 && strings.HasPrefix(x.args[1], "https://") {
						return true
					}
				}
			}
		}
		return false
	}
	if toHTTPS(block) {
		return true
	}
	for _, l := range blocks(block, "location") {
		if len(l.args) > 0 && l.args[len(l.args)-1] == "/" && toHTTPS(l.block) {
			return true
		}
	}
	return false
}

// internalOnly: every listen is on loopback or a unix socket.
func internalOnly(s *directive) bool {
	var listens []*directive
	for _, d := range s.block {
		if d.name == "listen" {
			listens = append(listens, d)
		}
	}
	if len(listens) == 0 {
		return false
	}
	for _, d := range listens {
		if len(d.args) == 0 {
			return false
		}
		if !loopback(d.args[0]) {
			return false
		}
	}
	return true
}

func serverName(s *directive) string {
	if d := find(s.block, "server_name"); d != nil && len(d.args) > 0 {
		return strings.Join(d.args, " ")
	}
	return fmt.Sprintf("at line %d", s.line)
}

func find(block []*directive, name string) *directive {
	for _, d := range block {
		if d.name == name {
			return d
		}
	}
	return nil
}

func blocks(block []*directive, name string) []*directive {
	var out []*directive
	for _, d := range block {
		if d.name == name && d.hasBlock {
			out = append(out, d)
		}
	}
	return out
}

func (n *ngCheck) positives() {
	if n.tls && n.strongOK && !n.weakTLS {
		n.c.observe("CR-1", control.Positive, 0, "nginx in "+n.c.rel+" allows only TLS 1.2+ with no weak ciphers enabled")
	}
	if n.facts.csp {
		n.c.observe("XSS-2", control.Positive, n.cspLine, "nginx adds a Content-Security-Policy header in "+n.c.rel)
	}
	if n.headers {
		n.c.observe("MC-3", control.Coverage, 0, "nginx adds security headers in "+n.c.rel)
	}
	if !n.logsOff {
		n.c.observe("LG-2", control.Positive, 0, "nginx access and error logs are on in "+n.c.rel)
	}
}

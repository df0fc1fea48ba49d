package probe

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// ExposedFiles finds files and debug endpoints that should not be served:
// .git, .env, database dumps and files, backups, logs, private keys,
// debug consoles. Each is confirmed by its content (a signature), never by
// the status code, and a page equal to the site's answer for a random
// path (a catch-all 200) never counts. Run once per origin and directory
// (the site root and, when the endpoint is a file, its directory); at most
// 1 + 37 requests per directory.
type ExposedFiles struct {
	mu   sync.Mutex
	done map[string]bool
}

func (*ExposedFiles) ID() string { return "WEB-EXPOSED-FILE" }

type exposed struct {
	path, what string
	sig        func(b []byte) bool
	rule       string // "" is WEB-EXPOSED-FILE; debug pages use WEB-DEBUG-PAGE (rules/web.yaml)
}

func re(s string) func([]byte) bool { r := regexp.MustCompile(s); return r.Match }

var (
	envSig = regexp.MustCompile(`(?m)^\s*(export\s+)?[A-Z][A-Z0-9_]*\s*=\s*\S*`)
	envKey = regexp.MustCompile(`(?m)^\s*(export\s+)?[A-Z0-9_]*(SECRET|PASSWORD|PASSWD|TOKEN|KEY|DATABASE_URL|DB_|API)[A-Z0-9_]*\s*=`)
)

var exposedFiles = []exposed{
	{".git/HEAD", "Git repository (.git/HEAD)", re(`^(ref: refs/[\w./-]+|[0-9a-f]{40})\s*$`), ""},
	{".git/config", "Git repository configuration", re(`(?s)\[core\].*repositoryformatversion`), ""},
	{".env", "environment file with secrets (.env)", func(b []byte) bool { return len(envSig.FindAll(b, 3)) >= 2 && envKey.Match(b) }, ""},
	{".env.local", "environment file with secrets", func(b []byte) bool { return len(envSig.FindAll(b, 3)) >= 2 && envKey.Match(b) }, ""},
	{".env.production", "environment file with secrets", func(b []byte) bool { return len(envSig.FindAll(b, 3)) >= 2 && envKey.Match(b) }, ""},
	{".svn/entries", "Subversion metadata", re(`^(\d+\s*\n|<\?xml[^>]*>\s*<wc-entries)`), ""},
	{".hg/hgrc", "Mercurial repository configuration", re(`(?m)^\[(paths|ui)\]`), ""},
	{".DS_Store", "macOS folder metadata", func(b []byte) bool { return bytes.HasPrefix(b, []byte("\x00\x00\x00\x01Bud1")) }, ""},
	{".htpasswd", "password file (.htpasswd)", re(`(?m)^[\w.-]+:(\$apr1\$|\$2[aby]\$|\{SHA\}|\$[56]\$)`), ""},
	{"backup.sql", "database dump", re(`(?i)(CREATE TABLE|INSERT INTO)\s+[\x60"\w]`), ""},
	{"dump.sql", "database dump", re(`(?i)(CREATE TABLE|INSERT INTO)\s+[\x60"\w]`), ""},
	{"db.sql", "database dump", re(`(?i)(CREATE TABLE|INSERT INTO)\s+[\x60"\w]`), ""},
	{"database.sql", "database dump", re(`(?i)(CREATE TABLE|INSERT INTO)\s+[\x60"\w]`), ""},
	{"db.sqlite3", "SQLite database", func(b []byte) bool { return bytes.HasPrefix(b, []byte("SQLite format 3\x00")) }, ""},
	{"db.sqlite", "SQLite database", func(b []byte) bool { return bytes.HasPrefix(b, []byte("SQLite format 3\x00")) }, ""},
	{"database.db", "SQLite database", func(b []byte) bool { return bytes.HasPrefix(b, []byte("SQLite format 3\x00")) }, ""},
	{"app.db", "SQLite database", func(b []byte) bool { return bytes.HasPrefix(b, []byte("SQLite format 3\x00")) }, ""},
	{"backup.zip", "backup archive", func(b []byte) bool { return bytes.HasPrefix(b, []byte("PK\x03\x04")) }, ""},
	{"backup.tar.gz", "backup archive", func(b []byte) bool { return bytes.HasPrefix(b, []byte("\x1f\x8b\x08")) }, ""},
	{"site.tar.gz", "backup archive", func(b []byte) bool { return bytes.HasPrefix(b, []byte("\x1f\x8b\x08")) }, ""},
	{"app.py.bak", "source backup", func(b []byte) bool { return pySig.Match(b) && pyDefSig.Match(b) }, ""},
	{"config.py.bak", "source backup", func(b []byte) bool { return pySig.Match(b) && pyDefSig.Match(b) }, ""},
	{"settings.py.bak", "source backup", func(b []byte) bool { return pySig.Match(b) && pyDefSig.Match(b) }, ""},
	{"debug.log", "log file", logSig, ""},
	{"error.log", "log file", logSig, ""},
	{"app.log", "log file", logSig, ""},
	{"access.log", "log file", logSig, ""},
	{"logs/app.log", "log file", logSig, ""},
	{"logs/error.log", "log file", logSig, ""},
	{"id_rsa", "private key", re(`-----BEGIN (RSA |OPENSSH |EC |DSA )?PRIVATE KEY-----`), ""},
	{"console", "Werkzeug interactive debugger console", re(`(?i)(Werkzeug Debugger|__debugger__|CONSOLE_MODE\s*=\s*true)`), "WEB-DEBUG-PAGE"},
	{"server-status", "Apache server status", re(`Apache Server Status for`), "WEB-DEBUG-PAGE"},
	{"phpinfo.php", "phpinfo() page", re(`<title>phpinfo\(\)</title>|PHP Version \d`), "WEB-DEBUG-PAGE"},
	{"__debug__/", "Django debug toolbar", re(`djdt|django-debug-toolbar`), "WEB-DEBUG-PAGE"},
	{"actuator/env", "Spring actuator environment", re(`"(propertySources|activeProfiles)"`), "WEB-DEBUG-PAGE"},
	{"debug/pprof/", "Go pprof profiles", re(`(?i)Types of profiles available|/debug/pprof/goroutine`), "WEB-DEBUG-PAGE"},
}

var logLine = regexp.MustCompile(`(?m)^(\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}|\S+ \S+ \S+ \[\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "|\w{3} \d{1,2} \d{2}:\d{2}:\d{2} |(INFO|WARNING|ERROR|DEBUG|CRITICAL)[: ])`)

func logSig(b []byte) bool { return len(logLine.FindAll(b, 3)) >= 3 }

func (x *ExposedFiles) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := newTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	dirs := []string{"/"}
	if d := dirOf(ep.URL.Path); d != "/" && servesFiles(ep) {
		dirs = append(dirs, d)
	}
	for _, d := range dirs {
		key := ep.URL.Scheme + "://" + ep.URL.Host + d
		x.mu.Lock()
		if x.done == nil {
			x.done = map[string]bool{}
		}
		if x.done[key] {
			x.mu.Unlock()
			continue
		}
		x.done[key] = true
		x.mu.Unlock()
		x.scanDir(t, d, emit)
	}
}

// servesFiles says whether the endpoint's directory looks like a folder on
// disk (the endpoint is a file: app.js, report.pdf, index.html) rather than
// a route prefix of the application (/orders/{id}, /api/me): files left
// behind (.env, backups, logs) live in the former; probing every route
// prefix with 37 names cost more requests than any other probe.
func servesFiles(ep *webscan.Endpoint) bool {
	if strings.Contains(ep.Template, "{") {
		return false
	}
	last := ep.URL.Path[strings.LastIndexByte(ep.URL.Path, '/')+1:]
	return strings.Contains(last, ".")
}

func dirOf(p string) string {
	i := bytes.LastIndexByte([]byte(p), '/')
	if i <= 0 {
		return "/"
	}
	return p[:i+1]
}

func (x *ExposedFiles) scanDir(t *target, dir string, emit webscan.Emit) {
	origin := &url.URL{Scheme: t.ep.URL.Scheme, Host: t.ep.URL.Host}
	// The site's answer for a path that cannot exist: a catch-all page
	// with the same body is not a file.
	catchAll, _ := t.get(origin.ResolveReference(&url.URL{Path: dir + token() + ".txt"}))
	for _, f := range exposedFiles {
		if t.ctx.Err() != nil {
			return
		}
		u := origin.ResolveReference(&url.URL{Path: dir + f.path})
		r, err := t.get(u)
		if err != nil || r == nil || r.Status >= 400 || !f.sig(r.Body) {
			continue
		}
		if catchAll != nil && (bytes.Equal(catchAll.Body, r.Body) || f.sig(catchAll.Body)) {
			continue
		}
		rule := f.rule
		if rule == "" {
			rule = "WEB-EXPOSED-FILE"
		}
		res := webscan.Result{RuleID: rule, Message: fmt.Sprintf("Exposed %s at %s", f.what, u.Path),
			Method: "GET", URL: u.String(), Template: u.Path, Confidence: finding.ConfidenceHigh,
			Proof: []*httpx.Response{r},
			Facts: []string{fmt.Sprintf("GET %s returns content recognised as %s (by its content, not its status)", u.Path, f.what),
				"a request for a random path does not return it (no catch-all)"}}
		emit(res)
	}
}

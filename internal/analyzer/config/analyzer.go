// Package config is the configuration analyzer: Python framework settings
// (Django settings modules, Flask configuration), nginx, Dockerfiles,
// docker-compose files, PostgreSQL configuration and .env files.
//
// Every file is analyzed on its own, in parallel; checks that depend on the
// whole project ("no CSP anywhere", "SESSION_COOKIE_SECURE never set",
// "HSTS set by nginx instead of Django") are decided after all files are seen.
package config

import (
	"context"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// ID is the analyzer's ID in reports.
const ID = "config"

// maxFileSize is the largest file read; configuration files are small, and a
// bigger one is generated or data, not configuration.
const maxFileSize = 10 << 20

// Analyzer implements audit.Analyzer for configuration files.
type Analyzer struct{}

// New returns the configuration analyzer.
func New() *Analyzer { return &Analyzer{} }

func (*Analyzer) ID() string { return ID }

// Kinds of files the analyzer reads.
const (
	kindPython  = "python"
	kindNginx   = "nginx" // any *.conf or sites-*/ file; decided by content
	kindDocker  = "dockerfile"
	kindCompose = "compose"
	kindPgConf  = "postgresql.conf"
	kindPgHba   = "pg_hba.conf"
	kindDotenv  = "dotenv"
)

// Wants selects files by path only; nginx files are confirmed by content.
func (*Analyzer) Wants(rel string) bool { return kindOf(rel) != "" }

func kindOf(rel string) string {
	base := path.Base(rel)
	lower := strings.ToLower(base)
	dir := path.Base(path.Dir(rel))
	switch {
	case strings.HasSuffix(lower, ".py"):
		return kindPython
	case lower == "dockerfile" || strings.HasPrefix(lower, "dockerfile.") || strings.HasSuffix(lower, ".dockerfile") || lower == "containerfile":
		return kindDocker
	case isComposeName(lower):
		return kindCompose
	case lower == "postgresql.conf" || lower == "postgresql.auto.conf":
		return kindPgConf
	case lower == "pg_hba.conf":
		return kindPgHba
	case isDotenvName(lower):
		return kindDotenv
	case strings.HasSuffix(lower, ".conf"):
		return kindNginx
	case strings.HasPrefix(dir, "sites-") && !strings.HasPrefix(base, "."):
		// Debian's sites-available/default has no extension.
		return kindNginx
	}
	return ""
}

func isComposeName(lower string) bool {
	if !strings.HasSuffix(lower, ".yml") && !strings.HasSuffix(lower, ".yaml") {
		return false
	}
	return strings.HasPrefix(lower, "docker-compose") || strings.HasPrefix(lower, "compose")
}

// isDotenvName accepts .env and .env.* but not the committed templates.
func isDotenvName(lower string) bool {
	if lower != ".env" && !strings.HasPrefix(lower, ".env.") {
		return false
	}
	for _, part := range strings.Split(lower, ".")[2:] {
		switch part {
		case "example", "sample", "template", "tmpl", "dist":
			return false
		}
	}
	return true
}

// fileResult is what analyzing one file established.
type fileResult struct {
	rel      string
	kind     string // "" when the file turned out not to be configuration
	label    string // how the coverage text names it ("nginx.conf", "Flask configuration")
	findings []finding.Finding
	obs      []control.Observation
	errs     []report.ErrorEntry
	py       *pyFacts
	ng       *nginxFacts
}

// fileCtx carries one file's text and rules to the checks.
type fileCtx struct {
	rel   string
	lines []string
	rules *rule.Set
	res   *fileResult
}

// newFinding builds a finding located at a 1-based line and column.
func (c *fileCtx) newFinding(ruleID string, line, col int, msg string) finding.Finding {
	f := c.rules.NewFinding(ruleID, msg)
	f.Location = c.loc(line, col)
	return f
}

func (c *fileCtx) report(ruleID string, line, col int, msg string) *finding.Finding {
	c.res.findings = append(c.res.findings, c.newFinding(ruleID, line, col, msg))
	return &c.res.findings[len(c.res.findings)-1]
}

func (c *fileCtx) loc(line, col int) *finding.Location {
	return finding.LineLocation(c.rel, c.lines, line, col)
}

func (c *fileCtx) observe(ctl string, kind control.ObservationKind, line int, text string) {
	o := control.Observation{Control: ctl, Kind: kind, Analyzer: ID, Text: text}
	if line > 0 {
		o.Location = c.loc(line, 0)
	}
	c.res.obs = append(c.res.obs, o)
}

// Run analyzes the files in parallel, then decides the project-level checks.
func (a *Analyzer) Run(ctx context.Context, in *audit.Input, emit audit.Emitter) error {
	if in.Memo != nil {
		ctx = pyfront.WithMemo(ctx, in.Memo) // share parses with the Python analyzer
	}
	results, err := audit.ForEachFile(ctx, in, func(f audit.File) *fileResult { return analyzeFile(ctx, f, in.Rules) })
	if err != nil {
		return err
	}
	var done []*fileResult
	for _, r := range results {
		if r != nil {
			done = append(done, r)
		}
	}
	sort.Slice(done, func(i, j int) bool { return done[i].rel < done[j].rel })
	project(done, in.Rules)
	for _, r := range done {
		for _, e := range r.errs {
			emit.Error(e)
		}
		for _, f := range r.findings {
			emit.Finding(f)
		}
		for _, o := range r.obs {
			emit.Observe(o)
		}
	}
	for _, o := range coverage(done) {
		emit.Observe(o)
	}
	return nil
}

// analyzeFile reads and analyzes one file. A panic in a checker becomes a
// parse error for that file instead of ending the audit.
func analyzeFile(ctx context.Context, f audit.File, rules *rule.Set) (res *fileResult) {
	res = &fileResult{rel: f.Rel}
	defer func() {
		if p := recover(); p != nil {
			*res = fileResult{rel: f.Rel, errs: []report.ErrorEntry{{
				Analyzer: ID, Path: f.Rel, Kind: "parse", Message: fmt.Sprintf("internal error while analyzing: %v", p),
			}}}
		}
	}()
	if ctx.Err() != nil {
		return nil
	}
	data, ok := readFile(f, res)
	if !ok {
		return res
	}
	kind := kindOf(f.Rel)
	if kind == kindPython && !pyPrefilter(data) {
		return nil
	}
	c := &fileCtx{rel: f.Rel, lines: strings.Split(string(data), "\n"), rules: rules, res: res}
	switch kind {
	case kindPython:
		analyzePython(ctx, c, data)
	case kindNginx:
		analyzeNginx(c, data)
	case kindDocker:
		analyzeDockerfile(c, data)
	case kindCompose:
		analyzeCompose(c, data)
	case kindPgConf:
		analyzePgConf(c, data)
	case kindPgHba:
		analyzePgHba(c, data)
	case kindDotenv:
		analyzeDotenv(c, data)
	}
	return res
}

// readFile reads a file with the size cap, rejects binary files and repairs
// invalid UTF-8 (reporting it). ok is false when the file must be skipped.
func readFile(f audit.File, res *fileResult) ([]byte, bool) {
	data, errs := audit.ReadText(ID, f, maxFileSize)
	res.errs = append(res.errs, errs...)
	return data, data != nil
}

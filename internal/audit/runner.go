package audit

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/secaudit/secaudit/internal/config"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// Options say what to audit and how to treat what is found.
type Options struct {
	Root string // "" when only a URL is audited
	// URL is the running application audited by network analyzers, if any.
	URL       string
	Analyzers []Analyzer
	Rules     *rule.Set
	Catalog   *control.Catalog
	Config    *config.File
	// Excludes are added to DefaultExcludes and the configuration's excludes.
	Excludes []string
	Baseline *Baseline
	// What the report shows; what fails the build is decided by the caller.
	MinSeverity   finding.Severity
	MinConfidence finding.Confidence
	Version       string
	// Progress, when set, is told how many units of work there are and
	// when each is done (the CLI draws a progress bar on a terminal).
	Progress Progress
	Now      func() time.Time
}

// Progress receives the amount of work and its completion.
type Progress interface {
	SetTotal(n int)
	Add(n int)
}

// Run audits opts.Root with every analyzer and returns the report.
// It fails only when the target cannot be read at all; everything else
// becomes an entry in the report's errors.
func Run(ctx context.Context, opts Options) (*report.Report, error) {
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	start := now()
	cfg := opts.Config
	if cfg == nil {
		cfg = &config.File{}
	}
	excludes := append(append(append([]string{}, DefaultExcludes...), cfg.Exclude...), opts.Excludes...)
	// No root (secaudit web URL): nothing to walk; analyzers get no files.
	w := &walkResult{wanted: map[string][]File{}}
	root := ""
	if opts.Root != "" {
		var err error
		if w, err = walk(opts.Root, excludes, opts.Analyzers); err != nil {
			return nil, fmt.Errorf("cannot read target: %w", err)
		}
		root, _ = filepath.Abs(opts.Root)
		if fi, err := os.Stat(root); err == nil && !fi.IsDir() {
			root = filepath.Dir(root)
		}
	}
	col := &collector{errs: w.errs}

	runs := runAnalyzers(ctx, opts, root, w, col)
	for i := range runs {
		if st, ok := col.stats[runs[i].ID]; ok {
			runs[i].HTTP = &st
		}
	}

	rep := &report.Report{
		SchemaVersion: report.SchemaVersion,
		Tool:          report.Tool{Name: "secaudit", Version: opts.Version},
		Target:        report.Target{Path: opts.Root, URL: opts.URL},
		StartedAt:     start.UTC(),
		Analyzers:     runs,
		Filters:       report.Filters{MinSeverity: opts.MinSeverity.String(), MinConfidence: opts.MinConfidence.String()},
	}
	findings := applyRuleSettings(col.findings, cfg.Rules, opts.Rules)
	findings = dedupe(findings)
	src := newSourceCache(root)
	fillSnippets(findings, src)
	for _, f := range findings {
		f.Redact() // before fingerprinting: the same secret masks the same way
	}
	assignFingerprints(findings)
	col.errs = append(col.errs, suppressInline(findings, src, opts.Rules)...)
	rep.StaleSuppressions = append(suppressByConfig(findings, cfg.Ignore), suppressByBaseline(findings, opts.Baseline)...)

	results := control.Decide(opts.Catalog, findings, col.obs, cfg.Controls)
	for _, r := range results {
		rep.Controls = append(rep.Controls, report.NewControlView(r))
	}
	rep.Findings, rep.Suppressions = []*finding.Finding{}, []*finding.Finding{}
	for _, f := range findings {
		switch {
		case f.Suppression != nil:
			rep.Suppressions = append(rep.Suppressions, f)
		case f.Severity < opts.MinSeverity || f.Confidence < opts.MinConfidence:
			rep.Hidden = append(rep.Hidden, f)
		default:
			rep.Findings = append(rep.Findings, f)
		}
	}
	report.SortFindings(rep.Findings)
	report.SortFindings(rep.Suppressions)
	rep.Routes = col.routes
	sort.SliceStable(rep.Routes, func(i, j int) bool {
		if rep.Routes[i].Path != rep.Routes[j].Path {
			return rep.Routes[i].Path < rep.Routes[j].Path
		}
		return rep.Routes[i].Line < rep.Routes[j].Line
	})
	rep.Errors = col.errs
	if rep.Errors == nil {
		rep.Errors = []report.ErrorEntry{}
	}
	sort.SliceStable(rep.Errors, func(i, j int) bool { return rep.Errors[i].Path < rep.Errors[j].Path })
	rep.Rules = referencedRules(opts.Rules, findings)
	rep.Recount()
	rep.Summary.Hidden = len(rep.Hidden)
	rep.DurationMS = now().Sub(start).Milliseconds()
	return rep, nil
}

// runAnalyzers runs every analyzer concurrently on its files. A panicking or
// failing analyzer is recorded; the others go on.
func runAnalyzers(ctx context.Context, opts Options, root string, w *walkResult, col *collector) []report.AnalyzerRun {
	total := 0
	for _, a := range opts.Analyzers {
		total += len(w.wanted[a.ID()])
	}
	if opts.Progress != nil {
		opts.Progress.SetTotal(total)
	}
	runs := make([]report.AnalyzerRun, len(opts.Analyzers))
	memo := NewMemo()
	// Two phases: analyzers that need the route map run once the others
	// (which emit it) are done; everything else runs concurrently.
	for _, late := range []bool{false, true} {
		var routes []report.RouteEntry
		if late {
			col.mu.Lock()
			routes = append(routes, col.routes...)
			col.mu.Unlock()
		}
		runPhase(ctx, opts, root, w, col, memo, runs, routes, func(a Analyzer) bool { return needsRoutes(a) == late })
	}
	return runs
}

// runPhase runs the analyzers selected by pick concurrently.
func runPhase(ctx context.Context, opts Options, root string, w *walkResult, col *collector, memo *Memo, runs []report.AnalyzerRun, routes []report.RouteEntry, pick func(Analyzer) bool) {
	var wg sync.WaitGroup
	for i, a := range opts.Analyzers {
		if !pick(a) {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			files := w.wanted[a.ID()]
			in := &Input{Root: root, Files: files, Rules: opts.Rules, AllFiles: w.all, Memo: memo, Routes: routes}
			var ticks atomic.Int64
			if opts.Progress != nil {
				in.Tick = func() { ticks.Add(1); opts.Progress.Add(1) }
			}
			t0 := time.Now()
			err := runOne(ctx, a, in, col)
			runs[i] = report.AnalyzerRun{ID: a.ID(), Files: len(files), DurationMS: time.Since(t0).Milliseconds()}
			if err != nil {
				runs[i].Error = err.Error()
				col.Error(report.ErrorEntry{Analyzer: a.ID(), Kind: "analyzer-failed", Message: err.Error()})
			}
			if opts.Progress != nil {
				if rest := int64(len(files)) - ticks.Load(); rest > 0 {
					opts.Progress.Add(int(rest))
				}
			}
		}()
	}
	wg.Wait()
}

func runOne(ctx context.Context, a Analyzer, in *Input, emit Emitter) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analyzer %s crashed: %v\n%s", a.ID(), r, debug.Stack())
		}
	}()
	return a.Run(ctx, in, emit)
}

// applyRuleSettings drops findings of disabled rules and applies severity
// overrides from the configuration.
func applyRuleSettings(fs []*finding.Finding, rs config.RuleSettings, rules *rule.Set) []*finding.Finding {
	enabled := map[string]bool{}
	for _, id := range rs.Enable {
		enabled[id] = true
	}
	disabled := map[string]bool{}
	for _, id := range rs.Disable {
		disabled[id] = true
	}
	out := fs[:0]
	for _, f := range fs {
		if disabled[f.RuleID] || (len(enabled) > 0 && !enabled[f.RuleID]) {
			continue
		}
		if s, ok := rs.Severity[f.RuleID]; ok {
			f.Severity = s
		}
		out = append(out, f)
	}
	return out
}

// dedupe removes findings reported twice for the same rule and place.
func dedupe(fs []*finding.Finding) []*finding.Finding {
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := f.RuleID + "\x00" + f.Where() + "\x00" + f.Message
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// assignFingerprints gives each finding its stable fingerprint: the hash of
// rule, path and normalised code plus the occurrence index among findings
// with the same key, counted in source order. Line numbers never enter it.
func assignFingerprints(fs []*finding.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Location != nil && b.Location != nil {
			if a.Location.Path != b.Location.Path {
				return a.Location.Path < b.Location.Path
			}
			if a.Location.Line != b.Location.Line {
				return a.Location.Line < b.Location.Line
			}
			return a.Location.Column < b.Location.Column
		}
		return a.Where() < b.Where()
	})
	count := map[string]int{}
	for _, f := range fs {
		k := f.FingerprintKey()
		f.Fingerprint = finding.Fingerprint(k, count[k])
		count[k]++
	}
}

func fillSnippets(fs []*finding.Finding, src *sourceCache) {
	for _, f := range fs {
		if f.Location != nil && f.Location.Snippet == "" && f.Location.Line > 0 {
			f.Location.Snippet = src.line(f.Location.Path, f.Location.Line)
		}
	}
}

func suppressInline(fs []*finding.Finding, src *sourceCache, rules *rule.Set) []report.ErrorEntry {
	var errs []report.ErrorEntry
	reported := map[string]bool{}
	for _, f := range fs {
		if f.Location == nil || f.Location.Line == 0 {
			continue
		}
		candidates := []struct {
			line int
			text string
		}{{f.Location.Line, src.line(f.Location.Path, f.Location.Line)}}
		if prev := src.line(f.Location.Path, f.Location.Line-1); f.Location.Line > 1 && isCommentOnly(prev) {
			candidates = append(candidates, struct {
				line int
				text string
			}{f.Location.Line - 1, prev})
		}
		for _, c := range candidates {
			in := parseInline(c.text)
			if in == nil {
				continue
			}
			where := fmt.Sprintf("%s:%d", f.Location.Path, c.line)
			if in.bad != "" {
				if !reported[where] {
					reported[where] = true
					errs = append(errs, report.ErrorEntry{Analyzer: "suppression", Path: where, Kind: "suppression", Message: in.bad})
				}
				continue
			}
			// A nosec above the line does not count: Bandit reads the line itself.
			if c.line != f.Location.Line && in.all {
				continue
			}
			if in.covers(f, rules.Get(f.RuleID)) {
				f.Suppression = &finding.Suppression{Kind: "inline", Reason: in.reason, Source: where}
				break
			}
		}
	}
	return errs
}

func suppressByConfig(fs []*finding.Finding, ignores []config.Ignore) []report.StaleSuppression {
	var stale []report.StaleSuppression
	for _, ig := range ignores {
		used := false
		for _, f := range fs {
			if f.Suppression != nil {
				continue
			}
			match := false
			switch {
			case ig.Fingerprint != "":
				match = f.Fingerprint == ig.Fingerprint
			case ig.Rule != "":
				match = f.RuleID == ig.Rule && (ig.Path == "" || (f.Location != nil && MatchGlob(ig.Path, f.Location.Path)))
			}
			if match {
				used = true
				f.Suppression = &finding.Suppression{Kind: "config", Reason: ig.Reason, Source: config.FileName}
			}
		}
		if !used {
			key := ig.Fingerprint
			if key == "" {
				key = ig.Rule + " " + ig.Path
			}
			stale = append(stale, report.StaleSuppression{Kind: "config", Key: key, Reason: ig.Reason})
		}
	}
	return stale
}

func suppressByBaseline(fs []*finding.Finding, b *Baseline) []report.StaleSuppression {
	if b == nil {
		return nil
	}
	byFP := map[string]*finding.Finding{}
	for _, f := range fs {
		byFP[f.Fingerprint] = f
	}
	var stale []report.StaleSuppression
	for _, e := range b.Findings {
		f := byFP[e.Fingerprint]
		if f == nil {
			stale = append(stale, report.StaleSuppression{Kind: "baseline", Key: e.Fingerprint, Reason: e.RuleID + " at " + e.Where + " is fixed or moved away"})
			continue
		}
		if f.Suppression == nil {
			f.Suppression = &finding.Suppression{Kind: "baseline", Reason: "present in the baseline", Source: "baseline"}
		}
	}
	return stale
}

func referencedRules(rules *rule.Set, fs []*finding.Finding) []*rule.Rule {
	seen := map[string]bool{}
	var out []*rule.Rule
	for _, f := range fs {
		if seen[f.RuleID] {
			continue
		}
		seen[f.RuleID] = true
		if r := rules.Get(f.RuleID); r != nil {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// ExitCode is the process exit code for a report: active findings at or
// above failOn (counting those hidden from display) give ExitFindings; a failed
// analyzer makes the audit incomplete.
func ExitCode(rep *report.Report, failOn finding.Severity, exitZero bool) int {
	if exitZero {
		return ExitClean
	}
	for _, a := range rep.Analyzers {
		if a.Error != "" {
			return ExitIncomplete
		}
	}
	for _, fs := range [][]*finding.Finding{rep.Findings, rep.Hidden} {
		for _, f := range fs {
			if f.Severity >= failOn {
				return ExitFindings
			}
		}
	}
	return ExitClean
}

// sourceCache reads each file's lines once, for snippets and suppressions.
type sourceCache struct {
	root  string
	mu    sync.Mutex
	files map[string][]string
}

func newSourceCache(root string) *sourceCache {
	return &sourceCache{root: root, files: map[string][]string{}}
}

// maxSnippetFile bounds what is read for snippets: a finding in a larger
// file keeps the snippet its analyzer gave.
const maxSnippetFile = 16 << 20

func (c *sourceCache) line(rel string, n int) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	lines, ok := c.files[rel]
	if !ok {
		lines = readLines(filepath.Join(c.root, filepath.FromSlash(rel)))
		c.files[rel] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

func readLines(p string) []string {
	fi, err := os.Stat(p)
	if err != nil || fi.Size() > maxSnippetFile {
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

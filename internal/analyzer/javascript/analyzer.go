// Package javascript is the DOM XSS analyzer: an intra-procedural taint
// analysis of JavaScript files and of the inline scripts of HTML and Jinja
// templates, with summaries for the functions of the same file.
//
// Sources are the parts of the page an attacker controls (location,
// document.referrer, window.name, postMessage data, Web Storage); sinks
// parse their argument as markup, code or a URL (innerHTML,
// document.write, eval, jQuery .html(), href ...).
package javascript

import (
	"context"
	"errors"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// ID is the analyzer's ID in reports.
const ID = "javascript"

// RuleDOMXSS is the rule of every finding of this analyzer.
const RuleDOMXSS = "JS-DOM-XSS"

// maxFileSize: bigger files are bundles or data; minified files below it
// are analyzed.
const maxFileSize = 5 << 20

// fileTimeout bounds the parsing and analysis of one file. Hand-written
// code takes milliseconds; what takes longer is a generated bundle, which
// is reported rather than allowed to stall the audit.
const fileTimeout = time.Second

// sourceRe matches the names every source of the analysis needs: a file
// without any of them cannot have a DOM XSS finding and is not parsed.
var sourceRe = regexp.MustCompile(`location|referrer|documentURI|baseURI|\bURL\b|\bname\b|message|getItem|Storage`)

func mayHaveSource(src []byte) bool { return sourceRe.Match(src) }

// Analyzer implements audit.Analyzer for JavaScript.
type Analyzer struct{}

// New returns the JavaScript analyzer.
func New() *Analyzer { return &Analyzer{} }

func (*Analyzer) ID() string { return ID }

const (
	kindJS       = "js"
	kindTemplate = "template" // HTML or Jinja: only inline scripts
)

// Wants selects the application's own scripts and templates. Vendored
// libraries (vendor/ directories, minified *.min.js bundles) are third-party
// code: dependency scanning covers them, and they are large enough to
// dominate the run while yielding only noise.
func (*Analyzer) Wants(rel string) bool { return kindOf(rel) != "" && !vendored(rel) }

func vendored(rel string) bool {
	lower := strings.ToLower(rel)
	return strings.HasSuffix(lower, ".min.js") || strings.HasPrefix(lower, "vendor/") || strings.Contains(lower, "/vendor/") ||
		strings.Contains(lower, "/bower_components/") || strings.HasPrefix(lower, "bower_components/")
}

func kindOf(rel string) string {
	switch strings.ToLower(path.Ext(rel)) {
	case ".js", ".mjs", ".cjs", ".jsx":
		return kindJS
	case ".html", ".htm", ".jinja", ".jinja2", ".j2":
		return kindTemplate
	}
	return ""
}

// fileResult is what analyzing one file established.
type fileResult struct {
	rel      string
	kind     string
	scripts  int  // inline scripts analyzed (templates)
	analyzed bool // JavaScript was analyzed
	findings []finding.Finding
	errs     []report.ErrorEntry
}

func (r *fileResult) fail(kind, msg string) {
	r.errs = append(r.errs, report.ErrorEntry{Analyzer: ID, Path: r.rel, Kind: kind, Message: msg})
}

// Run analyzes the files in parallel.
func (a *Analyzer) Run(ctx context.Context, in *audit.Input, emit audit.Emitter) error {
	results, err := audit.ForEachFile(ctx, in, func(f audit.File) *fileResult { return analyzeFile(ctx, f, in.Rules) })
	if err != nil {
		return err
	}
	files, scripts := 0, 0
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, e := range r.errs {
			emit.Error(e)
		}
		for _, f := range r.findings {
			emit.Finding(f)
		}
		if r.analyzed && r.kind == kindJS {
			files++
		}
		scripts += r.scripts
	}
	if files+scripts > 0 {
		emit.Observe(control.Observation{Control: "XSS-1", Kind: control.Coverage, Analyzer: ID,
			Text: fmt.Sprintf("examined %d JavaScript files (%d inline scripts) for DOM XSS", files, scripts)})
	}
	return nil
}

// analyzeFile reads and analyzes one file. A panic becomes an error entry
// for that file instead of ending the audit.
func analyzeFile(ctx context.Context, f audit.File, rules *rule.Set) (res *fileResult) {
	res = &fileResult{rel: f.Rel, kind: kindOf(f.Rel)}
	defer func() {
		if p := recover(); p != nil {
			*res = fileResult{rel: f.Rel, kind: res.kind}
			res.fail("analyzer-failed", fmt.Sprintf("internal error while analyzing: %v", p))
		}
	}()
	if ctx.Err() != nil {
		return nil
	}
	data, errs := audit.ReadText(ID, f, maxFileSize)
	res.errs = append(res.errs, errs...)
	if data == nil {
		return res
	}
	analyzeSource(ctx, data, res, rules)
	return res
}

// analyzeSource analyzes a file's text (a JavaScript file or a template
// whose inline scripts are extracted first).
func analyzeSource(ctx context.Context, data []byte, res *fileResult, rules *rule.Set) {
	src := data
	if res.kind == kindTemplate {
		src, res.scripts = inlineScripts(data)
		if res.scripts == 0 {
			return
		}
	}
	if !mayHaveSource(src) {
		res.analyzed = true // no DOM XSS source is even named
		return
	}
	ctx, cancel := context.WithTimeout(ctx, fileTimeout)
	defer cancel()
	tree, err := parse(ctx, src)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		res.fail("too-large", fmt.Sprintf("not analyzed: parsing takes longer than %v (a generated bundle?)", fileTimeout))
		return
	case err != nil || tree == nil:
		res.fail("parse", fmt.Sprintf("could not parse: %v", err))
		return
	}
	res.analyzed = true
	if tree.errLine > 0 {
		res.fail("parse", fmt.Sprintf("syntax error near line %d; the parts that parsed were analyzed", tree.errLine))
	}
	if tree.truncated {
		res.fail("parse", fmt.Sprintf("expressions nested deeper than %d levels were not analyzed", maxDepth))
	}
	an := newAnalysis(ctx, res.rel, src, tree.nodes)
	if err := an.run(tree.root); errors.Is(err, context.DeadlineExceeded) {
		res.fail("too-large", fmt.Sprintf("analysis stopped after %v; findings may be incomplete", fileTimeout))
	} else if err != nil {
		res.fail("analyzer-failed", fmt.Sprintf("analysis stopped early (%v); findings may be incomplete", err))
	}
	res.findings = an.findings(rules, data)
}

// findings turns what reached sinks into findings, ordered by position.
func (a *analysis) findings(rules *rule.Set, data []byte) []finding.Finding {
	keys := make([]int, 0, len(a.found))
	for k := range a.found {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	lines := strings.Split(string(data), "\n")
	var out []finding.Finding
	for _, k := range keys {
		fd := a.found[k]
		n, l := fd.site.n, fd.l
		f := rules.NewFinding(RuleDOMXSS, fmt.Sprintf("%s reaches %s without sanitization (DOM XSS)", l.src.name, fd.site.name))
		if l.conf != 0 && l.conf < f.Confidence {
			f.Confidence = l.conf
		}
		f.Location = &finding.Location{Path: a.rel, Line: n.line, Column: n.col, Snippet: a.snippet(lines, n)}
		f.Evidence.Trace = appendStep(l.trace, a.stepAt(n, "sink: "+fd.site.name))
		out = append(out, f)
	}
	return out
}

// snippet is the sink's line, or the sink expression when the line is
// long (minified code).
func (a *analysis) snippet(lines []string, n *node) string {
	if n.line <= len(lines) {
		if s := strings.TrimSpace(lines[n.line-1]); len(s) <= 300 {
			return s
		}
	}
	return a.text(n)
}

// checkText applies the shared size, binary and encoding checks.
func checkText(data []byte, res *fileResult) ([]byte, bool) {
	data, errs := audit.CheckText(ID, res.rel, data, maxFileSize)
	res.errs = append(res.errs, errs...)
	return data, data != nil
}

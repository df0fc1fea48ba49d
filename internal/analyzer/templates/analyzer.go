// Package templates is the template analyzer: Jinja2 and Django templates
// that print data without HTML escaping (|safe, autoescape off), and pages
// that load scripts or stylesheets from other origins without Subresource
// Integrity.
package templates

import (
	"context"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// ID is the analyzer's ID in reports.
const ID = "templates"

// maxFileSize: templates are small; anything bigger is generated.
const maxFileSize = 5 << 20

// Analyzer implements audit.Analyzer for templates.
type Analyzer struct{}

// New returns the template analyzer.
func New() *Analyzer { return &Analyzer{} }

func (*Analyzer) ID() string { return ID }

// Wants: HTML and Jinja files anywhere; .txt and .xml only under a
// templates/ directory (elsewhere they are data). Jinja files of other
// formats (nginx.conf.j2) are configuration, not pages.
func (*Analyzer) Wants(rel string) bool {
	ext := strings.ToLower(path.Ext(rel))
	switch ext {
	case ".html", ".htm":
		return true
	case ".jinja", ".jinja2", ".j2":
		inner := strings.ToLower(path.Ext(strings.TrimSuffix(rel, path.Ext(rel))))
		return inner == "" || isPageExt(inner)
	case ".txt", ".xml":
		return underTemplates(rel)
	}
	return false
}

func isPageExt(ext string) bool {
	switch ext {
	case ".html", ".htm", ".xml", ".txt", ".xhtml", ".svg":
		return true
	}
	return false
}

func underTemplates(rel string) bool {
	for _, d := range strings.Split(path.Dir(rel), "/") {
		if d == "templates" {
			return true
		}
	}
	return false
}

// isPage: files whose external resources the browser loads.
func isPage(rel string) bool {
	ext := strings.ToLower(path.Ext(rel))
	if ext == ".jinja" || ext == ".jinja2" || ext == ".j2" {
		ext = strings.ToLower(path.Ext(strings.TrimSuffix(rel, path.Ext(rel))))
		return ext == "" || ext == ".html" || ext == ".htm"
	}
	return ext == ".html" || ext == ".htm"
}

// fileResult is what analyzing one file established.
type fileResult struct {
	rel       string
	analyzed  bool
	findings  []finding.Finding
	errs      []report.ErrorEntry
	resources int // external scripts and stylesheets
	withSRI   int
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
	emitResults(results, emit)
	return nil
}

func emitResults(results []*fileResult, emit audit.Emitter) {
	files, resources, withSRI := 0, 0, 0
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
		if r.analyzed {
			files++
		}
		resources += r.resources
		withSRI += r.withSRI
	}
	if files > 0 {
		emit.Observe(control.Observation{Control: "XSS-1", Kind: control.Coverage, Analyzer: ID,
			Text: fmt.Sprintf("examined %d templates for |safe and disabled autoescaping", files)})
	}
	if resources > 0 && resources == withSRI {
		emit.Observe(control.Observation{Control: "IN-2", Kind: control.Positive, Analyzer: ID,
			Text: fmt.Sprintf("all %d external scripts and stylesheets in templates carry Subresource Integrity", resources)})
	}
}

// analyzeFile reads and analyzes one file. A panic becomes an error entry
// for that file instead of ending the audit.
func analyzeFile(ctx context.Context, f audit.File, rules *rule.Set) (res *fileResult) {
	res = &fileResult{rel: f.Rel}
	defer func() {
		if p := recover(); p != nil {
			*res = fileResult{rel: f.Rel}
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
	analyzeText(string(data), res, rules)
	return res
}

// analyzeText runs the template and SRI checks on a file's text.
func analyzeText(src string, res *fileResult, rules *rule.Set) {
	res.analyzed = true
	toks, lexErr := lex(src)
	lines := newLines(src)
	if lexErr != nil {
		line, _ := lines.position(lexErr.offset)
		res.fail("parse", fmt.Sprintf("line %d: %s; the rest of the file was read as text", line, lexErr.msg))
	}
	var hits []hit
	hits = append(hits, checkTemplate(toks)...)
	if isPage(res.rel) {
		for _, r := range externalResources(maskComments(src, toks)) {
			res.resources++
			if r.integrity {
				res.withSRI++
				continue
			}
			hits = append(hits, hit{rule: RuleSRIMissing, offset: r.offset,
				msg: fmt.Sprintf("<%s> loads %s from another origin without an integrity= attribute", r.tag, r.url)})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].offset < hits[j].offset })
	for _, h := range hits {
		res.findings = append(res.findings, newFinding(rules, res.rel, lines, h))
	}
}

func newFinding(rules *rule.Set, rel string, lines *lineIndex, h hit) finding.Finding {
	f := rules.NewFinding(h.rule, h.msg)
	if h.conf != 0 && h.conf < f.Confidence {
		f.Confidence = h.conf
	}
	line, col := lines.position(h.offset)
	f.Location = &finding.Location{Path: rel, Line: line, Column: col, Snippet: lines.snippet(line)}
	return f
}

// checkText applies the shared size, binary and encoding checks.
func checkText(data []byte, res *fileResult) ([]byte, bool) {
	data, errs := audit.CheckText(ID, res.rel, data, maxFileSize)
	res.errs = append(res.errs, errs...)
	return data, data != nil
}

// Package secrets is the secrets analyzer (control CR-2): gitleaks' default
// rule set run as a library over the files the runner hands it (and, with
// History, over every commit of the git history once), plus checks gitleaks
// does not make: literal secrets bound to secret-named Python targets,
// credentials in connection URLs, verified PEM private keys, literal JWT
// keys, and secret-named keys in configuration files.
//
// No secret leaves the analyzer in clear: every location snippet, message
// and fact carries the secret masked by finding.Mask (a short prefix and a
// hash), and the runner's redaction leaves masked values alone.
package secrets

import (
	"context"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/zricethezav/gitleaks/v8/detect"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// ID is the analyzer's ID in reports.
const ID = "secrets"

// Rule IDs (metadata in rules/secrets.yaml).
const (
	ruleLeak       = "SECRET-LEAK"
	rulePython     = "SECRET-HARDCODED-PY"
	ruleConn       = "SECRET-CONN-STRING"
	rulePrivateKey = "SECRET-PRIVATE-KEY"
	ruleJWT        = "SECRET-JWT-KEY"
)

// maxFileSize is the largest file scanned, as for the Python analyzer;
// bigger files are reported as too large.
const maxFileSize = 32 << 20

// Options configure the analyzer.
type Options struct {
	// History also scans every commit of the git history (git log -p).
	History bool
}

// Analyzer implements audit.Analyzer for secrets.
type Analyzer struct {
	opts Options
}

// New returns the secrets analyzer.
func New(o Options) *Analyzer { return &Analyzer{opts: o} }

func (*Analyzer) ID() string { return ID }

// binaryExts are files no secret rule reads (gitleaks skips them as
// binary by content); not wanting them keeps the errors section readable.
var binaryExts = map[string]bool{
	".pyc": true, ".pyo": true, ".mo": true, ".so": true, ".dylib": true, ".dll": true, ".exe": true, ".o": true,
	".a": true, ".class": true, ".jar": true, ".war": true, ".whl": true, ".egg": true, ".zip": true, ".gz": true,
	".tgz": true, ".bz2": true, ".xz": true, ".zst": true, ".7z": true, ".rar": true, ".tar": true, ".ico": true,
	".webp": true, ".mp3": true, ".mp4": true, ".ogg": true, ".wav": true, ".avi": true, ".mov": true, ".sqlite": true,
	".sqlite3": true, ".db": true, ".pdf": true, ".wasm": true, ".pack": true, ".idx": true, ".icns": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".bmp": true, ".tif": true, ".tiff": true, ".svg": true,
	".eot": true, ".ttf": true, ".otf": true, ".woff": true, ".woff2": true,
}

// Wants every file but known binary formats and VCS metadata. gitleaks'
// default allow-list (images, fonts, lock files, installed packages) is
// applied when the file is scanned: its thirty path patterns cost more than
// handing the file over.
func (*Analyzer) Wants(rel string) bool {
	return !binaryExts[strings.ToLower(path.Ext(rel))] && rel != ".git" && !strings.HasPrefix(rel, ".git/") && !strings.Contains(rel, "/.git/")
}

// fileResult is what scanning one file found.
type fileResult struct {
	rel   string
	lines []string
	hits  []hit
	errs  []report.ErrorEntry
}

// Run scans the files in parallel, then the history when asked.
func (a *Analyzer) Run(ctx context.Context, in *audit.Input, emit audit.Emitter) error {
	d, err := detector()
	if err != nil {
		return err
	}
	if in.Memo != nil {
		ctx = pyfront.WithMemo(ctx, in.Memo)
	}
	// The history scan runs beside the working-tree scan: git produces the
	// patches while the detector reads files.
	type histResult struct {
		hits    []histHit
		commits int
		errs    []report.ErrorEntry
	}
	histDone := make(chan histResult, 1)
	if a.opts.History {
		go func() {
			h, n, e := scanHistory(ctx, d, in.Root)
			histDone <- histResult{h, n, e}
		}()
	}
	results, err := audit.ForEachFile(ctx, in, func(f audit.File) *fileResult { return scanFile(ctx, d, f) })
	if err != nil {
		if a.opts.History {
			<-histDone
		}
		return err
	}
	var findings []finding.Finding
	scanned := 0
	byKey := map[string]int{} // path, rule source and secret -> index in findings
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, e := range r.errs {
			emit.Error(e)
		}
		if r.lines != nil {
			scanned++
		}
		for _, h := range r.hits {
			f := newFinding(in.Rules, r.rel, h, r.lines)
			byKey[workKey(r.rel, h)] = len(findings)
			findings = append(findings, f)
		}
	}
	cover := fmt.Sprintf("%d files scanned for secrets (gitleaks %s default rules, Python, connection-string and private-key checks)", scanned, GitleaksVersion)
	if a.opts.History {
		hr := <-histDone
		hist, commits, errs := hr.hits, hr.commits, hr.errs
		for _, e := range errs {
			emit.Error(e)
		}
		for _, hh := range hist {
			if i, ok := byKey[workKey(hh.path, hh.hit)]; ok {
				// Still in the working tree: one finding, with its origin.
				findings[i].Evidence.Facts = append(findings[i].Evidence.Facts, hh.origin())
				continue
			}
			findings = append(findings, newHistoryFinding(in.Rules, hh))
		}
		if len(errs) == 0 {
			cover += fmt.Sprintf("; git history: %d commits scanned once each", commits)
		}
	}
	for _, f := range findings {
		emit.Finding(f)
	}
	emit.Observe(control.Observation{Control: "CR-2", Kind: control.Coverage, Analyzer: ID, Text: cover})
	return nil
}

// workKey identifies a secret in a file, whatever line it is on.
func workKey(rel string, h hit) string { return rel + "\x00" + h.secret }

// scanFile runs every check over one file. A panic in a check becomes an
// error entry for the file.
func scanFile(ctx context.Context, d *detect.Detector, f audit.File) (res *fileResult) {
	res = &fileResult{rel: f.Rel}
	defer func() {
		if p := recover(); p != nil {
			*res = fileResult{rel: f.Rel, errs: []report.ErrorEntry{{Analyzer: ID, Path: f.Rel, Kind: "parse",
				Message: fmt.Sprintf("internal error while scanning: %v", p)}}}
		}
	}()
	if ctx.Err() != nil || pathAllowed(f.Rel) {
		return nil // gitleaks' default allow-list: not scanned by any check
	}
	data, errs := audit.ReadText(ID, f, maxFileSize)
	res.errs = errs
	if data == nil {
		return res
	}
	text := string(data)
	res.lines = strings.Split(text, "\n")
	var hits []hit
	for _, c := range chunks(text) {
		for _, gf := range d.DetectContext(ctx, detect.Fragment{Raw: c.text, FilePath: f.Rel, StartLine: c.line}) {
			if h, ok := fromGitleaks(gf); ok {
				hits = append(hits, h)
			}
		}
	}
	hits = append(hits, privateKeys(text)...)
	cfg := configKind(f.Rel)
	for i, ln := range res.lines {
		for _, h := range connStrings(ln) {
			h.line = i + 1
			hits = append(hits, h)
		}
		if cfg {
			if h, ok := assignment(ln); ok {
				h.line = i + 1
				hits = append(hits, h)
			}
		}
	}
	if strings.HasSuffix(strings.ToLower(f.Rel), ".py") {
		ph, err := pythonHits(ctx, f.Rel, data)
		if err != nil {
			res.errs = append(res.errs, report.ErrorEntry{Analyzer: ID, Path: f.Rel, Kind: "parse", Message: err.Error()})
		}
		hits = append(hits, ph...)
	}
	res.hits = merge(hits)
	return res
}

// merge keeps one hit per secret and line: a specific gitleaks rule (AWS,
// GitHub ...) wins over secaudit's checks, which win over gitleaks'
// generic rules; the loser is named in the winner's note.
func merge(hits []hit) []hit {
	rank := func(h hit) int {
		switch {
		case strings.HasPrefix(h.source, "gitleaks:") && !genericRule(strings.TrimPrefix(h.source, "gitleaks:")):
			return 0
		case strings.HasPrefix(h.source, "secaudit:"):
			return 1
		}
		return 2
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].line != hits[j].line {
			return hits[i].line < hits[j].line
		}
		return rank(hits[i]) < rank(hits[j])
	})
	var out []hit
	for _, h := range hits {
		dup := false
		for k := len(out) - 1; k >= 0 && out[k].line == h.line; k-- {
			o := &out[k]
			if sameSecret(o.secret, h.secret) {
				dup = true
				if !strings.Contains(o.also, h.source) {
					o.also = strings.TrimPrefix(o.also+", "+h.source, ", ")
				}
				if h.secret != o.secret {
					o.others = append(o.others, h.secret)
				}
				break
			}
		}
		// A private key spans lines: gitleaks reports it on the BEGIN line too.
		if !dup && h.source == "gitleaks:private-key" {
			for k := range out {
				if out[k].rule == rulePrivateKey && out[k].line == h.line {
					dup = true
				}
			}
		}
		if !dup {
			out = append(out, h)
		}
	}
	// Every hit's snippet masks the other secrets of its line too.
	byLine := map[int][]string{}
	for _, h := range out {
		byLine[h.line] = append(byLine[h.line], h.secret)
		byLine[h.line] = append(byLine[h.line], h.others...)
	}
	for i := range out {
		var others []string
		for _, s := range byLine[out[i].line] {
			if s != out[i].secret && !slices.Contains(others, s) {
				others = append(others, s)
			}
		}
		out[i].others = others
	}
	return out
}

// maskLine replaces the secret in a source line by its masked form and
// trims the line for a snippet.
func maskLine(line, secret string, others ...string) string {
	line = strings.TrimRight(line, "\r")
	if secret != "" {
		all := append([]string{secret}, others...)
		for _, s := range all {
			if s != "" && !strings.Contains(line, s) {
				// gitleaks decoded the secret (base64, hex, percent-encoding):
				// the line holds it in an encoded form that must not be shown.
				return "[line withheld: it holds the secret in an encoded form]"
			}
		}
		// The other secrets of the line are masked too, longest first (one
		// may hold another).
		sort.SliceStable(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
		for _, s := range all {
			if s != "" {
				line = strings.ReplaceAll(line, s, finding.Mask(s))
			}
		}
	}
	line = strings.TrimSpace(line)
	if len(line) > 300 {
		line = strings.ToValidUTF8(line[:300], "") + "..."
	}
	return line
}

// snippetOf is the source line to show: masked, or only the armor line of
// a private key.
func snippetOf(src string, h hit) string {
	if h.rule == rulePrivateKey || strings.Contains(h.secret, "PRIVATE KEY") {
		if m := pemBegin.FindString(src); m != "" {
			return m + " (key body withheld)"
		}
		return "-----BEGIN PRIVATE KEY----- (key body withheld)"
	}
	if i := strings.IndexByte(src, '\n'); i >= 0 && !strings.Contains(src[:i], h.secret) {
		src = src[:i]
	}
	return maskLine(src, h.secret, h.others...)
}

// newFinding builds the finding of a hit in the working tree.
func newFinding(rules *rule.Set, rel string, h hit, lines []string) finding.Finding {
	f := rules.NewFinding(h.rule, message(h, ""))
	src := h.lineText
	if h.line >= 1 && h.line <= len(lines) {
		src = lines[h.line-1]
	}
	f.Location = &finding.Location{Path: rel, Line: h.line, Column: h.col, Snippet: snippetOf(src, h)}
	decorate(&f, h)
	return f
}

func decorate(f *finding.Finding, h hit) {
	if strings.HasPrefix(h.source, "gitleaks:") {
		f.Title = fmt.Sprintf("%s (gitleaks rule %s)", f.Title, strings.TrimPrefix(h.source, "gitleaks:"))
	}
	switch h.confidence {
	case "medium":
		f.Confidence = finding.ConfidenceMedium
	case "low":
		f.Confidence = finding.ConfidenceLow
	}
	f.Evidence.Facts = append(f.Evidence.Facts, "detector: "+detectorName(h.source), "secret: "+finding.Mask(h.secret))
	if h.entropy > 0 {
		f.Evidence.Facts = append(f.Evidence.Facts, fmt.Sprintf("entropy: %.2f bits per character", h.entropy))
	}
	if h.also != "" {
		f.Evidence.Facts = append(f.Evidence.Facts, "also matched by: "+h.also)
	}
	if h.note != "" {
		f.Evidence.Facts = append(f.Evidence.Facts, h.note)
	}
}

func detectorName(source string) string {
	if r, ok := strings.CutPrefix(source, "gitleaks:"); ok {
		return "gitleaks " + GitleaksVersion + " rule " + r
	}
	return "secaudit check " + strings.TrimPrefix(source, "secaudit:")
}

// message says what was found, with the secret masked. Reports redact
// every message again with generic patterns ("password word" masks
// "word"): the first wording that redaction leaves as it is wins, so that a
// message never changes between the analyzer and the report.
func message(h hit, commit string) string {
	m := finding.Mask(h.secret)
	in := ""
	if commit != "" {
		in = " (committed in " + commit + ")"
	}
	var tries []string
	if h.what != "" {
		tries = append(tries, fmt.Sprintf("%s%s: %s", h.what, in, m))
	}
	tries = append(tries, fmt.Sprintf("%s%s: %s", detectorName(h.source), in, m), m+in)
	for _, t := range tries {
		if finding.RedactSecrets(t) == t {
			return t
		}
	}
	return m
}

// sameSecret: one value holds the other (gitleaks' generic rule may capture
// a longer or shorter part of the same literal).
func sameSecret(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && strings.Contains(b, a)
}

// chunk is a part of a file handed to gitleaks as one fragment.
type chunk struct {
	text string
	line int // 1-based line of its first character
}

// chunkSize is the size past which a file is cut at the next blank line.
// gitleaks runs a rule over a fragment only when one of the rule's keywords
// occurs in it (the gitleaks CLI cuts files into 100 KB fragments at
// whitespace); smaller fragments run fewer rules over less text. Cuts are
// made only at blank lines and never inside a PEM block, so that no secret
// a rule can match is split.
const chunkSize = 2 << 10

func chunks(text string) []chunk {
	var out []chunk
	line := 1
	for len(text) > 0 {
		end := len(text)
		if len(text) > 2*chunkSize {
			if i := strings.Index(text[chunkSize:], "\n\n"); i >= 0 {
				end = chunkSize + i + 2
			}
		}
		// Keep a PEM block whole.
		if b := strings.LastIndex(text[:end], "-----BEGIN"); b >= 0 && !strings.Contains(text[b:end], "-----END") {
			if e := strings.Index(text[b:], "-----END"); e >= 0 {
				end = b + e
				if n := strings.IndexByte(text[end:], '\n'); n >= 0 {
					end += n + 1
				} else {
					end = len(text)
				}
			}
		}
		out = append(out, chunk{text: text[:end], line: line})
		line += strings.Count(text[:end], "\n")
		text = text[end:]
	}
	return out
}

// Package deps is the dependencies analyzer: it extracts the packages that
// Python and npm manifests and lockfiles pin (with osv-scalibr's
// extractors), matches the pinned versions against the local OSV advisory
// database (internal/osvdb), and reports vulnerable pins (DEP-VULN) and
// requirements that name a range instead of a version (DEP-UNPINNED).
package deps

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/osvdb"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// ID is the analyzer's ID in reports (the catalog's decided_by names it).
const ID = "deps"

// Rule IDs (metadata in rules/deps.yaml).
const (
	RuleVuln     = "DEP-VULN"
	RuleUnpinned = "DEP-UNPINNED"
)

// maxFileSize bounds a manifest or lockfile: the largest real lockfiles
// (monorepo package-lock.json) are tens of MiB.
const maxFileSize = 64 << 20

// Analyzer implements audit.Analyzer for dependency manifests and lockfiles.
type Analyzer struct {
	dbDir string // "" = osvdb.DefaultDir()
}

// New returns the dependencies analyzer reading the advisory database in
// dbDir ("" for the default: $SECAUDIT_DB, else the user cache directory).
func New(dbDir string) *Analyzer { return &Analyzer{dbDir: dbDir} }

func (*Analyzer) ID() string { return ID }

// Wants selects manifests and lockfiles by name.
func (*Analyzer) Wants(rel string) bool { return kindOf(rel) != nil }

// fileResult is what one file established.
type fileResult struct {
	rel  string
	deps []dep
	errs []report.ErrorEntry
	text *textCache
}

// Run extracts every file's dependencies in parallel, then checks the pinned
// ones against the database.
func (a *Analyzer) Run(ctx context.Context, in *audit.Input, emit audit.Emitter) error {
	results, err := audit.ForEachFile(ctx, in, func(f audit.File) *fileResult { return readFile(ctx, in.Root, f) })
	if err != nil {
		return err
	}
	var files []*fileResult
	for _, r := range results {
		if r != nil {
			files = append(files, r)
		}
	}
	if len(files) == 0 {
		return nil
	}
	sort.Slice(files, func(i, j int) bool { return files[i].rel < files[j].rel })
	for _, r := range files {
		for _, e := range r.errs {
			emit.Error(e)
		}
	}
	// One dependency per place: a file included with -r and also audited on
	// its own is reported once.
	type place struct {
		path, name string
		line       int
	}
	seen := map[place]bool{}
	locked := map[string]bool{} // pyproject.toml path -> hasLockfileBeside, decided once per manifest
	var pinned []*located
	nFiles := 0
	for _, r := range files {
		if len(r.deps) > 0 {
			nFiles++
		}
		for _, d := range r.deps {
			p := place{d.path, osvdb.NormalizeName(d.ecosystem, d.name), d.line}
			if seen[p] {
				continue
			}
			seen[p] = true
			if d.version == "" {
				if strings.HasSuffix(d.path, "pyproject.toml") {
					l, ok := locked[d.path]
					if !ok {
						l = hasLockfileBeside(d.path, in.AllFiles)
						locked[d.path] = l
					}
					if l {
						continue
					}
				}
				emitUnpinned(in.Rules, r.text, d, emit)
				continue
			}
			pinned = append(pinned, &located{dep: d, text: r.text})
		}
	}

	dir, err := osvdb.ResolveDir(a.dbDir)
	var db *osvdb.DB
	if err == nil {
		db, err = osvdb.Open(dir)
	}
	if err != nil {
		msg := err.Error()
		if !errors.Is(err, osvdb.ErrNoDatabase) {
			msg = fmt.Sprintf("advisory database unusable: %v", err)
		}
		emit.Error(report.ErrorEntry{Analyzer: ID, Kind: "no-database", Message: msg})
		return nil
	}
	defer db.Close()
	checked := checkAll(ctx, db, pinned)
	// A package the database could not answer for (a corrupt record) is an
	// error entry; the other packages' findings stand.
	failed := map[string][]*located{}
	var failOrder []string
	for _, l := range checked {
		if l.err != nil {
			k := l.err.Error()
			if _, ok := failed[k]; !ok {
				failOrder = append(failOrder, k)
			}
			failed[k] = append(failed[k], l)
		}
	}
	for _, k := range failOrder {
		ls := failed[k]
		first := ls[0].dep
		msg := fmt.Sprintf("%s %s not checked against the advisory database: %s", first.name, first.version, k)
		if len(ls) > 1 {
			msg = fmt.Sprintf("%s %s and %d other packages not checked against the advisory database: %s", first.name, first.version, len(ls)-1, k)
		}
		emit.Error(report.ErrorEntry{Analyzer: ID, Path: first.path, Kind: "advisory-database", Message: msg})
	}
	vulnerable := 0
	diagSeen := map[string]bool{}
	for _, l := range checked {
		if l.err != nil {
			continue
		}
		for _, d := range l.res.Diagnostics {
			if !diagSeen[d.String()] {
				diagSeen[d.String()] = true
				emit.Error(report.ErrorEntry{Analyzer: ID, Path: l.dep.path, Kind: "advisory", Message: d.String()})
			}
		}
		if len(l.res.Vulns) > 0 {
			vulnerable++
		}
		for _, v := range l.res.Vulns {
			emit.Finding(vulnFinding(in.Rules, l, v))
		}
	}
	if vulnerable == 0 && len(failed) == 0 {
		sources := db.Sources()
		var names []string
		for _, s := range sources {
			names = append(names, s.Name)
		}
		emit.Observe(control.Observation{Control: "MC-1", Kind: control.Coverage, Analyzer: ID,
			Text: fmt.Sprintf("%d pinned packages in %d manifests and lockfiles matched against the advisory database (%s) with no known vulnerability", len(pinned), nFiles, strings.Join(names, ", "))})
	}
	return nil
}

// located is one pinned dependency and, after checking, its vulnerabilities.
type located struct {
	dep  dep
	text *textCache
	res  osvdb.Result
	err  error // the database could not be read for this package
}

// checkAll matches the pinned dependencies on all cores; each one's error
// stays with it.
func checkAll(ctx context.Context, db *osvdb.DB, pinned []*located) []*located {
	results := parallel(ctx, len(pinned), func(i int) error {
		d := pinned[i].dep
		res, err := db.Check(osvdb.Package{Ecosystem: d.ecosystem, Name: d.name, Version: d.version})
		pinned[i].res = res
		return err
	})
	for i, e := range results {
		pinned[i].err = e
	}
	return pinned
}

// readFile reads and extracts one manifest or lockfile; problems become
// error entries, and a panic in an extractor is one too.
func readFile(ctx context.Context, root string, f audit.File) (res *fileResult) {
	res = &fileResult{rel: f.Rel}
	defer func() {
		if p := recover(); p != nil {
			*res = fileResult{rel: f.Rel, errs: []report.ErrorEntry{{Analyzer: ID, Path: f.Rel, Kind: "parse", Message: fmt.Sprintf("internal error while extracting packages: %v", p)}}}
		}
	}()
	kind := kindOf(f.Rel)
	if kind == nil || ctx.Err() != nil {
		return nil
	}
	data, errs := audit.ReadText(ID, f, maxFileSize)
	res.errs = append(res.errs, errs...)
	if data == nil {
		return res
	}
	info, err := os.Stat(f.Abs)
	if err != nil {
		res.errs = append(res.errs, report.ErrorEntry{Analyzer: ID, Path: f.Rel, Kind: "unreadable", Message: err.Error()})
		return res
	}
	text := newTextCache(root, f.Rel, data)
	deps, err := extract(ctx, kind, root, f.Rel, data, info, text)
	if err != nil {
		res.errs = append(res.errs, report.ErrorEntry{Analyzer: ID, Path: f.Rel, Kind: "parse", Message: fmt.Sprintf("%s: %v", kind.name, err)})
		return res
	}
	res.deps = deps
	res.text = text
	if kind == kindRequirements {
		res.errs = append(res.errs, missingIncludes(res.text, f.Rel)...)
	}
	return res
}

// missingIncludes reports "-r FILE" lines whose file cannot be read: its
// requirements were not audited.
func missingIncludes(text *textCache, rel string) []report.ErrorEntry {
	var out []report.ErrorEntry
	for _, inc := range includeLines(text.lines(rel)) {
		target := filepath.ToSlash(filepath.Join(filepath.Dir(filepath.FromSlash(rel)), filepath.FromSlash(inc.target)))
		if _, err := text.read(target); err != nil {
			out = append(out, report.ErrorEntry{Analyzer: ID, Path: rel, Kind: "unreadable",
				Message: fmt.Sprintf("line %d includes %s, which cannot be read (%v); its requirements were not audited", inc.line, inc.target, err)})
		}
	}
	return out
}

// readCapped reads a file below root (never outside it), at most maxFileSize.
func readCapped(root, rel string) ([]byte, error) {
	fsys := os.DirFS(root)
	f, err := fsys.Open(rel)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() > maxFileSize {
		return nil, fmt.Errorf("larger than %d MiB", maxFileSize>>20)
	}
	buf := make([]byte, st.Size())
	n, err := readFull(f, buf)
	return buf[:n], err
}

// location is the dependency's line in its file. A dependency whose line
// is unknown is placed on line 1 without a snippet: line 1 shows something
// else.
func location(text *textCache, d dep) *finding.Location {
	var lines []string
	if d.line >= 1 {
		lines = text.lines(d.path)
	}
	return finding.LineLocation(d.path, lines, d.line, 0)
}

func emitUnpinned(rules *rule.Set, text *textCache, d dep, emit audit.Emitter) {
	f := rules.NewFinding(RuleUnpinned, fmt.Sprintf("%s is required as %q, not pinned to one version: each install may bring a different (possibly vulnerable) release, and the advisory database cannot be checked against it", d.name, d.spec))
	f.Location = location(text, d)
	f.Evidence.Facts = []string{"package: " + d.name, "range: " + d.spec}
	emit.Finding(f)
}

func vulnFinding(rules *rule.Set, l *located, v osvdb.Vulnerability) finding.Finding {
	d := l.dep
	ids := v.ID
	if len(v.IDs) > 1 {
		ids += " (" + strings.Join(v.IDs[1:], ", ") + ")"
	}
	msg := fmt.Sprintf("%s %s is vulnerable: %s", d.name, d.version, ids)
	if v.Summary != "" {
		msg += ": " + v.Summary
	}
	if v.Fixed != "" {
		msg += fmt.Sprintf("; fixed in %s", v.Fixed)
	} else {
		msg += "; no fixed version is known"
	}
	f := rules.NewFinding(RuleVuln, msg)
	f.Location = location(l.text, d)
	if sev, err := finding.ParseSeverity(v.Severity.Level); err == nil {
		f.Severity = sev
	}
	facts := []string{
		"package: " + d.name + " (" + d.ecosystem + ")",
		"installed: " + d.version,
		"advisories: " + strings.Join(v.IDs, ", "),
	}
	switch {
	case v.Severity.Vector != "":
		facts = append(facts, fmt.Sprintf("severity: %s (CVSS %.1f, %s)", v.Severity.Level, v.Severity.CVSS, v.Severity.Vector))
	case v.Severity.Level != "":
		facts = append(facts, "severity: "+v.Severity.Level+" (from the advisory database)")
	default:
		facts = append(facts, "severity: not given by the advisory; the rule's default applies")
	}
	if v.Fixed != "" {
		facts = append(facts, "fixed in: "+v.Fixed)
		f.Remediation = fmt.Sprintf("Upgrade %s to %s or later (and re-lock). ", d.name, v.Fixed) + f.Remediation
	}
	f.Evidence.Facts = facts
	return f
}

// hasLockfileBeside reports whether the manifest's directory has a lockfile
// or requirements file: the ranges of pyproject.toml are then what a
// library declares, and the lockfile pins the versions (and is audited).
func hasLockfileBeside(manifest string, all []string) bool {
	dir := path.Dir(manifest)
	for _, f := range all {
		if path.Dir(f) != dir {
			continue
		}
		if k := kindOf(f); k != nil && k != kindPyproject {
			return true
		}
	}
	return false
}

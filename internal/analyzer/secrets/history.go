package secrets

import (
	"context"
	"fmt"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/fatih/semgroup"
	"github.com/zricethezav/gitleaks/v8/cmd/scm"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/sources"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// histHit is a secret found in a commit's added lines.
type histHit struct {
	hit
	path   string
	commit string
	date   string
	author string
	// others are later commits that added the same secret to the same file.
	others []string
}

func (h histHit) origin() string {
	s := "committed in " + h.commit
	if h.date != "" {
		s += " on " + h.date
	}
	if h.author != "" {
		s += " by " + h.author
	}
	return s
}

// logOpts is gitleaks' own `git log` selection (every ref, full history,
// no deletions), with --relative so that paths are relative to the audited
// directory and commits touching only files outside it are skipped. Merge
// commits show no diff without -m, so each change is scanned once, in the
// commit that made it.
const logOpts = "--full-history --all --diff-filter=tuxdb --relative"

// scanHistory runs gitleaks' git source (git log -p -U0) and detector over
// the history of the repository holding root. It returns the secrets found
// (one per file and secret, at the first commit that added it), the number
// of commits that touch root, and errors.
func scanHistory(ctx context.Context, d *detect.Detector, root string) ([]histHit, int, []report.ErrorEntry) {
	fail := func(msg string) ([]histHit, int, []report.ErrorEntry) {
		return nil, 0, []report.ErrorEntry{{Analyzer: ID, Path: ".", Kind: "history", Message: msg}}
	}
	if _, err := exec.LookPath("git"); err != nil {
		return fail("git is not installed; history not scanned")
	}
	if out, err := exec.CommandContext(ctx, "git", "-C", root, "rev-parse", "--is-inside-work-tree").Output(); err != nil || strings.TrimSpace(string(out)) != "true" {
		return fail("not inside a git work tree; history not scanned")
	}
	commits := 0
	if out, err := exec.CommandContext(ctx, "git", "-C", root, "rev-list", "--all", "--full-history", "--count", "--", ".").Output(); err == nil {
		commits, _ = strconv.Atoi(strings.TrimSpace(string(out)))
	}
	cmd, err := sources.NewGitLogCmdContext(ctx, root, logOpts)
	if err != nil {
		return fail("git log: " + err.Error())
	}
	// No remote: findings carry the commit, not a web link (a nil Remote
	// crashes gitleaks' link builder).
	src := &sources.Git{Cmd: cmd, Config: &gitCfg, Sema: semgroup.NewGroup(ctx, 8),
		Remote: &sources.RemoteInfo{Platform: scm.NoPlatform}}
	var (
		mu      sync.Mutex
		hits    []histHit
		errs    []report.ErrorEntry
		allowed = map[string]bool{}
	)
	err = src.Fragments(ctx, func(fr sources.Fragment, err error) error {
		if err != nil {
			mu.Lock()
			errs = append(errs, report.ErrorEntry{Analyzer: ID, Path: ".", Kind: "history", Message: "git log: " + err.Error()})
			mu.Unlock()
			return nil
		}
		if fr.Raw == "" || fr.CommitSHA == "" {
			return nil
		}
		// gitleaks' global path allow-list, decided once per path (a file
		// has a fragment per hunk of every commit); the detector then runs
		// without it, over the hunk cut like a working-tree file.
		mu.Lock()
		skip, known := allowed[fr.FilePath]
		mu.Unlock()
		if !known {
			skip = pathAllowed(fr.FilePath)
			mu.Lock()
			allowed[fr.FilePath] = skip
			mu.Unlock()
		}
		if skip {
			return nil
		}
		var found []hit
		for _, c := range chunks(fr.Raw) {
			part := fr
			part.Raw, part.StartLine = c.text, fr.StartLine+c.line-1
			for _, gf := range d.DetectContext(ctx, detect.Fragment(part)) {
				if h, ok := fromGitleaks(gf); ok {
					found = append(found, h)
				}
			}
		}
		for i, ln := range strings.Split(fr.Raw, "\n") {
			for _, h := range connStrings(ln) {
				h.line, h.lineText = fr.StartLine+i, ln
				found = append(found, h)
			}
		}
		found = merge(found)
		if len(found) == 0 {
			return nil
		}
		hh := make([]histHit, 0, len(found))
		for _, h := range found {
			x := histHit{hit: h, path: fr.FilePath, commit: fr.CommitSHA}
			if ci := fr.CommitInfo; ci != nil {
				x.date, x.author = ci.Date, ci.AuthorName
			}
			hh = append(hh, x)
		}
		mu.Lock()
		hits = append(hits, hh...)
		mu.Unlock()
		return nil
	})
	if err != nil && ctx.Err() == nil {
		errs = append(errs, report.ErrorEntry{Analyzer: ID, Path: ".", Kind: "history", Message: "git history scan: " + err.Error()})
	}
	if ctx.Err() != nil {
		errs = append(errs, report.ErrorEntry{Analyzer: ID, Path: ".", Kind: "history", Message: "git history scan interrupted: " + ctx.Err().Error()})
	}
	return group(hits), commits, errs
}

// group keeps one hit per file and secret: the oldest commit that added it,
// with the later ones listed.
func group(hits []histHit) []histHit {
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.path != b.path {
			return a.path < b.path
		}
		if a.date != b.date {
			return a.date < b.date
		}
		if a.commit != b.commit {
			return a.commit < b.commit
		}
		return a.line < b.line
	})
	idx := map[string]int{}
	var out []histHit
	for _, h := range hits {
		k := workKey(h.path, h.hit)
		if i, ok := idx[k]; ok {
			if out[i].commit != h.commit {
				out[i].others = append(out[i].others, h.commit)
			}
			continue
		}
		idx[k] = len(out)
		out = append(out, h)
	}
	return out
}

// newHistoryFinding builds the finding of a secret that is only in history
// (removed from the working tree, or moved to another file).
func newHistoryFinding(rules *rule.Set, h histHit) finding.Finding {
	f := rules.NewFinding(h.rule, message(h.hit, shortSHA(h.commit)))
	f.Location = &finding.Location{Path: h.path, Line: h.line, Column: h.col, Snippet: snippetOf(h.lineText, h.hit)}
	decorate(&f, h.hit)
	f.Evidence.Facts = append(f.Evidence.Facts, h.origin(), "not in the working tree at this path any more, but anyone with a clone still has it: rotate it")
	if len(h.others) > 0 {
		f.Evidence.Facts = append(f.Evidence.Facts, fmt.Sprintf("also added in commits %s", strings.Join(h.others, ", ")))
	}
	return f
}

func shortSHA(s string) string {
	if len(s) > 12 {
		return s[:12]
	}
	return s
}

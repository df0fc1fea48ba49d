// Package supplychain checks the integrity of what a project builds from:
// requirements pinned by hash, package sources over HTTPS and VCS pins to
// commits, remote scripts piped into shells in scripts and CI steps, and
// GitHub Actions pinned to commit SHAs (control IN-2).
package supplychain

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
const ID = "supplychain"

// maxBytes bounds what is read of one file: build inputs are small.
const maxBytes = 4 << 20

// Analyzer implements audit.Analyzer.
type Analyzer struct{}

// New returns the supply-chain analyzer.
func New() *Analyzer { return &Analyzer{} }

func (*Analyzer) ID() string { return ID }

const (
	kindRequirements = "requirements"
	kindDocker       = "dockerfile"
	kindScript       = "script"
	kindMakefile     = "makefile"
	kindWorkflow     = "workflow"
	kindGitlab       = "gitlab-ci"
)

func (*Analyzer) Wants(rel string) bool { return kindOf(rel) != "" }

func kindOf(rel string) string {
	lower := strings.ToLower(path.Base(rel))
	dir := path.Dir(rel)
	switch {
	case isRequirementsName(lower, path.Base(dir)):
		return kindRequirements
	case lower == "dockerfile" || strings.HasPrefix(lower, "dockerfile.") || strings.HasSuffix(lower, ".dockerfile") || lower == "containerfile":
		return kindDocker
	case strings.HasSuffix(lower, ".sh") || strings.HasSuffix(lower, ".bash"):
		return kindScript
	case lower == "makefile" || lower == "gnumakefile":
		return kindMakefile
	case strings.HasSuffix(dir, ".github/workflows") &&
		(strings.HasSuffix(lower, ".yml") || strings.HasSuffix(lower, ".yaml")):
		return kindWorkflow
	case lower == ".gitlab-ci.yml":
		return kindGitlab
	}
	return ""
}

// isRequirementsName accepts pip requirement files: requirements.txt,
// requirements-dev.txt, dev-requirements.txt, constraints.txt and any .txt
// in a requirements/ folder. pip-tools' .in files are loose by design.
func isRequirementsName(lower, dir string) bool {
	if !strings.HasSuffix(lower, ".txt") {
		return false
	}
	return strings.Contains(lower, "requirements") || strings.HasPrefix(lower, "constraints") || strings.EqualFold(dir, "requirements")
}

// fileFacts is what one file says about the build.
type fileFacts struct {
	rel      string
	kind     string
	lines    []string
	reqs     []requirement // requirement files: the requirements
	installs []pipInstall  // every file: pip install commands it runs
	findings []finding.Finding
	errs     []report.ErrorEntry
	actions  int // workflow steps with uses:
	pinned   int // of which pinned to a commit
}

// Run reads every file, then decides the checks that need the whole
// project (a requirements file is only judged with the commands that
// install it).
func (a *Analyzer) Run(ctx context.Context, in *audit.Input, emit audit.Emitter) error {
	facts, err := audit.ForEachFile(ctx, in, func(f audit.File) *fileFacts { return readFile(f, in.Rules) })
	if err != nil {
		return err
	}
	sort.Slice(facts, func(i, j int) bool { return facts[i].rel < facts[j].rel })
	for _, f := range facts {
		for _, e := range f.errs {
			emit.Error(e)
		}
		for _, x := range f.findings {
			emit.Finding(x)
		}
	}
	for _, x := range hashPins(facts, in.Rules) {
		emit.Finding(x)
	}
	for _, o := range coverage(facts) {
		emit.Observe(o)
	}
	return nil
}

// readFile reads and checks one file; a panic in a check becomes an error
// entry for the file and the audit goes on.
func readFile(f audit.File, rules *rule.Set) (ff *fileFacts) {
	ff = &fileFacts{rel: f.Rel, kind: kindOf(f.Rel)}
	defer func() {
		if p := recover(); p != nil {
			*ff = fileFacts{rel: f.Rel, errs: []report.ErrorEntry{{Analyzer: ID, Path: f.Rel, Kind: "parse",
				Message: fmt.Sprintf("internal error while analyzing: %v", p)}}}
		}
	}()
	data, errs := audit.ReadText(ID, f, maxBytes)
	if errs != nil {
		ff.errs = errs
		return ff
	}
	ff.lines = strings.Split(string(data), "\n")
	c := &checker{ff: ff, rules: rules}
	switch ff.kind {
	case kindRequirements:
		c.requirements()
	case kindDocker:
		c.dockerfile()
	case kindScript:
		c.script(0, ff.lines)
	case kindMakefile:
		c.makefile()
	case kindWorkflow, kindGitlab:
		c.ciFile(data)
	}
	return ff
}

// checker reports findings for one file.
type checker struct {
	ff    *fileFacts
	rules *rule.Set
}

func (c *checker) report(ruleID string, line int, msg string) {
	f := c.rules.NewFinding(ruleID, msg)
	f.Location = location(c.ff, line)
	c.ff.findings = append(c.ff.findings, f)
}

func location(ff *fileFacts, line int) *finding.Location {
	return finding.LineLocation(ff.rel, ff.lines, line, 1)
}

// coverage says what was examined, and the positive evidence found.
func coverage(facts []*fileFacts) []control.Observation {
	var reqFiles, hashed, workflows, actions, pinned int
	for _, f := range facts {
		switch f.kind {
		case kindRequirements:
			reqFiles++
			if len(f.reqs) > 0 && allHashed(f.reqs) {
				hashed++
			}
		case kindWorkflow:
			workflows++
		}
		actions += f.actions
		pinned += f.pinned
	}
	if len(facts) == 0 {
		return nil
	}
	obs := []control.Observation{{Control: "IN-2", Kind: control.Coverage, Analyzer: ID,
		Text: fmt.Sprintf("examined %d build input files (%d requirements files, %d CI workflows)", len(facts), reqFiles, workflows)}}
	if reqFiles > 0 && hashed == reqFiles {
		obs = append(obs, control.Observation{Control: "IN-2", Kind: control.Positive, Analyzer: ID,
			Text: "every requirements file pins each package by --hash"})
	}
	if actions > 0 && pinned == actions {
		obs = append(obs, control.Observation{Control: "IN-2", Kind: control.Positive, Analyzer: ID,
			Text: fmt.Sprintf("all %d GitHub Actions steps are pinned to a commit SHA", actions)})
	}
	return obs
}

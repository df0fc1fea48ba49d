// Package rule holds rule metadata (ID, CWE, controls, severity, fix) loaded
// from the embedded YAML in rules/ and from user rule directories.
package rule

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/rules"
)

// Rule is data: what a finding of this kind means and how to fix it.
type Rule struct {
	ID          string             `yaml:"id" json:"id"`
	Title       string             `yaml:"title" json:"title"`
	Analyzer    string             `yaml:"analyzer" json:"analyzer"`
	Severity    finding.Severity   `yaml:"severity" json:"severity"`
	Confidence  finding.Confidence `yaml:"confidence" json:"confidence"`
	CWE         []int              `yaml:"cwe" json:"cwe"`
	Controls    []string           `yaml:"controls" json:"controls"`
	Description string             `yaml:"description" json:"description"`
	Fix         string             `yaml:"fix" json:"fix"`
	References  []string           `yaml:"references" json:"references,omitempty"`
	// Aliases are other tools' IDs for the same check (Bandit's B201 ...),
	// accepted in "# nosec" comments.
	Aliases []string `yaml:"aliases" json:"aliases,omitempty"`
}

type file struct {
	Rules []Rule `yaml:"rules"`
}

// Set is an immutable, ID-indexed collection of rules.
type Set struct {
	byID  map[string]*Rule
	order []string
}

// Default loads the rules embedded in the binary.
func Default() (*Set, error) { return Load(rules.FS, nil) }

// Load reads every *.yaml file of fsys, then of each extra directory.
// A duplicate ID or a rule without severity, CWE or control is an error:
// a rule that cannot be mapped to a control cannot feed a verdict.
func Load(fsys fs.FS, extraDirs []string) (*Set, error) {
	s := &Set{byID: map[string]*Rule{}}
	if err := s.addFS(fsys, "embedded"); err != nil {
		return nil, err
	}
	for _, d := range extraDirs {
		if _, err := os.Stat(d); err != nil {
			return nil, fmt.Errorf("rules directory: %w", err)
		}
		if err := s.addFS(os.DirFS(d), d); err != nil {
			return nil, err
		}
	}
	sort.Strings(s.order)
	return s, nil
}

func (s *Set) addFS(fsys fs.FS, origin string) error {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if strings.HasSuffix(name, "-taint.yaml") {
			continue // taint models (internal/taint), not rule metadata
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		var f file
		if err := yaml.Unmarshal(data, &f); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(origin, name), err)
		}
		for i := range f.Rules {
			r := f.Rules[i]
			if err := r.validate(); err != nil {
				return fmt.Errorf("%s: %w", filepath.Join(origin, name), err)
			}
			if _, dup := s.byID[r.ID]; dup {
				return fmt.Errorf("%s: duplicate rule ID %s", filepath.Join(origin, name), r.ID)
			}
			s.byID[r.ID] = &r
			s.order = append(s.order, r.ID)
		}
	}
	return nil
}

func (r *Rule) validate() error {
	switch {
	case r.ID == "" || strings.ContainsAny(r.ID, " \t,[]"):
		return fmt.Errorf("rule %q: invalid ID", r.ID)
	case r.Title == "":
		return fmt.Errorf("rule %s: no title", r.ID)
	case r.Severity == 0:
		return fmt.Errorf("rule %s: no severity", r.ID)
	case r.Confidence == 0:
		return fmt.Errorf("rule %s: no confidence", r.ID)
	case len(r.Controls) == 0:
		return fmt.Errorf("rule %s: maps to no control", r.ID)
	case len(r.CWE) == 0:
		return fmt.Errorf("rule %s: no CWE", r.ID)
	case r.Fix == "":
		return fmt.Errorf("rule %s: no fix", r.ID)
	}
	return nil
}

// Get returns the rule with that ID, or nil.
func (s *Set) Get(id string) *Rule { return s.byID[id] }

// All returns the rules sorted by ID.
func (s *Set) All() []*Rule {
	out := make([]*Rule, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, s.byID[id])
	}
	return out
}

// NewFinding fills a finding's metadata (title, CWE, controls, severity,
// confidence, fix) from its rule, so analyzers only say what and where.
// It panics on an unknown rule ID: that is a programming error caught by tests.
func (s *Set) NewFinding(ruleID, message string) finding.Finding {
	r := s.byID[ruleID]
	if r == nil {
		panic("rule: unknown rule ID " + ruleID)
	}
	return finding.Finding{
		RuleID:      r.ID,
		Title:       r.Title,
		Message:     message,
		Analyzer:    r.Analyzer,
		CWE:         append([]int(nil), r.CWE...),
		Controls:    append([]string(nil), r.Controls...),
		Severity:    r.Severity,
		Confidence:  r.Confidence,
		Remediation: r.Fix,
	}
}

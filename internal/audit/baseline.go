package audit

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/secaudit/secaudit/internal/finding"
)

// BaselineSchema identifies the baseline file format.
const BaselineSchema = "secaudit-baseline/1"

// Baseline is the set of findings that existed when it was written. With
// --baseline, only findings not in it are reported as new; the others are
// kept as suppressions of kind "baseline". Entries are matched by
// fingerprint, one to one, so one old finding never hides several new ones
// with the same rule (Bandit #1467): each occurrence has its own fingerprint.
type Baseline struct {
	Schema   string          `json:"schema"`
	Created  time.Time       `json:"created"`
	Findings []BaselineEntry `json:"findings"`
}

type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"rule_id"`
	Where       string `json:"where"`
}

// NewBaseline records every active or suppressed finding.
func NewBaseline(fs []*finding.Finding, now time.Time) *Baseline {
	b := &Baseline{Schema: BaselineSchema, Created: now.UTC(), Findings: []BaselineEntry{}}
	for _, f := range fs {
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, RuleID: f.RuleID, Where: f.Where()})
	}
	sort.Slice(b.Findings, func(i, j int) bool { return b.Findings[i].Fingerprint < b.Findings[j].Fingerprint })
	return b
}

// LoadBaseline reads a baseline written by --write-baseline.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if b.Schema != BaselineSchema {
		return nil, fmt.Errorf("baseline %s: unknown schema %q (want %q)", path, b.Schema, BaselineSchema)
	}
	return &b, nil
}

// Write stores the baseline as indented JSON.
func (b *Baseline) Write(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// Package control holds the control catalog (the user's checklist as data)
// and turns findings and observations into one verdict per control.
package control

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"

	"gopkg.in/yaml.v3"

	"github.com/secaudit/secaudit/internal/rule"
)

// Control is one checklist item.
type Control struct {
	ID        string   `yaml:"id" json:"id"`
	Title     string   `yaml:"title" json:"title"`
	OWASP2021 string   `yaml:"owasp2021" json:"owasp2021"`
	OWASP2025 string   `yaml:"owasp2025" json:"owasp2025"`
	CWE       []int    `yaml:"cwe" json:"cwe"`
	Positive  []string `yaml:"positive" json:"positive_evidence"`
	Manual    []string `yaml:"manual" json:"manual_steps"`
	// DecidedBy lists the analyzers whose evidence can make the control
	// pass; empty means any. Configuration alone cannot show that every SQL
	// query is parameterized, so INJ-1 is decided by the code analyzers.
	DecidedBy []string `yaml:"decided_by" json:"decided_by"`
	// Rules are the IDs of rules that are evidence against the control,
	// derived from the rule set (each rule names its controls).
	Rules []string `yaml:"-" json:"rules"`
}

//go:embed catalog.yaml
var catalogYAML []byte

// Catalog is the ordered list of controls, as in the checklist.
type Catalog struct {
	Controls []*Control
	byID     map[string]*Control
}

var idPattern = regexp.MustCompile(`^[A-Z]+[0-9]?-[0-9]+$|^[A-Z]+-[0-9]+$`)

// Load parses the embedded catalog and attaches to each control the rules
// that name it. A rule naming an unknown control is an error.
func Load(rules *rule.Set) (*Catalog, error) {
	var doc struct {
		Controls []*Control `yaml:"controls"`
	}
	if err := yaml.Unmarshal(catalogYAML, &doc); err != nil {
		return nil, fmt.Errorf("control catalog: %w", err)
	}
	c := &Catalog{Controls: doc.Controls, byID: map[string]*Control{}}
	for _, ctl := range c.Controls {
		if !idPattern.MatchString(ctl.ID) || ctl.OWASP2021 == "" || ctl.OWASP2025 == "" || len(ctl.CWE) == 0 || len(ctl.Manual) == 0 {
			return nil, fmt.Errorf("control catalog: control %q is incomplete", ctl.ID)
		}
		if _, dup := c.byID[ctl.ID]; dup {
			return nil, fmt.Errorf("control catalog: duplicate control %s", ctl.ID)
		}
		c.byID[ctl.ID] = ctl
	}
	if rules != nil {
		for _, r := range rules.All() {
			for _, id := range r.Controls {
				ctl := c.byID[id]
				if ctl == nil {
					return nil, fmt.Errorf("rule %s names unknown control %s", r.ID, id)
				}
				ctl.Rules = append(ctl.Rules, r.ID)
			}
		}
		for _, ctl := range c.Controls {
			sort.Strings(ctl.Rules)
		}
	}
	return c, nil
}

// Get returns the control with that ID, or nil.
func (c *Catalog) Get(id string) *Control { return c.byID[id] }

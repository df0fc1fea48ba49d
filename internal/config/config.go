// Package config loads .secaudit.yaml: excludes, rule selection, severity
// overrides, ignores and control justifications, plus the defaults of
// command-line flags (each flag's key is defined once, in internal/cli).
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"gopkg.in/yaml.v3"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/webscan/identity"
)

// FileName is the configuration file looked for in the audited directory.
const FileName = ".secaudit.yaml"

// File is the parsed configuration file.
type File struct {
	// Options holds the flag defaults by flag name (fail-on, severity, ...).
	Options map[string]yaml.Node `yaml:"options"`
	Exclude []string             `yaml:"exclude"`
	Rules   RuleSettings         `yaml:"rules"`
	// Controls holds a person's verdict for controls no machine can decide,
	// e.g. XXE-1: {verdict: not-applicable, reason: "no XML accepted"}.
	Controls map[string]control.Justification `yaml:"controls"`
	Ignore   []Ignore                         `yaml:"ignore"`
	// Web configures the dynamic audit (secaudit web, audit --url).
	Web Web `yaml:"web"`
}

// Web holds the identities the dynamic audit logs in as and the optional
// access policy (role -> path prefixes only that role may reach).
type Web struct {
	Identities []identity.Config   `yaml:"identities"`
	Policy     map[string][]string `yaml:"policy"`
}

// RuleSettings selects rules and overrides their severity.
type RuleSettings struct {
	// Enable, when not empty, runs only these rules (gosec's -include).
	Enable   []string                    `yaml:"enable"`
	Disable  []string                    `yaml:"disable"`
	Severity map[string]finding.Severity `yaml:"severity"`
}

// Ignore suppresses findings by fingerprint, or by rule and path glob.
// A reason is required: suppressions without one are rejected.
type Ignore struct {
	Fingerprint string `yaml:"fingerprint"`
	Rule        string `yaml:"rule"`
	Path        string `yaml:"path"`
	Reason      string `yaml:"reason"`
}

// Load reads the file at path. A missing file is not an error when optional.
func Load(path string, optional bool) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if optional && errors.Is(err, os.ErrNotExist) {
			return &File{}, nil
		}
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(data, path)
}

// Parse decodes and validates a configuration document. Unknown keys are
// errors: a misspelt "exlude" must not be silently ignored (Bandit #966).
func Parse(data []byte, name string) (*File, error) {
	f := &File{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(f); err != nil && !errors.Is(err, io.EOF) { // io.EOF: empty file
		return nil, fmt.Errorf("config %s: %w", name, err)
	}
	for id, j := range f.Controls {
		if _, err := control.ParseVerdict(string(j.Verdict)); err != nil {
			return nil, fmt.Errorf("config %s: controls.%s: %w", name, id, err)
		}
		if j.Verdict == control.Fail || j.Verdict == control.Partial {
			return nil, fmt.Errorf("config %s: controls.%s: a justification may set pass, manual or not-applicable, not %s", name, id, j.Verdict)
		}
		if j.Reason == "" {
			return nil, fmt.Errorf("config %s: controls.%s: a reason is required", name, id)
		}
	}
	for i, ig := range f.Ignore {
		if ig.Reason == "" {
			return nil, fmt.Errorf("config %s: ignore[%d]: a reason is required", name, i)
		}
		if ig.Fingerprint == "" && ig.Rule == "" {
			return nil, fmt.Errorf("config %s: ignore[%d]: give a fingerprint or a rule", name, i)
		}
	}
	for i, id := range f.Web.Identities {
		if id.Name == "" || id.Name == "anonymous" {
			return nil, fmt.Errorf("config %s: web.identities[%d]: a name other than \"anonymous\" is required", name, i)
		}
		if l := id.Login; l != nil && (l.URL == "" || l.Username == "" || l.Type != "" && l.Type != "form" && l.Type != "json") {
			return nil, fmt.Errorf("config %s: web.identities[%d] (%s): login needs url and username, and type form or json", name, i, id.Name)
		}
	}
	return f, nil
}

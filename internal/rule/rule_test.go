package rule

import (
	"flag"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultRulesLoad(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.All()) < 30 {
		t.Fatalf("only %d rules", len(s.All()))
	}
	for _, r := range s.All() {
		if r.Description == "" {
			t.Errorf("%s: no description", r.ID)
		}
	}
	f := s.NewFinding("CFG-PY-DEBUG", "DEBUG = True")
	if f.Severity.String() != "high" || len(f.Controls) == 0 || f.Remediation == "" || f.Analyzer != "config" {
		t.Errorf("NewFinding did not copy the rule's metadata: %+v", f)
	}
}

func TestLoadRejectsBadRules(t *testing.T) {
	cases := map[string]string{
		"duplicate":   "rules:\n  - {id: A, title: t, analyzer: a, severity: low, confidence: low, cwe: [1], controls: [AC-1], fix: f}\n  - {id: A, title: t, analyzer: a, severity: low, confidence: low, cwe: [1], controls: [AC-1], fix: f}\n",
		"no control":  "rules:\n  - {id: A, title: t, analyzer: a, severity: low, confidence: low, cwe: [1], fix: f}\n",
		"bad sev":     "rules:\n  - {id: A, title: t, analyzer: a, severity: urgent, confidence: low, cwe: [1], controls: [AC-1], fix: f}\n",
		"no cwe":      "rules:\n  - {id: A, title: t, analyzer: a, severity: low, confidence: low, controls: [AC-1], fix: f}\n",
		"space in id": "rules:\n  - {id: A B, title: t, analyzer: a, severity: low, confidence: low, cwe: [1], controls: [AC-1], fix: f}\n",
		"not yaml":    "rules: [",
	}
	for name, doc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"x.yaml": {Data: []byte(doc)}}, nil)
			if err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestExtraRuleDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(fstest.MapFS{}, []string{dir + "/missing"})
	if err == nil || !strings.Contains(err.Error(), "rules directory") {
		t.Fatalf("missing directory: %v", err)
	}
}

var update = flag.Bool("update", false, "rewrite docs/rules.md")

// docs/rules.md must match the rule data.
func TestRulesDocIsCurrent(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := s.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	const path = "../../docs/rules.md"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != b.String() {
		t.Fatal("docs/rules.md is out of date: go test ./internal/rule -update")
	}
}

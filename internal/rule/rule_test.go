package rule

import (
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

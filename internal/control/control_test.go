package control

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
)

func loadCatalog(t *testing.T) *Catalog {
	t.Helper()
	rs, err := rule.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(rs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The catalog must hold exactly the controls of the user's checklist.
func TestCatalogMatchesChecklist(t *testing.T) {
	c := loadCatalog(t)
	if len(c.Controls) != 25 {
		t.Fatalf("catalog has %d controls, want 25", len(c.Controls))
	}
	data, err := os.ReadFile("../../../shared/checklist.md")
	if err != nil {
		t.Skip("shared/checklist.md not present beside the project: ", err)
	}
	ids := regexp.MustCompile(`(?m)^\| ([A-Z]+[0-9]?-[0-9]+) \|`).FindAllStringSubmatch(string(data), -1)
	if len(ids) != 25 {
		t.Fatalf("checklist parse found %d controls", len(ids))
	}
	for _, m := range ids {
		if c.Get(m[1]) == nil {
			t.Errorf("checklist control %s missing from the catalog", m[1])
		}
	}
}

func TestEveryControlIsComplete(t *testing.T) {
	for _, ctl := range loadCatalog(t).Controls {
		if !strings.HasPrefix(ctl.OWASP2021, "A") || !strings.Contains(ctl.OWASP2021, ":2021") {
			t.Errorf("%s: OWASP 2021 %q", ctl.ID, ctl.OWASP2021)
		}
		if !strings.Contains(ctl.OWASP2025, ":2025") {
			t.Errorf("%s: OWASP 2025 %q", ctl.ID, ctl.OWASP2025)
		}
		if len(ctl.Positive) == 0 || len(ctl.Manual) == 0 {
			t.Errorf("%s: needs positive evidence kinds and manual steps", ctl.ID)
		}
	}
}

func TestRuleWithUnknownControlIsRejected(t *testing.T) {
	rs, err := rule.Load(mapFS("rules:\n  - {id: X-1, title: t, analyzer: a, severity: low, confidence: low, cwe: [1], controls: [ZZ-9], fix: f}\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(rs); err == nil {
		t.Fatal("a rule naming an unknown control must be rejected")
	}
}

func f(sev finding.Severity, controls ...string) *finding.Finding {
	return &finding.Finding{RuleID: "R", Severity: sev, Controls: controls, Fingerprint: "fp-" + sev.String()}
}

func verdictOf(t *testing.T, results []Result, id string) Result {
	t.Helper()
	for _, r := range results {
		if r.Control.ID == id {
			return r
		}
	}
	t.Fatalf("no result for %s", id)
	return Result{}
}

func TestDecide(t *testing.T) {
	cat := loadCatalog(t)
	suppressed := f(finding.SeverityCritical, "AC-2")
	suppressed.Suppression = &finding.Suppression{Kind: "inline"}
	findings := []*finding.Finding{
		f(finding.SeverityHigh, "INJ-1"),
		f(finding.SeverityLow, "MC-3"),
		f(finding.SeverityInfo, "SSRF-2"),
		suppressed,
		f(finding.SeverityMedium, "XXE-1"),
	}
	obs := []Observation{
		{Control: "XSS-2", Kind: Positive, Analyzer: "config", Text: "CSP set"},
		{Control: "MC-2", Kind: Coverage, Analyzer: "config", Text: "examined settings.py"},
		{Control: "INJ-2", Kind: Absent, Analyzer: "python", Text: "no NoSQL client imported"},
		{Control: "MC-3", Kind: Positive, Analyzer: "config", Text: "cookies secure"},
		{Control: "CR-2", Kind: Positive, Analyzer: "config", Text: "SECRET_KEY from the environment"},
	}
	just := map[string]Justification{
		"AC-3":  {Verdict: NotApplicable, Reason: "no user accounts"},
		"XXE-1": {Verdict: NotApplicable, Reason: "no XML"},
	}
	res := Decide(cat, findings, obs, just)
	want := map[string]Verdict{
		"INJ-1": Fail, "MC-3": Partial, "SSRF-2": Manual, "AC-2": Manual,
		"XSS-2": Pass, "MC-2": Pass, "INJ-2": NotApplicable, "AC-3": NotApplicable,
		"XXE-1": Fail, "CR-1": Manual, "CR-2": Manual,
	}
	for id, v := range want {
		if got := verdictOf(t, res, id); got.Verdict != v {
			t.Errorf("%s: verdict %s (%s), want %s", id, got.Verdict, got.Reason, v)
		}
	}
	if r := verdictOf(t, res, "XXE-1"); !strings.Contains(r.Reason, "contradicted") {
		t.Errorf("XXE-1: a justification contradicted by findings must say so: %s", r.Reason)
	}
	if r := verdictOf(t, res, "MC-2"); !strings.Contains(r.Reason, "config: examined settings.py") {
		t.Errorf("MC-2: pass must say which analyzer covered it: %s", r.Reason)
	}
	if r := verdictOf(t, res, "CR-2"); !strings.Contains(r.Reason, "needs the secrets analyzer") {
		t.Errorf("CR-2: evidence from an analyzer that cannot decide it must say what is missing: %s", r.Reason)
	}
	if r := verdictOf(t, res, "INJ-1"); len(r.Findings) != 1 || r.Findings[0] != "fp-high" {
		t.Errorf("INJ-1: evidence list %v", r.Findings)
	}
	if len(res) != 25 {
		t.Errorf("%d results, want one per control", len(res))
	}
}

// Nothing looked at must never mean pass.
func TestNothingExaminedIsManual(t *testing.T) {
	for _, r := range Decide(loadCatalog(t), nil, nil, nil) {
		if r.Verdict != Manual {
			t.Errorf("%s: %s with no evidence at all", r.Control.ID, r.Verdict)
		}
	}
}

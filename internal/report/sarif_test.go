package report

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/finding"
)

// sarifDoc is the part of SARIF 2.1.0 the structural checks read.
type sarifDoc struct {
	Version string `json:"version"`
	Schema  string `json:"$schema"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name            string `json:"name"`
				SemanticVersion string `json:"semanticVersion"`
				InformationURI  string `json:"informationUri"`
				Rules           []struct {
					ID               string `json:"id"`
					Name             string `json:"name"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					FullDescription struct {
						Text string `json:"text"`
					} `json:"fullDescription"`
					Help struct {
						Text     string `json:"text"`
						Markdown string `json:"markdown"`
					} `json:"help"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Properties struct {
						Tags             []string `json:"tags"`
						Precision        string   `json:"precision"`
						SecuritySeverity string   `json:"security-severity"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		AutomationDetails struct {
			ID string `json:"id"`
		} `json:"automationDetails"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region *struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
						EndLine     int `json:"endLine"`
						Snippet     struct {
							Text string `json:"text"`
						} `json:"snippet"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			CodeFlows           []struct {
				ThreadFlows []struct {
					Locations []json.RawMessage `json:"locations"`
				} `json:"threadFlows"`
			} `json:"codeFlows"`
			Suppressions []map[string]any `json:"suppressions"`
		} `json:"results"`
	} `json:"runs"`
}

func TestSARIFStructure(t *testing.T) {
	rep := testReport(t)
	out := render(t, SARIF{}, rep, Options{})
	if strings.Contains(string(out), "null") {
		t.Errorf("SARIF contains null (the schema allows it nowhere we write)")
	}
	var doc sarifDoc
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "2.1.0" || doc.Schema == "" || len(doc.Runs) != 1 {
		t.Fatalf("version %q schema %q runs %d", doc.Version, doc.Schema, len(doc.Runs))
	}
	run := doc.Runs[0]
	drv := run.Tool.Driver
	if drv.Name != "secaudit" || drv.SemanticVersion != "0.3.0" || drv.InformationURI == "" {
		t.Errorf("driver: %+v", drv)
	}
	if run.AutomationDetails.ID != "secaudit/audit/" {
		t.Errorf("automationDetails.id = %q", run.AutomationDetails.ID)
	}

	rules := map[string]int{}
	for i, r := range drv.Rules {
		rules[r.ID] = i
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" || r.Help.Markdown == "" {
			t.Errorf("rule %s lacks a description or help", r.ID)
		}
		if len(r.ShortDescription.Text) > 1024 || len(r.FullDescription.Text) > 1024 || len(r.Name) > 255 {
			t.Errorf("rule %s exceeds GitHub's text limits", r.ID)
		}
		if !strings.HasPrefix(r.HelpURI, "https://cwe.mitre.org/") {
			t.Errorf("rule %s helpUri %q", r.ID, r.HelpURI)
		}
		p := r.Properties
		if len(p.Tags) == 0 || p.Tags[0] != "security" || len(p.Tags) > 10 {
			t.Errorf("rule %s tags %v", r.ID, p.Tags)
		}
		sev, err := strconv.ParseFloat(p.SecuritySeverity, 64)
		if err != nil || sev < 0.1 || sev > 10 {
			t.Errorf("rule %s security-severity %q", r.ID, p.SecuritySeverity)
		}
		switch p.Precision {
		case "very-high", "high", "medium", "low":
		default:
			t.Errorf("rule %s precision %q", r.ID, p.Precision)
		}
		switch r.DefaultConfiguration.Level {
		case "error", "warning", "note":
		default:
			t.Errorf("rule %s level %q", r.ID, r.DefaultConfiguration.Level)
		}
	}
	if _, ok := rules["JS-DOM-XSS"]; !ok {
		t.Errorf("a rule missing from Report.Rules has no descriptor (fallback to the finding)")
	}
	sqli := drv.Rules[rules["PY-SQLI"]]
	if !contains(sqli.Properties.Tags, "external/cwe/cwe-089") || !contains(sqli.Properties.Tags, "control/INJ-1") {
		t.Errorf("PY-SQLI tags %v", sqli.Properties.Tags)
	}

	if want := len(rep.Findings) + len(rep.Suppressions); len(run.Results) != want {
		t.Fatalf("%d results, want %d (suppressed findings must stay)", len(run.Results), want)
	}
	var traced, suppressed, web int
	for _, res := range run.Results {
		i, ok := rules[res.RuleID]
		if !ok {
			t.Errorf("result rule %s is not in rules[]", res.RuleID)
		}
		if res.RuleIndex != i {
			t.Errorf("result %s ruleIndex %d, want %d", res.RuleID, res.RuleIndex, i)
		}
		if res.PartialFingerprints["primaryLocationLineHash"] == "" {
			t.Errorf("result %s has no primaryLocationLineHash", res.RuleID)
		}
		if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation.ArtifactLocation.URI == "" {
			t.Errorf("result %s has no location", res.RuleID)
			continue
		}
		loc := res.Locations[0].PhysicalLocation
		if strings.HasPrefix(loc.ArtifactLocation.URI, "http") {
			web++
			if !strings.Contains(res.Message.Text, "GET ") || !strings.Contains(res.Message.Text, `"q"`) {
				t.Errorf("web result message lacks method or parameter: %q", res.Message.Text)
			}
		} else if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || loc.Region == nil || loc.Region.StartLine == 0 || loc.Region.EndLine == 0 {
			t.Errorf("file result %s: %+v", res.RuleID, loc)
		}
		if len(res.CodeFlows) > 0 {
			traced++
			if n := len(res.CodeFlows[0].ThreadFlows[0].Locations); n != 3 {
				t.Errorf("code flow of %s has %d locations, want 3", res.RuleID, n)
			}
		}
		if len(res.Suppressions) > 0 {
			suppressed++
			s := res.Suppressions[0]
			if s["kind"] != "inSource" && s["kind"] != "external" || s["justification"] == "" {
				t.Errorf("suppression %v", s)
			}
		}
	}
	if traced != 1 || suppressed != 2 || web != 1 {
		t.Errorf("traced %d, suppressed %d, web %d results; want 1, 2, 1", traced, suppressed, web)
	}
}

func TestSARIFSuppressionKinds(t *testing.T) {
	if k := sarifSuppressionOf(&finding.Suppression{Kind: "inline"}).Kind; k != "inSource" {
		t.Errorf("inline -> %s", k)
	}
	for _, kind := range []string{"baseline", "config"} {
		if k := sarifSuppressionOf(&finding.Suppression{Kind: kind}).Kind; k != "external" {
			t.Errorf("%s -> %s", kind, k)
		}
	}
}

func TestSARIFLevelsAndVersions(t *testing.T) {
	levels := map[finding.Severity]string{
		finding.SeverityCritical: "error", finding.SeverityHigh: "error", finding.SeverityMedium: "warning",
		finding.SeverityLow: "note", finding.SeverityInfo: "note",
	}
	for s, want := range levels {
		if got := sarifLevel(s); got != want {
			t.Errorf("sarifLevel(%s) = %s, want %s", s, got, want)
		}
	}
	for in, want := range map[string]string{"v1.2.3": "1.2.3", "1.0.0-rc.1": "1.0.0-rc.1", "dev": "0.0.0-dev", "": "0.0.0-dev"} {
		if got := semanticVersion(in); got != want {
			t.Errorf("semanticVersion(%q) = %q, want %q", in, got, want)
		}
	}
	if got := fileURI("src/my app/#1.py"); got != "src/my%20app/%231.py" {
		t.Errorf("fileURI = %q", got)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

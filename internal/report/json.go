package report

import (
	"encoding/json"
	"io"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
)

// JSON renders the report as indented JSON, described by
// docs/report.schema.json. Field order is the struct order (stable), map
// keys are sorted by encoding/json, and every array is [] rather than null
// so that readers need no null checks.
type JSON struct{}

func (JSON) Name() string { return "json" }

func (JSON) Render(w io.Writer, r *Report, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Evidence is shown verbatim: < > & need no escaping in a JSON file, and
	// escaping them would make payloads harder to read.
	enc.SetEscapeHTML(false)
	return enc.Encode(normalized(r))
}

// normalized returns a copy of r with every nil slice replaced by an empty
// one, all verdict and severity keys present in the summary, and the findings
// sorted worst first. The caller's report is not modified.
func normalized(r *Report) *Report {
	n := *r
	if n.SchemaVersion == "" {
		n.SchemaVersion = SchemaVersion
	}
	n.Summary = normalizedSummary(r.Summary)
	n.Controls = make([]ControlView, len(r.Controls))
	for i, c := range r.Controls {
		c.CWE = nonNilInts(c.CWE)
		c.Findings = nonNilStrings(c.Findings)
		c.Rules = nonNilStrings(c.Rules)
		if c.Evidence == nil {
			c.Evidence = []control.Observation{}
		}
		n.Controls[i] = c
	}
	n.Findings = normalizedFindings(r.Findings)
	n.Suppressions = normalizedFindings(r.Suppressions)
	if n.StaleSuppressions == nil {
		n.StaleSuppressions = []StaleSuppression{}
	}
	if n.Errors == nil {
		n.Errors = []ErrorEntry{}
	}
	if n.Analyzers == nil {
		n.Analyzers = []AnalyzerRun{}
	}
	return &n
}

func normalizedSummary(s Summary) Summary {
	out := s
	out.Verdicts = map[control.Verdict]int{}
	for _, v := range control.Verdicts {
		out.Verdicts[v] = s.Verdicts[v]
	}
	out.Severities = map[string]int{}
	for _, sev := range severitiesDesc {
		out.Severities[sev.String()] = s.Severities[sev.String()]
	}
	return out
}

// normalizedFindings copies the findings (never the caller's values) so that
// Controls can be made non-nil.
func normalizedFindings(fs []*finding.Finding) []*finding.Finding {
	out := make([]*finding.Finding, 0, len(fs))
	for _, f := range sortedFindings(fs) {
		c := *f
		c.Controls = nonNilStrings(c.Controls)
		out = append(out, &c)
	}
	return out
}

package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
)

// SARIF renders SARIF 2.1.0 as GitHub code scanning reads it
// (shared/anchors.md Part C).
//
// The document is built with github.com/owenrumney/go-sarif/v2. One thing it
// cannot express: its Suppression type has no omitempty on status, location,
// guid and justification, so it writes "location": null, which the SARIF
// schema rejects. Results are therefore wrapped (sarifResult) to carry our
// own suppression struct; everything else is the library's.
type SARIF struct{}

func (SARIF) Name() string { return "sarif" }

const (
	sarifInformationURI = "https://github.com/secaudit/secaudit"
	sarifSrcRoot        = "%SRCROOT%"
	sarifMaxTags        = 10   // CodeQL's style guide caps queries at 10 tags
	sarifMaxText        = 1024 // GitHub's limit for short and full descriptions
	sarifMaxName        = 255
)

// sarifLog, sarifRun and sarifResult shadow the library's runs/results
// fields (a shallower JSON field wins over an embedded one), only to
// replace the suppressions.
type sarifLog struct {
	*sarif.Report
	Runs []*sarifRun `json:"runs"`
}

type sarifRun struct {
	*sarif.Run
	Results []*sarifResult `json:"results"`
}

type sarifResult struct {
	*sarif.Result
	Suppressions []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"` // inSource or external
	Status        string `json:"status"`
	Justification string `json:"justification,omitempty"`
}

func (SARIF) Render(w io.Writer, r *Report, _ Options) error {
	log, err := buildSARIF(r)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func buildSARIF(r *Report) (*sarifLog, error) {
	doc, err := sarif.New(sarif.Version210)
	if err != nil {
		return nil, err
	}
	run := sarif.NewRunWithInformationURI("secaudit", sarifInformationURI)
	drv := run.Tool.Driver
	if r.Tool.Version != "" {
		drv.Version = &r.Tool.Version
	}
	semver := semanticVersion(r.Tool.Version)
	drv.SemanticVersion = &semver
	// GitHub keeps the alerts of different categories apart by this ID.
	run.WithAutomationDetails(sarif.NewRunAutomationDetails().WithID("secaudit/audit/"))

	active := sortedFindings(r.Findings)
	suppressed := sortedFindings(r.Suppressions)
	ruleIndex := map[string]int{}
	for _, f := range append(append([]*finding.Finding(nil), active...), suppressed...) {
		if _, ok := ruleIndex[f.RuleID]; !ok {
			ruleIndex[f.RuleID] = -1
		}
	}
	ids := make([]string, 0, len(ruleIndex))
	for id := range ruleIndex {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for i, id := range ids {
		ruleIndex[id] = i
		drv.Rules = append(drv.Rules, sarifRule(ruleMeta(r, id, active, suppressed)))
	}

	out := &sarifRun{Run: run, Results: []*sarifResult{}}
	for _, f := range active {
		out.Results = append(out.Results, sarifResultOf(f, ruleIndex[f.RuleID]))
	}
	for _, f := range suppressed {
		out.Results = append(out.Results, sarifResultOf(f, ruleIndex[f.RuleID]))
	}
	run.Invocations = []*sarif.Invocation{sarifInvocation(r)}
	return &sarifLog{Report: doc, Runs: []*sarifRun{out}}, nil
}

// ruleMeta returns the report's rule, or one made from the first finding of
// that rule when the report does not carry it (a custom rule file that was
// not passed to the renderer, for instance).
func ruleMeta(r *Report, id string, lists ...[]*finding.Finding) *rule.Rule {
	if x := r.RuleFor(id); x != nil {
		return x
	}
	for _, fs := range lists {
		for _, f := range fs {
			if f.RuleID == id {
				return &rule.Rule{
					ID: f.RuleID, Title: f.Title, Analyzer: f.Analyzer, Severity: f.Severity,
					Confidence: f.Confidence, CWE: f.CWE, Controls: f.Controls, Fix: f.Remediation,
				}
			}
		}
	}
	return &rule.Rule{ID: id, Title: id}
}

func sarifRule(x *rule.Rule) *sarif.ReportingDescriptor {
	title := x.Title
	if title == "" {
		title = x.ID
	}
	desc := oneLine(x.Description)
	if desc == "" {
		desc = title
	}
	d := sarif.NewRule(x.ID).
		WithName(truncate(pascalName(title), sarifMaxName)).
		WithShortDescription(sarif.NewMultiformatMessageString(truncate(title, sarifMaxText))).
		WithFullDescription(sarif.NewMultiformatMessageString(truncate(desc, sarifMaxText))).
		WithTextHelp(ruleHelpText(x, desc)).
		WithMarkdownHelp(ruleHelpMarkdown(x, desc)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(x.Severity)))
	if len(x.CWE) > 0 {
		d.WithHelpURI(cweURL(x.CWE[0]))
	}
	d.WithProperties(sarif.Properties{
		"tags":              ruleTags(x),
		"precision":         sarifPrecision(x.Confidence),
		"security-severity": x.Severity.SecuritySeverity(),
	})
	return d
}

func ruleHelpText(x *rule.Rule, desc string) string {
	var b strings.Builder
	b.WriteString(desc)
	if x.Fix != "" {
		b.WriteString("\n\nFix: " + oneLine(x.Fix))
	}
	if refs := ruleReferences(x); len(refs) > 0 {
		b.WriteString("\n\nReferences:")
		for _, ref := range refs {
			b.WriteString("\n- " + ref)
		}
	}
	return b.String()
}

func ruleHelpMarkdown(x *rule.Rule, desc string) string {
	var b strings.Builder
	b.WriteString(mdEscape(desc))
	if x.Fix != "" {
		b.WriteString("\n\n**Fix:** " + mdEscape(oneLine(x.Fix)))
	}
	if len(x.Controls) > 0 {
		b.WriteString("\n\n**Controls:** " + mdEscape(strings.Join(x.Controls, ", ")))
	}
	if refs := ruleReferences(x); len(refs) > 0 {
		b.WriteString("\n\n**References:**\n")
		for _, ref := range refs {
			b.WriteString("\n- <" + ref + ">")
		}
	}
	return b.String()
}

// ruleReferences are the rule's references followed by its CWE pages.
func ruleReferences(x *rule.Rule) []string {
	refs := append([]string(nil), x.References...)
	for _, c := range x.CWE {
		refs = append(refs, cweURL(c))
	}
	return refs
}

// ruleTags: "security" first (GitHub shows security results by it), then
// CWEs in CodeQL's zero-padded form, then controls, at most 10 in all.
func ruleTags(x *rule.Rule) []string {
	tags := []string{"security"}
	for _, c := range x.CWE {
		tags = append(tags, fmt.Sprintf("external/cwe/cwe-%03d", c))
	}
	for _, c := range x.Controls {
		tags = append(tags, "control/"+c)
	}
	if len(tags) > sarifMaxTags {
		tags = tags[:sarifMaxTags]
	}
	return tags
}

// sarifLevel: error for high and critical, warning for medium, note below.
func sarifLevel(s finding.Severity) string {
	switch {
	case s >= finding.SeverityHigh:
		return "error"
	case s == finding.SeverityMedium:
		return "warning"
	default:
		return "note"
	}
}

func sarifPrecision(c finding.Confidence) string {
	switch c {
	case finding.ConfidenceHigh:
		return "high"
	case finding.ConfidenceMedium:
		return "medium"
	default:
		return "low"
	}
}

func sarifResultOf(f *finding.Finding, ruleIndex int) *sarifResult {
	res := sarif.NewRuleResult(f.RuleID).
		WithRuleIndex(ruleIndex).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(resultMessage(f)))
	if loc := sarifLocation(f); loc != nil {
		res.WithLocations([]*sarif.Location{loc})
	}
	// GitHub only reads primaryLocationLineHash; without it the API (unlike
	// the upload action) opens a new alert on every run.
	res.WithPartialFingerPrints(map[string]any{"primaryLocationLineHash": f.Fingerprint})
	if flow := sarifCodeFlow(f.Evidence.Trace); flow != nil {
		res.WithCodeFlows([]*sarif.CodeFlow{flow})
	}
	props := sarif.Properties{
		"confidence": f.Confidence.String(),
		"severity":   f.Severity.String(),
		"controls":   nonNilStrings(f.Controls),
	}
	if f.Analyzer != "" {
		props["analyzer"] = f.Analyzer
	}
	res.Properties = props
	out := &sarifResult{Result: res}
	if s := f.Suppression; s != nil {
		out.Suppressions = []sarifSuppression{sarifSuppressionOf(s)}
	}
	return out
}

// resultMessage leads with the finding's own message (GitHub may show only
// the first sentence). Web findings have no file, so the request that proves
// them is named in the message.
func resultMessage(f *finding.Finding) string {
	msg := strings.TrimSpace(f.Message)
	if msg == "" {
		msg = f.Title
	}
	if f.Location == nil && f.Web != nil {
		msg += fmt.Sprintf("\n\nRequest: %s %s", f.Web.Method, f.Web.URL)
		if f.Web.Parameter != "" {
			msg += fmt.Sprintf(" (parameter %q)", f.Web.Parameter)
		}
	}
	return msg
}

func sarifSuppressionOf(s *finding.Suppression) sarifSuppression {
	kind := "external" // baseline or configuration file
	if s.Kind == "inline" {
		kind = "inSource"
	}
	just := s.Reason
	if s.Source != "" {
		if just != "" {
			just += " "
		}
		just += "(" + s.Kind + " suppression at " + s.Source + ")"
	}
	return sarifSuppression{Kind: kind, Status: "accepted", Justification: just}
}

func sarifLocation(f *finding.Finding) *sarif.Location {
	switch {
	case f.Location != nil:
		return sarif.NewLocationWithPhysicalLocation(filePhysicalLocation(*f.Location))
	case f.Web != nil:
		// An absolute URL: there is no file. Method and parameter are in the message.
		art := sarif.NewSimpleArtifactLocation(f.Web.URL)
		return sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(art))
	default:
		return nil
	}
}

func filePhysicalLocation(l finding.Location) *sarif.PhysicalLocation {
	art := sarif.NewSimpleArtifactLocation(fileURI(l.Path)).WithUriBaseId(sarifSrcRoot)
	pl := sarif.NewPhysicalLocation().WithArtifactLocation(art)
	if l.Line > 0 {
		pl.WithRegion(sarifRegion(l))
	}
	return pl
}

func sarifRegion(l finding.Location) *sarif.Region {
	reg := sarif.NewRegion().WithStartLine(l.Line)
	if l.Column > 0 {
		reg.WithStartColumn(l.Column)
	}
	end := l.EndLine
	if end < l.Line {
		end = l.Line
	}
	reg.WithEndLine(end)
	if l.EndColumn > 0 {
		reg.WithEndColumn(l.EndColumn)
	}
	if l.Snippet != "" {
		reg.WithSnippet(sarif.NewArtifactContent().WithText(l.Snippet))
	}
	return reg
}

// fileURI percent-encodes a relative path (spaces, '#', '?') so it is a
// valid URI reference, as SARIF requires.
func fileURI(p string) string {
	return (&url.URL{Path: p}).EscapedPath()
}

// sarifCodeFlow turns a taint trace into one thread flow, one location per step.
func sarifCodeFlow(trace []finding.Step) *sarif.CodeFlow {
	if len(trace) == 0 {
		return nil
	}
	tf := sarif.NewThreadFlow()
	tf.Locations = []*sarif.ThreadFlowLocation{}
	for i, s := range trace {
		loc := sarif.NewLocationWithPhysicalLocation(filePhysicalLocation(s.Location))
		text := s.Expression
		if s.Note != "" {
			if text != "" {
				text += " — "
			}
			text += s.Note
		}
		if text != "" {
			loc.WithMessage(sarif.NewTextMessage(text))
		}
		tfl := sarif.NewThreadFlowLocation().WithLocation(loc)
		tfl.WithExecutionOrder(i + 1)
		tf.AddLocation(tfl)
	}
	return sarif.NewCodeFlow().WithThreadFlows([]*sarif.ThreadFlow{tf})
}

// sarifInvocation reports input that could not be analyzed as tool
// execution notifications, which GitHub lists on the tool status page. An
// unparsable file does not make the run unsuccessful (the audit goes on); an
// analyzer that failed as a whole does.
func sarifInvocation(r *Report) *sarif.Invocation {
	ok := true
	for _, e := range r.Errors {
		if e.Kind == "analyzer-failed" {
			ok = false
		}
	}
	inv := sarif.NewInvocation().WithExecutionSuccess(ok)
	if !r.StartedAt.IsZero() {
		inv.WithStartTimeUTC(r.StartedAt.UTC())
	}
	for _, e := range r.Errors {
		level := "warning"
		if e.Kind == "analyzer-failed" {
			level = "error"
		}
		n := sarif.NewNotification().WithLevel(level).
			WithMessage(sarif.NewTextMessage(fmt.Sprintf("%s: %s: %s", e.Analyzer, e.Kind, e.Message)))
		if e.Path != "" {
			art := sarif.NewSimpleArtifactLocation(fileURI(e.Path)).WithUriBaseId(sarifSrcRoot)
			n.WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(art))})
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	return inv
}

var semverPattern = regexp.MustCompile(`^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)

// semanticVersion is the tool version as SemVer ("v1.2.3" -> "1.2.3"); a
// development build that has no such version reports 0.0.0-dev.
func semanticVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	if semverPattern.MatchString(v) {
		return v
	}
	return "0.0.0-dev"
}

// pascalName makes a rule's SARIF name from its title ("SQL injection" ->
// "SqlInjection"), the identifier style the SARIF spec suggests.
func pascalName(title string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}

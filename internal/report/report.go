// Package report holds the audit report model and its renderers, one file
// per format (text, json, sarif, html, markdown, junit).
package report

import (
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
)

// SchemaVersion is the version of the JSON report format (docs/report-schema.md,
// docs/report.schema.json). Bump the minor version for additions, the major
// version for changes that break readers.
const SchemaVersion = "1.3.0"

// Report is everything one audit established.
type Report struct {
	SchemaVersion string        `json:"schema_version"`
	Tool          Tool          `json:"tool"`
	Target        Target        `json:"target"`
	StartedAt     time.Time     `json:"started_at"`
	DurationMS    int64         `json:"duration_ms"`
	Summary       Summary       `json:"summary"`
	Controls      []ControlView `json:"controls"`
	// Findings are the active findings that pass the display filters.
	Findings []*finding.Finding `json:"findings"`
	// Suppressions are findings silenced inline, by baseline or by configuration.
	Suppressions []*finding.Finding `json:"suppressions"`
	// StaleSuppressions are baseline or configuration entries that matched nothing.
	StaleSuppressions []StaleSuppression `json:"stale_suppressions"`
	Errors            []ErrorEntry       `json:"errors"`
	// Routes map each request handler found in the code to the checks that
	// protect it (AC-1, AC-2).
	Routes    []RouteEntry  `json:"routes,omitempty"`
	Analyzers []AnalyzerRun `json:"analyzers"`
	Filters   Filters       `json:"filters"`
	// Hidden are active findings left out of Findings by the display
	// filters; they still count for the exit code.
	Hidden []*finding.Finding `json:"-"`
	// Rules are the rules referenced by findings and suppressions (for SARIF and docs).
	Rules []*rule.Rule `json:"-"`
}

type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type Target struct {
	Path string `json:"path,omitempty"`
	URL  string `json:"url,omitempty"`
}

type Summary struct {
	Verdicts   map[control.Verdict]int `json:"verdicts"`
	Severities map[string]int          `json:"findings_by_severity"`
	Findings   int                     `json:"findings"`
	Suppressed int                     `json:"suppressed"`
	// Hidden counts active findings left out of Findings by the display filters.
	Hidden int `json:"hidden_by_filters"`
	Errors int `json:"errors"`
}

// ControlView is a control with its verdict, as reports show it.
type ControlView struct {
	ID            string                 `json:"id"`
	Title         string                 `json:"title"`
	OWASP2021     string                 `json:"owasp2021"`
	OWASP2025     string                 `json:"owasp2025"`
	CWE           []int                  `json:"cwe"`
	Verdict       control.Verdict        `json:"verdict"`
	Reason        string                 `json:"reason"`
	Findings      []string               `json:"findings"`
	Evidence      []control.Observation  `json:"evidence"`
	ManualSteps   []string               `json:"manual_steps,omitempty"`
	Justification *control.Justification `json:"justification,omitempty"`
	Rules         []string               `json:"rules"`
}

// ErrorEntry is input that could not be (fully) analyzed. The audit goes on.
type ErrorEntry struct {
	Analyzer string `json:"analyzer"`
	Path     string `json:"path,omitempty"`
	Kind     string `json:"kind"` // unreadable, binary, too-large, encoding, parse, symlink, analyzer-failed, suppression
	Message  string `json:"message"`
}

// RouteEntry is one request handler and its access checks.
type RouteEntry struct {
	Path     string `json:"path"` // file
	Line     int    `json:"line"`
	Function string `json:"function"`
	Route    string `json:"route,omitempty"`
	// URL is the full pattern the application serves the route at:
	// Route with the prefixes of its blueprint, router or include()
	// (since 1.3.0). Empty when the route itself is unknown.
	URL     string   `json:"url,omitempty"`
	Methods []string `json:"methods,omitempty"`
	Auth    bool     `json:"authentication"`
	Role    bool     `json:"role_check"`
	Public  bool     `json:"public"`
	// Inputs are the request inputs the handler reads (since 1.3.0); the
	// dynamic audit probes them even when no page links to the route.
	Inputs []RouteInput `json:"inputs,omitempty"`
}

// RouteInput is one request input a handler reads.
type RouteInput struct {
	// In is where it comes from: path, query, form, either (query or
	// form: Flask request.values), json (a key of a JSON body), body (the
	// whole body), cookie or header.
	In   string `json:"in"`
	Name string `json:"name,omitempty"` // empty for a whole body
	// Type: path converters (int, uuid, path, str, float), a typed
	// parameter's type (int, float, bool, str), or for a whole body its
	// format (json, xml, raw).
	Type string `json:"type,omitempty"`
}

type StaleSuppression struct {
	Kind   string `json:"kind"` // baseline, config
	Key    string `json:"key"`  // fingerprint or rule/path pattern
	Reason string `json:"reason,omitempty"`
}

type AnalyzerRun struct {
	ID         string `json:"id"`
	Files      int    `json:"files"`
	DurationMS int64  `json:"duration_ms"`
	Error      string `json:"error,omitempty"`
	// HTTP counts the requests of network analyzers (web), from their
	// one HTTP client: every request sent is accounted for here.
	HTTP *HTTPStats `json:"http,omitempty"`
}

// HTTPStats are a network analyzer's request counters.
type HTTPStats struct {
	Sent      int64   `json:"requests_sent"`
	Refused   int64   `json:"requests_refused"`
	Errors    int64   `json:"request_errors"`
	Bytes     int64   `json:"bytes_received"`
	Seconds   float64 `json:"seconds"`
	PerSecond float64 `json:"requests_per_second"`
}

type Filters struct {
	MinSeverity   string `json:"min_severity"`
	MinConfidence string `json:"min_confidence"`
}

// Options tune rendering. Color is only set when writing to a terminal.
type Options struct {
	Color bool
}

// Renderer writes a report in one format.
type Renderer interface {
	Name() string
	Render(w io.Writer, r *Report, opt Options) error
}

// Formats lists every renderer by name, in the order of --help.
var Formats = []Renderer{
	Text{},
	JSON{},
	SARIF{},
	HTML{},
	Markdown{},
	JUnit{},
}

// ForName returns the renderer of a format.
func ForName(name string) (Renderer, error) {
	for _, r := range Formats {
		if r.Name() == name {
			return r, nil
		}
	}
	names := ""
	for i, r := range Formats {
		if i > 0 {
			names += ", "
		}
		names += r.Name()
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", name, names)
}

// RuleFor returns the report's rule with that ID, or nil.
func (r *Report) RuleFor(id string) *rule.Rule {
	for _, x := range r.Rules {
		if x.ID == id {
			return x
		}
	}
	return nil
}

// SortFindings orders findings worst first, then by location, so that every
// format lists them the same way.
func SortFindings(fs []*finding.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if wa, wb := a.Where(), b.Where(); wa != wb {
			return lessLocation(a, b)
		}
		return a.RuleID < b.RuleID
	})
}

func lessLocation(a, b *finding.Finding) bool {
	if a.Location != nil && b.Location != nil {
		if a.Location.Path != b.Location.Path {
			return a.Location.Path < b.Location.Path
		}
		return a.Location.Line < b.Location.Line
	}
	return a.Where() < b.Where()
}

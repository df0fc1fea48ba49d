// Package finding defines the one fact every analyzer emits: a Finding, with
// its severity, confidence, location, evidence and stable fingerprint.
package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
)

// Severity orders how bad a finding is. The zero value is invalid on purpose.
type Severity int

const (
	SeverityInfo Severity = iota + 1
	SeverityLow
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = []string{"", "info", "low", "medium", "high", "critical"}

func (s Severity) String() string {
	if s < SeverityInfo || s > SeverityCritical {
		return "unknown"
	}
	return severityNames[s]
}

// ParseSeverity accepts the lower-case names used on the command line and in YAML.
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if i > 0 && strings.EqualFold(s, n) {
			return Severity(i), nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, low, medium, high or critical)", s)
}

func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// SecuritySeverity is the SARIF/GitHub "security-severity" score for the level.
func (s Severity) SecuritySeverity() string {
	switch s {
	case SeverityCritical:
		return "9.5"
	case SeverityHigh:
		return "8.0"
	case SeverityMedium:
		return "5.5"
	case SeverityLow:
		return "3.0"
	default:
		return "0.1"
	}
}

// Confidence says how sure the analyzer is that the finding is real.
type Confidence int

const (
	ConfidenceLow Confidence = iota + 1
	ConfidenceMedium
	ConfidenceHigh
)

var confidenceNames = []string{"", "low", "medium", "high"}

func (c Confidence) String() string {
	if c < ConfidenceLow || c > ConfidenceHigh {
		return "unknown"
	}
	return confidenceNames[c]
}

func ParseConfidence(s string) (Confidence, error) {
	for i, n := range confidenceNames {
		if i > 0 && strings.EqualFold(s, n) {
			return Confidence(i), nil
		}
	}
	return 0, fmt.Errorf("unknown confidence %q (want low, medium or high)", s)
}

func (c Confidence) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

func (c *Confidence) UnmarshalText(b []byte) error {
	v, err := ParseConfidence(string(b))
	*c = v
	return err
}

// Location is where in the target's files a finding is. Paths are relative to
// the audited root and use forward slashes.
type Location struct {
	Path      string `json:"path"`
	Line      int    `json:"line,omitempty"`
	Column    int    `json:"column,omitempty"`
	EndLine   int    `json:"end_line,omitempty"`
	EndColumn int    `json:"end_column,omitempty"`
	Snippet   string `json:"snippet,omitempty"`
}

func (l Location) String() string {
	switch {
	case l.Line > 0 && l.Column > 0:
		return fmt.Sprintf("%s:%d:%d", l.Path, l.Line, l.Column)
	case l.Line > 0:
		return fmt.Sprintf("%s:%d", l.Path, l.Line)
	default:
		return l.Path
	}
}

// WebLocation is where in a running application a finding is.
type WebLocation struct {
	Method    string `json:"method"`
	URL       string `json:"url"`
	Parameter string `json:"parameter,omitempty"`
	// PathTemplate groups URLs that differ only in identifiers (/orders/{id}).
	PathTemplate string `json:"path_template,omitempty"`
}

// Step is one hop of a taint trace or one stage of a proof.
type Step struct {
	Location   Location `json:"location"`
	Expression string   `json:"expression,omitempty"`
	Note       string   `json:"note,omitempty"`
}

// Exchange is one HTTP request and its response, kept as proof.
type Exchange struct {
	Request  string `json:"request"`
	Response string `json:"response,omitempty"`
	Curl     string `json:"curl,omitempty"`
}

// Evidence is what proves a finding: a taint trace, HTTP exchanges, or facts.
type Evidence struct {
	Trace     []Step     `json:"trace,omitempty"`
	Exchanges []Exchange `json:"exchanges,omitempty"`
	Facts     []string   `json:"facts,omitempty"`
}

func (e Evidence) Empty() bool {
	return len(e.Trace) == 0 && len(e.Exchanges) == 0 && len(e.Facts) == 0
}

// Suppression records why a finding is not counted. Suppressed findings stay
// in machine-readable reports; they are never silently dropped.
type Suppression struct {
	Kind   string `json:"kind"` // inline, baseline, config
	Reason string `json:"reason,omitempty"`
	// Source is where the suppression was written (file:line or config path).
	Source string `json:"source,omitempty"`
}

// Finding is one fact an analyzer established about the target.
type Finding struct {
	RuleID      string       `json:"rule_id"`
	Title       string       `json:"title"`
	Message     string       `json:"message"`
	Analyzer    string       `json:"analyzer"`
	CWE         []int        `json:"cwe,omitempty"`
	Controls    []string     `json:"controls"`
	Severity    Severity     `json:"severity"`
	Confidence  Confidence   `json:"confidence"`
	Location    *Location    `json:"location,omitempty"`
	Web         *WebLocation `json:"web,omitempty"`
	Evidence    Evidence     `json:"evidence"`
	Remediation string       `json:"remediation,omitempty"`
	Fingerprint string       `json:"fingerprint"`
	Suppression *Suppression `json:"suppression,omitempty"`
}

// Where is a short human form of the finding's location.
func (f *Finding) Where() string {
	switch {
	case f.Location != nil:
		return f.Location.String()
	case f.Web != nil:
		s := f.Web.Method + " " + f.Web.URL
		if f.Web.Parameter != "" {
			s += " [" + f.Web.Parameter + "]"
		}
		return s
	default:
		return ""
	}
}

// NormalizeCode removes all white space so that re-indentation and
// reformatting do not change a fingerprint.
func NormalizeCode(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FingerprintKey is the part of a fingerprint that does not depend on the
// occurrence index: rule, path and normalised code (or method, path template
// and parameter for web findings). Never the line number.
func (f *Finding) FingerprintKey() string {
	switch {
	case f.Location != nil:
		return f.RuleID + "\x00" + f.Location.Path + "\x00" + NormalizeCode(f.Location.Snippet)
	case f.Web != nil:
		tpl := f.Web.PathTemplate
		if tpl == "" {
			tpl = f.Web.URL
		}
		return f.RuleID + "\x00" + f.Web.Method + "\x00" + tpl + "\x00" + f.Web.Parameter
	default:
		return f.RuleID + "\x00" + f.Message
	}
}

// Fingerprint hashes a fingerprint key with the occurrence index (the n-th
// finding with the same key in the same report, counted from 0).
func Fingerprint(key string, occurrence int) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, occurrence)))
	return hex.EncodeToString(h[:16])
}

package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
)

// JUnit renders one test case per control so CI systems show the audit as
// a test suite: fail and partial fail the case, manual and not-applicable
// skip it, pass passes. encoding/xml escapes every value; text that XML 1.0
// cannot carry at all (most control characters) is removed by xmlText.
type JUnit struct{}

func (JUnit) Name() string { return "junit" }

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string          `xml:"name,attr"`
	Tests     int             `xml:"tests,attr"`
	Failures  int             `xml:"failures,attr"`
	Errors    int             `xml:"errors,attr"`
	Skipped   int             `xml:"skipped,attr"`
	Time      string          `xml:"time,attr"`
	Timestamp string          `xml:"timestamp,attr,omitempty"`
	Props     *junitPropsList `xml:"properties,omitempty"`
	Cases     []junitCase     `xml:"testcase"`
	SystemErr string          `xml:"system-err,omitempty"`
}

type junitPropsList struct {
	Props []junitProp `xml:"property"`
}

type junitProp struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitOutcome `xml:"failure,omitempty"`
	Skipped   *junitOutcome `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitOutcome struct {
	Message string `xml:"message,attr,omitempty"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}

func (JUnit) Render(w io.Writer, r *Report, _ Options) error {
	doc := buildJUnit(r)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func buildJUnit(r *Report) junitSuites {
	seconds := fmt.Sprintf("%.3f", float64(r.DurationMS)/1000)
	suite := junitSuite{Name: "secaudit controls", Time: seconds, Cases: []junitCase{}}
	if !r.StartedAt.IsZero() {
		suite.Timestamp = r.StartedAt.UTC().Format("2006-01-02T15:04:05")
	}
	suite.Props = junitProperties(r)
	byFP := findingIndex(r)
	for _, c := range r.Controls {
		tc := junitCaseOf(c, byFP)
		switch {
		case tc.Failure != nil:
			suite.Failures++
		case tc.Skipped != nil:
			suite.Skipped++
		}
		suite.Cases = append(suite.Cases, tc)
	}
	suite.Tests = len(suite.Cases)
	suite.SystemErr = junitErrors(r.Errors)
	return junitSuites{
		Name: "secaudit", Tests: suite.Tests, Failures: suite.Failures, Skipped: suite.Skipped,
		Time: seconds, Suites: []junitSuite{suite},
	}
}

func junitProperties(r *Report) *junitPropsList {
	var ps []junitProp
	add := func(name, value string) {
		if value != "" {
			ps = append(ps, junitProp{Name: name, Value: xmlText(value)})
		}
	}
	add("secaudit.version", r.Tool.Version)
	add("target.path", r.Target.Path)
	add("target.url", r.Target.URL)
	add("findings", fmt.Sprint(r.Summary.Findings))
	add("suppressed", fmt.Sprint(r.Summary.Suppressed))
	add("errors", fmt.Sprint(r.Summary.Errors))
	return &junitPropsList{Props: ps}
}

func junitCaseOf(c ControlView, byFP map[string]*finding.Finding) junitCase {
	tc := junitCase{
		Name:      xmlText(c.ID + ": " + c.Title),
		Classname: xmlText(c.OWASP2021),
		Time:      "0",
	}
	reason := xmlText(c.Reason)
	switch c.Verdict {
	case control.Fail:
		tc.Failure = &junitOutcome{Message: reason, Type: "fail", Text: junitFindings(c, byFP)}
	case control.Partial:
		tc.Failure = &junitOutcome{Message: reason, Type: "partial", Text: junitFindings(c, byFP)}
	case control.Manual:
		tc.Skipped = &junitOutcome{Message: reason}
		tc.SystemOut = xmlText("Manual steps:\n- " + strings.Join(c.ManualSteps, "\n- "))
	case control.NotApplicable:
		tc.Skipped = &junitOutcome{Message: reason}
	default: // pass: the reason says what established it
		tc.SystemOut = reason
	}
	return tc
}

// junitFindings lists a control's findings, one block each, as the failure
// text CI systems show.
func junitFindings(c ControlView, byFP map[string]*finding.Finding) string {
	var fs []*finding.Finding
	missing := 0
	for _, fp := range c.Findings {
		if f := byFP[fp]; f != nil {
			fs = append(fs, f)
		} else {
			missing++ // left out of the report by the display filters
		}
	}
	SortFindings(fs)
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "[%s] %s %s at %s\n  %s\n", f.Severity, f.RuleID, f.Title, f.Where(), oneLine(f.Message))
		if f.Remediation != "" {
			fmt.Fprintf(&b, "  fix: %s\n", oneLine(f.Remediation))
		}
	}
	if missing > 0 {
		fmt.Fprintf(&b, "%d more findings are hidden by the report's display filters.\n", missing)
	}
	return xmlText(b.String())
}

func junitErrors(es []ErrorEntry) string {
	if len(es) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d inputs could not be fully analyzed:\n", len(es))
	for _, e := range es {
		fmt.Fprintf(&b, "%s %s %s: %s\n", e.Analyzer, e.Kind, e.Path, oneLine(e.Message))
	}
	return xmlText(b.String())
}

// xmlText removes what XML 1.0 cannot represent even escaped: control
// characters other than tab and newline (encoding/xml would turn them into
// U+FFFD), together with the ANSI sequences they start, so that CI logs that
// print the failure text stay clean.
func xmlText(s string) string {
	return cleanText(s)
}

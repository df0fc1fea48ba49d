package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
)

// Text renders the report for a terminal: verdicts first (the answer to
// "is this control met?"), then the findings worst first, then errors.
type Text struct{}

func (Text) Name() string { return "text" }

// reasonWidth keeps the verdict table on one line per control on a
// normal-width terminal; the full reason is in every other format.
const reasonWidth = 90

// ANSI SGR codes. Only used when Options.Color is set.
const (
	ansiReset   = "\x1b[0m"
	ansiBold    = "\x1b[1m"
	ansiDim     = "\x1b[2m"
	ansiRed     = "\x1b[31m"
	ansiGreen   = "\x1b[32m"
	ansiYellow  = "\x1b[33m"
	ansiBlue    = "\x1b[34m"
	ansiMagenta = "\x1b[35m"
	ansiCyan    = "\x1b[36m"
)

var severityColor = map[finding.Severity]string{
	finding.SeverityCritical: ansiBold + ansiMagenta,
	finding.SeverityHigh:     ansiBold + ansiRed,
	finding.SeverityMedium:   ansiYellow,
	finding.SeverityLow:      ansiCyan,
	finding.SeverityInfo:     ansiDim,
}

var verdictColor = map[control.Verdict]string{
	control.Fail:          ansiBold + ansiRed,
	control.Partial:       ansiYellow,
	control.Manual:        ansiBlue,
	control.Pass:          ansiGreen,
	control.NotApplicable: ansiDim,
}

// textWriter keeps the first write error so the rendering code can stay a
// plain sequence of lines.
type textWriter struct {
	w     *bufio.Writer
	color bool
	err   error
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

// paint wraps s in an ANSI color when colors are on. s must already be clean.
func (t *textWriter) paint(code, s string) string {
	if !t.color || code == "" {
		return s
	}
	return code + s + ansiReset
}

func (Text) Render(w io.Writer, r *Report, opt Options) error {
	t := &textWriter{w: bufio.NewWriter(w), color: opt.Color}
	t.header(r)
	t.controls(r)
	t.summary(r)
	t.findings(r)
	t.suppressions(r)
	t.errors(r)
	if t.err != nil {
		return t.err
	}
	return t.w.Flush()
}

func (t *textWriter) header(r *Report) {
	t.printf("%s %s — security audit\n", t.paint(ansiBold, cleanText(r.Tool.Name)), cleanText(r.Tool.Version))
	if r.Target.Path != "" {
		t.printf("  path: %s\n", cleanText(r.Target.Path))
	}
	if r.Target.URL != "" {
		t.printf("  url:  %s\n", cleanText(r.Target.URL))
	}
	t.printf("  started %s, took %.1fs\n\n", r.StartedAt.UTC().Format("2006-01-02 15:04:05 UTC"), float64(r.DurationMS)/1000)
}

func (t *textWriter) controls(r *Report) {
	t.printf("%s\n", t.paint(ansiBold, "CONTROLS"))
	for _, g := range groupByCategory(r.Controls) {
		t.printf("\n%s\n", t.paint(ansiBold, cleanText(g.Name)))
		for _, c := range g.Controls {
			// Pad before painting so escape codes do not upset the columns.
			verdict := t.paint(verdictColor[c.Verdict], fmt.Sprintf("%-14s", strings.ToUpper(string(c.Verdict))))
			t.printf("  %-7s %s %s\n", cleanText(c.ID), verdict, cleanText(truncate(oneLine(c.Reason), reasonWidth)))
		}
	}
	t.printf("\n")
}

func (t *textWriter) summary(r *Report) {
	s := r.Summary
	line := fmt.Sprintf("Summary: controls %s | findings %d (%s) | %d suppressed | %d errors",
		verdictSummary(s), s.Findings, severitySummary(s), s.Suppressed, s.Errors)
	if s.Hidden > 0 {
		line += fmt.Sprintf(" | %d hidden by filters (severity >= %s, confidence >= %s)",
			s.Hidden, cleanText(r.Filters.MinSeverity), cleanText(r.Filters.MinConfidence))
	}
	t.printf("%s\n\n", t.paint(ansiBold, line))
}

func (t *textWriter) findings(r *Report) {
	if len(r.Findings) == 0 {
		t.printf("No findings.\n\n")
		return
	}
	t.printf("%s\n\n", t.paint(ansiBold, fmt.Sprintf("FINDINGS (%d)", len(r.Findings))))
	for i, f := range sortedFindings(r.Findings) {
		t.finding(i+1, f)
	}
}

func (t *textWriter) finding(n int, f *finding.Finding) {
	sev := t.paint(severityColor[f.Severity], fmt.Sprintf("[%s]", strings.ToUpper(f.Severity.String())))
	t.printf("%d. %s %s  %s\n", n, sev, t.paint(ansiBold, cleanText(f.RuleID)), cleanText(f.Title))
	t.printf("   at %s", cleanText(f.Where()))
	if len(f.Controls) > 0 {
		t.printf("   (controls %s)", cleanText(strings.Join(f.Controls, ", ")))
	}
	t.printf("\n")
	t.block("   ", f.Message)
	if f.Location != nil && f.Location.Snippet != "" {
		t.snippet(f.Location)
	}
	if len(f.Evidence.Trace) > 0 {
		t.printf("   trace:\n")
		for i, s := range f.Evidence.Trace {
			t.printf("     %d. %s  %s", i+1, cleanText(s.Location.String()), cleanText(oneLine(s.Expression)))
			if s.Note != "" {
				t.printf("  (%s)", cleanText(oneLine(s.Note)))
			}
			t.printf("\n")
		}
	}
	for _, x := range f.Evidence.Exchanges {
		t.printf("   request:\n")
		t.block("     | ", clip(x.Request, 2000))
		if x.Response != "" {
			t.printf("   response:\n")
			t.block("     | ", clip(x.Response, 2000))
		}
		if x.Curl != "" {
			t.printf("   reproduce: %s\n", cleanText(oneLine(x.Curl)))
		}
	}
	for _, fact := range f.Evidence.Facts {
		t.printf("   - %s\n", cleanText(oneLine(fact)))
	}
	if f.Remediation != "" {
		t.printf("   %s %s\n", t.paint(ansiGreen, "fix:"), cleanText(oneLine(f.Remediation)))
	}
	t.printf("\n")
}

// snippet prints the code with line numbers so it can be matched to the file.
func (t *textWriter) snippet(l *finding.Location) {
	lines := strings.Split(strings.TrimRight(cleanText(l.Snippet), "\n"), "\n")
	for i, line := range lines {
		num := ""
		if l.Line > 0 {
			num = fmt.Sprint(l.Line + i)
		}
		t.printf("   %s %s\n", t.paint(ansiDim, fmt.Sprintf("%5s |", num)), line)
	}
}

// block prints multi-line text with every line indented, so that a message
// cannot start a line that looks like a new finding.
func (t *textWriter) block(indent, s string) {
	s = strings.TrimRight(cleanText(s), "\n")
	if s == "" {
		return
	}
	for _, line := range strings.Split(s, "\n") {
		t.printf("%s%s\n", indent, line)
	}
}

func (t *textWriter) suppressions(r *Report) {
	if len(r.Suppressions) == 0 && len(r.StaleSuppressions) == 0 {
		return
	}
	if len(r.Suppressions) > 0 {
		t.printf("%s\n", t.paint(ansiBold, fmt.Sprintf("SUPPRESSED (%d)", len(r.Suppressions))))
		for _, f := range sortedFindings(r.Suppressions) {
			t.printf("  %-8s %s  %s", f.Severity, cleanText(f.RuleID), cleanText(f.Where()))
			if s := f.Suppression; s != nil {
				t.printf("  [%s", cleanText(s.Kind))
				if s.Reason != "" {
					t.printf(": %s", cleanText(oneLine(s.Reason)))
				}
				t.printf("]")
			}
			t.printf("\n")
		}
		t.printf("\n")
	}
	if len(r.StaleSuppressions) > 0 {
		t.printf("%s\n", t.paint(ansiBold, fmt.Sprintf("STALE SUPPRESSIONS (%d) — they match nothing and can be removed", len(r.StaleSuppressions))))
		for _, s := range r.StaleSuppressions {
			t.printf("  %-8s %s", cleanText(s.Kind), cleanText(s.Key))
			if s.Reason != "" {
				t.printf("  (%s)", cleanText(oneLine(s.Reason)))
			}
			t.printf("\n")
		}
		t.printf("\n")
	}
}

func (t *textWriter) errors(r *Report) {
	if len(r.Errors) == 0 {
		return
	}
	t.printf("%s\n", t.paint(ansiBold+ansiYellow, fmt.Sprintf("ERRORS (%d) — input that could not be fully analyzed", len(r.Errors))))
	for _, e := range r.Errors {
		where := e.Path
		if where == "" {
			where = "-"
		}
		t.printf("  %-10s %-16s %s  %s\n", cleanText(e.Analyzer), cleanText(e.Kind), cleanText(where), cleanText(oneLine(e.Message)))
	}
}

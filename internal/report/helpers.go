package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
)

// severitiesDesc lists every severity worst first, the order of every
// summary and chart.
var severitiesDesc = []finding.Severity{
	finding.SeverityCritical,
	finding.SeverityHigh,
	finding.SeverityMedium,
	finding.SeverityLow,
	finding.SeverityInfo,
}

// NewControlView turns a control's verdict into the form reports show.
// Slices are never nil so that JSON readers always see arrays.
func NewControlView(res control.Result) ControlView {
	ctl := res.Control
	v := ControlView{
		ID:            ctl.ID,
		Title:         ctl.Title,
		OWASP2021:     ctl.OWASP2021,
		OWASP2025:     ctl.OWASP2025,
		CWE:           nonNilInts(ctl.CWE),
		Verdict:       res.Verdict,
		Reason:        res.Reason,
		Findings:      nonNilStrings(res.Findings),
		Evidence:      res.Evidence,
		Justification: res.Justification,
		Rules:         nonNilStrings(ctl.Rules),
	}
	if v.Evidence == nil {
		v.Evidence = []control.Observation{}
	}
	// Manual steps only help when no machine evidence decided the control.
	if res.Verdict == control.Manual {
		v.ManualSteps = ctl.Manual
	}
	return v
}

// Recount fills the summary counts from the report's controls, findings,
// suppressions and errors. Hidden is left alone: only the caller that applied
// the display filters knows it.
func (r *Report) Recount() {
	s := &r.Summary
	s.Verdicts = map[control.Verdict]int{}
	for _, v := range control.Verdicts {
		s.Verdicts[v] = 0
	}
	for _, c := range r.Controls {
		s.Verdicts[c.Verdict]++
	}
	s.Severities = map[string]int{}
	for _, sev := range severitiesDesc {
		s.Severities[sev.String()] = 0
	}
	for _, f := range r.Findings {
		s.Severities[f.Severity.String()]++
	}
	s.Findings = len(r.Findings)
	s.Suppressed = len(r.Suppressions)
	s.Errors = len(r.Errors)
}

// sortedFindings returns a sorted copy, so renderers never reorder the
// caller's slice.
func sortedFindings(fs []*finding.Finding) []*finding.Finding {
	out := append([]*finding.Finding(nil), fs...)
	SortFindings(out)
	return out
}

// categoryGroup is the controls of one OWASP 2021 category.
type categoryGroup struct {
	Name     string
	Controls []ControlView
}

// groupByCategory keeps the catalog's order: categories appear in the order
// of their first control, controls in catalog order within a category.
func groupByCategory(cs []ControlView) []categoryGroup {
	var groups []categoryGroup
	index := map[string]int{}
	for _, c := range cs {
		name := c.OWASP2021
		if name == "" {
			name = "Uncategorised"
		}
		i, ok := index[name]
		if !ok {
			i = len(groups)
			index[name] = i
			groups = append(groups, categoryGroup{Name: name})
		}
		groups[i].Controls = append(groups[i].Controls, c)
	}
	return groups
}

// findingIndex maps fingerprints to findings (active and suppressed), so that
// a control can list the findings it names.
func findingIndex(r *Report) map[string]*finding.Finding {
	m := make(map[string]*finding.Finding, len(r.Findings)+len(r.Suppressions))
	for _, f := range r.Suppressions {
		m[f.Fingerprint] = f
	}
	for _, f := range r.Findings {
		m[f.Fingerprint] = f
	}
	return m
}

// verdictSummary is "3 fail, 1 partial, ..." in the order of control.Verdicts.
func verdictSummary(s Summary) string {
	parts := make([]string, 0, len(control.Verdicts))
	for _, v := range control.Verdicts {
		parts = append(parts, fmt.Sprintf("%d %s", s.Verdicts[v], v))
	}
	return strings.Join(parts, ", ")
}

// severitySummary is "1 critical, 2 high, ..." worst first.
func severitySummary(s Summary) string {
	parts := make([]string, 0, len(severitiesDesc))
	for _, sev := range severitiesDesc {
		parts = append(parts, fmt.Sprintf("%d %s", s.Severities[sev.String()], sev))
	}
	return strings.Join(parts, ", ")
}

// cweURL is the MITRE page of a CWE.
func cweURL(id int) string {
	return fmt.Sprintf("https://cwe.mitre.org/data/definitions/%d.html", id)
}

// truncate shortens s to at most n runes, marking the cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// clip keeps the first n bytes of very long evidence (an HTTP response body
// can be megabytes) and says how much was left out. It never cuts a rune.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + fmt.Sprintf("\n… (%d more bytes, see the JSON report)", len(s)-cut)
}

// oneLine folds white space runs (including newlines) into single spaces,
// for table cells and summaries.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cleanText neutralises text that came from the audited target before a
// terminal or a Markdown renderer shows it. Evidence is attacker-controlled:
// an ANSI sequence could clear the screen, move the cursor or rewrite earlier
// lines, a carriage return could overwrite a line, and a bidirectional
// override could make code read differently from what it is (Trojan Source).
// It removes ANSI escape sequences (CSI, OSC, DCS and two-byte escapes), every
// other C0 control except \n and \t, DEL, C1 controls and the Unicode bidi
// controls, and replaces invalid UTF-8.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b:
			i += escapeLen(s[i:])
			continue
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case isControl(r):
			// dropped
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// isClean is the fast path: most text has nothing to remove.
func isClean(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r != '\n' && r != '\t' && isControl(r) {
			return false
		}
	}
	return true
}

func isControl(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f: // C1, including the 8-bit CSI U+009B
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// escapeLen is the length of the escape sequence at the start of s (which
// begins with ESC), so the whole sequence is dropped, not just its ESC.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[': // CSI: parameters and intermediates, then one final byte 0x40–0x7e
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
			if s[i] < 0x20 || s[i] > 0x7e {
				return i // malformed: stop before the odd byte, which is then judged on its own
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC: up to BEL or ESC \
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return len(s)
	default: // two-byte escape (ESC c resets the terminal, ESC 7/8 save/restore)
		if s[1] >= 0x20 && s[1] <= 0x7e {
			return 2
		}
		return 1 // a lone ESC: drop it, keep what follows
	}
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilInts(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
)

// Markdown renders a GitHub-flavoured summary for pull-request comments.
// Every piece of finding text is escaped (mdEscape) so that evidence cannot
// break out of a table cell, open a code span, or inject HTML.
type Markdown struct{}

func (Markdown) Name() string { return "markdown" }

const (
	// mdOpenFindings are listed in the open; the rest go in a <details>.
	mdOpenFindings = 10
	// mdMaxFindings keeps the comment well under GitHub's 65,536 character
	// limit; the full list is in the other formats.
	mdMaxFindings = 200
	mdCellWidth   = 300
)

type mdWriter struct {
	w   *bufio.Writer
	err error
}

func (m *mdWriter) printf(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, args...)
	}
}

func (Markdown) Render(w io.Writer, r *Report, _ Options) error {
	m := &mdWriter{w: bufio.NewWriter(w)}
	m.summary(r)
	m.controls(r)
	m.findings(r)
	m.suppressions(r)
	m.errors(r)
	if m.err != nil {
		return m.err
	}
	return m.w.Flush()
}

var verdictIcon = map[control.Verdict]string{
	control.Fail:          "❌",
	control.Partial:       "⚠️",
	control.Manual:        "📝",
	control.Pass:          "✅",
	control.NotApplicable: "➖",
}

func (m *mdWriter) summary(r *Report) {
	s := r.Summary
	m.printf("## secaudit report\n\n")
	var target []string
	if r.Target.Path != "" {
		target = append(target, "path "+mdCode(r.Target.Path))
	}
	if r.Target.URL != "" {
		target = append(target, "URL "+mdCode(r.Target.URL))
	}
	if len(target) > 0 {
		m.printf("Audit of %s, %s, secaudit %s.\n\n", strings.Join(target, " and "),
			r.StartedAt.UTC().Format("2006-01-02 15:04 UTC"), mdEscape(r.Tool.Version))
	}
	m.printf("**Controls:** %s  \n", mdEscape(verdictSummary(s)))
	m.printf("**Findings:** %d (%s)  \n", s.Findings, mdEscape(severitySummary(s)))
	m.printf("**Suppressed:** %d · **Errors:** %d", s.Suppressed, s.Errors)
	if s.Hidden > 0 {
		m.printf(" · **Hidden by filters:** %d", s.Hidden)
	}
	m.printf("\n\n")
}

// controls shows the controls that need attention in the open and folds
// the passing and not-applicable ones away.
func (m *mdWriter) controls(r *Report) {
	var open, closed []ControlView
	for _, c := range r.Controls {
		if c.Verdict == control.Pass || c.Verdict == control.NotApplicable {
			closed = append(closed, c)
		} else {
			open = append(open, c)
		}
	}
	m.printf("### Controls\n\n")
	if len(open) > 0 {
		m.controlTable(open)
	} else {
		m.printf("Every control passes or does not apply.\n\n")
	}
	if len(closed) > 0 {
		m.printf("<details><summary>%d controls pass or do not apply</summary>\n\n", len(closed))
		m.controlTable(closed)
		m.printf("</details>\n\n")
	}
}

func (m *mdWriter) controlTable(cs []ControlView) {
	m.printf("| Control | Verdict | Reason |\n|---|---|---|\n")
	for _, c := range cs {
		m.printf("| **%s** %s | %s %s | %s |\n", mdCell(c.ID), mdCell(c.Title), verdictIcon[c.Verdict],
			mdCell(string(c.Verdict)), mdCell(truncate(oneLine(c.Reason), mdCellWidth)))
	}
	m.printf("\n")
}

func (m *mdWriter) findings(r *Report) {
	fs := sortedFindings(r.Findings)
	m.printf("### Findings\n\n")
	if len(fs) == 0 {
		m.printf("No findings.\n\n")
		return
	}
	more := 0
	if len(fs) > mdMaxFindings {
		more = len(fs) - mdMaxFindings
		fs = fs[:mdMaxFindings]
	}
	first := fs
	var rest []*finding.Finding
	if len(fs) > mdOpenFindings {
		first, rest = fs[:mdOpenFindings], fs[mdOpenFindings:]
	}
	m.findingTable(first)
	if len(rest) > 0 {
		m.printf("<details><summary>%d more findings</summary>\n\n", len(rest))
		m.findingTable(rest)
		m.printf("</details>\n\n")
	}
	if more > 0 {
		m.printf("_%d further findings are not listed here; see the full report._\n\n", more)
	}
}

func (m *mdWriter) findingTable(fs []*finding.Finding) {
	m.printf("| Severity | Rule | Location | Message |\n|---|---|---|---|\n")
	for _, f := range fs {
		m.printf("| %s | %s | %s | %s |\n", f.Severity, mdCell(f.RuleID), mdCell(f.Where()),
			mdCell(truncate(f.Message, mdCellWidth)))
	}
	m.printf("\n")
}

func (m *mdWriter) suppressions(r *Report) {
	if len(r.Suppressions) == 0 {
		return
	}
	m.printf("<details><summary>%d suppressed findings</summary>\n\n", len(r.Suppressions))
	m.printf("| Severity | Rule | Location | Suppressed by | Reason |\n|---|---|---|---|---|\n")
	for _, f := range sortedFindings(r.Suppressions) {
		kind, reason := "", ""
		if f.Suppression != nil {
			kind, reason = f.Suppression.Kind, f.Suppression.Reason
		}
		m.printf("| %s | %s | %s | %s | %s |\n", f.Severity, mdCell(f.RuleID), mdCell(f.Where()), mdCell(kind), mdCell(truncate(reason, mdCellWidth)))
	}
	m.printf("\n</details>\n\n")
}

func (m *mdWriter) errors(r *Report) {
	if len(r.Errors) == 0 {
		return
	}
	m.printf("<details><summary>%d inputs could not be fully analyzed</summary>\n\n", len(r.Errors))
	m.printf("| Analyzer | Kind | Path | Message |\n|---|---|---|---|\n")
	for _, e := range r.Errors {
		m.printf("| %s | %s | %s | %s |\n", mdCell(e.Analyzer), mdCell(e.Kind), mdCell(e.Path), mdCell(truncate(e.Message, mdCellWidth)))
	}
	m.printf("\n</details>\n\n")
}

// mdEscaper writes the HTML specials as entities, so that no tag can start,
// and backslash-escapes the characters that start inline Markdown anywhere in
// a line: code spans, emphasis, links and images, strikethrough and GitHub's
// $math$. The pipe is an entity: GitHub splits table rows on "|" before it
// parses inline Markdown, even inside code spans. Characters that only mean
// something at the start of a line (#, -, +, 1.) are left alone: untrusted
// text never starts a line (it is always after a table pipe or a label).
var mdEscaper = strings.NewReplacer(
	`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `|`, "&#124;",
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`,
	`[`, `\[`, `]`, `\]`, `~`, `\~`, `$`, `\$`,
)

// mdEscape makes untrusted text inert Markdown (text stays readable).
func mdEscape(s string) string {
	return mdEscaper.Replace(cleanText(s))
}

// mdCell is mdEscape for a table cell: line breaks would end the row, so
// they become <br> (written by us after escaping, never taken from the text).
func mdCell(s string) string {
	lines := strings.Split(strings.TrimSpace(mdEscape(s)), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "<br>")
}

// mdCode shows a path or URL in monospace, outside tables only. A code span
// shows its content literally (no HTML, no emphasis); only a backtick could
// end it early, so backticks and line breaks are removed.
func mdCode(s string) string {
	s = strings.NewReplacer("`", "", "\n", " ").Replace(cleanText(s))
	return "`" + s + "`"
}

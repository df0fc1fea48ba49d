package audit

import (
	"sort"
	"strconv"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
)

type reportT struct{ *report.Report }

func lines(fs []*finding.Finding, path string) string {
	var ls []int
	for _, f := range fs {
		if f.Location != nil && f.Location.Path == path {
			ls = append(ls, f.Location.Line)
		}
	}
	sort.Ints(ls)
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = strconv.Itoa(l)
	}
	return strings.Join(parts, ",")
}

func (r *reportT) activeLines(path string) string     { return lines(r.Findings, path) }
func (r *reportT) suppressedLines(path string) string { return lines(r.Suppressions, path) }

func (r *reportT) hasError(kind, pathPrefix string) bool {
	for _, e := range r.Errors {
		if e.Kind == kind && strings.HasPrefix(e.Path, pathPrefix) {
			return true
		}
	}
	return false
}

func (r *reportT) verdict(id string) control.Verdict {
	for _, c := range r.Controls {
		if c.ID == id {
			return c.Verdict
		}
	}
	return ""
}

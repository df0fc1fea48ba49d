package rule

import (
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown documents every rule (docs/rules.md is generated with it).
func (s *Set) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# secaudit rules\n\n")
	b.WriteString("Generated from `rules/*.yaml` by `go test ./internal/rule -update`; do not edit by hand.\n")
	b.WriteString("Add rules of your own with `--rules DIR` (YAML files in the same format).\n\n")
	b.WriteString("| ID | severity | confidence | CWE | controls | title |\n|---|---|---|---|---|---|\n")
	for _, r := range s.All() {
		cwes := make([]string, len(r.CWE))
		for i, c := range r.CWE {
			cwes[i] = fmt.Sprintf("CWE-%d", c)
		}
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s | %s | %s |\n", r.ID, strings.ToLower(r.ID), r.Severity, r.Confidence,
			strings.Join(cwes, ", "), strings.Join(r.Controls, ", "), r.Title)
	}
	for _, r := range s.All() {
		fmt.Fprintf(&b, "\n## %s\n\n**%s** (analyzer `%s`)\n\n%s\n\n**Fix:** %s\n", r.ID, r.Title, r.Analyzer, strings.TrimSpace(r.Description), strings.TrimSpace(r.Fix))
		if len(r.Aliases) > 0 {
			fmt.Fprintf(&b, "\nAlso suppressed by `# nosec %s`.\n", strings.Join(r.Aliases, "`, `# nosec "))
		}
		if len(r.References) > 0 {
			b.WriteString("\nReferences:\n")
			for _, ref := range r.References {
				fmt.Fprintf(&b, "- %s\n", ref)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

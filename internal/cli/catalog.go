package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/rule"
	"github.com/secaudit/secaudit/rules"
)

func rulesFS() fs.FS { return rules.FS }

func newRulesCmd(stdout io.Writer) *cobra.Command {
	var format string
	var dirs []string
	cmd := &cobra.Command{Use: "rules", Short: "List rules or show one rule"}
	cmd.PersistentFlags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.PersistentFlags().StringArrayVar(&dirs, "rules", nil, "also load rule files from this directory (repeatable)")
	list := &cobra.Command{
		Use:   "list",
		Short: "List every rule with its severity, CWE and controls",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			set, err := rule.Load(rulesFS(), dirs)
			if err != nil {
				return usageError("%v", err)
			}
			if format == "json" {
				return writeJSON(stdout, set.All())
			}
			if format != "text" {
				return usageError("--format: want text or json")
			}
			tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSEVERITY\tCWE\tCONTROLS\tTITLE")
			for _, r := range set.All() {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, cweList(r.CWE), strings.Join(r.Controls, ","), r.Title)
			}
			return tw.Flush()
		},
	}
	show := &cobra.Command{
		Use:   "show RULE-ID",
		Short: "Show a rule: what it finds, why it matters, how to fix it",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			set, err := rule.Load(rulesFS(), dirs)
			if err != nil {
				return usageError("%v", err)
			}
			r := set.Get(args[0])
			if r == nil {
				return usageError("unknown rule %s (see secaudit rules list)", args[0])
			}
			if format == "json" {
				return writeJSON(stdout, r)
			}
			fmt.Fprintf(stdout, "%s: %s\n\n", r.ID, r.Title)
			fmt.Fprintf(stdout, "analyzer:    %s\nseverity:    %s\nconfidence:  %s\nCWE:         %s\ncontrols:    %s\n", r.Analyzer, r.Severity, r.Confidence, cweList(r.CWE), strings.Join(r.Controls, ", "))
			if len(r.Aliases) > 0 {
				fmt.Fprintf(stdout, "aliases:     %s\n", strings.Join(r.Aliases, ", "))
			}
			fmt.Fprintf(stdout, "\n%s\n\nFix: %s\n", r.Description, r.Fix)
			for _, ref := range r.References {
				fmt.Fprintf(stdout, "  - %s\n", ref)
			}
			return nil
		},
	}
	cmd.AddCommand(list, show)
	return cmd
}

func newControlsCmd(stdout io.Writer) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "controls",
		Short: "The control catalog: every checklist control with its OWASP 2021/2025 categories, CWEs and rules",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			set, err := rule.Default()
			if err != nil {
				return usageError("%v", err)
			}
			cat, err := control.Load(set)
			if err != nil {
				return usageError("%v", err)
			}
			switch format {
			case "json":
				return writeJSON(stdout, cat.Controls)
			case "text":
			default:
				return usageError("--format: want text or json")
			}
			tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tOWASP 2021\tOWASP 2025\tCWE\tRULES\tTITLE")
			for _, c := range cat.Controls {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", c.ID, short(c.OWASP2021), short(c.OWASP2025), cweList(c.CWE), len(c.Rules), c.Title)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

// short keeps the category code ("A01:2021") of "A01:2021 Broken Access Control".
func short(category string) string {
	if i := strings.IndexByte(category, ' '); i > 0 {
		return category[:i]
	}
	return category
}

func cweList(cwe []int) string {
	parts := make([]string, len(cwe))
	for i, c := range cwe {
		parts[i] = fmt.Sprintf("CWE-%d", c)
	}
	return strings.Join(parts, ",")
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

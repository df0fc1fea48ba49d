package cli

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/osvdb"
)

// newDBCmd is "secaudit db": the local OSV advisory database that the
// dependencies analyzer matches lockfiles against.
func newDBCmd(stdout, stderr io.Writer) *cobra.Command {
	var dbDir string
	cmd := &cobra.Command{
		Use:   "db",
		Short: "Manage the local vulnerability advisory database (OSV format)",
		Long: `The dependencies analyzer matches pinned packages against a local database of
OSV advisories. It lives in --db DIR, else $SECAUDIT_DB, else the user cache
directory (secaudit/osv). "db update" downloads osv.dev's PyPI and npm
all.zip (only what changed); "db import" reads them from disk for offline use.`,
	}
	cmd.PersistentFlags().StringVar(&dbDir, "db", "", "advisory database directory (default: $SECAUDIT_DB, else the user cache directory's secaudit/osv)")

	resolve := func() (string, error) {
		d, err := osvdb.ResolveDir(dbDir)
		if err != nil {
			return "", &exitError{code: audit.ExitUsage, err: err}
		}
		return d, nil
	}

	importCmd := &cobra.Command{
		Use:   "import PATH",
		Short: "Import advisories: an osv.dev all.zip, a directory in the bucket layout (<ECOSYSTEM>/all.zip), or a directory of OSV JSON/YAML records",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			dir, err := resolve()
			if err != nil {
				return err
			}
			start := time.Now()
			res, err := osvdb.Import(dir, args[0])
			if res == nil {
				return &exitError{code: audit.ExitIncomplete, err: err}
			}
			for _, s := range res.Sources {
				printSource(stdout, stderr, s)
			}
			if err != nil {
				return &exitError{code: audit.ExitIncomplete, err: err}
			}
			fmt.Fprintf(stdout, "imported into %s in %.2fs\n", dir, time.Since(start).Seconds())
			return nil
		},
	}

	var baseURL string
	var ecosystems []string
	update := &cobra.Command{
		Use:   "update",
		Short: "Download the PyPI and npm advisories from osv.dev (conditional: only what changed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := resolve()
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			res, err := osvdb.Update(ctx, dir, baseURL, ecosystems, &http.Client{Timeout: 30 * time.Minute})
			for _, r := range res {
				switch {
				case r.NotModified:
					fmt.Fprintf(stdout, "%s: up to date\n", r.Ecosystem)
				case r.Import != nil:
					fmt.Fprintf(stdout, "%s: downloaded %.1f MiB\n", r.Ecosystem, float64(r.Bytes)/(1<<20))
					printSource(stdout, stderr, *r.Import)
				}
			}
			if err != nil {
				return &exitError{code: audit.ExitIncomplete, err: err}
			}
			fmt.Fprintf(stdout, "database: %s\n", dir)
			return nil
		},
	}
	update.Flags().StringVar(&baseURL, "base-url", osvdb.DefaultBaseURL, "where the <ECOSYSTEM>/all.zip files are (a mirror of osv.dev's bucket)")
	update.Flags().StringSliceVar(&ecosystems, "ecosystem", osvdb.UpdateEcosystems, "ecosystems to download")

	status := &cobra.Command{
		Use:   "status",
		Short: "Show where the database is and what it holds",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			dir, err := resolve()
			if err != nil {
				return err
			}
			db, err := osvdb.Open(dir)
			if err != nil {
				return &exitError{code: audit.ExitIncomplete, err: err}
			}
			defer db.Close()
			fmt.Fprintf(stdout, "database: %s\n", dir)
			for _, s := range db.Sources() {
				fmt.Fprintf(stdout, "  %-12s %6d advisories, imported %s\n", s.Name, s.Stats.Records, s.Imported.Local().Format(time.RFC3339))
			}
			return nil
		},
	}
	cmd.AddCommand(importCmd, update, status)
	return cmd
}

func printSource(stdout, stderr io.Writer, s osvdb.SourceResult) {
	if s.Err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", s.From, s.Err)
		return
	}
	st := s.Stats
	fmt.Fprintf(stdout, "%s: %d advisories (%d withdrawn skipped, %d invalid, %d malformed ranges, %d duplicates)\n",
		s.Source, st.Records, st.Withdrawn, st.Invalid, st.MalformedRanges, st.Duplicates)
	for _, p := range s.Problems {
		fmt.Fprintf(stderr, "  %s: %s\n", s.Source, strings.TrimSpace(p))
	}
}

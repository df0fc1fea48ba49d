// Package cli defines secaudit's commands with cobra. Every flag is defined
// once (options.go), with the .secaudit.yaml key that can set its default.
package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/secaudit/secaudit/internal/audit"
)

// Version is set at build time with -ldflags "-X .../cli.Version=v1.2.3".
var Version = "0.1.0-dev"

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func usageError(format string, args ...any) error {
	return &exitError{code: audit.ExitUsage, err: fmt.Errorf(format, args...)}
}

// Execute runs the command line and returns the process exit code.
func Execute(args []string, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return audit.ExitClean
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, "secaudit:", ee.err)
		}
		return ee.code
	}
	// cobra's own errors are usage errors (unknown flag, wrong arguments).
	fmt.Fprintln(stderr, "secaudit:", err)
	return audit.ExitUsage
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "secaudit",
		Short: "Audit a web application against the OWASP Top 10 checklist",
		Long: `secaudit audits a web application (Python backend, web frontend, configuration,
dependencies, running service) and gives every control of the OWASP Top 10
checklist a verdict with evidence.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		newAuditCmd("audit", stdout, stderr),
		newAuditCmd("code", stdout, stderr),
		newWebCmd(stdout, stderr),
		newRulesCmd(stdout),
		newControlsCmd(stdout),
		newVersionCmd(stdout),
		newDBCmd(stdout, stderr),
		newKeygenCmd(stdout),
		newSignCmd(stdout),
		newVerifyCmd(stdout),
	)
	return root
}

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(stdout, "secaudit", Version)
			return nil
		},
	}
}

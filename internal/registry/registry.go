// Package registry is the one explicit list of analyzers (no init() side
// effects): which analyzers each command runs.
package registry

import (
	"github.com/secaudit/secaudit/internal/analyzer/config"
	"github.com/secaudit/secaudit/internal/analyzer/deps"
	"github.com/secaudit/secaudit/internal/analyzer/javascript"
	"github.com/secaudit/secaudit/internal/analyzer/python"
	"github.com/secaudit/secaudit/internal/analyzer/secrets"
	"github.com/secaudit/secaudit/internal/analyzer/supplychain"
	"github.com/secaudit/secaudit/internal/analyzer/templates"
	"github.com/secaudit/secaudit/internal/audit"
)

// Options configure the analyzers.
type Options struct {
	// RulesDirs hold user rule files: rule metadata (*.yaml) and taint
	// models (*-taint.yaml).
	RulesDirs []string
	// History makes the secrets analyzer scan the git history too.
	History bool
	// DBDir is the advisory database directory ("" for the default).
	DBDir string
}

// Static returns the analyzers that read the target's files (secaudit code).
func Static(o Options) []audit.Analyzer {
	return []audit.Analyzer{
		config.New(),
		python.New(o.RulesDirs...),
		javascript.New(),
		templates.New(),
		deps.New(o.DBDir),
		secrets.New(secrets.Options{History: o.History}),
		supplychain.New(),
	}
}

// Audit returns every analyzer secaudit audit runs on a path.
func Audit(o Options) []audit.Analyzer {
	return Static(o)
}

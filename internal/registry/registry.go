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
	"github.com/secaudit/secaudit/internal/analyzer/web"
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
	// Web configures the dynamic audit; nil (or no URL) runs none.
	Web *web.Options
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

// Audit returns every analyzer secaudit audit runs on a path (and on the
// running application when a URL is given).
func Audit(o Options) []audit.Analyzer {
	return append(Static(o), Web(o)...)
}

// Web returns the analyzers of the dynamic audit (secaudit web URL).
func Web(o Options) []audit.Analyzer {
	if o.Web == nil || o.Web.URL == "" {
		return nil
	}
	return []audit.Analyzer{web.New(*o.Web)}
}

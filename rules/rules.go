// Package rules embeds the rule data shipped with secaudit.
// Each *.yaml file holds the rules of one analyzer; see docs/rules.md.
package rules

import "embed"

//go:embed *.yaml
var FS embed.FS

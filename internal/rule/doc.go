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
	b.WriteString(writingRules)
	b.WriteString("\n## All rules\n\n| ID | severity | confidence | CWE | controls | title |\n|---|---|---|---|---|---|\n")
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

// writingRules documents the two kinds of rule files users can add with
// --rules DIR.
const writingRules = `## Writing rules

A rules directory (` + "`--rules DIR`" + `, repeatable) holds two kinds of YAML files.

**Rule metadata** (` + "`*.yaml`" + `): what a finding means and how to fix it. Every rule names its
controls, so it feeds their verdicts.

` + "```yaml" + `
rules:
  - id: MY-RAW-QUERY          # stable ID: used in reports, suppressions, baselines
    title: Raw query helper used with request data
    analyzer: python
    severity: high            # info, low, medium, high, critical
    confidence: high          # low, medium, high
    cwe: [89]
    controls: [INJ-1]         # control IDs of the checklist (secaudit controls)
    description: ...
    fix: ...
    references: [https://...]
    aliases: [B608]           # other tools' IDs accepted in "# nosec"
` + "```" + `

**Taint models** (` + "`*-taint.yaml`" + `): sources, sinks and sanitizers for the Python analyzer
(the embedded model is ` + "`rules/python-taint.yaml`" + `). Names are qualified through the module's imports
(` + "`from flask import request as rq`" + ` makes ` + "`rq.args`" + ` the source ` + "`flask.request.args`" + `);
` + "`*.name`" + ` matches a method of that name on any receiver.

` + "```yaml" + `
language: python
sources:
  - {names: [mylib.request_data], kind: web, confidence: high}
sinks:
  - rule: PY-SQLI             # or a rule of your own metadata file
    class: sql                # sanitizers refer to classes: sql, cmd, html, path, url, redirect, ...
    calls: [dbkit.raw_query, "*.run_sql"]
    args: [0]                 # positions that matter (0-based); empty: every argument
    kwargs: [query]
    require_kwarg: shell      # only a sink when this keyword is a true constant
    unless_kwarg: {mimetype: [text/plain]}
    unless_reaches: template  # not reported for the parts that reach this class's sink too
    web_only: true            # only input from the network counts (not argv or the environment)
sanitizers:
  - {calls: [mylib.escape_sql], classes: [sql]}
clean: ["*.is_valid"]         # calls whose result carries no taint
decoders: [mylib.unwrap]      # calls that undo an encoding: sanitization is lost
patterns:                     # calls that are findings by themselves
  - {rule: PY-WEAK-HASH, calls: [mylib.md5]}
  #   unless_verified_after: true: not when the same variable is passed to
  #   the calls again later without the condition (a peek, then a verify)
assignments:                  # attribute assignments that are findings by themselves
  - {rule: PY-TLS-VERIFY-OFF, attrs: [verify], values: ["False"]}
requires:                     # method-name sinks of a class count only where one is imported
  sql: [mydb]
handlers:                     # how the framework calls the application
  decorators: ["*.route"]     # route decorators: parameters are input
  registrars: ["mylib.add_view:1"]   # calls that register a view (argument position or keyword)
  request_types: [mylib.Request]     # parameter annotations of request objects
  request_params: [request]          # parameter names of request objects
  request_clean_attrs: [method]      # request attributes without input
  safe_types: [int, uuid.UUID]       # typed parameters that cannot carry an injection
  base_classes: [{names: [mylib.Handler], attrs: [path, headers]}]
  #   input_methods: [get_argument]: inherited methods whose result is input;
  #   verbs: true: the subclass's get/post/... methods are the request handlers
  # form_hooks: methods the framework calls with a request-bound form
  #   (base_classes: [{names: [mylib.FormView], attrs: [request], form_hooks: [form_valid]}])
  entry_params: [environ]            # WSGI-style entry points
` + "```" + `

The analysis around the model is built in: flow-sensitive propagation through
assignments, containers (per element, with constant keys and indices), f-strings,
formatting and calls; function summaries across modules (parameters to return value
and to sinks); constant folding of conditions, dead branches and match statements
on constants; narrowing by allow-list membership, equality with constants, type and
format checks and URL host checks, also when a check's outcome is kept in a variable
(ok = is_safe(url); if ok: ...); and framework request handlers (route decorators, URL configurations,
FastAPI parameter types, also inside ` + "`Optional[...]`" + `, ` + "`T | None`" + ` and ` + "`Annotated[T, Query()]`" + `,
and ` + "`Depends(fn)`" + ` values, which carry input when ` + "`fn`" + ` returns one of its own request parameters;
http.server handlers, WSGI entry points).
`

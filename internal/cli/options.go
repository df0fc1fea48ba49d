package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/secaudit/secaudit/internal/config"
)

// auditOptions are the flags of the audit commands.
type auditOptions struct {
	formats       []string
	outputs       []string
	failOn        string
	exitZero      bool
	severity      string
	minConfidence string
	baseline      string
	writeBaseline string
	configPath    string
	excludes      []string
	quiet         bool
	rulesDirs     []string
	history       bool
	dbDir         string
	signKey       string
	analyzers     []string
	// The dynamic audit (secaudit web URL, audit --url).
	url           string
	scope         []string
	excludePaths  []string
	rate          float64
	concurrency   int
	timeout       time.Duration
	maxRequests   int
	maxDuration   time.Duration
	maxPages      int
	active        string
	loginAttempts int
	openAPI       string
	oastAddr      string
	caFile        string
	browser       bool
	defaultCreds  bool
	credsFile     string
	weakRegister  bool
	allowRemote   bool
}

// option defines one flag and the .secaudit.yaml key ("options:" section)
// that sets its default. The command line wins over the file.
type option struct {
	name, short, key, usage string
	define                  func(cmd *cobra.Command, o *auditOptions, name, short, usage string)
}

func strFlag(p func(*auditOptions) *string, def string) func(*cobra.Command, *auditOptions, string, string, string) {
	return func(cmd *cobra.Command, o *auditOptions, name, short, usage string) {
		cmd.Flags().StringVarP(p(o), name, short, def, usage)
	}
}

func sliceFlag(p func(*auditOptions) *[]string) func(*cobra.Command, *auditOptions, string, string, string) {
	return func(cmd *cobra.Command, o *auditOptions, name, short, usage string) {
		cmd.Flags().StringArrayVarP(p(o), name, short, nil, usage)
	}
}

func intFlag(p func(*auditOptions) *int, def int) func(*cobra.Command, *auditOptions, string, string, string) {
	return func(cmd *cobra.Command, o *auditOptions, name, short, usage string) {
		cmd.Flags().IntVarP(p(o), name, short, def, usage)
	}
}

func floatFlag(p func(*auditOptions) *float64, def float64) func(*cobra.Command, *auditOptions, string, string, string) {
	return func(cmd *cobra.Command, o *auditOptions, name, short, usage string) {
		cmd.Flags().Float64VarP(p(o), name, short, def, usage)
	}
}

func durationFlag(p func(*auditOptions) *time.Duration, def time.Duration) func(*cobra.Command, *auditOptions, string, string, string) {
	return func(cmd *cobra.Command, o *auditOptions, name, short, usage string) {
		cmd.Flags().DurationVarP(p(o), name, short, def, usage)
	}
}

func boolFlag(p func(*auditOptions) *bool) func(*cobra.Command, *auditOptions, string, string, string) {
	return func(cmd *cobra.Command, o *auditOptions, name, short, usage string) {
		cmd.Flags().BoolVarP(p(o), name, short, false, usage)
	}
}

var auditOptionTable = []option{
	{"format", "f", "format", "report format: text, json, sarif, html, markdown, junit (repeatable; pairs in order with -o)",
		sliceFlag(func(o *auditOptions) *[]string { return &o.formats })},
	{"output", "o", "", "write the report to FILE (repeatable; the i-th -o takes the i-th --format, or the format its extension names)",
		sliceFlag(func(o *auditOptions) *[]string { return &o.outputs })},
	{"fail-on", "", "fail-on", "exit 1 when an active finding is at or above this severity: info, low, medium, high, critical",
		strFlag(func(o *auditOptions) *string { return &o.failOn }, "high")},
	{"exit-zero", "", "exit-zero", "always exit 0 when the audit ran (report only)",
		boolFlag(func(o *auditOptions) *bool { return &o.exitZero })},
	{"severity", "", "severity", "show only findings at or above this severity (does not change what fails)",
		strFlag(func(o *auditOptions) *string { return &o.severity }, "info")},
	{"min-confidence", "", "min-confidence", "show only findings at or above this confidence: low, medium, high",
		strFlag(func(o *auditOptions) *string { return &o.minConfidence }, "low")},
	{"baseline", "", "baseline", "report only findings that are not in this baseline file",
		strFlag(func(o *auditOptions) *string { return &o.baseline }, "")},
	{"write-baseline", "", "", "write every current finding to this baseline file",
		strFlag(func(o *auditOptions) *string { return &o.writeBaseline }, "")},
	{"config", "", "", "configuration file (default: .secaudit.yaml in the target)",
		strFlag(func(o *auditOptions) *string { return &o.configPath }, "")},
	{"exclude", "", "exclude", "skip paths matching this glob (repeatable; 'tests', '*.min.js', 'docs/**')",
		sliceFlag(func(o *auditOptions) *[]string { return &o.excludes })},
	{"quiet", "q", "quiet", "no progress bar and no messages on stderr",
		boolFlag(func(o *auditOptions) *bool { return &o.quiet })},
	{"rules", "", "rules", "also load rule files (*.yaml) from this directory (repeatable)",
		sliceFlag(func(o *auditOptions) *[]string { return &o.rulesDirs })},
	{"history", "", "history", "also scan every commit of the git history for secrets (git log -p, each commit once)",
		boolFlag(func(o *auditOptions) *bool { return &o.history })},
	{"db", "", "db", "advisory database directory (default: $SECAUDIT_DB, else the user cache directory's secaudit/osv)",
		strFlag(func(o *auditOptions) *string { return &o.dbDir }, "")},
	{"analyzers", "", "analyzers", "run only these analyzers (repeatable or comma-separated: config, python, javascript, templates, deps, secrets, supplychain)",
		sliceFlag(func(o *auditOptions) *[]string { return &o.analyzers })},
	{"sign-key", "", "sign-key", "sign every report file (-o) and baseline written with this minisign secret key (FILE.minisig)",
		strFlag(func(o *auditOptions) *string { return &o.signKey }, "")},
}

// webOptionTable holds the dynamic audit's flags (secaudit web, and audit
// with --url); their .secaudit.yaml keys live in the same options section.
var webOptionTable = []option{
	{"scope", "", "scope", "only request paths under this prefix (repeatable; default: the whole origin of the URL)",
		sliceFlag(func(o *auditOptions) *[]string { return &o.scope })},
	{"exclude-path", "", "exclude-path", "never request paths under this prefix (repeatable: /logout, /admin/delete ...)",
		sliceFlag(func(o *auditOptions) *[]string { return &o.excludePaths })},
	{"rate", "", "rate", "requests per second at most",
		floatFlag(func(o *auditOptions) *float64 { return &o.rate }, 50)},
	{"concurrency", "", "concurrency", "requests in flight at most",
		intFlag(func(o *auditOptions) *int { return &o.concurrency }, 4)},
	{"timeout", "", "timeout", "timeout of one request",
		durationFlag(func(o *auditOptions) *time.Duration { return &o.timeout }, 10*time.Second)},
	{"max-requests", "", "max-requests", "requests in total at most (the scan stops sending beyond)",
		intFlag(func(o *auditOptions) *int { return &o.maxRequests }, 5000)},
	{"max-duration", "", "max-duration", "time the scan may send requests",
		durationFlag(func(o *auditOptions) *time.Duration { return &o.maxDuration }, 10*time.Minute)},
	{"max-pages", "", "max-pages", "pages each identity's crawl fetches at most",
		intFlag(func(o *auditOptions) *int { return &o.maxPages }, 150)},
	{"active", "", "active", "active probes: safe (no payload that modifies or deletes data), aggressive, off",
		strFlag(func(o *auditOptions) *string { return &o.active }, "safe")},
	{"login-attempts", "", "login-attempts", "failed logins the lockout test sends at most",
		intFlag(func(o *auditOptions) *int { return &o.loginAttempts }, 15)},
	{"openapi", "", "openapi", "OpenAPI 3 document (FILE or URL in scope) listing the API's endpoints and parameters",
		strFlag(func(o *auditOptions) *string { return &o.openAPI }, "")},
	{"oast-addr", "", "oast-addr", "host:port of the out-of-band listener the target calls back (default 127.0.0.1, a free port)",
		strFlag(func(o *auditOptions) *string { return &o.oastAddr }, "")},
	{"ca-file", "", "ca-file", "PEM file of CA certificates to trust for an https target (a private CA), besides the system's roots",
		strFlag(func(o *auditOptions) *string { return &o.caFile }, "")},
	{"browser", "", "browser", "also crawl with headless Chromium (/usr/bin/chromium) to find links and requests made by JavaScript",
		boolFlag(func(o *auditOptions) *bool { return &o.browser })},
	{"default-credentials", "", "default-credentials", "try a short list of default credentials (admin/admin ...) on the login forms, at most --login-attempts logins",
		boolFlag(func(o *auditOptions) *bool { return &o.defaultCreds })},
	{"credentials-file", "", "credentials-file", "extra user:password lines for --default-credentials",
		strFlag(func(o *auditOptions) *string { return &o.credsFile }, "")},
	{"allow-remote", "", "allow-remote", "allow a target that is not this machine (loopback); scan only hosts you are authorized to test",
		boolFlag(func(o *auditOptions) *bool { return &o.allowRemote })},
	{"weak-registration", "", "weak-registration", "register one test account with the password 123456 on each registration form (the account stays: delete it)",
		boolFlag(func(o *auditOptions) *bool { return &o.weakRegister })},
}

func defineAuditFlags(cmd *cobra.Command, o *auditOptions) {
	for _, opt := range auditOptionTable {
		opt.define(cmd, o, opt.name, opt.short, opt.usage)
	}
}

// defineWebFlags adds the dynamic audit's flags.
func defineWebFlags(cmd *cobra.Command, o *auditOptions) {
	for _, opt := range webOptionTable {
		opt.define(cmd, o, opt.name, opt.short, opt.usage)
	}
}

// applyConfigDefaults sets every flag not given on the command line from the
// configuration file's "options" section. Unknown keys are errors.
func applyConfigDefaults(cmd *cobra.Command, cfg *config.File) error {
	known := map[string]option{}
	for _, opt := range append(append([]option{}, auditOptionTable...), webOptionTable...) {
		if opt.key != "" && cmd.Flags().Lookup(opt.name) != nil {
			known[opt.key] = opt
		}
	}
	webKeys := map[string]bool{}
	for _, opt := range webOptionTable {
		webKeys[opt.key] = true
	}
	for key, node := range cfg.Options {
		opt, ok := known[key]
		if !ok && webKeys[key] {
			continue // a web option, and this command audits no URL
		}
		if !ok {
			return fmt.Errorf("%s: options.%s is not an option that the file can set", config.FileName, key)
		}
		if cmd.Flags().Changed(opt.name) {
			continue
		}
		var values []string
		switch node.Kind {
		case yaml.SequenceNode:
			if err := node.Decode(&values); err != nil {
				return fmt.Errorf("%s: options.%s: %w", config.FileName, key, err)
			}
		case yaml.ScalarNode:
			values = []string{node.Value}
		default:
			return fmt.Errorf("%s: options.%s: want a value or a list", config.FileName, key)
		}
		for _, v := range values {
			if err := cmd.Flags().Set(opt.name, v); err != nil {
				return fmt.Errorf("%s: options.%s: %w", config.FileName, key, err)
			}
		}
	}
	return nil
}

package cli

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/jedisct1/go-minisign"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/secaudit/secaudit/internal/analyzer/web"
	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/config"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/registry"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
	"github.com/secaudit/secaudit/internal/signing"
	"github.com/secaudit/secaudit/internal/taint"
	"github.com/secaudit/secaudit/internal/webscan/authtest"
)

func newAuditCmd(name string, stdout, stderr io.Writer) *cobra.Command {
	o := &auditOptions{}
	short := map[string]string{
		"audit": "Audit a project: every control of the checklist gets a verdict with evidence",
		"code":  "Static audit of the source tree (configuration now; code, secrets, dependencies as they land)",
	}[name]
	cmd := &cobra.Command{
		Use:   name + " [PATH]",
		Short: short,
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			target := "."
			if len(args) == 1 {
				target = args[0]
			}
			return runAudit(cmd, o, name, target, stdout, stderr)
		},
	}
	defineAuditFlags(cmd, o)
	if name == "audit" {
		cmd.Flags().StringVar(&o.url, "url", "", "also audit the running application at this URL (crawl, passive checks, active probes, auth and role tests)")
		defineWebFlags(cmd, o)
	}
	return cmd
}

func newWebCmd(stdout, stderr io.Writer) *cobra.Command {
	o := &auditOptions{}
	cmd := &cobra.Command{
		Use:   "web URL",
		Short: "Dynamic audit of a running application: crawl, passive checks, active probes, authentication and role tests",
		Long: `Dynamic audit of a running application. Every request stays inside the URL's
origin (and --scope prefixes), at most --rate per second and --max-requests in
total; redirects out of scope are never followed. Identities to log in as and
the role policy come from .secaudit.yaml (web.identities, web.policy).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.url = args[0]
			return runAudit(cmd, o, "web", "", stdout, stderr)
		},
	}
	defineAuditFlags(cmd, o)
	defineWebFlags(cmd, o)
	return cmd
}

// output is one report to write: a format and a file ("" = stdout).
type output struct {
	format report.Renderer
	path   string
}

func runAudit(cmd *cobra.Command, o *auditOptions, command, target string, stdout, stderr io.Writer) error {
	if command != "web" {
		if _, err := os.Stat(target); err != nil {
			return &exitError{code: audit.ExitIncomplete, err: fmt.Errorf("cannot read target: %w", err)}
		}
	}
	cfg, err := loadConfig(o.configPath, target)
	if err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	if err := applyConfigDefaults(cmd, cfg); err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	failOn, err := finding.ParseSeverity(o.failOn)
	if err != nil {
		return usageError("--fail-on: %v", err)
	}
	minSev, err := finding.ParseSeverity(o.severity)
	if err != nil {
		return usageError("--severity: %v", err)
	}
	minConf, err := finding.ParseConfidence(o.minConfidence)
	if err != nil {
		return usageError("--min-confidence: %v", err)
	}
	outputs, err := planOutputs(o.formats, o.outputs)
	if err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	rules, err := rule.Load(rulesFS(), o.rulesDirs)
	if err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	if err := checkRuleIDs(cfg, rules); err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	catalog, err := control.Load(rules)
	if err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	if _, err := taint.Load(rulesFS(), "python", o.rulesDirs); err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	webOpts, err := webOptions(o, cfg)
	if err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	regOpts := registry.Options{RulesDirs: o.rulesDirs, History: o.history, DBDir: o.dbDir, Web: webOpts}
	var analyzers []audit.Analyzer
	switch command {
	case "code":
		analyzers = registry.Static(regOpts)
	case "web":
		analyzers = registry.Web(regOpts)
	default:
		analyzers = registry.Audit(regOpts)
	}
	if analyzers, err = selectAnalyzers(analyzers, o.analyzers); err != nil {
		return &exitError{code: audit.ExitUsage, err: err}
	}
	// The signing key is read before the audit, so that a wrong key or
	// password fails in a second rather than after the whole run.
	var signKey *minisign.PrivateKey
	if o.signKey != "" {
		if signKey, err = signing.LoadSecretKey(o.signKey); err != nil {
			return usageError("--sign-key: %v", err)
		}
		defer signKey.Wipe()
	}
	var baseline *audit.Baseline
	if o.baseline != "" {
		if baseline, err = audit.LoadBaseline(o.baseline); err != nil {
			return &exitError{code: audit.ExitUsage, err: err}
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts := audit.Options{
		Root: target, URL: o.url, Analyzers: analyzers, Rules: rules, Catalog: catalog, Config: cfg,
		Excludes: o.excludes, Baseline: baseline, MinSeverity: minSev, MinConfidence: minConf, Version: Version,
	}
	bar := newProgress(stderr, o.quiet)
	if bar != nil {
		opts.Progress = bar
	}
	rep, err := audit.Run(ctx, opts)
	if bar != nil {
		bar.finish()
	}
	if err != nil {
		return &exitError{code: audit.ExitIncomplete, err: err}
	}
	if o.writeBaseline != "" {
		all := append(append([]*finding.Finding{}, rep.Findings...), rep.Suppressions...)
		if err := audit.NewBaseline(all, time.Now()).Write(o.writeBaseline); err != nil {
			return &exitError{code: audit.ExitIncomplete, err: err}
		}
		if err := signOutput(signKey, o.writeBaseline); err != nil {
			return &exitError{code: audit.ExitIncomplete, err: err}
		}
	}
	for _, out := range outputs {
		if err := writeReport(out, rep, stdout); err != nil {
			return &exitError{code: audit.ExitIncomplete, err: err}
		}
		if out.path != "" {
			if err := signOutput(signKey, out.path); err != nil {
				return &exitError{code: audit.ExitIncomplete, err: err}
			}
		}
	}
	if !o.quiet {
		for _, a := range rep.Analyzers {
			if a.Error != "" {
				fmt.Fprintf(stderr, "secaudit: analyzer %s failed: %s\n", a.ID, firstLine(a.Error))
			}
		}
	}
	if code := audit.ExitCode(rep, failOn, o.exitZero); code != audit.ExitClean {
		return &exitError{code: code}
	}
	return nil
}

// isLoopbackHost reports whether a URL host names this machine, without a
// DNS query: localhost, *.localhost, or a loopback address.
func isLoopbackHost(h string) bool {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// webOptions validates the dynamic audit's flags; nil when no URL is audited.
func webOptions(o *auditOptions, cfg *config.File) (*web.Options, error) {
	if o.url == "" {
		return nil, nil
	}
	// The scope's own validation (http or https, a host) is the one rule.
	sc, err := httpx.NewScope(o.url, nil, nil)
	if err != nil {
		return nil, err
	}
	// Safe by default: a typo or a pasted production URL must not start an
	// attack on a machine nobody meant to test.
	if !o.allowRemote && !isLoopbackHost(sc.Host) {
		return nil, fmt.Errorf("target %s is not this machine (127.0.0.1, ::1, localhost): pass --allow-remote to scan a host you are authorized to test", sc.Host)
	}
	switch o.active {
	case "safe", "aggressive", "off":
	default:
		return nil, fmt.Errorf("--active %q: want safe, aggressive or off", o.active)
	}
	if o.rate <= 0 || o.concurrency <= 0 || o.maxRequests <= 0 || o.loginAttempts < 0 || o.timeout <= 0 || o.maxDuration <= 0 {
		return nil, fmt.Errorf("--rate, --concurrency, --max-requests, --timeout and --max-duration must be positive")
	}
	var extra []authtest.Pair
	if o.credsFile != "" {
		if extra, err = authtest.ReadPairs(o.credsFile); err != nil {
			return nil, fmt.Errorf("--credentials-file: %w", err)
		}
	}
	return &web.Options{URL: o.url, Scope: o.scope, Exclude: o.excludePaths, Rate: o.rate, Concurrency: o.concurrency,
		Timeout: o.timeout, MaxRequests: o.maxRequests, MaxDuration: o.maxDuration, MaxPages: o.maxPages, Active: o.active,
		LoginAttempts: o.loginAttempts, OpenAPI: o.openAPI, OASTAddr: o.oastAddr, CAFile: o.caFile, Browser: o.browser,
		Identities: cfg.Web.Identities, Policy: cfg.Web.Policy,
		DefaultCredentials: o.defaultCreds, ExtraCredentials: extra, WeakRegistration: o.weakRegister}, nil
}

// selectAnalyzers keeps the analyzers named by --analyzers (all when none
// is named); a name that is not an analyzer of the command is an error.
func selectAnalyzers(all []audit.Analyzer, names []string) ([]audit.Analyzer, error) {
	if len(names) == 0 {
		return all, nil
	}
	want := map[string]bool{}
	for _, n := range names {
		for _, id := range strings.Split(n, ",") {
			if id = strings.TrimSpace(id); id != "" {
				want[id] = true
			}
		}
	}
	var out []audit.Analyzer
	var ids []string
	for _, a := range all {
		ids = append(ids, a.ID())
		if want[a.ID()] {
			out = append(out, a)
			delete(want, a.ID())
		}
	}
	for id := range want {
		return nil, fmt.Errorf("--analyzers: no analyzer %q (this command has: %s)", id, strings.Join(ids, ", "))
	}
	return out, nil
}

// signOutput writes path.minisig when a signing key was given; devices and
// pipes (/dev/stdout) are not files one can sign.
func signOutput(sk *minisign.PrivateKey, path string) error {
	if sk == nil {
		return nil
	}
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	_, err := signing.SignFile(sk, path, "")
	return err
}

func loadConfig(explicit, target string) (*config.File, error) {
	if explicit != "" {
		return config.Load(explicit, false)
	}
	dir := target
	if fi, err := os.Stat(target); err == nil && !fi.IsDir() {
		dir = filepath.Dir(target)
	}
	return config.Load(filepath.Join(dir, config.FileName), true)
}

// checkRuleIDs rejects configuration that names rules that do not exist:
// a typo in "disable" must not leave a rule silently on.
func checkRuleIDs(cfg *config.File, rules *rule.Set) error {
	var ids []string
	ids = append(ids, cfg.Rules.Enable...)
	ids = append(ids, cfg.Rules.Disable...)
	for id := range cfg.Rules.Severity {
		ids = append(ids, id)
	}
	for _, ig := range cfg.Ignore {
		if ig.Rule != "" {
			ids = append(ids, ig.Rule)
		}
	}
	for _, id := range ids {
		if rules.Get(id) == nil {
			return fmt.Errorf("%s: unknown rule %s (see secaudit rules list)", config.FileName, id)
		}
	}
	return nil
}

var extFormats = map[string]string{".json": "json", ".sarif": "sarif", ".html": "html", ".htm": "html", ".md": "markdown", ".xml": "junit", ".txt": "text"}

// planOutputs pairs formats with output files: the i-th -o takes the i-th
// --format; an -o without a format takes the one its extension names; a
// format without -o goes to standard output (only one may).
func planOutputs(formats, files []string) ([]output, error) {
	if len(formats) == 0 && len(files) == 0 {
		formats = []string{"text"}
	}
	var outs []output
	n := max(len(formats), len(files))
	toStdout := 0
	for i := 0; i < n; i++ {
		name, path := "", ""
		if i < len(formats) {
			name = formats[i]
		}
		if i < len(files) {
			path = files[i]
		}
		if name == "" {
			name = extFormats[strings.ToLower(filepath.Ext(path))]
			if name == "" {
				return nil, fmt.Errorf("-o %s: cannot tell the format from the extension; add --format", path)
			}
		}
		r, err := report.ForName(name)
		if err != nil {
			return nil, err
		}
		if path == "" || path == "-" {
			path = ""
			toStdout++
		}
		outs = append(outs, output{format: r, path: path})
	}
	if toStdout > 1 {
		return nil, fmt.Errorf("only one format can go to standard output; give -o FILE for the others")
	}
	return outs, nil
}

func writeReport(out output, rep *report.Report, stdout io.Writer) error {
	if out.path == "" {
		return out.format.Render(stdout, rep, report.Options{Color: isColorTerminal(stdout)})
	}
	if fi, err := os.Stat(out.path); err == nil && !fi.Mode().IsRegular() {
		// A device or pipe (/dev/null, /dev/stdout): write straight to it.
		f, err := os.OpenFile(out.path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		defer f.Close()
		return out.format.Render(f, rep, report.Options{})
	}
	if dir := filepath.Dir(out.path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	// Write to a temporary file and rename, so a reader never sees half a report.
	tmp, err := os.CreateTemp(filepath.Dir(out.path), ".secaudit-report-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := out.format.Render(tmp, rep, report.Options{}); err != nil {
		tmp.Close()
		return fmt.Errorf("%s report: %w", out.format.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out.path)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func isColorTerminal(w io.Writer) bool {
	return isTerminal(w) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// progress draws a bar on a terminal; nil (no bar) in CI and pipes.
type progress struct{ bar *progressbar.ProgressBar }

func newProgress(stderr io.Writer, quiet bool) *progress {
	if quiet || !isTerminal(stderr) || os.Getenv("CI") != "" {
		return nil
	}
	return &progress{bar: progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("auditing"),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100*time.Millisecond),
	)}
}

func (p *progress) SetTotal(n int) { p.bar.ChangeMax(n) }
func (p *progress) Add(n int)      { _ = p.bar.Add(n) }
func (p *progress) finish()        { _ = p.bar.Finish() }

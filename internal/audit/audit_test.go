package audit

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/secaudit/secaudit/internal/config"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
)

const testRules = `rules:
  - {id: T-BAD, title: bad call, analyzer: fake, severity: high, confidence: high, cwe: [78], controls: [INJ-1], fix: do not, aliases: [B602]}
  - {id: T-MEH, title: meh call, analyzer: fake, severity: low, confidence: low, cwe: [16], controls: [MC-3], fix: do not}
`

// fake reports T-BAD on every line containing "bad(" and T-MEH on "meh(",
// and panics on a file named panic.txt.
type fake struct{}

func (fake) ID() string            { return "fake" }
func (fake) Wants(rel string) bool { return strings.HasSuffix(rel, ".txt") }
func (fake) Run(ctx context.Context, in *Input, emit Emitter) error {
	for _, f := range in.Files {
		if filepath.Base(f.Rel) == "panic.txt" {
			panic("boom")
		}
		data, err := os.ReadFile(f.Abs)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			for _, r := range []struct{ id, call string }{{"T-BAD", "bad("}, {"T-MEH", "meh("}} {
				if strings.Contains(line, r.call) {
					fd := in.Rules.NewFinding(r.id, r.call+" called")
					fd.Location = &finding.Location{Path: f.Rel, Line: i + 1, Snippet: strings.TrimSpace(line)}
					emit.Finding(fd)
				}
			}
		}
		in.Done()
	}
	emit.Observe(control.Observation{Control: "MC-2", Kind: control.Coverage, Analyzer: "fake", Text: "looked"})
	return nil
}

func testOptions(t *testing.T, root string) Options {
	t.Helper()
	rs, err := rule.Load(fstest.MapFS{"t.yaml": {Data: []byte(testRules)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := control.Load(rs)
	if err != nil {
		t.Fatal(err)
	}
	return Options{Root: root, Analyzers: []Analyzer{fake{}}, Rules: rs, Catalog: cat, MinSeverity: finding.SeverityInfo, MinConfidence: finding.ConfidenceLow}
}

func write(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func run(t *testing.T, opts Options) *reportT {
	t.Helper()
	rep, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return &reportT{rep}
}

func TestSuppressionBaselineAndVerdicts(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.txt", strings.Join([]string{
		"bad(1)",
		"bad(2) # nosec",
		"bad(3) # nosec T-MEH",
		"bad(4) # nosec B602 -- vetted by security team",
		"# secaudit: ignore[T-BAD] input is a constant",
		"bad(5)",
		"bad(6) # secaudit: ignore no rule id given",
		"meh(7)",
		"bad(8) # nosecurity is not nosec",
	}, "\n"))
	opts := testOptions(t, root)
	r := run(t, opts)
	active := r.activeLines("a.txt")
	if want := "1,3,7,8,9"; active != want {
		t.Errorf("active findings on lines %s, want %s", active, want)
	}
	if got := r.suppressedLines("a.txt"); got != "2,4,6" {
		t.Errorf("suppressed on lines %s, want 2,4,6", got)
	}
	if !r.hasError("suppression", "a.txt:7") {
		t.Errorf("malformed suppression not reported: %+v", r.Errors)
	}
	for _, f := range r.Suppressions {
		if f.Location.Line == 4 && f.Suppression.Reason != "vetted by security team" {
			t.Errorf("reason lost: %+v", f.Suppression)
		}
	}
	if v := r.verdict("INJ-1"); v != control.Fail {
		t.Errorf("INJ-1 %s, want fail", v)
	}
	if v := r.verdict("MC-2"); v != control.Pass {
		t.Errorf("MC-2 %s, want pass by coverage", v)
	}
	if code := ExitCode(r.Report, finding.SeverityHigh, false); code != ExitFindings {
		t.Errorf("exit %d, want %d", code, ExitFindings)
	}
	if code := ExitCode(r.Report, finding.SeverityHigh, true); code != ExitClean {
		t.Errorf("--exit-zero: exit %d", code)
	}

	// Baseline: record, then insert lines above and add one new finding.
	base := NewBaseline(append(r.Findings, r.Suppressions...), time.Unix(0, 0))
	bp := filepath.Join(t.TempDir(), "baseline.json")
	if err := base.Write(bp); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadBaseline(bp)
	if err != nil {
		t.Fatal(err)
	}
	write(t, root, "a.txt", "\n\nnew line\n"+strings.Join([]string{
		"bad(1)", "bad(2) # nosec", "bad(3) # nosec T-MEH", "bad(4) # nosec B602 -- vetted by security team",
		"# secaudit: ignore[T-BAD] input is a constant", "bad(5)", "bad(6) # secaudit: ignore no rule id given",
		"  meh( 7 )", "bad(8) # nosecurity is not nosec", "bad(9)",
	}, "\n"))
	opts.Baseline = loaded
	r2 := run(t, opts)
	if got := r2.activeLines("a.txt"); got != "13" {
		t.Errorf("with baseline, active findings on lines %s, want only the new one at 13", got)
	}
	if len(r2.StaleSuppressions) != 0 {
		t.Errorf("stale: %+v", r2.StaleSuppressions)
	}
	// Fixing a finding makes its baseline entry stale.
	write(t, root, "a.txt", "ok\n")
	r3 := run(t, opts)
	if len(r3.StaleSuppressions) == 0 {
		t.Error("fixed findings must leave stale baseline entries")
	}
}

func TestConfigIgnoreSeverityAndDisable(t *testing.T) {
	root := t.TempDir()
	write(t, root, "src/a.txt", "bad(1)\nmeh(2)\n")
	write(t, root, "tests/b.txt", "bad(3)\n")
	opts := testOptions(t, root)
	opts.Config = &config.File{
		Ignore: []config.Ignore{{Rule: "T-BAD", Path: "src/**", Reason: "fixture"}, {Fingerprint: "0000", Reason: "gone"}},
		Rules:  config.RuleSettings{Severity: map[string]finding.Severity{"T-MEH": finding.SeverityCritical}},
	}
	r := run(t, opts)
	if got := r.activeLines("tests/b.txt"); got != "1" {
		t.Errorf("tests/b.txt active %q", got)
	}
	if got := r.suppressedLines("src/a.txt"); got != "1" {
		t.Errorf("config ignore: suppressed %q", got)
	}
	for _, f := range r.Findings {
		if f.RuleID == "T-MEH" && f.Severity != finding.SeverityCritical {
			t.Errorf("severity override not applied: %s", f.Severity)
		}
	}
	if len(r.StaleSuppressions) != 1 || r.StaleSuppressions[0].Key != "0000" {
		t.Errorf("stale config ignore not listed: %+v", r.StaleSuppressions)
	}
	opts.Config = &config.File{Rules: config.RuleSettings{Disable: []string{"T-BAD"}}}
	opts.Excludes = []string{"tests"}
	r = run(t, opts)
	if len(r.Findings) != 1 || r.Findings[0].RuleID != "T-MEH" {
		t.Errorf("disable + exclude: %d findings", len(r.Findings))
	}
	// Display filters hide but do not change what fails.
	opts.Config = nil
	opts.Excludes = nil
	opts.MinSeverity = finding.SeverityCritical
	r = run(t, opts)
	if len(r.Findings) != 0 || r.Summary.Hidden != 3 {
		t.Errorf("severity filter: shown %d hidden %d", len(r.Findings), r.Summary.Hidden)
	}
	if ExitCode(r.Report, finding.SeverityHigh, false) != ExitFindings {
		t.Error("hidden findings must still fail the build")
	}
}

func TestAnalyzerPanicIsRecorded(t *testing.T) {
	root := t.TempDir()
	write(t, root, "panic.txt", "x")
	r := run(t, testOptions(t, root))
	if !r.hasError("analyzer-failed", "") {
		t.Fatalf("panic not recorded: %+v", r.Errors)
	}
	if ExitCode(r.Report, finding.SeverityCritical, false) != ExitIncomplete {
		t.Error("a crashed analyzer must make the audit incomplete")
	}
	if len(r.Controls) != 25 {
		t.Error("verdicts must still be computed")
	}
}

func TestWalkerBadInput(t *testing.T) {
	root := t.TempDir()
	write(t, root, "ok.txt", "bad(1)\n")
	write(t, root, "node_modules/x.txt", "bad(1)\n")
	must(t, os.Symlink("loop-b", filepath.Join(root, "loop-a")))
	must(t, os.Symlink("loop-a", filepath.Join(root, "loop-b")))
	must(t, os.Symlink(".", filepath.Join(root, "self")))
	must(t, os.Symlink("/etc/hostname", filepath.Join(root, "outside.txt")))
	must(t, os.Symlink("ok.txt", filepath.Join(root, "alias.txt")))
	r := run(t, testOptions(t, root))
	for _, p := range []string{"loop-a", "loop-b", "self", "outside.txt"} {
		if !r.hasError("symlink", p) {
			t.Errorf("%s: no symlink error entry: %+v", p, r.Errors)
		}
	}
	if got := r.activeLines("ok.txt"); got != "1" {
		t.Errorf("ok.txt: %q", got)
	}
	if got := r.activeLines("alias.txt"); got != "1" {
		t.Errorf("a link to a file inside the tree is audited: %q", got)
	}
	if got := r.activeLines("node_modules/x.txt"); got != "" {
		t.Error("node_modules must be excluded by default")
	}
}

// Root reads every directory, so the unreadable-directory case runs the
// walk again in a child process as user nobody.
func TestWalkerUnreadableDirectory(t *testing.T) {
	if os.Getenv("SECAUDIT_WALK_CHILD") != "" {
		r := run(t, testOptions(t, os.Getenv("SECAUDIT_WALK_CHILD")))
		if !r.hasError("unreadable", "locked") || r.activeLines("open.txt") != "1" {
			t.Fatalf("unreadable directory not reported or walk stopped: %+v", r.Errors)
		}
		return
	}
	root, err := os.MkdirTemp("", "secaudit-walk-")
	must(t, err)
	defer os.RemoveAll(root)
	must(t, os.Chmod(root, 0o755))
	write(t, root, "open.txt", "bad(1)\n")
	write(t, root, "locked/secret.txt", "bad(1)\n")
	must(t, os.Chmod(filepath.Join(root, "locked"), 0o000))
	defer os.Chmod(filepath.Join(root, "locked"), 0o755)
	if os.Geteuid() != 0 {
		r := run(t, testOptions(t, root))
		if !r.hasError("unreadable", "locked") {
			t.Fatalf("unreadable directory not reported: %+v", r.Errors)
		}
		return
	}
	// Copy the test binary where nobody can execute it.
	bin := filepath.Join(root, "walk.test")
	data, err := os.ReadFile(os.Args[0])
	must(t, err)
	must(t, os.WriteFile(bin, data, 0o755))
	cmd := exec.Command(bin, "-test.run=^TestWalkerUnreadableDirectory$")
	cmd.Env = append(os.Environ(), "SECAUDIT_WALK_CHILD="+root)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) || err != nil {
		t.Fatalf("child walk as nobody failed: %v\n%s", err, out)
	}
}

func TestMatchGlob(t *testing.T) {
	cases := []struct {
		pat, rel string
		want     bool
	}{
		{"tests", "a/tests/x.py", true},
		{"tests", "a/testsuite/x.py", false},
		{"*.min.js", "static/app.min.js", true},
		{"docs/**", "docs/a/b.md", true},
		{"docs/", "docs/a.md", true},
		{"docs/**", "src/docs/a.md", false},
		{"src/**/gen_*.py", "src/a/b/gen_x.py", true},
		{"src/**/gen_*.py", "src/gen_x.py", true},
		{"src/*.py", "src/a/b.py", false},
		{"./build", "build/x", true},
	}
	for _, c := range cases {
		if got := MatchGlob(c.pat, c.rel); got != c.want {
			t.Errorf("MatchGlob(%q, %q) = %v", c.pat, c.rel, got)
		}
	}
}

func TestParseInline(t *testing.T) {
	cases := []struct {
		line  string
		all   bool
		rules string
		bad   bool
	}{
		{"x = 1  # nosec", true, "", false},
		{"x = 1  #nosec B602,B607", false, "B602,B607", false},
		{"x = 1  # nosec: B602", false, "B602", false},
		{"x = 1  // nosec PY-SQLI -- reviewed", false, "PY-SQLI", false},
		{"x = 1  # secaudit: ignore[PY-SQLI, PY-XSS] constant input", false, "PY-SQLI,PY-XSS", false},
		{"x = 1  # secaudit:ignore", false, "", true},
		{"x = 1  # secaudit: ignore[] empty", false, "", true},
		{"x = 1  # nosec (see ticket)", false, "", true},
	}
	for _, c := range cases {
		in := parseInline(c.line)
		if in == nil {
			t.Errorf("%q: not recognised", c.line)
			continue
		}
		if (in.bad != "") != c.bad || in.all != c.all || strings.Join(in.rules, ",") != c.rules {
			t.Errorf("%q: got all=%v rules=%v bad=%q", c.line, in.all, in.rules, in.bad)
		}
	}
	for _, line := range []string{"x = 'nosecurity'", "print('no sec')"} {
		if in := parseInline(line); in != nil {
			t.Errorf("%q: parsed as suppression", line)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// One key runs its function once, however many analyzers ask at once.
func TestMemo(t *testing.T) {
	m := NewMemo()
	var calls atomic.Int32
	var wg sync.WaitGroup
	results := make([]any, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = m.Do("k", func() any { calls.Add(1); time.Sleep(10 * time.Millisecond); return i })
		}()
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Fatalf("ran %d times", calls.Load())
	}
	for _, r := range results {
		if r != results[0] {
			t.Fatal("callers got different results")
		}
	}
	if m.Do("other", func() any { return "x" }) != "x" {
		t.Fatal("keys are not separate")
	}
}

// The walk's excluder agrees with MatchGlob on every entry whose parent
// directories were not excluded (the walk never visits the others).
func TestExcluderAgreesWithMatchGlob(t *testing.T) {
	patterns := append([]string{"tests", "*.min.js", "docs/**", "src/**/gen_*.py", "./build", "cache/", "[ab]tmp", "src/*.py"}, DefaultExcludes...)
	rels := []string{"a/tests/x.py", "a/testsuite/x.py", "static/app.min.js", "docs/a/b.md", "src/docs/a.md",
		"src/a/b/gen_x.py", "src/gen_x.py", "src/a/b.py", "src/b.py", "build/x", "x/build", "cache/y", "z/cache",
		"atmp/f", "ctmp/f", "node_modules/p/i.js", "app/__pycache__/m.pyc", "app/.venv/lib/x.py", "main.py"}
	oracle := func(rel string) bool {
		for _, p := range patterns {
			if MatchGlob(p, rel) {
				return true
			}
		}
		return false
	}
	x := newExcluder(patterns)
	excluded, kept := 0, 0
	for _, rel := range rels {
		parts := strings.Split(rel, "/")
		for i := 1; i <= len(parts); i++ {
			entry := strings.Join(parts[:i], "/")
			want := oracle(entry)
			if got := x.entry(entry); got != want {
				t.Errorf("entry(%q) = %v, MatchGlob says %v", entry, got, want)
			}
			if want {
				excluded++
				break // the walk skips what is below
			}
			kept++
		}
	}
	// The list must exercise both answers, or agreement proves little.
	if excluded < 10 || kept < 10 {
		t.Fatalf("%d excluded and %d kept entries: the fixture no longer covers both", excluded, kept)
	}
}

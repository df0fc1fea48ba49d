// Package e2e runs the secaudit command on the bundled example applications
// and checks the result against examples/vulnshop/EXPECTED.md.
package e2e

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/cli"
	"github.com/secaudit/secaudit/internal/osvdb"
	"github.com/secaudit/secaudit/internal/osvdb/osvtest"
)

const examples = "../../examples"

// advisories is set when the real OSV snapshot (../shared/osv, or
// $SECAUDIT_OSV_SNAPSHOT) was imported for the run; the DEP- rows of
// EXPECTED.md are checked only then.
var advisories bool

// TestMain gives every audit of this package its own advisory database:
// the snapshot imported into a temporary directory, or an empty one, never
// whatever the developer's cache holds.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "secaudit-e2e-db-")
	if err != nil {
		panic(err)
	}
	os.Setenv("SECAUDIT_DB", dir)
	if snap, err := osvtest.Locate(); err == nil {
		if _, err := osvdb.Import(dir, snap); err != nil {
			panic(err)
		}
		advisories = true
	} else {
		fmt.Fprintf(os.Stderr, "%v: dependency rows of EXPECTED.md not checked\n", err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type jsonReport struct {
	Controls []struct {
		ID       string   `json:"id"`
		Verdict  string   `json:"verdict"`
		Reason   string   `json:"reason"`
		Findings []string `json:"findings"`
	} `json:"controls"`
	Findings []struct {
		RuleID   string `json:"rule_id"`
		Severity string `json:"severity"`
		Location *struct {
			Path string `json:"path"`
			Line int    `json:"line"`
		} `json:"location"`
	} `json:"findings"`
	Errors []struct {
		Kind, Path, Message string
	} `json:"errors"`
}

// audit runs `secaudit audit DIR` in-process with the given formats and
// returns the JSON report and the exit code.
func audit(t *testing.T, dir string, extra ...string) (*jsonReport, int, string) {
	t.Helper()
	out := t.TempDir()
	args := append([]string{"audit", dir, "--format", "json", "-o", filepath.Join(out, "r.json")}, extra...)
	var stderr strings.Builder
	code := cli.Execute(args, io.Discard, &stderr)
	data, err := os.ReadFile(filepath.Join(out, "r.json"))
	if err != nil {
		t.Fatalf("no JSON report (exit %d): %v\n%s", code, err, stderr.String())
	}
	var rep jsonReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return &rep, code, out
}

type expectation struct {
	control, rule, path string
	line                int
}

// expected reads the rows of EXPECTED.md whose rule has one of the prefixes.
func expected(t *testing.T, prefix string) []expectation {
	t.Helper()
	f, err := os.Open(filepath.Join(examples, "vulnshop", "EXPECTED.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []expectation
	where := regexp.MustCompile("^`?([^`:\\s]+)(?::(\\d+))?`?$")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cells := strings.Split(sc.Text(), "|")
		if len(cells) < 5 {
			continue
		}
		ctl, rule, loc := strings.TrimSpace(cells[1]), strings.Trim(strings.TrimSpace(cells[2]), "`"), strings.TrimSpace(cells[3])
		if !strings.HasPrefix(rule, prefix) {
			continue
		}
		m := where.FindStringSubmatch(loc)
		if m == nil {
			t.Fatalf("EXPECTED.md: cannot read location %q of %s", loc, rule)
		}
		e := expectation{control: ctl, rule: rule, path: m[1]}
		if m[2] != "" {
			e.line, _ = strconv.Atoi(m[2])
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		t.Fatalf("EXPECTED.md has no %s rows", prefix)
	}
	return out
}

// Every flaw listed in EXPECTED.md for the analyzers that exist is found
// at its place, and they report nothing that is not listed there.
func TestVulnshopFlaws(t *testing.T) {
	rep, code, _ := audit(t, filepath.Join(examples, "vulnshop"))
	if code != 1 {
		t.Errorf("exit code %d, want 1 (findings at or above high)", code)
	}
	if len(rep.Controls) != 25 {
		t.Fatalf("%d controls in the report, want 25", len(rep.Controls))
	}
	type key struct {
		rule, path string
		line       int
	}
	found := map[key]bool{}
	for _, f := range rep.Findings {
		if f.Location != nil {
			found[key{f.RuleID, f.Location.Path, f.Location.Line}] = true
			found[key{f.RuleID, f.Location.Path, 0}] = true
		}
	}
	listed := map[key]bool{}
	prefixes := []string{"CFG-", "PY-", "JS-", "TPL-", "SC-", "SECRET-"}
	if advisories {
		prefixes = append(prefixes, "DEP-")
	} else {
		t.Log("advisory snapshot absent: DEP- rows skipped")
	}
	for _, p := range prefixes {
		for _, e := range expected(t, p) {
			listed[key{e.rule, e.path, e.line}] = true
			listed[key{e.rule, e.path, 0}] = true
			if !found[key{e.rule, e.path, e.line}] {
				t.Errorf("missed: %s at %s:%d (%s)", e.rule, e.path, e.line, e.control)
			}
		}
	}
	for _, f := range rep.Findings {
		known := false
		for _, p := range prefixes {
			known = known || strings.HasPrefix(f.RuleID, p)
		}
		if known && f.Location != nil &&
			!listed[key{f.RuleID, f.Location.Path, f.Location.Line}] && !listed[key{f.RuleID, f.Location.Path, 0}] {
			t.Errorf("not in EXPECTED.md: %s at %s:%d", f.RuleID, f.Location.Path, f.Location.Line)
		}
	}
	verdicts := map[string]string{}
	for _, c := range rep.Controls {
		verdicts[c.ID] = c.Verdict
		if c.Reason == "" {
			t.Errorf("%s: verdict without a reason", c.ID)
		}
	}
	for _, id := range []string{"MC-2", "MC-3", "CR-2", "XSS-2", "LG-2", "INJ-1", "INJ-2", "XSS-1", "AC-1", "AC-2", "SSRF-1", "XXE-1", "IN-1", "CR-3", "AU-3", "LG-1"} {
		if verdicts[id] != "fail" {
			t.Errorf("%s: %s, want fail from the configuration flaws", id, verdicts[id])
		}
	}
}

// The secure twin has no failing control and no finding above low.
func TestSafeshopHasNoFail(t *testing.T) {
	rep, code, _ := audit(t, filepath.Join(examples, "safeshop"))
	for _, c := range rep.Controls {
		if c.Verdict == "fail" {
			t.Errorf("%s: %s (%s)", c.ID, c.Verdict, c.Reason)
		}
	}
	for _, f := range rep.Findings {
		if f.Severity != "low" && f.Severity != "info" {
			t.Errorf("false positive: %s (%s) at %s:%d", f.RuleID, f.Severity, f.Location.Path, f.Location.Line)
		}
	}
	if code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	pass := 0
	for _, c := range rep.Controls {
		if c.Verdict == "pass" {
			pass++
		}
	}
	if pass == 0 {
		t.Error("the configuration analyzer's coverage should pass some controls of safeshop")
	}
}

// Every format is produced from one run, and each parses as what it claims.
func TestAllFormats(t *testing.T) {
	out := t.TempDir()
	args := []string{"audit", filepath.Join(examples, "vulnshop"), "--exit-zero", "-q"}
	for _, f := range []string{"text", "json", "sarif", "html", "markdown", "junit"} {
		args = append(args, "--format", f, "-o", filepath.Join(out, "report."+f))
	}
	if code := cli.Execute(args, io.Discard, io.Discard); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var sarif struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	readJSON(t, filepath.Join(out, "report.sarif"), &sarif)
	if sarif.Version != "2.1.0" || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) == 0 {
		t.Errorf("SARIF: version %q, %d runs", sarif.Version, len(sarif.Runs))
	}
	var junit struct {
		Cases []struct {
			Name string `xml:"name,attr"`
		} `xml:"testsuite>testcase"`
	}
	data, _ := os.ReadFile(filepath.Join(out, "report.junit"))
	if err := xml.Unmarshal(data, &junit); err != nil || len(junit.Cases) != 25 {
		t.Errorf("JUnit: %v, %d test cases, want 25", err, len(junit.Cases))
	}
	html, _ := os.ReadFile(filepath.Join(out, "report.html"))
	if !strings.Contains(string(html), "Content-Security-Policy") {
		t.Error("HTML report without CSP")
	}
	// Secrets the audit found are masked in every format.
	for _, f := range []string{"text", "json", "sarif", "html", "markdown", "junit"} {
		data, _ := os.ReadFile(filepath.Join(out, "report."+f))
		for _, secret := range []string{"Sh0pDbPass2019", "dev-secret-123"} {
			if strings.Contains(string(data), secret) {
				t.Errorf("%s report shows the secret %q", f, secret)
			}
		}
	}
	text, _ := os.ReadFile(filepath.Join(out, "report.text"))
	for _, id := range []string{"AC-1", "XXE-1", "CFG-PY-DEBUG"} {
		if !strings.Contains(string(text), id) {
			t.Errorf("text report lacks %s", id)
		}
	}
}

// Usage errors exit 2; an unreadable target exits 3.
func TestExitCodes(t *testing.T) {
	cases := []struct {
		args []string
		want int
	}{
		{[]string{"audit", "--fail-on", "urgent", examples + "/safeshop"}, 2},
		{[]string{"audit", "--no-such-flag"}, 2},
		{[]string{"audit", "--format", "pdf", examples + "/safeshop"}, 2},
		{[]string{"audit", filepath.Join(t.TempDir(), "missing")}, 3},
		{[]string{"audit", "-q", "--fail-on", "medium", examples + "/vulnshop", "--format", "json", "-o", filepath.Join(t.TempDir(), "x.json")}, 1},
		{[]string{"audit", "-q", "--exit-zero", examples + "/vulnshop", "-o", filepath.Join(t.TempDir(), "x.json")}, 0},
		{[]string{"rules", "show", "NOPE"}, 2},
		{[]string{"version"}, 0},
	}
	for _, c := range cases {
		if got := cli.Execute(c.args, io.Discard, io.Discard); got != c.want {
			t.Errorf("%v: exit %d, want %d", c.args, got, c.want)
		}
	}
}

// A configuration file sets flag defaults, justifications and ignores;
// unknown keys and unknown rules are usage errors.
func TestConfigFile(t *testing.T) {
	proj := t.TempDir()
	os.WriteFile(filepath.Join(proj, "Dockerfile"), []byte("FROM python:latest\nUSER app\nCMD [\"python\"]\n"), 0o644)
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	write := func(s string) { os.WriteFile(cfg, []byte(s), 0o644) }
	if _, code, _ := audit(t, proj, "-q"); code != 0 {
		t.Fatalf("a low finding must not fail the default --fail-on high: exit %d", code)
	}
	write("options:\n  fail-on: low\ncontrols:\n  AC-3:\n    verdict: not-applicable\n    reason: no user accounts\n")
	rep, code, _ := audit(t, proj, "--config", cfg, "-q")
	if code != 1 {
		t.Errorf("fail-on low from the file: exit %d, want 1", code)
	}
	for _, c := range rep.Controls {
		if c.ID == "AC-3" && (c.Verdict != "not-applicable" || !strings.Contains(c.Reason, "no user accounts")) {
			t.Errorf("AC-3 justification: %s %s", c.Verdict, c.Reason)
		}
	}
	if _, code, _ := audit(t, proj, "--config", cfg, "-q", "--fail-on", "high"); code != 0 {
		t.Errorf("the command line must win over the file: exit %d", code)
	}
	write("options:\n  fail-on: low\nrules:\n  disable: [CFG-DOCKER-UNPINNED-IMAGE]\n")
	rep, code, _ = audit(t, proj, "--config", cfg, "-q")
	if code != 0 || len(rep.Findings) != 0 {
		t.Errorf("disabled rule still reported: exit %d, %d findings", code, len(rep.Findings))
	}
	for _, bad := range []string{"exlude: [x]\n", "rules:\n  disable: [NO-SUCH-RULE]\n", "controls:\n  AC-1: {verdict: pass}\n"} {
		write(bad)
		if got := cli.Execute([]string{"audit", "-q", "--config", cfg, proj}, io.Discard, io.Discard); got != 2 {
			t.Errorf("config %q: exit %d, want 2", bad, got)
		}
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// Both example apps start on Debian's Python and serve their home page.
func TestExampleAppsRun(t *testing.T) {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import flask, lxml, requests").Run(); err != nil {
		t.Skip("Debian's python3-flask, python3-lxml and python3-requests are needed (apt-get install them; .ci/run does)")
	}
	for _, app := range []string{"vulnshop", "safeshop"} {
		t.Run(app, func(t *testing.T) {
			port := freePort(t)
			cmd := exec.Command(py, "app.py", "--port", strconv.Itoa(port))
			cmd.Dir = filepath.Join(examples, app)
			cmd.Env = append(os.Environ(), "SECRET_KEY=test-only-"+strconv.Itoa(port)+"-0123456789abcdefghijklmnop")
			var logs strings.Builder
			cmd.Stdout, cmd.Stderr = &logs, &logs
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() { cmd.Process.Kill(); cmd.Wait() }()
			url := fmt.Sprintf("http://127.0.0.1:%d/", port)
			deadline := time.Now().Add(20 * time.Second)
			for {
				resp, err := http.Get(url)
				if err == nil {
					resp.Body.Close()
					if resp.StatusCode != 200 {
						t.Fatalf("GET / = %d\n%s", resp.StatusCode, logs.String())
					}
					return
				}
				if time.Now().After(deadline) {
					t.Fatalf("%s did not start: %v\n%s", app, err, logs.String())
				}
				time.Sleep(200 * time.Millisecond)
			}
		})
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// --rules DIR adds rule metadata and taint models: a project's own query
// helper becomes an SQL sink.
func TestCustomRules(t *testing.T) {
	proj := t.TempDir()
	os.WriteFile(filepath.Join(proj, "app.py"), []byte("from flask import Flask, request\nimport dbkit\n\napp = Flask(__name__)\n\n\n@app.route(\"/q\")\ndef q():\n    return dbkit.raw_query(\"SELECT * FROM t WHERE a = '\" + request.args[\"a\"] + \"'\")\n"), 0o644)
	rules := t.TempDir()
	os.WriteFile(filepath.Join(rules, "dbkit-taint.yaml"), []byte("language: python\nsinks:\n  - rule: PY-SQLI\n    class: sql\n    calls: [dbkit.raw_query]\n    args: [0]\n"), 0o644)
	rep, _, _ := audit(t, proj, "-q")
	for _, f := range rep.Findings {
		if f.RuleID == "PY-SQLI" {
			t.Fatal("dbkit.raw_query is not a sink without the custom model")
		}
	}
	rep, _, _ = audit(t, proj, "-q", "--rules", rules)
	found := false
	for _, f := range rep.Findings {
		found = found || f.RuleID == "PY-SQLI" && f.Location != nil && f.Location.Line == 9
	}
	if !found {
		t.Errorf("custom sink not applied: %+v", rep.Findings)
	}
	os.WriteFile(filepath.Join(rules, "bad-taint.yaml"), []byte("language: python\nsinks:\n  - calls: [x]\n"), 0o644)
	if code := cli.Execute([]string{"audit", "-q", "--rules", rules, proj}, io.Discard, io.Discard); code != 2 {
		t.Errorf("a broken taint model: exit %d, want 2", code)
	}
}

// A hostile tree: a binary settings.py, a 50 MB file, invalid UTF-8, a
// symlink loop, a syntax error. Each becomes an error entry; the audit
// completes with every control answered.
func TestHostileTree(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("settings.py", append([]byte("\x00\x01ELF"), make([]byte, 4096)...))
	write("app/views.py", []byte("from flask import request\nimport os\nx = '\xff\xfe'\nos.system(request.args['c'])\n"))
	write("app/broken.py", []byte("def f(:\n    pass\n"))
	big := make([]byte, 50<<20)
	for i := range big {
		big[i] = 'a'
		if i%80 == 79 {
			big[i] = '\n'
		}
	}
	write("data/huge_settings.py", big)
	os.Symlink("loop-b", filepath.Join(dir, "loop-a"))
	os.Symlink("loop-a", filepath.Join(dir, "loop-b"))
	done := make(chan struct{})
	var rep *jsonReport
	var code int
	go func() {
		rep, code, _ = audit(t, dir, "-q")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("the audit of a hostile tree hangs")
	}
	if code == 3 {
		t.Fatalf("exit 3: an analyzer failed on bad input: %+v", rep.Errors)
	}
	if len(rep.Controls) != 25 {
		t.Fatalf("%d controls", len(rep.Controls))
	}
	kinds := map[string]bool{}
	for _, e := range rep.Errors {
		kinds[e.Kind+" "+e.Path] = true
	}
	for _, want := range []string{"binary settings.py", "encoding app/views.py", "parse app/broken.py", "too-large data/huge_settings.py", "symlink loop-a"} {
		if !kinds[want] {
			t.Errorf("no %q error entry: %v", want, kinds)
		}
	}
	found := false
	for _, f := range rep.Findings {
		found = found || f.RuleID == "PY-CMDI"
	}
	if !found {
		t.Error("the rest of the tree must still be analysed")
	}
}

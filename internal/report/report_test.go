package report

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// Payloads an attacker could plant in the audited code or in a response.
const (
	payloadScript = `<script>window.__pwned=1</script>`
	payloadImg    = `<img src=x onerror="window.__pwned=2">`
	payloadSVG    = `</textarea><svg onload=window.__pwned=3>`
	// payloadANSI clears the screen, moves the cursor home, sets a window
	// title (OSC) and would hide the rest of the line.
	payloadANSI = "\x1b[2J\x1b[H\x1b]0;owned\x07\x1b[8mhidden\x1b[0m"
	payloadMD   = "a | b `code` **bold** [link](https://evil.example) <b>html</b>"
)

// Rules that do not exist in rules/ yet are written here, so that the
// fixture does not change when other rule files are added.
var fixtureRules = []*rule.Rule{
	{
		ID: "PY-SQLI", Title: "SQL injection", Analyzer: "python", Severity: finding.SeverityHigh,
		Confidence: finding.ConfidenceHigh, CWE: []int{89}, Controls: []string{"INJ-1"},
		Description: "User input reaches a SQL query built with string operations.",
		Fix:         "Pass user input as query parameters: cursor.execute(\"... WHERE name = %s\", (name,)).",
		References:  []string{"https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html"},
	},
	{
		ID: "WEB-XSS-REFLECTED", Title: "Reflected cross-site scripting", Analyzer: "web", Severity: finding.SeverityHigh,
		Confidence: finding.ConfidenceHigh, CWE: []int{79}, Controls: []string{"XSS-1"},
		Description: "A request parameter is reflected in the HTML response without encoding.",
		Fix:         "Encode output for its HTML context (Jinja2 autoescaping) and validate input.",
	},
}

// testReport is a fixed, realistic report: the real control catalog, verdicts
// from control.Decide, findings with a file location, a snippet and a trace,
// a web finding with an HTTP exchange, suppressed findings, an error, and
// hostile text in every field a target can influence.
func testReport(t testing.TB) *Report {
	t.Helper()
	set, err := rule.Default()
	if err != nil {
		t.Fatal(err)
	}
	cat, err := control.Load(nil) // rules attached below, from the fixture only
	if err != nil {
		t.Fatal(err)
	}
	rules := append([]*rule.Rule(nil), fixtureRules...)
	for _, id := range []string{"CFG-PY-DEBUG", "CFG-PY-SECRET-KEY-HARDCODED", "CFG-DJANGO-HSTS-MISSING", "CFG-DOCKER-UNPINNED-IMAGE"} {
		x := set.Get(id)
		if x == nil {
			t.Fatalf("rule %s is missing from rules/", id)
		}
		rules = append(rules, x)
	}
	// Controls list the fixture's rules only, so the goldens do not change
	// every time a rule is added to rules/.
	for _, x := range rules {
		for _, c := range x.Controls {
			if ctl := cat.Get(c); ctl != nil {
				ctl.Rules = append(ctl.Rules, x.ID)
			}
		}
	}

	newFinding := func(x *rule.Rule, msg string) *finding.Finding {
		return &finding.Finding{
			RuleID: x.ID, Title: x.Title, Message: msg, Analyzer: x.Analyzer,
			CWE: x.CWE, Controls: x.Controls, Severity: x.Severity, Confidence: x.Confidence, Remediation: x.Fix,
		}
	}
	byID := func(id string) *rule.Rule {
		for _, x := range rules {
			if x.ID == id {
				return x
			}
		}
		t.Fatalf("no fixture rule %s", id)
		return nil
	}

	sqli := newFinding(byID("PY-SQLI"), "User input from `request.args` reaches cursor.execute | the query is built with %: "+payloadScript)
	sqli.Location = &finding.Location{Path: "app/db.py", Line: 42, Column: 9, EndLine: 42, EndColumn: 61,
		Snippet: `cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)`}
	sqli.Evidence.Trace = []finding.Step{
		{Location: finding.Location{Path: "app/views.py", Line: 17, Column: 12}, Expression: `request.args.get("name")`, Note: "source: HTTP query parameter"},
		{Location: finding.Location{Path: "app/views.py", Line: 18, Column: 5}, Expression: "find_user(name)", Note: "passed as argument"},
		{Location: finding.Location{Path: "app/db.py", Line: 42, Column: 9}, Expression: "cursor.execute(...)", Note: "sink: SQL query"},
	}

	xss := newFinding(byID("WEB-XSS-REFLECTED"), "The q parameter is reflected unencoded: "+payloadScript+" "+payloadImg)
	xss.Web = &finding.WebLocation{Method: "GET", URL: "http://127.0.0.1:5000/search?q=%3Cscript%3E", Parameter: "q", PathTemplate: "/search"}
	xss.Evidence.Exchanges = []finding.Exchange{{
		Request:  "GET /search?q=" + payloadSVG + " HTTP/1.1\nHost: 127.0.0.1:5000",
		Response: "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<p>Results for " + payloadScript + payloadSVG + "</p>",
		Curl:     `curl 'http://127.0.0.1:5000/search?q=%3Cscript%3Ewindow.__pwned%3D1%3C/script%3E'`,
	}}

	debug := newFinding(byID("CFG-PY-DEBUG"), "DEBUG is True "+payloadANSI+" in "+payloadSVG)
	debug.Location = &finding.Location{Path: "app/settings.py", Line: 3, Column: 1, Snippet: "DEBUG = True  # " + payloadMD}
	debug.Evidence.Facts = []string{"settings module: app/settings.py", "evil\r\x1b[1Aoverwrite"}

	hsts := newFinding(byID("CFG-DJANGO-HSTS-MISSING"), "SECURE_HSTS_SECONDS is 0 "+payloadMD)
	hsts.Location = &finding.Location{Path: "app/settings.py", Line: 11, Column: 1, Snippet: "SECURE_HSTS_SECONDS = 0"}

	// A rule the report does not carry: SARIF must fall back to the finding.
	domxss := &finding.Finding{
		RuleID: "JS-DOM-XSS", Title: "DOM XSS through innerHTML", Message: "location.hash flows into innerHTML",
		Analyzer: "javascript", CWE: []int{79}, Controls: []string{"XSS-1"}, Severity: finding.SeverityMedium,
		Confidence: finding.ConfidenceMedium, Remediation: "Use textContent.",
		Location: &finding.Location{Path: "static/app.js", Line: 7, Column: 3, EndLine: 8, EndColumn: 40,
			Snippet: "const q = location.hash.slice(1);\nout.innerHTML = q;"},
	}

	secret := newFinding(byID("CFG-PY-SECRET-KEY-HARDCODED"), "SECRET_KEY is a literal in app/settings.py")
	secret.Location = &finding.Location{Path: "app/settings.py", Line: 5, Column: 1, Snippet: `SECRET_KEY = "dev-key"  # secaudit:ignore CFG-PY-SECRET-KEY-HARDCODED test fixture`}
	secret.Suppression = &finding.Suppression{Kind: "inline", Reason: "test fixture, not deployed", Source: "app/settings.py:5"}

	unpinned := newFinding(byID("CFG-DOCKER-UNPINNED-IMAGE"), "FROM python:latest is not pinned")
	unpinned.Location = &finding.Location{Path: "Dockerfile", Line: 1, Column: 1, Snippet: "FROM python:latest"}
	unpinned.Suppression = &finding.Suppression{Kind: "baseline", Reason: "accepted until the 2.0 release", Source: ".secaudit-baseline.json"}

	active := []*finding.Finding{hsts, debug, sqli, domxss, xss}
	suppressed := []*finding.Finding{secret, unpinned}
	assignFingerprints(append(append([]*finding.Finding(nil), active...), suppressed...))

	obs := []control.Observation{
		{Control: "AU-3", Kind: control.Positive, Analyzer: "python", Text: "argon2 is the password hasher", Location: &finding.Location{Path: "app/auth.py", Line: 4}},
		{Control: "LG-2", Kind: control.Coverage, Analyzer: "config", Text: "logging configuration examined in 2 files"},
		{Control: "INJ-2", Kind: control.Absent, Analyzer: "deps", Text: "no NoSQL client library is a dependency"},
		{Control: "XXE-1", Kind: control.Absent, Analyzer: "python", Text: "no XML parser is imported in 12 Python files"},
	}
	just := map[string]control.Justification{
		"SSRF-2": {Verdict: control.NotApplicable, Reason: "the application makes no outgoing requests"},
	}
	all := append(append([]*finding.Finding(nil), active...), suppressed...)
	var views []ControlView
	for _, res := range control.Decide(cat, all, obs, just) {
		views = append(views, NewControlView(res))
	}

	r := &Report{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "secaudit", Version: "0.3.0"},
		Target:        Target{Path: "examples/vulnshop", URL: "http://127.0.0.1:5000/"},
		StartedAt:     time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC),
		DurationMS:    4210,
		Controls:      views,
		Findings:      active,
		Suppressions:  suppressed,
		StaleSuppressions: []StaleSuppression{
			{Kind: "baseline", Key: "0f3c2a9e8b7d6c5b4a39281706f5e4d3", Reason: "fixed in #42"},
		},
		Errors: []ErrorEntry{
			{Analyzer: "python", Path: "app/broken.py", Kind: "parse", Message: "syntax error at line 3: unexpected '" + payloadANSI + "' " + payloadScript},
			{Analyzer: "web", Kind: "analyzer-failed", Message: "GET http://127.0.0.1:5000/slow: timeout after 10s"},
		},
		Routes: []RouteEntry{
			{Path: "app/api.py", Line: 73, Function: "calc", Route: "/calc", URL: "/api/calc", Methods: []string{"GET"}, Public: false,
				Inputs: []RouteInput{{In: "query", Name: "expr"}, {In: "cookie", Name: "cart"}}},
			{Path: "app/api.py", Line: 45, Function: "import_products", Route: "/import/<int:shop>", URL: "/api/import/<int:shop>", Methods: []string{"POST"}, Auth: true,
				Inputs: []RouteInput{{In: "path", Name: "shop", Type: "int"}, {In: "body", Type: "xml"}}},
		},
		Analyzers: []AnalyzerRun{
			{ID: "config", Files: 6, DurationMS: 12},
			{ID: "python", Files: 12, DurationMS: 840},
			{ID: "web", DurationMS: 3100, Error: "1 request timed out"},
		},
		Filters: Filters{MinSeverity: "low", MinConfidence: "low"},
		Rules:   rules,
	}
	r.Recount()
	r.Summary.Hidden = 1
	return r
}

// assignFingerprints gives each finding the fingerprint the audit would.
func assignFingerprints(fs []*finding.Finding) {
	seen := map[string]int{}
	for _, f := range fs {
		key := f.FingerprintKey()
		f.Fingerprint = finding.Fingerprint(key, seen[key])
		seen[key]++
	}
}

func render(t testing.TB, r Renderer, rep *Report, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Render(&buf, rep, opt); err != nil {
		t.Fatalf("%s: %v", r.Name(), err)
	}
	return buf.Bytes()
}

// TestGolden renders the fixture in every format and compares it with
// testdata/golden/<name>.golden (go test ./internal/report -update rewrites them).
func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		r    Renderer
		opt  Options
	}{
		{"text", Text{}, Options{}},
		{"text-color", Text{}, Options{Color: true}},
		{"json", JSON{}, Options{}},
		{"sarif", SARIF{}, Options{}},
		{"html", HTML{}, Options{}},
		{"markdown", Markdown{}, Options{}},
		{"junit", JUnit{}, Options{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := render(t, tc.r, testReport(t), tc.opt)
			path := filepath.Join("testdata", "golden", tc.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/report -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run go test ./internal/report -update if the change is intended\n%s",
					tc.name, path, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first differing line, enough to see what changed.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func TestFormatsOrder(t *testing.T) {
	var names []string
	for _, r := range Formats {
		names = append(names, r.Name())
	}
	if got, want := strings.Join(names, ","), "text,json,sarif,html,markdown,junit"; got != want {
		t.Fatalf("Formats = %s, want %s", got, want)
	}
	if _, err := ForName("sarif"); err != nil {
		t.Fatal(err)
	}
	if _, err := ForName("pdf"); err == nil {
		t.Fatal("ForName(pdf) succeeded")
	}
}

// TestFixtureHasEveryVerdict guards the fixture itself: the goldens only
// show every verdict's rendering if the report has one of each.
func TestFixtureHasEveryVerdict(t *testing.T) {
	r := testReport(t)
	for _, v := range control.Verdicts {
		if r.Summary.Verdicts[v] == 0 {
			t.Errorf("fixture has no %s control", v)
		}
	}
}

func TestTextEscapesControlCharacters(t *testing.T) {
	out := render(t, Text{}, testReport(t), Options{})
	if bytes.IndexByte(out, 0x1b) >= 0 {
		t.Errorf("text output without color contains an ESC byte")
	}
	if bytes.IndexByte(out, '\r') >= 0 || bytes.IndexByte(out, 0x07) >= 0 {
		t.Errorf("text output contains CR or BEL")
	}
	if !bytes.Contains(out, []byte("DEBUG is True hidden in")) {
		t.Errorf("text output lost the visible part of the message")
	}
	// With colors on, the only escapes are our own SGR sequences.
	colored := render(t, Text{}, testReport(t), Options{Color: true})
	for _, bad := range []string{"\x1b[2J", "\x1b[H", "\x1b]0;", "\x1b[8m", "\x1b[1A"} {
		if bytes.Contains(colored, []byte(bad)) {
			t.Errorf("colored text output contains the payload's escape %q", bad)
		}
	}
	if !bytes.Contains(colored, []byte(ansiReset)) {
		t.Errorf("colored output has no color codes")
	}
}

func TestCleanText(t *testing.T) {
	cases := map[string]string{
		"plain\ttext\nnext":                          "plain\ttext\nnext",
		"\x1b[31mred\x1b[0m":                         "red",
		"a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b": "alinkb",
		"title\x1b]0;owned\x07done":                  "titledone",
		"over\rwrite\x08\x7f":                        "overwrite",
		"csi8\u009b31m":                              "csi831m",
		"bidi\u202eevil\u2066":                       "bidievil",
		"reset\x1bcafter":                            "resetafter",
		"bad\xffutf8":                                "bad\uFFFDutf8",
		"lone esc\x1b":                               "lone esc",
	}
	for in, want := range cases {
		if got := cleanText(in); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	out := string(render(t, Markdown{}, testReport(t), Options{}))
	for _, bad := range []string{"<script", "<img", "<svg", "<b>html", "\x1b", "[link](", "**bold**", " `code`"} {
		if strings.Contains(out, bad) {
			t.Errorf("markdown contains raw %q", bad)
		}
	}
	// Every table row keeps its column count: no pipe from the text splits a cell.
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "| ") {
			continue
		}
		cells := strings.Count(line, "|") - strings.Count(line, `\|`)
		if cells != 4 && cells != 5 && cells != 6 {
			t.Errorf("table row has %d pipes: %s", cells, line)
		}
	}
	if !strings.Contains(out, "<details>") {
		t.Errorf("markdown folds nothing into <details>")
	}
}

func TestJUnitParses(t *testing.T) {
	out := render(t, JUnit{}, testReport(t), Options{})
	var doc struct {
		Suites []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Skipped  int    `xml:"skipped,attr"`
			Cases    []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
				Failure   *struct {
					Type string `xml:"type,attr"`
					Text string `xml:",chardata"`
				} `xml:"failure"`
				Skipped *struct {
					Message string `xml:"message,attr"`
				} `xml:"skipped"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("junit output does not parse: %v", err)
	}
	if len(doc.Suites) != 1 || doc.Suites[0].Name != "secaudit controls" {
		t.Fatalf("want one suite 'secaudit controls', got %+v", doc.Suites)
	}
	s := doc.Suites[0]
	r := testReport(t)
	if s.Tests != len(r.Controls) || len(s.Cases) != len(r.Controls) {
		t.Errorf("tests = %d, cases = %d, want %d", s.Tests, len(s.Cases), len(r.Controls))
	}
	want := r.Summary.Verdicts
	if s.Failures != want[control.Fail]+want[control.Partial] || s.Skipped != want[control.Manual]+want[control.NotApplicable] {
		t.Errorf("failures %d skipped %d do not match verdicts %v", s.Failures, s.Skipped, want)
	}
	for i, c := range s.Cases {
		v := r.Controls[i]
		if c.Name != v.ID+": "+v.Title || c.Classname != v.OWASP2021 {
			t.Errorf("case %d: name %q classname %q", i, c.Name, c.Classname)
		}
		switch v.Verdict {
		case control.Partial:
			if c.Failure == nil || c.Failure.Type != "partial" {
				t.Errorf("%s: partial control without <failure type=partial>", v.ID)
			}
		case control.Fail:
			if c.Failure == nil || !strings.Contains(c.Failure.Text, "[") {
				t.Errorf("%s: failing control without its findings", v.ID)
			}
		case control.Manual, control.NotApplicable:
			if c.Skipped == nil {
				t.Errorf("%s: %s control not skipped", v.ID, v.Verdict)
			}
		case control.Pass:
			if c.Failure != nil || c.Skipped != nil {
				t.Errorf("%s: passing control has an outcome", v.ID)
			}
		}
	}
	// The payload survives as text, escaped.
	if !bytes.Contains(out, []byte("&lt;script&gt;window.__pwned=1&lt;/script&gt;")) {
		t.Errorf("junit lost the escaped payload")
	}
}

func TestHTMLEscapes(t *testing.T) {
	out := string(render(t, HTML{}, testReport(t), Options{}))
	for _, bad := range []string{"<script>window.__pwned", "<img src=x", "<svg onload", "</textarea>"} {
		if strings.Contains(out, bad) {
			t.Errorf("html contains raw %q", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;window.__pwned=1&lt;/script&gt;") {
		t.Errorf("html lost the escaped payload")
	}
	if strings.ContainsRune(out, 0x1b) || strings.ContainsRune(out, '\r') {
		t.Errorf("html passes control characters from the payload to the browser")
	}
	if !strings.Contains(out, "␛[2J") {
		t.Errorf("html does not show the ANSI payload as control pictures")
	}
}

func TestJSONIsStableAndHasNoNulls(t *testing.T) {
	r := testReport(t)
	r.StaleSuppressions = nil
	r.Analyzers = nil
	r.Controls[0].Evidence = nil
	r.Findings[0].Controls = nil
	out := string(render(t, JSON{}, r, Options{}))
	if strings.Contains(out, "null") {
		t.Errorf("json contains null")
	}
	if r.Findings[0].Controls != nil {
		t.Errorf("the JSON renderer modified the caller's finding")
	}
	if out != string(render(t, JSON{}, r, Options{})) {
		t.Errorf("json output is not deterministic")
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestEmptyReport: a report with nothing in it (nil slices and maps) renders
// in every format without error.
func TestEmptyReport(t *testing.T) {
	for _, r := range Formats {
		out := render(t, r, &Report{}, Options{Color: true})
		if len(out) == 0 {
			t.Errorf("%s rendered nothing", r.Name())
		}
	}
}

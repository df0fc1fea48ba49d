package javascript

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit/audittest"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
)

// recorder keeps what the analyzer emits.
type recorder = audittest.Recorder

func loadRules(t testing.TB) *rule.Set { return audittest.Rules(t) }

// run analyzes a directory the way the runner would.
func run(t testing.TB, root string) *recorder { return audittest.RunDir(t, New(), root) }

var wantRe = regexp.MustCompile(`//\s*want:\s*([A-Z0-9-]+(?:[ ,]+[A-Z0-9-]+)*)`)

// wants reads the "// want: RULE" expectations of every fixture.
func wants(t *testing.T, root string) map[string]bool {
	out := map[string]bool{}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, p)
		for i, line := range strings.Split(string(data), "\n") {
			if m := wantRe.FindStringSubmatch(line); m != nil {
				for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' }) {
					out[key(filepath.ToSlash(rel), i+1, id)] = true
				}
			}
		}
		return nil
	})
	return out
}

func key(path string, line int, id string) string { return path + ":" + strconv.Itoa(line) + ": " + id }

// TestFixtures compares the findings on testdata/ with the want comments:
// every expected finding and nothing else.
func TestFixtures(t *testing.T) {
	rec := run(t, "testdata")
	want := wants(t, "testdata")
	got := map[string]finding.Finding{}
	for _, f := range rec.Findings {
		got[key(f.Location.Path, f.Location.Line, f.RuleID)] = f
	}
	var missing, unexpected []string
	for k := range want {
		if _, ok := got[k]; !ok {
			missing = append(missing, k)
		}
	}
	for k, f := range got {
		if !want[k] {
			unexpected = append(unexpected, k+" ("+f.Message+")")
		}
	}
	sort.Strings(missing)
	sort.Strings(unexpected)
	for _, m := range missing {
		t.Errorf("missing:    %s", m)
	}
	for _, u := range unexpected {
		t.Errorf("unexpected: %s", u)
	}
	for _, e := range rec.Errs {
		if !strings.HasPrefix(e.Path, "robust") {
			t.Errorf("error on a fixture: %+v", e)
		}
	}
	if len(want) == 0 {
		t.Fatal("no expectations found")
	}
}

// TestTrace checks the evidence of a finding: source, steps, sink.
func TestTrace(t *testing.T) {
	rec := run(t, "testdata")
	for _, f := range rec.Findings {
		if f.Location.Path != "01_hash_innerhtml.js" {
			continue
		}
		tr := f.Evidence.Trace
		if len(tr) < 3 {
			t.Fatalf("trace too short: %+v", tr)
		}
		if tr[0].Location.Line != 2 || !strings.Contains(tr[0].Expression, "location.hash") {
			t.Errorf("trace should start at the source: %+v", tr[0])
		}
		if last := tr[len(tr)-1]; last.Location.Line != 3 || !strings.Contains(last.Note, "innerHTML") {
			t.Errorf("trace should end at the sink: %+v", last)
		}
		if f.Severity != finding.SeverityHigh || len(f.CWE) == 0 || f.CWE[0] != 79 {
			t.Errorf("metadata not filled: %+v", f)
		}
		return
	}
	t.Fatal("no finding in 01_hash_innerhtml.js")
}

func TestCoverageObservation(t *testing.T) {
	rec := run(t, "testdata")
	if len(rec.Obs) != 1 || rec.Obs[0].Control != "XSS-1" || rec.Obs[0].Kind != control.Coverage {
		t.Fatalf("observations: %+v", rec.Obs)
	}
	if !strings.Contains(rec.Obs[0].Text, "inline scripts") {
		t.Errorf("text: %q", rec.Obs[0].Text)
	}
}

func TestWants(t *testing.T) {
	a := New()
	for rel, want := range map[string]bool{
		"static/app.js": true, "src/App.jsx": true, "lib/x.mjs": true, "vendor/jquery.min.js": false, "static/js/vendor/x.js": false, "dist/app.min.js": false,
		"templates/base.html": true, "templates/page.j2": true, "app.py": false, "style.css": false,
	} {
		if a.Wants(rel) != want {
			t.Errorf("Wants(%q) = %v", rel, !want)
		}
	}
}

package templates

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

var wantRe = regexp.MustCompile(`\{#\s*want:\s*([A-Z0-9-]+(?:[ ,]+[A-Z0-9-]+)*)\s*#\}`)

func key(path string, line int, id string) string { return path + ":" + strconv.Itoa(line) + ": " + id }

// wants reads the "{# want: RULE #}" expectations of every fixture.
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
	if len(rec.Findings) != len(got) {
		t.Errorf("%d findings on %d distinct lines: duplicates", len(rec.Findings), len(got))
	}
	for _, e := range rec.Errs {
		t.Errorf("error on a fixture: %+v", e)
	}
	if len(want) == 0 {
		t.Fatal("no expectations found")
	}
}

func TestConfidenceOfSanitizedNames(t *testing.T) {
	rec := run(t, "testdata")
	for _, f := range rec.Findings {
		if f.Location.Path == "30_sanitized_name_safe.html" && f.Confidence != finding.ConfidenceLow {
			t.Errorf("%s: confidence %s, want low", f.Where(), f.Confidence)
		}
		if f.Location.Path == "01_comment_body_safe.html" && f.Confidence != finding.ConfidenceMedium {
			t.Errorf("%s: confidence %s, want medium", f.Where(), f.Confidence)
		}
	}
}

func TestObservations(t *testing.T) {
	rec := run(t, "testdata")
	var cov, pos int
	for _, o := range rec.Obs {
		switch {
		case o.Control == "XSS-1" && o.Kind == control.Coverage:
			cov++
		case o.Control == "IN-2" && o.Kind == control.Positive:
			pos++
		}
	}
	if cov != 1 || pos != 0 {
		t.Errorf("with SRI findings: observations %+v", rec.Obs)
	}
	dir := t.TempDir()
	data, _ := os.ReadFile("testdata/41_sri_ok.html")
	os.WriteFile(filepath.Join(dir, "ok.html"), data, 0o644)
	rec = run(t, dir)
	if len(rec.Findings) != 0 || len(rec.Obs) != 2 {
		t.Fatalf("all with SRI: findings %v observations %+v", rec.Findings, rec.Obs)
	}
	if o := rec.Obs[1]; o.Control != "IN-2" || o.Kind != control.Positive {
		t.Errorf("want IN-2 positive: %+v", o)
	}
}

func TestWants(t *testing.T) {
	a := New()
	for rel, want := range map[string]bool{
		"templates/base.html": true, "static/index.htm": true, "app/templates/mail/welcome.txt": true,
		"templates/sitemap.xml": true, "data/notes.txt": false, "feed.xml": false, "page.j2": true,
		"deploy/nginx.conf.j2": false, "templates/page.html.jinja2": true, "app.py": false,
	} {
		if a.Wants(rel) != want {
			t.Errorf("Wants(%q) = %v", rel, !want)
		}
	}
}

// TestRobustness: bad input gives an error entry or no finding, never a
// panic or a hang.
func TestRobustness(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("utf8.html", "<p>{{ x|safe }}</p>\xff\xfe\n")
	write("bin.html", "\x00\x01\x02{{ x|safe }}")
	write("unclosed.html", "<p>{{ x|safe </p>\n{% if %}\n")
	write("unclosed_string.html", "{{ 'abc|safe }}")
	write("deep.html", "{{ "+strings.Repeat("(", 5000)+"x"+strings.Repeat(")", 5000)+"|safe }}")
	write("huge.html", strings.Repeat("<p>{{ a }}</p>\n", 6<<20/15+1))
	write("many.html", strings.Repeat("{{ x|safe }}{% autoescape false %}", 20000))
	rec := run(t, dir)
	kinds := map[string]string{}
	for _, e := range rec.Errs {
		kinds[e.Path] += e.Kind + " "
	}
	for path, want := range map[string]string{
		"utf8.html": "encoding", "bin.html": "binary", "unclosed.html": "parse",
		"unclosed_string.html": "parse", "huge.html": "too-large",
	} {
		if !strings.Contains(kinds[path], want) {
			t.Errorf("%s: want an error of kind %s, got %q", path, want, kinds[path])
		}
	}
}

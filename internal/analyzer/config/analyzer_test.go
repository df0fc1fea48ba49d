package config

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/audit/audittest"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/rule"
)

// recorder keeps what the analyzer emits.
type recorder = audittest.Recorder

func loadRules(t testing.TB) *rule.Set { return audittest.Rules(t) }

// run analyzes a directory the way the runner would.
func run(t testing.TB, root string) *recorder { return audittest.RunDir(t, New(), root) }

var wantRe = regexp.MustCompile(`#\s*want:\s*(.*)$`)
var ruleIDRe = regexp.MustCompile(`^CFG-[A-Z0-9-]+$`)

// wants reads the "# want: RULE ..." expectations of every file under root.
func wants(t testing.TB, root string) map[string]bool {
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
			m := wantRe.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\r' }) {
				if !ruleIDRe.MatchString(id) {
					t.Fatalf("%s:%d: bad rule ID %q in want comment", rel, i+1, id)
				}
				out[key(filepath.ToSlash(rel), i+1, id)] = true
			}
		}
		return nil
	})
	return out
}

func key(path string, line int, id string) string { return path + ":" + strconv.Itoa(line) + ": " + id }

func TestFixtures(t *testing.T) {
	cases, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		t.Run(c.Name(), func(t *testing.T) {
			root := filepath.Join("testdata", c.Name())
			rec := run(t, root)
			want := wants(t, root)
			got := map[string]bool{}
			msgs := map[string]string{}
			for _, f := range rec.Findings {
				if f.Location == nil {
					t.Errorf("finding without location: %+v", f)
					continue
				}
				if f.Analyzer != ID || f.Message == "" {
					t.Errorf("finding metadata incomplete: %+v", f)
				}
				k := key(f.Location.Path, f.Location.Line, f.RuleID)
				got[k] = true
				msgs[k] = f.Message
			}
			var missing, unexpected []string
			for k := range want {
				if !got[k] {
					missing = append(missing, k)
				}
			}
			for k := range got {
				if !want[k] {
					unexpected = append(unexpected, k+"  ("+msgs[k]+")")
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
				t.Errorf("unexpected error entry: %+v", e)
			}
			if testing.Verbose() {
				for _, o := range rec.Obs {
					t.Logf("observation %s %s: %s", o.Control, o.Kind, o.Text)
				}
			}
		})
	}
}

// TestEveryRuleHasFixtures: each config rule is expected somewhere.
func TestEveryRuleHasFixtures(t *testing.T) {
	all := map[string]bool{}
	for k := range wants(t, "testdata") {
		all[k[strings.LastIndex(k, " ")+1:]] = true
	}
	for _, r := range loadRules(t).All() {
		if r.Analyzer == ID && !all[r.ID] {
			t.Errorf("rule %s has no positive fixture", r.ID)
		}
	}
}

func TestWants(t *testing.T) {
	yes := []string{"app/settings.py", "Dockerfile", "docker/Dockerfile.prod", "api.dockerfile", "Containerfile",
		"docker-compose.yml", "compose.prod.yaml", "db/postgresql.conf", "pg_hba.conf", ".env", ".env.production",
		"nginx/nginx.conf", "deploy/site.conf", "etc/nginx/sites-available/default"}
	no := []string{".env.example", ".env.sample", ".env.template", "README.md", "compose.json", "app.js", "settings.toml"}
	a := New()
	for _, p := range yes {
		if !a.Wants(p) {
			t.Errorf("Wants(%q) = false", p)
		}
	}
	for _, p := range no {
		if a.Wants(p) {
			t.Errorf("Wants(%q) = true", p)
		}
	}
}

func TestObservations(t *testing.T) {
	rec := run(t, filepath.Join("testdata", "django_secure"))
	has := func(ctl string, kind control.ObservationKind) bool {
		for _, o := range rec.Obs {
			if o.Control == ctl && o.Kind == kind {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		ctl  string
		kind control.ObservationKind
	}{{"XSS-2", control.Positive}, {"AU-3", control.Positive}, {"CR-2", control.Positive}, {"LG-2", control.Positive},
		{"MC-3", control.Coverage}, {"MC-2", control.Coverage}, {"CR-2", control.Coverage}} {
		if !has(c.ctl, c.kind) {
			t.Errorf("no %s observation for %s: %+v", c.kind, c.ctl, rec.Obs)
		}
	}
	if has("CR-1", control.Coverage) {
		t.Errorf("CR-1 coverage without nginx or PostgreSQL inputs")
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bin/settings.py", []byte("DEBUG = True\x00\x01\x02"))
	big := filepath.Join(dir, "big", "settings.py")
	os.MkdirAll(filepath.Dir(big), 0o755)
	fh, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	fh.Truncate(50 << 20)
	fh.Close()
	write("enc/config.py", []byte("SECRET_KEY = os.environ['K']  # caf\xe9\n"))
	write("enc/nginx.conf", []byte("http { server_tokens off; # caf\xe9\n}\n"))
	write("py2/settings.py", []byte("print 'hello'\nexec 'x = 1'\nDEBUG = os.environ.get('D')\n"))
	write("broken/nginx.conf", []byte("http {\n server {\n listen 80;\n"))
	write("broken/docker-compose.yml", []byte("services:\n  web: [unclosed\n    image: x\n"))
	write("comments/Dockerfile", []byte("# just a comment\n# another\n"))
	rec := run(t, dir)
	kinds := map[string]string{}
	for _, e := range rec.Errs {
		kinds[e.Path] = e.Kind
	}
	for p, k := range map[string]string{"bin/settings.py": "binary", "big/settings.py": "too-large", "enc/config.py": "encoding",
		"enc/nginx.conf": "encoding", "broken/nginx.conf": "parse", "broken/docker-compose.yml": "parse"} {
		if kinds[p] != k {
			t.Errorf("%s: error kind %q, want %q (all: %v)", p, kinds[p], k, rec.Errs)
		}
	}
	for _, f := range rec.Findings {
		if f.Location != nil {
			t.Errorf("unexpected finding on bad input: %s %s: %s", f.Location, f.RuleID, f.Message)
		}
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	in := &audit.Input{Root: "testdata", Rules: loadRules(t), Files: []audit.File{{Rel: "x/settings.py", Abs: "testdata/django_insecure/settings.py"}}}
	if err := New().Run(ctx, in, &recorder{}); err == nil {
		t.Fatal("Run ignored a canceled context")
	}
}

package secrets

import (
	"bufio"
	"bytes"
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
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
)

var wantRe = regexp.MustCompile(`(?:#|;|//)\s*want:\s*(.*)$`)

// wants reads the expectations of a fixture tree: "# want: RULE" comments
// (also "; want:" in INI files) and the WANTS file for files that cannot
// carry a comment (keys).
func wants(t *testing.T, root string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if rel == "WANTS" {
			sc := bufio.NewScanner(bytes.NewReader(data))
			for sc.Scan() {
				ln := strings.TrimSpace(sc.Text())
				if ln == "" || ln[0] == '#' {
					continue
				}
				f := strings.Fields(ln)
				out[f[0]+" "+f[1]] = true
			}
			return nil
		}
		for i, ln := range strings.Split(string(data), "\n") {
			if m := wantRe.FindStringSubmatch(ln); m != nil {
				for _, id := range strings.Fields(m[1]) {
					out[rel+":"+strconv.Itoa(i+1)+" "+id] = true
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestFixtures: every flagged line is expected and every expectation is met.
func TestFixtures(t *testing.T) {
	root := filepath.Join("testdata", "fixtures")
	rec := audittest.RunDir(t, New(Options{}), root)
	for _, e := range rec.Errs {
		t.Errorf("unexpected error entry: %+v", e)
	}
	want := wants(t, root)
	got := map[string]bool{}
	for _, f := range rec.Findings {
		k := f.Location.Path + ":" + strconv.Itoa(f.Location.Line) + " " + f.RuleID
		got[k] = true
		if !want[k] {
			t.Errorf("unexpected %s: %s | %s | %v", k, f.Message, f.Location.Snippet, f.Evidence.Facts)
		}
	}
	for _, k := range keys(want) {
		if !got[k] {
			t.Errorf("missed %s", k)
		}
	}
	cov := false
	for _, o := range rec.Obs {
		cov = cov || o.Control == "CR-2" && o.Kind == control.Coverage && o.Analyzer == ID
	}
	if !cov {
		t.Error("no CR-2 coverage observation")
	}
}

// rawSecrets returns the secrets the checks find in a tree, in clear (for
// the redaction tests only; they are never printed).
func rawSecrets(t *testing.T, root string) []string {
	t.Helper()
	d, err := detector()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	filepath.WalkDir(root, func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		info, _ := de.Info()
		r := scanFile(context.Background(), d, audit.File{Rel: filepath.ToSlash(rel), Abs: p, Size: info.Size()})
		if r == nil {
			return nil // gitleaks' allow-list
		}
		for _, h := range r.hits {
			out = append(out, h.secret)
		}
		return nil
	})
	if len(out) < 10 {
		t.Fatalf("only %d secrets in %s", len(out), root)
	}
	return out
}

// TestNoSecretInAnyReport runs the whole audit over the fixtures and renders
// every report format: no secret may appear in clear, and each appears
// masked in the JSON report.
func TestNoSecretInAnyReport(t *testing.T) {
	root := filepath.Join("testdata", "fixtures")
	secrets := rawSecrets(t, root)
	rules := audittest.Rules(t)
	cat, err := control.Load(rules)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Run(context.Background(), audit.Options{Root: root, Analyzers: []audit.Analyzer{New(Options{})}, Rules: rules, Catalog: cat})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) < 10 {
		t.Fatalf("only %d findings", len(rep.Findings))
	}
	for _, r := range report.Formats {
		var buf bytes.Buffer
		if err := r.Render(&buf, rep, report.Options{}); err != nil {
			t.Fatalf("%s: %v", r.Name(), err)
		}
		out := buf.String()
		for i, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s report holds secret #%d in clear (masked: %s)", r.Name(), i, finding.Mask(s))
			}
			if r.Name() == "json" && !strings.Contains(out, strings.ReplaceAll(finding.Mask(s), "\"", "")) {
				t.Errorf("json report lacks the masked form %s of secret #%d", finding.Mask(s), i)
			}
		}
	}
	// The analyzer masks what it emits itself, and the runner's redaction
	// leaves masked text alone (no second mask with a different prefix).
	rec := audittest.RunDir(t, New(Options{}), root)
	for _, f := range rec.Findings {
		g := f
		g.Evidence.Facts = append([]string(nil), f.Evidence.Facts...)
		loc := *f.Location
		g.Location = &loc
		g.Redact()
		if g.Message != f.Message || g.Location.Snippet != f.Location.Snippet || strings.Join(g.Evidence.Facts, "|") != strings.Join(f.Evidence.Facts, "|") {
			t.Errorf("%s: redaction changed an already masked finding: %q -> %q / %q -> %q", f.Location, f.Message, g.Message, f.Location.Snippet, g.Location.Snippet)
		}
	}
}

// TestDigestNames: a digest of a secret is named after its algorithm and is
// not the secret.
func TestDigestNames(t *testing.T) {
	for _, n := range []string{"password_sha256", "TOKEN_MD5", "apiKeyFingerprint", "secret_checksum"} {
		if k := secretName(n); k != "" {
			t.Errorf("%s: %q, want not a secret name", n, k)
		}
	}
	for _, n := range []string{"DB_PASSWORD", "api_key", "hmac_secret"} {
		if secretName(n) == "" {
			t.Errorf("%s: want a secret name", n)
		}
	}
}

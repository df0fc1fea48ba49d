package supplychain

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit/audittest"
	"github.com/secaudit/secaudit/internal/control"
)

var wantRe = regexp.MustCompile(`#\s*want:\s*([A-Z0-9 ,\-]+)\s*$`)

// Every project under testdata carries its expectations inline: a line
// that must be flagged ends with "# want: RULE-ID"; nothing else may be.
func TestProjects(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/*")
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			want := map[string]bool{}
			filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
				if err != nil || fi.IsDir() {
					return err
				}
				f, _ := os.Open(p)
				defer f.Close()
				rel, _ := filepath.Rel(dir, p)
				sc := bufio.NewScanner(f)
				for n := 1; sc.Scan(); n++ {
					if m := wantRe.FindStringSubmatch(sc.Text()); m != nil {
						for _, id := range strings.Split(m[1], ",") {
							want[fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), n, strings.TrimSpace(id))] = true
						}
					}
				}
				return nil
			})
			rec := audittest.RunDir(t, New(), dir)
			got := map[string]bool{}
			for _, f := range rec.Findings {
				got[fmt.Sprintf("%s:%d %s", f.Location.Path, f.Location.Line, f.RuleID)] = true
			}
			var diff []string
			for k := range want {
				if !got[k] {
					diff = append(diff, "missed: "+k)
				}
			}
			for k := range got {
				if !want[k] {
					diff = append(diff, "unexpected: "+k)
				}
			}
			sort.Strings(diff)
			for _, d := range diff {
				t.Error(d)
			}
		})
	}
}

// Broken YAML and binary requirement files become error entries; nothing
// is reported from them and nothing panics.
func TestBadInputBecomesErrors(t *testing.T) {
	rec := audittest.RunDir(t, New(), "testdata/bad-input")
	paths := map[string]bool{}
	for _, e := range rec.Errs {
		paths[e.Path] = true
	}
	for _, p := range []string{".github/workflows/broken.yml", "requirements.txt"} {
		if !paths[p] {
			t.Errorf("no error entry for %s (errors: %+v)", p, rec.Errs)
		}
	}
}

// Fully hashed requirements installed with --require-hashes are positive
// evidence for IN-2; unpinned actions are not.
func TestPositiveEvidence(t *testing.T) {
	positive := func(dir string) []string {
		var out []string
		for _, o := range audittest.RunDir(t, New(), dir).Obs {
			if o.Kind == control.Positive {
				out = append(out, o.Text)
			}
		}
		return out
	}
	if p := positive("testdata/installed-require-hashes"); len(p) != 1 || !strings.Contains(p[0], "--hash") {
		t.Errorf("hashed project: positive evidence %q", p)
	}
	for _, dir := range []string{"testdata/installed-unhashed", "testdata/workflows", "testdata/mixed-hashes"} {
		if p := positive(dir); len(p) != 0 {
			t.Errorf("%s: unexpected positive evidence %q", dir, p)
		}
	}
}

func FuzzRequirements(f *testing.F) {
	for _, s := range []string{"flask==1.0 --hash=sha256:aa\n", "-r other.txt\n-e git+https://x/y@main#egg=y\n", "a \\\n", "--index-url=http://x\n# c\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ff := &fileFacts{rel: "requirements.txt", kind: kindRequirements, lines: strings.Split(s, "\n")}
		c := &checker{ff: ff, rules: audittest.Rules(t)}
		c.requirements()
		c.commands(1, s, true)
	})
}

package python

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/audit/audittest"
	"github.com/secaudit/secaudit/internal/rule"
)

// collect keeps what the analyzer emits.
type collect = audittest.Recorder

// analyze runs the analyzer on files (relative to root).
func analyze(t testing.TB, root string, rels []string) *collect {
	t.Helper()
	rs, err := rule.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := &audit.Input{Root: root, Rules: rs}
	for _, r := range rels {
		fi, err := os.Stat(filepath.Join(root, r))
		if err != nil {
			t.Fatal(err)
		}
		in.Files = append(in.Files, audit.File{Rel: filepath.ToSlash(r), Abs: filepath.Join(root, r), Size: fi.Size()})
	}
	// Every file of the project, as the walk lists them (templates).
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			in.AllFiles = append(in.AllFiles, filepath.ToSlash(rel))
		}
		return nil
	})
	c := &collect{}
	if err := New().Run(context.Background(), in, c); err != nil {
		t.Fatal(err)
	}
	return c
}

var wantRe = regexp.MustCompile(`#\s*want:\s*([A-Z0-9 ,\-]+)\s*$`)

// projects lists the fixture projects: every .py file on its own, except
// the multi-module projects under interproc/, apps/<app>/ and
// frameworks/django/.
func projects(t *testing.T) map[string][]string {
	out := map[string][]string{}
	err := filepath.Walk("testdata", func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		rel, _ := filepath.Rel("testdata", p)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		switch {
		case len(parts) >= 3 && parts[0] == "interproc":
			out[filepath.Join("testdata", parts[0], parts[1])] = append(out[filepath.Join("testdata", parts[0], parts[1])], filepath.Join(parts[2:]...))
		case len(parts) >= 3 && parts[0] == "apps":
			// multi-module example apps: apps/<app>/...
			key := filepath.Join("testdata", parts[0], parts[1])
			out[key] = append(out[key], filepath.Join(parts[2:]...))
		case len(parts) >= 4 && parts[0] == "frameworks" && parts[1] == "django":
			key := filepath.Join("testdata", parts[0], parts[1], parts[2])
			out[key] = append(out[key], filepath.Join(parts[3:]...))
		default:
			out[p] = []string{filepath.Base(p)}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFixtures checks every fixture: each "# want: RULE" line is found and
// nothing else is.
func TestFixtures(t *testing.T) {
	projs := projects(t)
	names := make([]string, 0, len(projs))
	for k := range projs {
		names = append(names, k)
	}
	sort.Strings(names)
	type stat struct{ tp, fn, fp int }
	stats := map[string]*stat{}
	get := func(r string) *stat {
		if stats[r] == nil {
			stats[r] = &stat{}
		}
		return stats[r]
	}
	for _, name := range names {
		files := projs[name]
		root := name
		if strings.HasSuffix(name, ".py") {
			root = filepath.Dir(name)
		}
		t.Run(strings.TrimPrefix(name, "testdata/"), func(t *testing.T) {
			want := map[string]bool{}
			for _, f := range files {
				data, err := os.ReadFile(filepath.Join(root, f))
				if err != nil {
					t.Fatal(err)
				}
				for i, line := range strings.Split(string(data), "\n") {
					if m := wantRe.FindStringSubmatch(line); m != nil {
						for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' }) {
							want[fmt.Sprintf("%s:%d %s", filepath.ToSlash(f), i+1, id)] = true
						}
					}
				}
			}
			c := analyze(t, root, files)
			got := map[string]bool{}
			for _, f := range c.Findings {
				got[fmt.Sprintf("%s:%d %s", f.Location.Path, f.Location.Line, f.RuleID)] = true
			}
			for k := range want {
				id := k[strings.LastIndexByte(k, ' ')+1:]
				if got[k] {
					get(id).tp++
				} else {
					get(id).fn++
					t.Errorf("missed:     %s", k)
				}
			}
			for k := range got {
				if !want[k] {
					get(k[strings.LastIndexByte(k, ' ')+1:]).fp++
					t.Errorf("unexpected: %s", k)
				}
			}
		})
	}
	ids := make([]string, 0, len(stats))
	for k := range stats {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s := stats[id]
		t.Logf("%-24s found %3d  missed %3d  false %3d", id, s.tp, s.fn, s.fp)
	}
}

package deps

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit/audittest"
	"github.com/secaudit/secaudit/internal/osvdb"
)

// fixtureDB imports the osvdb package's edge-case advisories into a fresh
// database directory.
func fixtureDB(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := osvdb.Import(dir, filepath.Join("..", "..", "osvdb", "testdata", "osv")); err != nil {
		t.Fatal(err)
	}
	return dir
}

type place struct {
	rule, path string
	line       int
}

func places(rec *audittest.Recorder) []place {
	var out []place
	for _, f := range rec.Findings {
		out = append(out, place{f.RuleID, f.Location.Path, f.Location.Line})
	}
	sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
	return out
}

// compare checks the findings against the expected places: every expected
// one found, nothing else reported.
func compare(t *testing.T, rec *audittest.Recorder, want []place) {
	t.Helper()
	got := map[place]int{}
	for _, p := range places(rec) {
		got[p]++
	}
	wanted := map[place]bool{}
	for _, w := range want {
		wanted[w] = true
		if got[w] == 0 {
			t.Errorf("missed: %s at %s:%d", w.rule, w.path, w.line)
		}
	}
	for _, f := range rec.Findings {
		p := place{f.RuleID, f.Location.Path, f.Location.Line}
		if !wanted[p] {
			t.Errorf("not expected: %s at %s:%d: %s", p.rule, p.path, p.line, f.Message)
		}
	}
}

func TestVulnerableFixtures(t *testing.T) {
	rec := audittest.RunDir(t, New(fixtureDB(t)), "testdata/vulnerable")
	for _, e := range rec.Errs {
		t.Errorf("unexpected error entry: %+v", e)
	}
	compare(t, rec, []place{
		{RuleVuln, "requirements.txt", 2},          // prerel-pkg==2.0b3
		{RuleVuln, "requirements.txt", 3},          // Post_Pkg[extra]==1.0.post1 ; marker
		{RuleVuln, "requirements.txt", 4},          // epoch-pkg==1!1.5 with a continued --hash
		{RuleVuln, "requirements.txt", 6},          // alias-pkg===1.3
		{RuleVuln, "sub/requirements-base.txt", 1}, // through -r, reported once
		{RuleUnpinned, "requirements.txt", 9},
		{RuleUnpinned, "requirements.txt", 10},
		{RuleUnpinned, "requirements.txt", 11},
		{RuleUnpinned, "requirements.txt", 12},
		{RuleUnpinned, "requirements.txt", 13},
		{RuleVuln, "Pipfile.lock", 9},
		{RuleVuln, "Pipfile.lock", 15},
		{RuleVuln, "poetry.lock", 10},
		{RuleVuln, "pdm/pdm.lock", 8},
		{RuleVuln, "pdm/pdm.lock", 13},
		{RuleVuln, "uv/uv.lock", 5},
		{RuleVuln, "uv/uv.lock", 10},
		{RuleVuln, "package-lock.json", 15},
		{RuleVuln, "package-lock.json", 20},
		{RuleVuln, "yarn/yarn.lock", 5},
		{RuleVuln, "yarn/yarn.lock", 10},
		{RuleVuln, "pnpm/pnpm-lock.yaml", 10},
		{RuleVuln, "pyproj/pyproject.toml", 5},
		{RuleUnpinned, "pyproj/pyproject.toml", 6},
		{RuleVuln, "pyproj/pyproject.toml", 10},
	})
	for _, f := range rec.Findings {
		t.Logf("%s %s:%d %s [%s] %v", f.RuleID, f.Location.Path, f.Location.Line, f.Message, f.Severity, f.Evidence.Facts)
		if f.Location.Snippet == "" {
			t.Errorf("%s:%d: no snippet", f.Location.Path, f.Location.Line)
		}
	}
}

func TestFindingContent(t *testing.T) {
	rec := audittest.RunDir(t, New(fixtureDB(t)), "testdata/vulnerable")
	var alias, unpinned string
	for _, f := range rec.Findings {
		if f.Location.Path == "requirements.txt" && f.Location.Line == 6 {
			alias = f.Message + " | " + strings.Join(f.Evidence.Facts, " | ") + " | " + f.Severity.String()
		}
		if f.Location.Path == "requirements.txt" && f.Location.Line == 12 {
			unpinned = f.Message
		}
	}
	for _, want := range []string{"alias-pkg 1.3", "PYSEC-2099-1 (GHSA-aaaa-bbbb-cccc, CVE-2099-1)", "fixed in 1.5", "CVSS 9.8", "critical"} {
		if !strings.Contains(alias, want) {
			t.Errorf("alias-pkg finding %q lacks %q", alias, want)
		}
	}
	if !strings.Contains(unpinned, `">=1.2,<1.4"`) {
		t.Errorf("unpinned finding should quote the range: %q", unpinned)
	}
}

func TestFixedFixturesAreClean(t *testing.T) {
	rec := audittest.RunDir(t, New(fixtureDB(t)), "testdata/fixed")
	compare(t, rec, nil)
	for _, e := range rec.Errs {
		t.Errorf("unexpected error entry: %+v", e)
	}
	if len(rec.Obs) != 1 || !strings.Contains(rec.Obs[0].Text, "no known vulnerability") {
		t.Errorf("want one MC-1 coverage observation, got %+v", rec.Obs)
	}
}

// pyproject.toml ranges are not reported when a lockfile pins the versions.
func TestPyprojectWithLockfile(t *testing.T) {
	rec := audittest.RunDir(t, New(fixtureDB(t)), "testdata/withlock")
	compare(t, rec, nil)
}

func TestBrokenFiles(t *testing.T) {
	rec := audittest.RunDir(t, New(fixtureDB(t)), "testdata/broken")
	compare(t, rec, nil)
	kinds := map[string]string{}
	for _, e := range rec.Errs {
		kinds[e.Path] = e.Kind
		t.Logf("%+v", e)
	}
	for _, p := range []string{"package-lock.json", "poetry.lock", "pnpm-lock.yaml"} {
		if kinds[p] != "parse" {
			t.Errorf("%s: want a parse error entry, got %q", p, kinds[p])
		}
	}
	if kinds["requirements.txt"] != "unreadable" {
		t.Errorf("a missing -r include must be reported, got %q", kinds["requirements.txt"])
	}
}

func TestNoDatabase(t *testing.T) {
	rec := audittest.RunDir(t, New(filepath.Join(t.TempDir(), "none")), "testdata/vulnerable")
	var vuln, unpinned int
	for _, f := range rec.Findings {
		switch f.RuleID {
		case RuleVuln:
			vuln++
		case RuleUnpinned:
			unpinned++
		}
	}
	if vuln != 0 || unpinned == 0 {
		t.Errorf("without a database: %d DEP-VULN (want 0), %d DEP-UNPINNED (want them still)", vuln, unpinned)
	}
	if len(rec.Errs) != 1 || rec.Errs[0].Kind != "no-database" || !strings.Contains(rec.Errs[0].Message, "secaudit db update or secaudit db import PATH") {
		t.Errorf("want one no-database error entry, got %+v", rec.Errs)
	}
}

func TestHugeLockfile(t *testing.T) {
	root := t.TempDir()
	f, err := os.Create(filepath.Join(root, "requirements.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: 1 GiB without writing it.
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	os.WriteFile(filepath.Join(root, "package-lock.json"), []byte(`{"lockfileVersion": 3, "packages": {"node_modules/npm-pre": {"version": "1.0.0"}}}`), 0o644)
	rec := audittest.RunDir(t, New(fixtureDB(t)), root)
	if len(rec.Errs) != 1 || rec.Errs[0].Kind != "too-large" || rec.Errs[0].Path != "requirements.txt" {
		t.Errorf("want one too-large error entry, got %+v", rec.Errs)
	}
	if len(rec.Findings) != 1 {
		t.Errorf("the other lockfile must still be audited: %+v", rec.Findings)
	}
}

func TestWants(t *testing.T) {
	for rel, want := range map[string]bool{
		"requirements.txt": true, "requirements-dev.txt": true, "deploy/requirements/prod-requirements.txt": true,
		"Pipfile.lock": true, "poetry.lock": true, "pdm.lock": true, "uv.lock": true, "pyproject.toml": true,
		"package-lock.json": true, "npm-shrinkwrap.json": true, "yarn.lock": true, "pnpm-lock.yaml": true,
		"node_modules/x/package-lock.json": false, "requirements.md": false, "Pipfile": false, "package.json": false,
	} {
		if got := New("").Wants(rel); got != want {
			t.Errorf("Wants(%q) = %v, want %v", rel, got, want)
		}
	}
}

// TestCorruptRecordKeepsOtherFindings: a record file cut short fails the
// packages whose records are past the cut, as error entries; the packages
// whose records are intact are still reported.
func TestCorruptRecordKeepsOtherFindings(t *testing.T) {
	db := fixtureDB(t)
	recs, _ := filepath.Glob(filepath.Join(db, "*.rec"))
	if len(recs) != 1 {
		t.Fatalf("record files: %v", recs)
	}
	st, err := os.Stat(recs[0])
	if err != nil {
		t.Fatal(err)
	}
	// Records are stored by ID: EDGE-EPOCH near the start, edge-yaml last.
	if err := os.Truncate(recs[0], st.Size()/2); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "requirements.txt"), []byte("epoch-pkg==1!1.5\nzope.interface.x==4.0\n"), 0o644)
	rec := audittest.RunDir(t, New(db), root)
	compare(t, rec, []place{{RuleVuln, "requirements.txt", 1}})
	n := 0
	for _, e := range rec.Errs {
		if e.Kind == "advisory-database" && strings.Contains(e.Message, "zope.interface.x 4.0 not checked") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one error entry for the package whose record is cut off, got %+v", rec.Errs)
	}
}

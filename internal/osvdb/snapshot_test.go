package osvdb

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/osvdb/osvtest"
)

// snapshotDir is the real advisory snapshot shared by the project's machines
// (see its README); tests that need it skip when it is absent.
func snapshotDir(t testing.TB) string { return osvtest.Dir(t) }

// importSnapshot imports the whole snapshot into a fresh database.
func importSnapshot(t testing.TB) *DB {
	t.Helper()
	src := snapshotDir(t)
	dir := t.TempDir()
	res, err := Import(dir, src)
	if err != nil {
		t.Fatalf("import %s: %v", src, err)
	}
	if len(res.Sources) != 2 {
		t.Fatalf("want the PyPI and npm sources, got %+v", res.Sources)
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestImportSnapshotStats(t *testing.T) {
	src := snapshotDir(t)
	dir := t.TempDir()
	start := time.Now()
	res, err := Import(dir, filepath.Join(src, "PyPI", "all.zip"))
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	s := res.Sources[0]
	t.Logf("PyPI: %+v in %v; problems: %s", s.Stats, took, strings.Join(s.Problems, "; "))
	if s.Source != "PyPI" {
		t.Errorf("source name %q, want PyPI", s.Source)
	}
	// The README counts 2,661 advisories, with 2 malformed ECOSYSTEM events.
	if got := s.Stats.Records + s.Stats.Withdrawn; got != 2661 {
		t.Errorf("records+withdrawn = %d, want 2661", got)
	}
	if s.Stats.Invalid != 0 {
		t.Errorf("invalid = %d, want 0", s.Stats.Invalid)
	}
	if s.Stats.MalformedRanges < 2 {
		t.Errorf("malformed ranges = %d, want the 2 non-PEP 440 events counted", s.Stats.MalformedRanges)
	}
	if took > 5*time.Second {
		t.Errorf("importing the PyPI snapshot took %v, the budget is 5s", took)
	}
}

func BenchmarkImportPyPISnapshot(b *testing.B) {
	src := snapshotDir(b)
	for i := 0; i < b.N; i++ {
		if _, err := Import(b.TempDir(), filepath.Join(src, "PyPI", "all.zip")); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSnapshotNpmNameCase: the Node.js working group's advisory for jQuery
// (CVE-2019-11358) names the package "jQuery"; lockfiles name it "jquery".
func TestSnapshotNpmNameCase(t *testing.T) {
	db := importSnapshot(t)
	res, err := db.Check(Package{EcosystemNPM, "jquery", "3.3.1"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, v := range res.Vulns {
		for _, id := range v.IDs {
			found = found || id == "CVE-2019-11358"
		}
	}
	if !found {
		t.Errorf("jquery 3.3.1: CVE-2019-11358 not reported; got %+v", res.Vulns)
	}
}

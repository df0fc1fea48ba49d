package deps

import (
	"path/filepath"
	"testing"

	"github.com/secaudit/secaudit/internal/osvdb/osvtest"

	"github.com/secaudit/secaudit/internal/audit/audittest"
	"github.com/secaudit/secaudit/internal/osvdb"
)

// snapshotDB imports the shared OSV snapshot (../shared/osv beside the
// repository; see its README), skipping when it is absent.
func snapshotDB(t testing.TB) string {
	t.Helper()
	src := osvtest.Dir(t)
	dir := t.TempDir()
	if _, err := osvdb.Import(dir, src); err != nil {
		t.Fatal(err)
	}
	return dir
}

// vulnshop's vulnerable pins (the DEP-VULN rows of its EXPECTED.md), and
// nothing else; safeshop has none.
func TestExamplesOnSnapshot(t *testing.T) {
	db := snapshotDB(t)
	rec := audittest.RunDir(t, New(db), filepath.Join("..", "..", "..", "examples", "vulnshop"))
	for _, e := range rec.Errs {
		t.Errorf("vulnshop: unexpected error entry %+v", e)
	}
	var want []place
	for _, l := range []int{1, 2, 3, 6, 7, 8, 9, 11, 12, 13} {
		want = append(want, place{RuleVuln, "requirements.txt", l})
	}
	want = append(want, place{RuleVuln, "package-lock.json", 17}, place{RuleVuln, "package-lock.json", 23})
	compare(t, rec, want)

	rec = audittest.RunDir(t, New(db), filepath.Join("..", "..", "..", "examples", "safeshop"))
	compare(t, rec, nil)
	for _, e := range rec.Errs {
		t.Errorf("safeshop: unexpected error entry %+v", e)
	}
	if len(rec.Obs) != 1 {
		t.Errorf("safeshop: want the MC-1 coverage observation, got %+v", rec.Obs)
	}
}

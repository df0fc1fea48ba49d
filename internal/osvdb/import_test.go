package osvdb

import (
	"archive/zip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeZip(t *testing.T, path string, files map[string]string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestOpenWithoutDatabase(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "missing"))
	if !errors.Is(err, ErrNoDatabase) {
		t.Errorf("missing dir: %v, want ErrNoDatabase", err)
	}
	_, err = Open(t.TempDir())
	if !errors.Is(err, ErrNoDatabase) {
		t.Errorf("empty dir: %v, want ErrNoDatabase", err)
	}
}

func TestImportCorruptZip(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(t.TempDir(), "all.zip")
	os.WriteFile(bad, []byte("PK\x03\x04garbage, not a zip"), 0o644)
	res, err := Import(dir, bad)
	if err == nil || !strings.Contains(err.Error(), "zip") {
		t.Fatalf("corrupt zip: want an error, got %v", err)
	}
	if res.Sources[0].Err == nil {
		t.Error("source result carries no error")
	}
	if _, err := Open(dir); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("a failed import must store nothing: %v", err)
	}

	// A zip whose entry is truncated (CRC and length wrong): error, not crash.
	good := filepath.Join(t.TempDir(), "x.zip")
	writeZip(t, good, map[string]string{"A.json": strings.Repeat(mustRead(t, "testdata/osv/EDGE-PRE.json"), 1)})
	b, _ := os.ReadFile(good)
	b[40] ^= 0xff // inside the compressed data
	os.WriteFile(good, b, 0o644)
	if _, err := Import(dir, good); err == nil {
		t.Log("flipped byte did not break the zip's checksum (possible for stored data); no crash either way")
	}
}

func TestImportReplacesSourceKeepsOthers(t *testing.T) {
	dir := t.TempDir()
	pyDir := filepath.Join(t.TempDir(), "PyPI")
	os.MkdirAll(pyDir, 0o755)
	writeZip(t, filepath.Join(pyDir, "all.zip"), map[string]string{"EDGE-PRE.json": mustRead(t, "testdata/osv/EDGE-PRE.json")})
	npmDir := filepath.Join(filepath.Dir(pyDir), "npm")
	os.MkdirAll(npmDir, 0o755)
	writeZip(t, filepath.Join(npmDir, "all.zip"), map[string]string{"EDGE-NPMPRE.json": mustRead(t, "testdata/osv/EDGE-NPMPRE.json")})
	if _, err := Import(dir, filepath.Join(pyDir, "all.zip")); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(dir, filepath.Join(npmDir, "all.zip")); err != nil {
		t.Fatal(err)
	}
	// Re-import PyPI with other content: the old PyPI record is gone, npm stays.
	writeZip(t, filepath.Join(pyDir, "all.zip"), map[string]string{"EDGE-POST.json": mustRead(t, "testdata/osv/EDGE-POST.json")})
	if _, err := Import(dir, filepath.Join(pyDir, "all.zip")); err != nil {
		t.Fatal(err)
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	check := func(eco, name, v string, want int) {
		t.Helper()
		r, err := db.Check(Package{eco, name, v})
		if err != nil || len(r.Vulns) != want {
			t.Errorf("%s %s: %d vulns (%v), want %d", name, v, len(r.Vulns), err, want)
		}
	}
	check("PyPI", "prerel-pkg", "1.0", 0)
	check("PyPI", "post-pkg", "1.0", 1)
	check("npm", "npm-pre", "1.0.0", 1)
	recs, _ := filepath.Glob(filepath.Join(dir, "PyPI-*.rec"))
	if len(recs) != 1 {
		t.Errorf("old PyPI record files left behind: %v", recs)
	}
	if names := db.Sources(); len(names) != 2 {
		t.Errorf("sources %+v", names)
	}
}

func TestImportRejectsNonRecords(t *testing.T) {
	dir := t.TempDir()
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "a.json"), []byte(`{"id": 5}`), 0o644)
	os.WriteFile(filepath.Join(src, "b.yaml"), []byte("id: [unclosed"), 0o644)
	os.WriteFile(filepath.Join(src, "c.json"), []byte(mustRead(t, "testdata/osv/EDGE-PRE.json")), 0o644)
	res, err := Import(dir, src)
	if err != nil {
		t.Fatal(err)
	}
	s := res.Sources[0]
	if s.Stats.Invalid != 2 || s.Stats.Records != 1 || len(s.Problems) != 2 {
		t.Errorf("stats %+v problems %v", s.Stats, s.Problems)
	}
	if _, err := Import(dir, t.TempDir()); err == nil {
		t.Error("an empty directory must be an error")
	}
}

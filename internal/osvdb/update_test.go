package osvdb

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// bucketServer serves dir in osv.dev's bucket layout on 127.0.0.1, with
// ETag and Last-Modified from the files (http.ServeFile answers conditional
// requests with 304). It counts full downloads.
func bucketServer(t *testing.T, dir string) (*httptest.Server, *atomic.Int32) {
	var full atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(r.URL.Path, "/")))
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("ETag", `"`+st.ModTime().UTC().Format("20060102150405")+`"`)
		rec := &statusRecorder{ResponseWriter: w}
		http.ServeFile(rec, r, p)
		if rec.status == http.StatusOK {
			full.Add(1)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &full
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func TestUpdateFromLocalBucket(t *testing.T) {
	src := snapshotDir(t)
	srv, full := bucketServer(t, src)
	dir := t.TempDir()
	ctx := context.Background()

	res, err := Update(ctx, dir, srv.URL, UpdateEcosystems, srv.Client())
	if err != nil {
		t.Fatalf("update: %v", err)
	}
	if len(res) != 2 || res[0].NotModified || res[0].Import == nil || res[0].Import.Stats.Records < 2600 {
		t.Fatalf("first update: %+v", res)
	}
	if full.Load() != 2 {
		t.Errorf("first update downloaded %d zips, want 2", full.Load())
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := db.Check(Package{"npm", "minimist", "1.2.0"})
	db.Close()
	if err != nil || len(r.Vulns) == 0 {
		t.Fatalf("minimist 1.2.0 after update: %+v %v", r, err)
	}

	// Second update: the server answers 304 for both, nothing is downloaded.
	res, err = Update(ctx, dir, srv.URL, UpdateEcosystems, srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if !r.NotModified {
			t.Errorf("%s: second update was not conditional: %+v", r.Ecosystem, r)
		}
	}
	if full.Load() != 2 {
		t.Errorf("second update downloaded again (%d full downloads)", full.Load())
	}

	// A source deleted by hand is downloaded again, not trusted to a 304.
	os.Remove(filepath.Join(dir, "npm.idx"))
	if _, err := Update(ctx, dir, srv.URL, []string{"npm"}, srv.Client()); err != nil {
		t.Fatal(err)
	}
	if full.Load() != 3 {
		t.Errorf("re-download after losing the source: %d full downloads, want 3", full.Load())
	}
}

func TestUpdateOfflineKeepsDatabase(t *testing.T) {
	dir := t.TempDir()
	if _, err := Import(dir, "testdata/osv"); err != nil {
		t.Fatal(err)
	}
	// A listener that is closed at once: connection refused, as offline.
	srv := httptest.NewServer(http.NotFoundHandler())
	base := srv.URL
	srv.Close()
	_, err := Update(context.Background(), dir, base, UpdateEcosystems, nil)
	if err == nil || !strings.Contains(err.Error(), "cannot reach") || !strings.Contains(err.Error(), "db import") {
		t.Fatalf("offline update: want a clear error, got %v", err)
	}
	if _, err := Open(dir); err != nil {
		t.Fatalf("database damaged by a failed update: %v", err)
	}
}

func TestUpdateCorruptZipKeepsPreviousCopy(t *testing.T) {
	bucket := t.TempDir()
	os.MkdirAll(filepath.Join(bucket, "PyPI"), 0o755)
	// A valid zip first...
	good := filepath.Join(bucket, "PyPI", "all.zip")
	writeZip(t, good, map[string]string{"EDGE-PRE.json": mustRead(t, "testdata/osv/EDGE-PRE.json")})
	srv, _ := bucketServer(t, bucket)
	dir := t.TempDir()
	if _, err := Update(context.Background(), dir, srv.URL, []string{"PyPI"}, srv.Client()); err != nil {
		t.Fatal(err)
	}
	// ...then the server serves garbage under the same name.
	os.WriteFile(good, []byte("PK\x03\x04 this is not a zip"), 0o644)
	os.Remove(filepath.Join(dir, "PyPI.http.json")) // force a full download
	_, err := Update(context.Background(), dir, srv.URL, []string{"PyPI"}, srv.Client())
	if err == nil || !strings.Contains(err.Error(), "zip") {
		t.Fatalf("corrupt zip: want an error naming the zip, got %v", err)
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if r, _ := db.Check(Package{"PyPI", "prerel-pkg", "1.0"}); len(r.Vulns) != 1 {
		t.Errorf("previous copy lost after a corrupt download: %+v", r)
	}
}

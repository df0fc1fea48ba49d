package cli

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Execute(args, &out, &errb)
	return code, out.String(), errb.String()
}

// db import, db status, then an audit that reads the database through --db.
func TestDBImportAndAudit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "osv")
	code, out, errs := run(t, "db", "import", "--db", db, filepath.Join("..", "osvdb", "testdata", "osv"))
	if code != 0 || !strings.Contains(out, "dir-osv:") {
		t.Fatalf("db import: exit %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = run(t, "db", "status", "--db", db)
	if code != 0 || !strings.Contains(out, "dir-osv") {
		t.Fatalf("db status: exit %d\n%s", code, out)
	}
	report := filepath.Join(t.TempDir(), "r.json")
	code, _, errs = run(t, "code", "--db", db, "-q", "--format", "json", "-o", report, filepath.Join("..", "analyzer", "deps", "testdata", "vulnerable"))
	if code != 1 {
		t.Fatalf("code: exit %d, want 1 (critical findings)\n%s", code, errs)
	}
	var rep struct {
		Findings []struct {
			RuleID string `json:"rule_id"`
		} `json:"findings"`
	}
	b, _ := os.ReadFile(report)
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range rep.Findings {
		if f.RuleID == "DEP-VULN" {
			n++
		}
	}
	if n != 19 {
		t.Errorf("%d DEP-VULN findings through the CLI, want the fixture's 19", n)
	}
	// The environment variable is the fallback for --db.
	t.Setenv("SECAUDIT_DB", db)
	if code, out, _ := run(t, "db", "status"); code != 0 || !strings.Contains(out, db) {
		t.Errorf("SECAUDIT_DB not used: exit %d %s", code, out)
	}
}

func TestDBUpdateAgainstLocalServer(t *testing.T) {
	bucket := t.TempDir()
	for _, eco := range []string{"PyPI", "npm"} {
		os.MkdirAll(filepath.Join(bucket, eco), 0o755)
	}
	// Empty but valid zips are enough to exercise the command.
	empty := []byte("PK\x05\x06" + strings.Repeat("\x00", 18))
	os.WriteFile(filepath.Join(bucket, "PyPI", "all.zip"), empty, 0o644)
	os.WriteFile(filepath.Join(bucket, "npm", "all.zip"), empty, 0o644)
	srv := httptest.NewServer(http.FileServer(http.Dir(bucket)))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "osv")
	code, out, errs := run(t, "db", "update", "--db", db, "--base-url", srv.URL)
	if code != 0 || !strings.Contains(out, "PyPI: downloaded") {
		t.Fatalf("db update: exit %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = run(t, "db", "update", "--db", db, "--base-url", srv.URL)
	if code != 0 || !strings.Contains(out, "PyPI: up to date") || !strings.Contains(out, "npm: up to date") {
		t.Errorf("second db update: exit %d\n%s", code, out)
	}
	srv.Close()
	code, _, errs = run(t, "db", "update", "--db", db, "--base-url", srv.URL)
	if code != 3 || !strings.Contains(errs, "cannot reach") {
		t.Errorf("offline db update: exit %d, %s", code, errs)
	}
}

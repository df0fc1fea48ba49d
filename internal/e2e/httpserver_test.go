package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A plain http.server app (testdata/httpserver): its routes exist only as
// comparisons of self.path in do_GET/do_POST, and its home page links to
// none of them. The vulnerable routes must be found through the routes
// read from the code, with proof; their safe twins must not be reported.

const httpserverApp = "testdata/httpserver"

// startPlainApp starts a standard-library app (no framework needed) on a
// free 127.0.0.1 port and waits until it answers.
func startPlainApp(t *testing.T, dir string) string {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("Debian's python3 is needed (apt-get install python3; .ci/run does)")
	}
	return runApp(t, dir)
}

func TestAuditURLHTTPServerCodeSeeded(t *testing.T) {
	url := startPlainApp(t, httpserverApp)
	cfg := filepath.Join(t.TempDir(), ".secaudit.yaml")
	os.WriteFile(cfg, nil, 0o644)
	rep := codeAudit(t, httpserverApp, url, cfg)
	want := [][4]string{
		{"WEB-XSS-REFLECTED", "GET", "/search", "q"},
		{"WEB-SQLI", "POST", "/api/lookup", "name"},
		{"WEB-PATH-TRAVERSAL", "GET", "/files", "name"},
	}
	assertCodeSeeded(t, rep, want)
	// The safe twins were probed (they are in the route map) and hold.
	for _, f := range rep.Findings {
		if f.Web == nil || !strings.HasSuffix(f.Web.PathTemplate, "-safe") {
			continue
		}
		if f.Severity != "info" && f.Severity != "low" {
			t.Errorf("safe twin reported: %s %s %s %s: %s", f.Severity, f.RuleID, f.Web.Method, f.Web.URL, f.Message)
		}
	}
}

package cli

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit"
)

// --analyzers runs only the named analyzers (comma-separated or repeated);
// an unknown name is a usage error that lists the real ones.
func TestAnalyzerSelection(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "app.py"), []byte("import os\nos.system(input())\n"), 0o644)
	out := filepath.Join(dir, "r.json")
	if code := Execute([]string{"code", dir, "-q", "--exit-zero", "--analyzers", "python,config", "--analyzers", "secrets", "--format", "json", "-o", out}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rep struct {
		Analyzers []struct {
			ID string `json:"id"`
		} `json:"analyzers"`
	}
	data, _ := os.ReadFile(out)
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, a := range rep.Analyzers {
		got[a.ID] = true
	}
	if len(got) != 3 || !got["python"] || !got["config"] || !got["secrets"] {
		t.Fatalf("analyzers run: %v", got)
	}
	if code := Execute([]string{"code", dir, "-q", "--analyzers", "pyhton"}, io.Discard, io.Discard); code != audit.ExitUsage {
		t.Fatalf("unknown analyzer: exit %d, want %d", code, audit.ExitUsage)
	}
}

// The dynamic audit refuses a target that is not this machine unless
// --allow-remote says the operator means it; nothing is sent.
func TestWebRefusesRemoteTargets(t *testing.T) {
	for _, u := range []string{"http://192.0.2.10/", "https://example.com/", "http://10.0.0.1:8080/"} {
		var errb strings.Builder
		if code := Execute([]string{"web", u, "-q"}, io.Discard, &errb); code != audit.ExitUsage || !strings.Contains(errb.String(), "--allow-remote") {
			t.Errorf("web %s: exit %d %q, want a usage error naming --allow-remote", u, code, errb.String())
		}
	}
	for _, h := range []string{"localhost", "127.0.0.1", "::1", "app.localhost", "127.8.9.1"} {
		if !isLoopbackHost(h) {
			t.Errorf("%s is this machine", h)
		}
	}
	for _, h := range []string{"localhost.example.com", "10.0.0.1", "0.0.0.0", "example.com"} {
		if isLoopbackHost(h) {
			t.Errorf("%s is not loopback", h)
		}
	}
}

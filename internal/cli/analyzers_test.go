package cli

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
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

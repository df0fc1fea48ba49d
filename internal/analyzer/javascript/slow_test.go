package javascript

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestSlowCorpus(t *testing.T) {
	dir := os.Getenv("CORPUS")
	paths, _ := filepath.Glob(filepath.Join(dir, "*"))
	rules := loadRules(t)
	for _, p := range paths {
		raw, _ := os.ReadFile(p)
		lines := strings.SplitN(string(raw), "\n", 2)
		s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(lines[1]), "[]byte("), ")"))
		if err != nil {
			continue
		}
		for _, rel := range []string{"app.js", "page.html"} {
			res := &fileResult{rel: rel, kind: kindOf(rel)}
			st := time.Now()
			src, ok := checkText([]byte(s), res)
			if ok {
				analyzeSource(context.Background(), src, res, rules)
			}
			if d := time.Since(st); d > 50*time.Millisecond {
				t.Logf("%s %s %v len=%d %q", filepath.Base(p), rel, d, len(s), s[:min(200, len(s))])
			}
		}
	}
}

package javascript

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// FuzzJavaScript runs the whole file analysis (parse, convert, taint) on
// arbitrary input, as a JavaScript file and as a template with scripts.
func FuzzJavaScript(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<script>a = location.hash; el.innerHTML = `${a}`</script>"))
	rules := loadRules(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, rel := range []string{"app.js", "page.html"} {
			res := &fileResult{rel: rel, kind: kindOf(rel)}
			src, ok := checkText(data, res)
			if !ok {
				continue
			}
			analyzeSource(context.Background(), src, res, rules)
			for _, fd := range res.findings {
				if fd.Location == nil || fd.Location.Line < 1 || len(fd.Evidence.Trace) == 0 {
					t.Fatalf("malformed finding %+v", fd)
				}
			}
		}
	})
}

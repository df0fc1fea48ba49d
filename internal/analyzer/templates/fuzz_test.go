package templates

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzTemplate runs the lexer, the template checks and the SRI check on
// arbitrary input.
func FuzzTemplate(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{% raw %}{{ x }}{% endraw %}{{ {"a": "}}"}|safe }}{% autoescape off %}{{ y }}`))
	rules := loadRules(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		res := &fileResult{rel: "templates/page.html"}
		src, ok := checkText(data, res)
		if !ok {
			return
		}
		analyzeText(string(src), res, rules)
		lines := newLines(string(src))
		for _, fd := range res.findings {
			if fd.Location == nil || fd.Location.Line < 1 || fd.Location.Line > len(lines.starts) {
				t.Fatalf("finding outside the file: %+v", fd.Location)
			}
		}
	})
}

package deps

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// Every extractor on arbitrary bytes: packages or an error, never a panic
// that escapes (readFile turns extractor panics into error entries, so this
// calls extract directly to see them).
func FuzzExtract(f *testing.F) {
	for _, p := range []string{"requirements.txt", "Pipfile.lock", "poetry.lock", "pdm/pdm.lock", "uv/uv.lock", "package-lock.json", "yarn/yarn.lock", "pnpm/pnpm-lock.yaml", "pyproj/pyproject.toml"} {
		b, err := os.ReadFile(filepath.Join("testdata", "vulnerable", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Base(p), b)
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		kind := kindOf(name)
		if kind == nil {
			return
		}
		root := t.TempDir()
		p := filepath.Join(root, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return
		}
		info, _ := os.Stat(p)
		deps, err := extract(context.Background(), kind, root, name, data, info, newTextCache(root, name, data))
		if err != nil {
			return
		}
		for _, d := range deps {
			if d.line < 0 {
				t.Fatalf("negative line for %+v", d)
			}
		}
	})
}

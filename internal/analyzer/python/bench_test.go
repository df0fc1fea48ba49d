package python

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit"
)

// BenchmarkDjango analyses Debian's python3-django source tree
// (apt-get install python3-django); bench/sast.sh compares it with Bandit.
func BenchmarkDjango(b *testing.B) {
	root := "/usr/lib/python3/dist-packages/django"
	if _, err := os.Stat(root); err != nil {
		b.Skip("python3-django is not installed")
	}
	var rels []string
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			r, _ := filepath.Rel(root, p)
			rels = append(rels, r)
		}
		return nil
	})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		analyze(b, root, rels)
	}
}

// BenchmarkDjangoParse is the floor: parsing the same files into the front
// end's representation, on all cores, without analysis.
func BenchmarkDjangoParse(b *testing.B) {
	root := "/usr/lib/python3/dist-packages/django"
	if _, err := os.Stat(root); err != nil {
		b.Skip("python3-django is not installed")
	}
	in := djangoInput(b, root)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		parseAll(context.Background(), in, &collect{})
	}
}

func djangoInput(b *testing.B, root string) *audit.Input {
	in := &audit.Input{Root: root}
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			r, _ := filepath.Rel(root, p)
			in.Files = append(in.Files, audit.File{Rel: r, Abs: p, Size: info.Size()})
		}
		return nil
	})
	return in
}

package pyfront

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkParseFlat times tree-sitter's parse and the flattening of its
// tree alone, on repeated lines (docs/benchmarks.md: the cost per line of
// dense code is the same at 10, 100 and 1,000 lines, so linear; a comment
// line is far cheaper; "x = 1" shows the fixed cost of a parse).
//
//	go test -run - -bench ParseFlat ./internal/pyfront
func BenchmarkParseFlat(b *testing.B) {
	cases := []struct {
		name, line string
		n          int
	}{
		{"dense", "x = foo(a, b.c)\n", 10},
		{"dense", "x = foo(a, b.c)\n", 100},
		{"dense", "x = foo(a, b.c)\n", 1000},
		{"comment", "# a comment line of some length\n", 1000},
		{"single", "x = 1\n", 1},
	}
	for _, c := range cases {
		src := []byte(strings.Repeat(c.line, c.n))
		b.Run(fmt.Sprintf("%s/%d", c.name, c.n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, _, _, err := parseFlat(src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(c.n)/1000, "µs/line")
		})
	}
}

package python

import (
	"testing"
	"unsafe"
)

// A value is allocated for nearly every expression evaluated, so its size
// is a cost of the whole analysis (docs/benchmarks.md: 280 bytes, then 240
// with packed flags, then 208 with rare parts in valueExtra). Growing it
// again should be a decision, not an accident.
func TestValueSize(t *testing.T) {
	if n := unsafe.Sizeof(value{}); n > 208 {
		t.Fatalf("value is %d bytes, more than 208: move rarely set fields to valueExtra", n)
	}
}

package gctune

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 8000},               // nothing live yet: 4 MiB × 80 (the runtime's minimum heap) is the headroom
		{1 << 10, 8000},         // the same for a tiny live heap (a larger GOGC would raise that minimum)
		{10 << 20, 3100},        // 10 MiB live: next collection at 320 MiB
		{80 << 20, 300},         // 80 MiB live: 320 MiB is exactly GOGC=300
		{200 << 20, minPercent}, // large heaps: GOGC=300 as before
		{4 << 30, minPercent},
	} {
		if got := Percent(c.live); got != c.want {
			t.Errorf("Percent(%d MiB) = %d, want %d", c.live>>20, got, c.want)
		}
	}
}

// After a collection the finalizer has raised GOGC for the small live heap
// of a test process.
func TestAdjustsAfterCollection(t *testing.T) {
	t.Setenv("GOGC", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	Start()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		if p := debug.SetGCPercent(-1); p > minPercent {
			debug.SetGCPercent(p)
			return
		} else {
			debug.SetGCPercent(p)
		}
	}
	t.Fatal("GOGC was not raised after collections on a small heap")
}

// Package gctune paces Go's garbage collector for secaudit's workload: a
// burst of short-lived allocation over a live heap that is small on most
// projects and large on a few.
//
// A fixed GOGC makes the collector run every time the heap grows by that
// percentage of the live heap, so on a small live heap it runs very often;
// a fixed memory limit with GOGC off (the usual cure) makes it run
// continuously once the live heap nears the limit (a 20 MB generated module
// took three times as long). Instead, after every collection the target is
// set to the larger of a fixed headroom (320 MiB) and GOGC=300 on what is live: small
// heaps are collected rarely, large ones as before.
package gctune

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

const (
	// headroom is the heap size below which collecting is not worth it.
	// Peak RSS on Django (859 files) is 376 MiB with it, under the 500 MB
	// budget; at 192 MiB it was 305 MiB and the run took 6% more CPU.
	headroom = 320 << 20
	// minPercent is GOGC once the live heap is large.
	minPercent = 300
)

// Start paces the collector for the rest of the process, unless the user
// set GOGC in the environment (that wins).
func Start() {
	if os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(minPercent)
	arm()
}

// sentinel is garbage at once: its finalizer runs after each collection.
// (Large enough not to share a tiny-allocator block with other objects,
// whose finalizers may then never run.)
type sentinel struct{ _ [32]byte }

func arm() {
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		adjust()
		arm()
	})
}

var sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// current is the GOGC last set (only the finalizer goroutine touches it).
var current = minPercent

func adjust() {
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	p := Percent(sample[0].Value.Uint64())
	// SetGCPercent stops the world: only change it when it matters.
	if p*10 < current*9 || p*10 > current*11 {
		debug.SetGCPercent(p)
		current = p
	}
}

// Percent is the GOGC that puts the next collection at headroom, or at
// minPercent above the live heap when that is further.
func Percent(live uint64) int {
	if live == 0 {
		live = 1 << 20
	}
	p := int(headroom/live)*100 - 100
	// The runtime never collects below a minimum heap of 4 MiB scaled by
	// GOGC/100: past this cap that minimum, not the live heap, sets the goal.
	p = min(p, headroom/(4<<20)*100)
	return max(p, minPercent)
}

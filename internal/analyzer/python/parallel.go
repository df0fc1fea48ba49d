package python

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// parallelMap applies fn to every item on all cores and returns the results
// in item order.
func parallelMap[T, R any](items []T, fn func(T) R) []R {
	out := make([]R, len(items))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(items) {
					return
				}
				out[i] = fn(items[i])
			}
		}()
	}
	wg.Wait()
	return out
}

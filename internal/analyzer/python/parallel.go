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
	var crash workerPanic
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer crash.catch()
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
	crash.rethrow()
	return out
}

// workerPanic carries a panic out of a worker goroutine to the goroutine
// that waits for the workers, where the analyzer runner's recover turns
// it into an error entry (a panic in a worker would end the process).
type workerPanic struct {
	mu  sync.Mutex
	val any
}

// catch is deferred in a worker.
func (w *workerPanic) catch() {
	if r := recover(); r != nil {
		w.mu.Lock()
		if w.val == nil {
			w.val = r
		}
		w.mu.Unlock()
	}
}

// rethrow panics again, in the waiting goroutine, with the first value a
// worker panicked with.
func (w *workerPanic) rethrow() {
	if w.val != nil {
		panic(w.val)
	}
}

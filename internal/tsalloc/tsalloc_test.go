package tsalloc

import (
	"sync"
	"testing"
)

func TestArenaHooks(t *testing.T) {
	if n := arenaCheck(); n != 0 {
		t.Fatalf("arena check %d failed", n)
	}
}

// Arenas are per parse: parses on several threads at once each get their own.
func TestArenaHooksConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	fails := make([]int, 8)
	for i := range fails {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if n := arenaCheck(); n != 0 {
					fails[i] = n
					return
				}
			}
		}()
	}
	wg.Wait()
	for i, n := range fails {
		if n != 0 {
			t.Errorf("goroutine %d: arena check %d failed", i, n)
		}
	}
}

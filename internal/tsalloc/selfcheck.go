package tsalloc

/*
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"

// The hooks as tree-sitter sees them (ts_malloc and friends are internal to
// tree-sitter's library, so the checks call the current hooks directly).
extern void *(*ts_current_malloc)(size_t);
extern void *(*ts_current_calloc)(size_t, size_t);
extern void *(*ts_current_realloc)(void *, size_t);
extern void (*ts_current_free)(void *);

// arena_check exercises the hooks in and out of an arena; 0 when all is
// well, else the number of the failed check.
// (A failed check ends the arena: it must not outlive the call.)
#define FAIL(n) do { tsalloc_arena_end(a); return n; } while (0)

static int arena_check(void) {
	void *outside = ts_current_malloc(64);
	if (!outside) return 1;
	memset(outside, 7, 64);
	// Round 0 outgrows a chunk; rounds 1 and 2 reuse one chunk, dirty.
	for (int round = 0; round < 3; round++) {
		tsalloc_arena *a = tsalloc_arena_begin();
		if (!a) return 2;
		char *p = ts_current_malloc(10);
		if (!p || ((uintptr_t)p & 15) != 0) FAIL(3);
		memcpy(p, "0123456789", 10);
		p = ts_current_realloc(p, 100000);
		if (!p || memcmp(p, "0123456789", 10) != 0) FAIL(4);
		memset(p, 0xff, 100000);
		ts_current_free(p);
		// Memory dirtied above (and in the first round) comes back zeroed.
		unsigned char *z = ts_current_calloc(1000, 100);
		if (!z) FAIL(5);
		for (int i = 0; i < 100000; i++) if (z[i]) FAIL(6);
		memset(z, 0xff, 100000); // where the next round's block will be
		if (round == 0) {
			// A block larger than a chunk.
			char *big = ts_current_malloc(9u << 20);
			if (!big) FAIL(7);
			big[(9u << 20) - 1] = 1;
		}
		// A block allocated outside the arena is still the C library's.
		outside = ts_current_realloc(outside, 128);
		if (!outside || ((unsigned char *)outside)[63] != 7) FAIL(8);
		tsalloc_arena_end(a);
	}
	ts_current_free(outside);
	// An arena past its limit hands out the C library's blocks, which are
	// freed for real, and says so until it ends.
	tsalloc_arena *a = tsalloc_arena_begin();
	if (!a) return 9;
	void *blocks[128];
	for (int i = 0; i < 128; i++) {
		blocks[i] = ts_current_malloc(1u << 20);
		if (!blocks[i]) FAIL(10);
	}
	if (!tsalloc_arena_overflowed(a)) FAIL(11);
	for (int i = 0; i < 128; i++) ts_current_free(blocks[i]);
	tsalloc_arena_end(a);
	a = tsalloc_arena_begin();
	if (!a) return 12;
	int over = tsalloc_arena_overflowed(a);
	tsalloc_arena_end(a);
	if (over) return 13;
	return 0;
}
*/
import "C"

// arenaCheck runs the C checks of the arena hooks (for the tests: cgo is
// not allowed in test files).
func arenaCheck() int { return int(C.arena_check()) }

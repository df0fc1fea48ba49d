// A per-parse arena for tree-sitter (see tsalloc.go).

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

// Every block starts with its size, so that realloc knows how much to copy;
// 16 bytes keep the block aligned as malloc's are.
#define HEADER 16
#define MIN_CHUNK (4u << 20)
// An arena keeps at most this much between parses (a huge file's arena is
// given back to the C library afterwards).
#define KEEP_MAX (16u << 20)
// Past this much in one parse the arena overflows: further blocks come
// from the C library, and frees of those are real. Frees inside an arena
// cost nothing, so memory grows with everything tree-sitter ever
// allocates, and error recovery on a large broken file allocates and
// frees without end (a 1.8 MB file of random tokens reached 4 GB).
#define ARENA_MAX (96u << 20)

typedef struct chunk {
	struct chunk *next;
	size_t size, used;
	char *data;
} chunk;

struct tsalloc_arena {
	chunk *chunks; // the newest first; only it takes new blocks
	size_t total;  // bytes handed out during this parse
	int overflowed; // blocks past ARENA_MAX came from the C library
	struct tsalloc_arena *next_free;
};

// cur is the arena of the parse running on this thread, if any. A cgo call
// runs on one thread from start to end, and the whole parse is one call.
static __thread tsalloc_arena *cur;

static pthread_mutex_t idle_mu = PTHREAD_MUTEX_INITIALIZER;
static tsalloc_arena *idle;

static chunk *new_chunk(size_t need) {
	size_t size = need < MIN_CHUNK ? MIN_CHUNK : need;
	chunk *c = malloc(sizeof(chunk) + size + HEADER);
	if (!c) return NULL;
	c->next = NULL;
	c->size = size;
	c->used = 0;
	// data is 16-byte aligned: malloc's result is, and the header is padded.
	c->data = (char *)c + ((sizeof(chunk) + HEADER - 1) / HEADER) * HEADER;
	return c;
}

static int owns(const tsalloc_arena *a, const void *p) {
	for (const chunk *c = a->chunks; c; c = c->next)
		if ((const char *)p >= c->data && (const char *)p < c->data + c->size) return 1;
	return 0;
}

static void *arena_alloc(tsalloc_arena *a, size_t n) {
	size_t need = HEADER + ((n + HEADER - 1) / HEADER) * HEADER;
	chunk *c = a->chunks;
	if (!c || c->size - c->used < need) {
		size_t want = c ? c->size * 2 : MIN_CHUNK;
		c = new_chunk(want > need ? want : need);
		if (!c) return NULL;
		c->next = a->chunks;
		a->chunks = c;
	}
	char *block = c->data + c->used;
	c->used += need;
	a->total += need;
	*(size_t *)block = n;
	return block + HEADER;
}

// full: the arena has overflowed (or is about to): allocate from the C
// library instead.
static int full(tsalloc_arena *a, size_t n) {
	if (!a->overflowed && a->total + n > ARENA_MAX) a->overflowed = 1;
	return a->overflowed;
}

static void *hook_malloc(size_t n) {
	return cur && !full(cur, n) ? arena_alloc(cur, n) : malloc(n);
}

static void *hook_calloc(size_t k, size_t n) {
	if (!cur || (n && k <= SIZE_MAX / n && full(cur, k * n))) return calloc(k, n);
	if (n && k > SIZE_MAX / n) return NULL;
	void *p = arena_alloc(cur, k * n);
	if (p) memset(p, 0, k * n); // chunks are reused: not zeroed
	return p;
}

static void *hook_realloc(void *p, size_t n) {
	if (!cur || (p && !owns(cur, p))) return realloc(p, n);
	if (!p) return full(cur, n) ? malloc(n) : arena_alloc(cur, n);
	size_t old = *(size_t *)((char *)p - HEADER);
	if (n <= old) return p;
	// (A block moving out of an overflowed arena goes to the C library.)
	void *q = full(cur, n) ? malloc(n) : arena_alloc(cur, n);
	if (q) memcpy(q, p, old);
	return q;
}

static void hook_free(void *p) {
	// Blocks of the arena go with it when the parse ends.
	if (!p || (cur && owns(cur, p))) return;
	free(p);
}

void tsalloc_install(void) {
	ts_set_allocator(hook_malloc, hook_calloc, hook_realloc, hook_free);
}

int tsalloc_arena_overflowed(const tsalloc_arena *a) { return a && a->overflowed; }

tsalloc_arena *tsalloc_arena_begin(void) {
	pthread_mutex_lock(&idle_mu);
	tsalloc_arena *a = idle;
	if (a) idle = a->next_free;
	pthread_mutex_unlock(&idle_mu);
	if (!a) {
		a = calloc(1, sizeof(*a));
		if (!a) return NULL;
	}
	cur = a;
	return a;
}

void tsalloc_arena_end(tsalloc_arena *a) {
	if (!a) return;
	cur = NULL;
	// Keep one chunk big enough for this parse (if that is not too much), so
	// that the next parse allocates nothing from the C library.
	chunk *keep = a->chunks;
	if (keep && (keep->next || keep->size > KEEP_MAX)) {
		for (chunk *c = a->chunks; c;) {
			chunk *next = c->next;
			free(c);
			c = next;
		}
		keep = a->total <= KEEP_MAX ? new_chunk(a->total) : NULL;
	}
	if (keep) keep->used = 0;
	a->chunks = keep;
	a->total = 0;
	a->overflowed = 0;
	pthread_mutex_lock(&idle_mu);
	a->next_free = idle;
	idle = a;
	pthread_mutex_unlock(&idle_mu);
}

#ifndef SECAUDIT_TSALLOC_ARENA_H
#define SECAUDIT_TSALLOC_ARENA_H

#include <stddef.h>

extern void ts_set_allocator(void *(*new_malloc)(size_t), void *(*new_calloc)(size_t, size_t),
	void *(*new_realloc)(void *, size_t), void (*new_free)(void *));

typedef struct tsalloc_arena tsalloc_arena;

// tsalloc_install points tree-sitter's allocator at the hooks: the C
// library's allocator, or the arena of a parse running on the thread.
void tsalloc_install(void);

// tsalloc_arena_begin makes every tree-sitter allocation on this thread come
// from an arena, and frees of its blocks no-ops, until tsalloc_arena_end,
// which discards all of them at once. Everything tree-sitter allocates in
// between must be dead by then (a parser and tree created and deleted, or
// simply abandoned, within one C call; see tsalloc_arena_overflowed). NULL
// when out of memory.
tsalloc_arena *tsalloc_arena_begin(void);
void tsalloc_arena_end(tsalloc_arena *a);

// tsalloc_arena_overflowed: the parse outgrew the arena's limit and later
// blocks came from the C library. Its objects must then be deleted as
// usual before tsalloc_arena_end (frees of arena blocks stay no-ops, those
// of the C library's blocks are real), or those blocks leak.
int tsalloc_arena_overflowed(const tsalloc_arena *a);

#endif

// Package tsalloc makes tree-sitter allocate with the C library directly.
//
// go-tree-sitter installs allocator hooks that call back into Go for every
// allocation the parser makes; each callback crosses the cgo boundary and
// parsing spends more time there than in the parser itself. Importing this
// package (after go-tree-sitter has initialised) points tree-sitter back at
// malloc/calloc/realloc/free. go-tree-sitter's own frees use C.free, so
// both sides agree on the allocator.
package tsalloc

/*
#include <stdlib.h>
extern void ts_set_allocator(void *(*new_malloc)(size_t), void *(*new_calloc)(size_t, size_t), void *(*new_realloc)(void *, size_t), void (*new_free)(void *));
static void use_libc_allocator(void) { ts_set_allocator(malloc, calloc, realloc, free); }
*/
import "C"

import (
	// go-tree-sitter's init sets its Go allocator hooks; ours must run after.
	_ "github.com/tree-sitter/go-tree-sitter"
)

func init() { C.use_libc_allocator() }

// Package tsalloc gives tree-sitter a faster allocator.
//
// go-tree-sitter installs allocator hooks that call back into Go for every
// allocation the parser makes; each callback crosses the cgo boundary and
// parsing spends more time there than in the parser itself. Importing this
// package (after go-tree-sitter has initialised) installs C hooks instead:
// they use the C library's malloc/calloc/realloc/free (go-tree-sitter's own
// frees use C.free, so both sides agree on the allocator), except on a
// thread inside a parse that opened an arena (arena.h). There every
// allocation is a pointer bump, frees cost nothing and the whole arena is
// dropped when the parse ends: malloc, free and the tree's release had been
// an eighth of the parse.
package tsalloc

/*
#include "arena.h"
*/
import "C"

import (
	// go-tree-sitter's init sets its Go allocator hooks; ours must run after.
	_ "github.com/tree-sitter/go-tree-sitter"
)

func init() { C.tsalloc_install() }

package pyfront

// The tree-sitter tree is walked in C and handed to Go as one flat array:
// going through go-tree-sitter's Node API costs a cgo call (and often an
// allocation) per node and per property, which made the conversion slower
// than the parse. Only the stable public C API of tree-sitter is used.

/*
#cgo CFLAGS: -I${SRCDIR}/../tsalloc
#include "arena.h"
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct TSLanguage TSLanguage;
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
typedef struct { uint32_t row; uint32_t column; } TSPoint;
typedef struct { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;

TSParser *ts_parser_new(void);
void ts_parser_delete(TSParser *self);
bool ts_parser_set_language(TSParser *self, const TSLanguage *language);
TSTree *ts_parser_parse_string(TSParser *self, const TSTree *old_tree, const char *string, uint32_t length);
void ts_tree_delete(TSTree *self);
TSNode ts_tree_root_node(const TSTree *self);
TSTreeCursor ts_tree_cursor_new(TSNode node);
void ts_tree_cursor_delete(TSTreeCursor *self);
TSNode ts_tree_cursor_current_node(const TSTreeCursor *self);
uint16_t ts_tree_cursor_current_field_id(const TSTreeCursor *self);
bool ts_tree_cursor_goto_first_child(TSTreeCursor *self);
bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *self);
bool ts_tree_cursor_goto_parent(TSTreeCursor *self);
uint16_t ts_node_symbol(TSNode self);
bool ts_node_is_named(TSNode self);
bool ts_node_has_error(TSNode self);
uint32_t ts_node_start_byte(TSNode self);
uint32_t ts_node_end_byte(TSNode self);
TSPoint ts_node_start_point(TSNode self);

typedef struct {
	uint32_t start, end, row, col;
	uint32_t nchild;
	uint16_t kind, field;
	uint8_t named, pad[3];
} flatnode;

typedef struct {
	flatnode *nodes; // set only when the caller's buffer was too small
	uint32_t len;
	bool has_error;
	bool ok;
} flatresult;

// parse_flat parses src and writes its nodes in pre-order into buf (of
// bufcap nodes), or into a malloc'd array returned in nodes when there are
// more; each node records its number of direct children (named and
// anonymous). Tree-sitter allocates from an arena for the whole call: the
// parser, the tree and the cursor are dropped with it, not freed one by one.
static flatresult parse_flat_in(const TSLanguage *lang, const char *src, uint32_t n, flatnode *buf, uint32_t bufcap, tsalloc_arena *arena);

static flatresult parse_flat(const TSLanguage *lang, const char *src, uint32_t n, flatnode *buf, uint32_t bufcap) {
	tsalloc_arena *a = tsalloc_arena_begin();
	flatresult r = parse_flat_in(lang, src, n, buf, bufcap, a);
	tsalloc_arena_end(a);
	return r;
}

// The tree-sitter objects are deleted only without an arena, or when it
// overflowed into the C library's memory.
#define TS_DELETE(call) do { if (!arena || tsalloc_arena_overflowed(arena)) { call; } } while (0)

static flatresult parse_flat_in(const TSLanguage *lang, const char *src, uint32_t n, flatnode *buf, uint32_t bufcap, tsalloc_arena *arena) {
	flatresult r = {0};
	TSParser *p = ts_parser_new();
	if (!p) return r;
	if (!ts_parser_set_language(p, lang)) { TS_DELETE(ts_parser_delete(p)); return r; }
	TSTree *tree = ts_parser_parse_string(p, NULL, src, n);
	TS_DELETE(ts_parser_delete(p));
	if (!tree) return r;
	TSNode root = ts_tree_root_node(tree);
	r.has_error = ts_node_has_error(root);
	uint32_t cap = bufcap, len = 0;
	flatnode *nodes = buf;
	// parents[d] is the index of the open node at depth d.
	uint32_t pcap = 256, depth = 0;
	uint32_t *parents = malloc(pcap * sizeof(uint32_t));
	if (!parents) { TS_DELETE(ts_tree_delete(tree)); return r; }
	TSTreeCursor c = ts_tree_cursor_new(root);
	for (;;) {
		if (len == cap) {
			cap = cap < 1024 ? 1024 : cap * 2;
			flatnode *grown = nodes == buf ? malloc(cap * sizeof(flatnode)) : realloc(nodes, cap * sizeof(flatnode));
			if (!grown) {
				if (nodes != buf) free(nodes);
				free(parents); TS_DELETE(ts_tree_cursor_delete(&c)); TS_DELETE(ts_tree_delete(tree)); return r;
			}
			if (nodes == buf && len > 0) memcpy(grown, buf, len * sizeof(flatnode));
			nodes = grown;
		}
		TSNode node = ts_tree_cursor_current_node(&c);
		TSPoint pt = ts_node_start_point(node);
		flatnode *f = &nodes[len];
		f->start = ts_node_start_byte(node);
		f->end = ts_node_end_byte(node);
		f->row = pt.row;
		f->col = pt.column;
		f->nchild = 0;
		f->kind = ts_node_symbol(node);
		f->field = ts_tree_cursor_current_field_id(&c);
		f->named = ts_node_is_named(node);
		if (depth > 0) nodes[parents[depth - 1]].nchild++;
		uint32_t self = len++;
		if (ts_tree_cursor_goto_first_child(&c)) {
			if (depth == pcap) {
				pcap *= 2;
				uint32_t *grown = realloc(parents, pcap * sizeof(uint32_t));
				if (!grown) { if (nodes != buf) free(nodes); free(parents); TS_DELETE(ts_tree_cursor_delete(&c)); TS_DELETE(ts_tree_delete(tree)); return r; }
				parents = grown;
			}
			parents[depth++] = self;
			continue;
		}
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (depth == 0 || !ts_tree_cursor_goto_parent(&c)) goto done;
			depth--;
		}
	}
done:
	TS_DELETE(ts_tree_cursor_delete(&c));
	TS_DELETE(ts_tree_delete(tree));
	free(parents);
	r.nodes = nodes == buf ? NULL : nodes;
	r.len = len;
	r.ok = true;
	return r;
}
*/
import "C"

import (
	"errors"
	"sync"
	"unsafe"

	python "github.com/tree-sitter/tree-sitter-python/bindings/go"
)

// node is a syntax tree node, copied out of tree-sitter.
type node struct {
	kind     uint16
	fieldID  uint16
	named    bool
	start    uint32
	end      uint32
	row, col uint32
	children []*node
}

// point is a 0-based row and byte column.
type point struct{ Row, Column uint }

var pythonLanguage = (*C.TSLanguage)(python.Language())

// nodeBuf holds one file's nodes while it is converted. Buffers are reused
// from file to file: the nodes were a tenth of everything the front end
// allocated, and nothing keeps a *node once the conversion is done.
type nodeBuf struct {
	nodes []node
	links []*node
	// flat receives tree-sitter's nodes (C writes into it: no Go pointers).
	flat []C.flatnode
}

var nodeBufs = sync.Pool{New: func() any { return new(nodeBuf) }}

// release returns the buffer for reuse; no node of it may be used after.
func (b *nodeBuf) release() {
	clear(b.nodes) // drop the children pointers so the pool pins nothing
	clear(b.links)
	b.nodes, b.links = b.nodes[:0], b.links[:0]
	nodeBufs.Put(b)
}

// parseFlat parses src and rebuilds the tree on the Go side, in a buffer the
// caller releases once it has converted the tree.
func parseFlat(src []byte) (root *node, buf *nodeBuf, hasError bool, err error) {
	if len(src) == 0 {
		src = []byte{'\n'}
	}
	cs := (*C.char)(unsafe.Pointer(&src[0]))
	buf = nodeBufs.Get().(*nodeBuf)
	if len(buf.flat) == 0 {
		buf.flat = make([]C.flatnode, 4096)
	}
	r := C.parse_flat(pythonLanguage, cs, C.uint32_t(len(src)), &buf.flat[0], C.uint32_t(len(buf.flat)))
	if !bool(r.ok) {
		nodeBufs.Put(buf)
		return nil, nil, false, errors.New("pyfront: tree-sitter could not parse the file")
	}
	var flat []C.flatnode
	if r.nodes != nil {
		// More nodes than the buffer held: C allocated them; the buffer
		// grows for the next file.
		defer C.free(unsafe.Pointer(r.nodes))
		flat = unsafe.Slice(r.nodes, int(r.len))
		buf.flat = make([]C.flatnode, int(r.len)+int(r.len)/4)
	} else {
		flat = buf.flat[:r.len]
	}
	if cap(buf.nodes) < len(flat) {
		buf.nodes = make([]node, len(flat))
		buf.links = make([]*node, 0, len(flat))
	}
	nodes := buf.nodes[:len(flat)]
	// Every node but the root is one parent's child: one backing array
	// holds all children lists (no allocation per node).
	links := buf.links[:0]
	for i := range flat {
		f := &flat[i]
		nodes[i] = node{kind: uint16(f.kind), fieldID: uint16(f.field), named: f.named != 0,
			start: uint32(f.start), end: uint32(f.end), row: uint32(f.row), col: uint32(f.col)}
		if k := int(f.nchild); k > 0 && len(links)+k <= cap(links) {
			nodes[i].children = links[len(links) : len(links) : len(links)+k]
			links = links[:len(links)+k]
		}
	}
	buf.nodes, buf.links = nodes, links
	// Pre-order: a stack of open parents, each waiting for its children.
	type open struct {
		n    *node
		left uint32
	}
	stack := make([]open, 0, 64)
	for i := range nodes {
		n := &nodes[i]
		for len(stack) > 0 && stack[len(stack)-1].left == 0 {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			top := &stack[len(stack)-1]
			top.n.children = append(top.n.children, n)
			top.left--
		}
		if k := flat[i].nchild; k > 0 {
			stack = append(stack, open{n, uint32(k)})
		}
	}
	return &nodes[0], buf, bool(r.has_error), nil
}

// The methods below mirror the go-tree-sitter Node API the converter uses.

func (n *node) KindId() uint16       { return n.kind }
func (n *node) IsNamed() bool        { return n.named }
func (n *node) StartByte() uint      { return uint(n.start) }
func (n *node) EndByte() uint        { return uint(n.end) }
func (n *node) StartPosition() point { return point{Row: uint(n.row), Column: uint(n.col)} }
func (n *node) ChildCount() uint     { return uint(len(n.children)) }

func (n *node) Child(i uint) *node {
	if int(i) < len(n.children) {
		return n.children[i]
	}
	return nil
}

func (n *node) NamedChildCount() uint {
	k := uint(0)
	for _, c := range n.children {
		if c.named {
			k++
		}
	}
	return k
}

func (n *node) NamedChild(i uint) *node {
	for _, c := range n.children {
		if c.named {
			if i == 0 {
				return c
			}
			i--
		}
	}
	return nil
}

func (n *node) ChildByFieldId(id uint16) *node {
	for _, c := range n.children {
		if c.fieldID == id {
			return c
		}
	}
	return nil
}

func (n *node) FieldNameForNamedChild(i uint32) string {
	if c := n.NamedChild(uint(i)); c != nil && int(c.fieldID) < len(fieldNames) {
		return fieldNames[c.fieldID]
	}
	return ""
}

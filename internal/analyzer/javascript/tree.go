package javascript

import (
	"context"
	"errors"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	ts "github.com/tree-sitter/go-tree-sitter"
	tsjs "github.com/tree-sitter/tree-sitter-javascript/bindings/go"
)

// node is our own small copy of a tree-sitter node. The tree-sitter tree is
// converted once and closed right away, so no C memory outlives parsing and
// the analysis never crosses cgo.
type node struct {
	kind  string
	field string // field name in the parent ("left", "body" ...)
	// text is the source text of leaves (identifiers, numbers), the decoded
	// value of string literals, and "" otherwise.
	text       string
	op         string // operator of binary, assignment and unary expressions
	kids       []*node
	start, end int // byte offsets into the analyzed text
	line, col  int // 1-based
}

// child returns the first child with that field name, or nil.
func (n *node) child(field string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.field == field {
			return k
		}
	}
	return nil
}

// maxDepth bounds the converted tree: deeper subtrees are dropped (and
// reported) so that the recursive analysis has a bounded stack.
const maxDepth = 1000

// maxLeafText caps the text kept for one leaf (a 1 MB string literal in a
// minified bundle carries nothing the analysis needs).
const maxLeafText = 4096

// parseResult is a converted tree and what went wrong while building it.
type parseResult struct {
	root      *node
	nodes     int
	truncated bool // subtrees deeper than maxDepth were dropped
	errLine   int  // first line with a syntax error, 0 if none
}

var jsLanguage = ts.NewLanguage(tsjs.Language())

// symbols caches the grammar's kind and field names by ID: asking
// tree-sitter for a name is a cgo call and a string copy per node.
var symbols = sync.OnceValue(func() *symbolTable {
	t := &symbolTable{}
	n := jsLanguage.NodeKindCount()
	t.kinds = make([]string, n)
	t.named = make([]bool, n)
	for i := uint32(0); i < n; i++ {
		t.kinds[i] = jsLanguage.NodeKindForId(uint16(i))
		t.named[i] = jsLanguage.NodeKindIsNamed(uint16(i))
	}
	fc := jsLanguage.FieldCount()
	t.fields = make([]string, fc+1)
	for i := uint32(1); i <= fc; i++ {
		t.fields[i] = jsLanguage.FieldNameForId(uint16(i))
	}
	return t
})

type symbolTable struct {
	kinds  []string
	named  []bool
	fields []string
}

func (t *symbolTable) kind(id uint16) (string, bool) {
	if int(id) < len(t.kinds) {
		return t.kinds[id], t.named[id]
	}
	return "ERROR", true // tree-sitter's error symbol is 0xFFFF
}

func (t *symbolTable) field(id uint16) string {
	if int(id) < len(t.fields) {
		return t.fields[id]
	}
	return ""
}

// parse parses JavaScript (including JSX) and converts the tree.
func parse(ctx context.Context, src []byte) (*parseResult, error) {
	p := ts.NewParser()
	defer p.Close()
	if err := p.SetLanguage(jsLanguage); err != nil {
		return nil, err
	}
	var cancelled atomic.Bool
	stop := context.AfterFunc(ctx, func() { cancelled.Store(true) })
	defer stop()
	opts := &ts.ParseOptions{ProgressCallback: func(ts.ParseState) bool { return cancelled.Load() }}
	tree := p.ParseWithOptions(func(i int, _ ts.Point) []byte {
		if i < len(src) {
			return src[i:]
		}
		return nil
	}, nil, opts)
	if tree == nil {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return nil, errors.New("the parser gave up")
	}
	defer tree.Close()
	c := &converter{ctx: ctx, src: src, res: &parseResult{}, sym: symbols(), lines: lineStarts(src)}
	root := tree.RootNode()
	if root.HasError() {
		c.res.errLine = firstError(root)
	}
	cur := tree.Walk()
	defer cur.Close()
	c.res.root = c.convert(cur, *root, 0)
	return c.res, ctx.Err()
}

// firstError descends to the first node in error and returns its line.
func firstError(n *ts.Node) int {
	for {
		if n.IsError() || n.IsMissing() {
			return int(n.StartPosition().Row) + 1
		}
		var next *ts.Node
		for i := uint(0); i < n.ChildCount(); i++ {
			if k := n.Child(i); k != nil && k.HasError() {
				next = k
				break
			}
		}
		if next == nil {
			return int(n.StartPosition().Row) + 1
		}
		n = next
	}
}

// lineStarts lists the offset of every line's first byte.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

type converter struct {
	ctx   context.Context
	src   []byte
	res   *parseResult
	sym   *symbolTable
	lines []int
}

// position turns a byte offset into a 1-based line and column.
func (c *converter) position(off int) (int, int) {
	i := sort.Search(len(c.lines), func(i int) bool { return c.lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, off - c.lines[i] + 1
}

// convert copies the cursor's current node (tn) and its named descendants.
func (c *converter) convert(cur *ts.TreeCursor, tn ts.Node, depth int) *node {
	kind, _ := c.sym.kind(tn.KindId())
	n := &node{kind: kind, field: c.sym.field(cur.FieldId()), start: int(tn.StartByte()), end: int(tn.EndByte())}
	n.line, n.col = c.position(n.start)
	c.res.nodes++
	if c.res.nodes&0x1fff == 0 && c.ctx.Err() != nil {
		return n // the caller sees ctx.Err() and drops the tree
	}
	if depth >= maxDepth {
		c.res.truncated = true
		return n
	}
	switch n.kind {
	case "string":
		n.text = c.stringValue(cur)
		return n
	case "comment":
		return n
	case "regex":
		n.text = c.leafText(n) // "/^[a-z]+$/i", for guards that test input
		return n
	}
	if !cur.GotoFirstChild() {
		n.text = c.leafText(n)
		return n
	}
	for {
		k := cur.Node()
		kk, named := c.sym.kind(k.KindId())
		switch {
		case named && kk != "comment":
			n.kids = append(n.kids, c.convert(cur, *k, depth+1))
		default:
			if f := c.sym.field(cur.FieldId()); f == "operator" || f == "kind" {
				n.op = kk
			}
		}
		if !cur.GotoNextSibling() {
			break
		}
	}
	cur.GotoParent()
	return n
}

func (c *converter) leafText(n *node) string {
	end := min(n.end, n.start+maxLeafText, len(c.src))
	if n.start >= end {
		return ""
	}
	return string(c.src[n.start:end])
}

// stringValue decodes a string literal's fragments and common escapes; the
// analysis only needs the value of short constants (attribute names, event
// names, URL prefixes).
func (c *converter) stringValue(cur *ts.TreeCursor) string {
	var b strings.Builder
	if !cur.GotoFirstChild() {
		return ""
	}
	defer cur.GotoParent()
	for {
		k := cur.Node()
		s, e := int(k.StartByte()), int(k.EndByte())
		if b.Len() < maxLeafText && s < e && e <= len(c.src) {
			switch k.Kind() {
			case "string_fragment":
				b.Write(c.src[s:e])
			case "escape_sequence":
				b.WriteString(unescape(string(c.src[s:e])))
			}
		}
		if !cur.GotoNextSibling() {
			break
		}
	}
	return b.String()
}

func unescape(esc string) string {
	if len(esc) < 2 {
		return esc
	}
	switch esc[1] {
	case 'n':
		return "\n"
	case 't':
		return "\t"
	case 'r':
		return "\r"
	case '\n':
		return ""
	}
	return esc[1:]
}

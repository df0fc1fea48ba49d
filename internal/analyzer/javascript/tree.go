package javascript

import (
	"context"
	"strings"
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
		return nil, ctx.Err()
	}
	defer tree.Close()
	c := &converter{src: src, res: &parseResult{}}
	cur := tree.Walk()
	defer cur.Close()
	c.res.root = c.convert(cur, 0)
	return c.res, nil
}

type converter struct {
	src []byte
	res *parseResult
}

// convert copies the cursor's current node and its named descendants.
func (c *converter) convert(cur *ts.TreeCursor, depth int) *node {
	tn := cur.Node()
	n := &node{kind: tn.Kind(), field: cur.FieldName(), start: int(tn.StartByte()), end: int(tn.EndByte())}
	pos := tn.StartPosition()
	n.line, n.col = int(pos.Row)+1, int(pos.Column)+1
	c.res.nodes++
	if (tn.IsError() || tn.IsMissing()) && c.res.errLine == 0 {
		c.res.errLine = n.line
	}
	if depth >= maxDepth {
		c.res.truncated = true
		return n
	}
	switch n.kind {
	case "string":
		n.text = c.stringValue(cur)
		return n
	case "comment", "regex":
		return n
	}
	if tn.ChildCount() == 0 {
		n.text = c.leafText(n)
		return n
	}
	if !cur.GotoFirstChild() {
		return n
	}
	for {
		k := cur.Node()
		switch {
		case k.IsNamed() && k.Kind() != "comment":
			n.kids = append(n.kids, c.convert(cur, depth+1))
		case cur.FieldName() == "operator" || cur.FieldName() == "kind":
			n.op = k.Kind()
		case k.IsMissing() && c.res.errLine == 0:
			c.res.errLine = int(k.StartPosition().Row) + 1
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
		if k.IsError() && c.res.errLine == 0 {
			c.res.errLine = int(k.StartPosition().Row) + 1
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

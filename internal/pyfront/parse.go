package pyfront

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"sync"

	sitter "github.com/tree-sitter/go-tree-sitter"
	python "github.com/tree-sitter/tree-sitter-python/bindings/go"

	_ "github.com/secaudit/secaudit/internal/tsalloc" // parse without per-allocation cgo callbacks
)

var language = sitter.NewLanguage(python.Language())

// maxDepth bounds the conversion's recursion: deeper nesting becomes Other.
// Real code never comes near it; fuzzed or generated input might.
const maxDepth = 400

// ErrCanceled is returned when the context ends during parsing.
var ErrCanceled = errors.New("pyfront: parse canceled")

// Parse parses Python source. Syntax errors do not fail the parse: the
// statements tree-sitter recovered are returned and Module.HasError is set.
// The tree-sitter tree and parser are released before Parse returns.
func Parse(ctx context.Context, src []byte) (*Module, error) {
	if ctx.Err() != nil {
		return nil, ErrCanceled
	}
	whole := string(src)
	m := &Module{Lines: strings.Split(whole, "\n")}
	chunks := splitTopLevel(src, chunkBytes)
	convs := make([]*conv, len(chunks))
	errs := make([]error, len(chunks))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.NumCPU())
	for i, ch := range chunks {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if ctx.Err() != nil {
				errs[i] = ErrCanceled
				return
			}
			part := src[ch.start:ch.end]
			root, buf, hasError, err := parseFlat(part)
			if err != nil {
				errs[i] = err
				return
			}
			c := &conv{src: part, s: whole[ch.start:ch.end], lineOffset: ch.line, hasError: hasError}
			c.body = c.block(root, 0)
			buf.release()
			convs[i] = c
		}()
	}
	wg.Wait()
	for i, c := range convs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		m.Body = append(m.Body, c.body...)
		m.Strings = append(m.Strings, c.strings...)
		m.HasError = m.HasError || c.hasError
	}
	return m, nil
}

// chunkBytes: files larger than twice this are cut at top-level
// definitions and the parts parsed on all cores (generated files of tens of
// megabytes would otherwise take one core for many seconds).
var chunkBytes = 512 << 10

type chunk struct {
	start, end int
	line       int // lines before the chunk
}

// splitTopLevel cuts src before top-level def/class/decorator lines, outside
// brackets and triple-quoted strings, into parts of about size bytes.
func splitTopLevel(src []byte, size int) []chunk {
	if len(src) <= 2*size {
		return []chunk{{0, len(src), 0}}
	}
	var out []chunk
	start, startLine, line, depth := 0, 0, 0, 0
	inTriple := byte(0)
	afterDecorator := false
	for pos := 0; pos < len(src); {
		end := pos
		for end < len(src) && src[end] != '\n' {
			end++
		}
		l := src[pos:end]
		if inTriple == 0 && depth == 0 && pos-start >= size && startsDefinition(l) && !afterDecorator {
			out = append(out, chunk{start, pos, startLine})
			start, startLine = pos, line
		}
		if len(l) > 0 && inTriple == 0 && depth == 0 {
			afterDecorator = l[0] == '@' // a def below a decorator stays with it
		}
		inTriple, depth = scanLine(l, inTriple, depth)
		pos = end + 1
		line++
	}
	return append(out, chunk{start, len(src), startLine})
}

func startsDefinition(l []byte) bool {
	s := string(l)
	return strings.HasPrefix(s, "def ") || strings.HasPrefix(s, "class ") || strings.HasPrefix(s, "@") || strings.HasPrefix(s, "async def ")
}

// scanLine tracks triple-quoted strings and bracket depth across a line
// (single-quoted strings and comments are skipped).
func scanLine(l []byte, inTriple byte, depth int) (byte, int) {
	for i := 0; i < len(l); i++ {
		b := l[i]
		if inTriple != 0 {
			if b == inTriple && i+2 < len(l) && l[i+1] == b && l[i+2] == b {
				inTriple = 0
				i += 2
			}
			continue
		}
		switch b {
		case '#':
			return inTriple, depth
		case '"', '\'':
			if i+2 < len(l) && l[i+1] == b && l[i+2] == b {
				inTriple = b
				i += 2
				continue
			}
			for i++; i < len(l) && l[i] != b; i++ {
				if l[i] == '\\' {
					i++
				}
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return inTriple, depth
}

type conv struct {
	body     []*Stmt
	hasError bool
	src      []byte
	s        string // src as one string, for zero-copy substrings
	// lineOffset is added to line numbers when src is a chunk of a file.
	lineOffset int
	strings    []*Expr
}

// text is the node's source: a substring of the file's one string, so no
// copy is made per node.
func (c *conv) text(n *node) string { return c.s[n.StartByte():n.EndByte()] }

// Node kinds and field IDs are looked up once: Node.Kind() and
// ChildByFieldName allocate C strings on every call.
var (
	kindNames = func() []string {
		n := language.NodeKindCount()
		out := make([]string, n)
		for i := uint32(0); i < n; i++ {
			out[i] = language.NodeKindForId(uint16(i))
		}
		return out
	}()
	fieldIDs   = map[string]uint16{}
	fieldNames = []string{""}
)

func init() {
	for i := uint32(1); i <= language.FieldCount(); i++ {
		name := language.FieldNameForId(uint16(i))
		fieldIDs[name] = uint16(i)
		fieldNames = append(fieldNames, name)
	}
}

func kindOf(n *node) string {
	if id := int(n.kind); id < len(kindNames) {
		return kindNames[id]
	}
	return ""
}

func field(n *node, name string) *node {
	if id, ok := fieldIDs[name]; ok {
		return n.ChildByFieldId(id)
	}
	return nil
}

func (c *conv) pos(n *node) Pos {
	return Pos{Line: int(n.row) + 1 + c.lineOffset, Col: int(n.col) + 1}
}

func namedChildren(n *node) []*node {
	out := make([]*node, 0, len(n.children))
	for _, ch := range n.children {
		if ch.named && kindOf(ch) != "comment" {
			out = append(out, ch)
		}
	}
	return out
}

// fieldChildren returns the named children stored under a field name.
func fieldChildren(n *node, name string) []*node {
	id, ok := fieldIDs[name]
	if !ok {
		return nil
	}
	var out []*node
	for _, ch := range n.children {
		if ch.named && ch.fieldID == id {
			out = append(out, ch)
		}
	}
	return out
}

// block converts the statements of a module or block node.
func (c *conv) block(n *node, depth int) []*Stmt {
	if n == nil || depth > maxDepth {
		return nil
	}
	var out []*Stmt
	for _, ch := range namedChildren(n) {
		if s := c.stmt(ch, depth+1); s != nil {
			out = append(out, s...)
		}
	}
	return out
}

func (c *conv) stmt(n *node, depth int) []*Stmt {
	if kindOf(n) == "expression_statement" {
		// An expression statement holds one expression, or an assignment.
		var out []*Stmt
		for _, ch := range namedChildren(n) {
			out = append(out, c.exprStmt(ch, depth))
		}
		return out
	}
	s := NewStmt(OtherStmt, c.pos(n))
	switch kindOf(n) {
	case "class_definition":
		s.Kind = ClassStmt
		s.Name = c.fieldText(n, "name")
		if sc := field(n, "superclasses"); sc != nil {
			call := c.args(sc, &Expr{Kind: Call}, depth)
			s.parts().Bases = call.Elems
		}
		s.Body = c.block(field(n, "body"), depth)
	case "function_definition":
		s.Kind = FuncStmt
		s.Name = c.fieldText(n, "name")
		s.parts().Params = c.params(field(n, "parameters"), depth)
		s.parts().Async = n.ChildCount() > 0 && kindOf(n.Child(0)) == "async"
		s.Body = c.block(field(n, "body"), depth)
	case "decorated_definition":
		if d := field(n, "definition"); d != nil {
			out := c.stmt(d, depth)
			for _, ch := range namedChildren(n) {
				if kindOf(ch) == "decorator" && len(out) == 1 {
					out[0].parts().Decorators = append(out[0].Decorators, c.first(ch, depth))
				}
			}
			return out
		}
		return nil
	case "if_statement", "elif_clause":
		s.Kind = IfStmt
		s.Test = c.expr(field(n, "condition"), depth)
		s.Body = c.block(field(n, "consequence"), depth)
		s.Else = c.ifElse(n, depth)
	case "try_statement", "with_statement", "for_statement", "while_statement", "match_statement":
		s.Kind = BlockStmt
		s.Op = strings.TrimSuffix(kindOf(n), "_statement")
		for _, ch := range namedChildren(n) {
			switch kindOf(ch) {
			case "block":
				s.Body = append(s.Body, c.block(ch, depth)...)
			case "except_clause", "except_group_clause", "else_clause", "finally_clause":
				blk := c.block(lastBlock(ch), depth)
				s.Else = append(s.Else, blk...)
				switch kindOf(ch) {
				case "else_clause":
					s.parts().OrElse = blk
				case "finally_clause":
					s.parts().Finally = blk
				default:
					s.parts().Handlers = append(s.Handlers, c.handler(ch, blk, depth))
				}
			case "with_clause":
				for _, it := range namedChildren(ch) {
					if kindOf(it) == "with_item" {
						s.parts().Withs = append(s.Withs, c.withItem(it, depth))
					}
				}
			}
		}
		switch kindOf(n) {
		case "for_statement":
			s.Targets = []*Expr{c.expr(field(n, "left"), depth)}
			s.Value = c.expr(field(n, "right"), depth)
		case "while_statement":
			s.Test = c.expr(field(n, "condition"), depth)
		case "match_statement":
			s.Value = c.expr(field(n, "subject"), depth)
			if b := field(n, "body"); b != nil {
				for _, cc := range namedChildren(b) {
					if kindOf(cc) == "case_clause" {
						mc := c.matchCase(cc, depth)
						s.parts().Cases = append(s.Cases, mc)
						s.Body = append(s.Body, mc.Body...)
					}
				}
			}
		}
		if s.Kind == BlockStmt && kindOf(n) != "try_statement" {
			if b := field(n, "body"); b != nil && len(s.Body) == 0 {
				s.Body = c.block(b, depth)
			}
		}
	case "import_statement":
		s.Kind = ImportStmt
		for _, ch := range namedChildren(n) {
			s.parts().Names = append(s.Names, c.importName(ch))
			s.parts().Aliases = append(s.Aliases, c.importAlias(ch))
		}
	case "import_from_statement":
		s.Kind = ImportStmt
		s.parts().Module = c.fieldText(n, "module_name")
		for _, ch := range fieldChildren(n, "name") {
			s.parts().Names = append(s.Names, c.importName(ch))
			s.parts().Aliases = append(s.Aliases, c.importAlias(ch))
		}
		for _, ch := range namedChildren(n) {
			if kindOf(ch) == "wildcard_import" {
				s.parts().Names = append(s.Names, "*")
				s.parts().Aliases = append(s.Aliases, "")
			}
		}
	case "raise_statement":
		s.Kind = RaiseStmt
		if ch := namedChildren(n); len(ch) > 0 {
			s.Value = c.expr(ch[0], depth)
		}
	case "break_statement":
		s.Kind = BreakStmt
	case "continue_statement":
		s.Kind = ContinueStmt
	case "assert_statement":
		s.Kind = AssertStmt
		if ch := namedChildren(n); len(ch) > 0 {
			s.Test = c.expr(ch[0], depth)
		}
	case "return_statement":
		s.Kind = ReturnStmt
		if ch := namedChildren(n); len(ch) > 0 {
			s.Value = c.expr(ch[0], depth)
		}
	case "delete_statement":
		s.Kind = DelStmt
		for _, ch := range namedChildren(n) {
			if kindOf(ch) == "expression_list" {
				for _, t := range namedChildren(ch) {
					s.Targets = append(s.Targets, c.expr(t, depth))
				}
			} else {
				s.Targets = append(s.Targets, c.expr(ch, depth))
			}
		}
	case "global_statement", "nonlocal_statement":
		s.Kind = ScopeStmt
		s.Op = strings.TrimSuffix(kindOf(n), "_statement")
		for _, ch := range namedChildren(n) {
			if kindOf(ch) == "identifier" {
				s.parts().Names = append(s.Names, c.text(ch))
			}
		}
	default:
		s.Kind = OtherStmt
	}
	return []*Stmt{s}
}

// ifElse converts the elif/else clauses of an if: an elif becomes a nested if.
func (c *conv) ifElse(n *node, depth int) []*Stmt {
	alts := fieldChildren(n, "alternative")
	if kindOf(n) == "elif_clause" || len(alts) == 0 {
		return nil
	}
	// Chain: elif1 -> Else: [if elif1 ... Else: [elif2 ... Else: else-body]]
	var tail []*Stmt
	for i := len(alts) - 1; i >= 0; i-- {
		a := alts[i]
		if kindOf(a) == "else_clause" {
			tail = c.block(field(a, "body"), depth)
			continue
		}
		s := c.stmt(a, depth)
		if len(s) == 1 {
			s[0].Else = tail
		}
		tail = s
	}
	return tail
}

func lastBlock(n *node) *node {
	var b *node
	for _, ch := range namedChildren(n) {
		if kindOf(ch) == "block" {
			b = ch
		}
	}
	return b
}

func (c *conv) importAlias(n *node) string {
	if n != nil && kindOf(n) == "aliased_import" {
		return c.fieldText(n, "alias")
	}
	return ""
}

// params converts a parameter list.
func (c *conv) params(n *node, depth int) []Param {
	if n == nil {
		return nil
	}
	var out []Param
	for _, ch := range namedChildren(n) {
		p := Param{Pos: c.pos(ch)}
		switch kindOf(ch) {
		case "identifier":
			p.Name = c.text(ch)
		case "typed_parameter":
			for _, x := range namedChildren(ch) {
				switch kindOf(x) {
				case "identifier":
					p.Name = c.text(x)
				case "list_splat_pattern":
					p.Name, p.Star = c.text(c.firstNode(x)), "*"
				case "dictionary_splat_pattern":
					p.Name, p.Star = c.text(c.firstNode(x)), "**"
				}
			}
			p.Annot = c.typeExpr(field(ch, "type"), depth)
		case "default_parameter", "typed_default_parameter":
			p.Name = c.fieldText(ch, "name")
			p.Annot = c.typeExpr(field(ch, "type"), depth)
			p.Default = c.expr(field(ch, "value"), depth)
		case "list_splat_pattern":
			p.Name, p.Star = c.text(c.firstNode(ch)), "*"
		case "dictionary_splat_pattern":
			p.Name, p.Star = c.text(c.firstNode(ch)), "**"
		default:
			continue // "*" and "/" separators
		}
		if p.Name != "" {
			out = append(out, p)
		}
	}
	return out
}

// typeExpr converts an annotation, unwrapping tree-sitter's "type" node.
func (c *conv) typeExpr(n *node, depth int) *Expr {
	if n != nil && kindOf(n) == "type" {
		n = c.firstNode(n)
	}
	return c.expr(n, depth)
}

func (c *conv) firstNode(n *node) *node {
	if ch := namedChildren(n); len(ch) > 0 {
		return ch[0]
	}
	return n
}

// handler converts an except clause: its type and "as" name.
func (c *conv) handler(n *node, body []*Stmt, depth int) Handler {
	h := Handler{Body: body}
	for _, ch := range namedChildren(n) {
		switch kindOf(ch) {
		case "block":
		case "as_pattern":
			parts := namedChildren(ch)
			if len(parts) > 0 {
				h.Type = c.expr(parts[0], depth)
			}
			if len(parts) > 1 {
				h.Name = strings.TrimSpace(c.text(parts[len(parts)-1]))
			}
		default:
			if h.Type == nil {
				h.Type = c.expr(ch, depth)
			} else if kindOf(ch) == "identifier" {
				h.Name = c.text(ch) // Python 2: except E, e
			}
		}
	}
	return h
}

func (c *conv) withItem(n *node, depth int) WithItem {
	v := field(n, "value")
	if v == nil {
		return WithItem{}
	}
	if kindOf(v) == "as_pattern" {
		parts := namedChildren(v)
		it := WithItem{}
		if len(parts) > 0 {
			it.Value = c.expr(parts[0], depth)
		}
		if len(parts) > 1 {
			t := parts[len(parts)-1]
			if kindOf(t) == "as_pattern_target" {
				t = c.firstNode(t)
			}
			it.Target = c.expr(t, depth)
		}
		return it
	}
	return WithItem{Value: c.expr(v, depth)}
}

func (c *conv) importName(n *node) string {
	if n == nil {
		return ""
	}
	if kindOf(n) == "aliased_import" {
		return c.fieldText(n, "name")
	}
	return c.text(n)
}

func (c *conv) fieldText(n *node, name string) string {
	if f := field(n, name); f != nil {
		return c.text(f)
	}
	return ""
}

// exprStmt converts the content of an expression statement.
func (c *conv) exprStmt(n *node, depth int) *Stmt {
	s := NewStmt(OtherStmt, c.pos(n))
	switch kindOf(n) {
	case "assignment":
		s.Kind = AssignStmt
		// a = b = v nests as assignment(a, assignment(b, v)).
		cur := n
		for cur != nil && kindOf(cur) == "assignment" {
			s.Targets = append(s.Targets, c.expr(field(cur, "left"), depth))
			if t := field(cur, "type"); t != nil && s.Annot == nil {
				s.Annot = c.typeExpr(t, depth)
			}
			cur = field(cur, "right")
		}
		if cur != nil {
			s.Value = c.expr(cur, depth)
		}
		if cls := namedTupleClass(s); cls != nil {
			return cls
		}
	case "augmented_assignment":
		s.Kind = AugAssignStmt
		s.Targets = []*Expr{c.expr(field(n, "left"), depth)}
		s.Op = c.fieldText(n, "operator")
		s.Value = c.expr(field(n, "right"), depth)
	default:
		s.Kind = ExprStmt
		s.Value = c.expr(n, depth)
	}
	return s
}

func (c *conv) expr(n *node, depth int) *Expr {
	if n == nil {
		return nil
	}
	e := &Expr{Pos: c.pos(n)}
	if depth > maxDepth {
		return e
	}
	depth++
	switch kindOf(n) {
	case "identifier":
		e.Kind, e.Text = Name, c.text(n)
	case "attribute":
		e.Kind = Attr
		e.X = c.expr(field(n, "object"), depth)
		e.Text = c.fieldText(n, "attribute")
	case "call":
		e.Kind = Call
		e.X = c.expr(field(n, "function"), depth)
		if a := field(n, "arguments"); a != nil && kindOf(a) == "argument_list" {
			c.args(a, e, depth)
		} else if a != nil && kindOf(a) == "generator_expression" {
			e.Elems = []*Expr{c.expr(a, depth)} // f(x for x in y)
		}
	case "subscript":
		e.Kind = Subscript
		e.X = c.expr(field(n, "value"), depth)
		if idx := fieldChildren(n, "subscript"); len(idx) > 1 {
			// a[b, c] (Annotated[int, Query()], a numpy index): a tuple.
			y := &Expr{Kind: Tuple, Pos: c.pos(idx[0])}
			for _, ch := range idx {
				y.Elems = append(y.Elems, c.expr(ch, depth))
			}
			e.Y = y
		} else {
			e.Y = c.expr(field(n, "subscript"), depth)
		}
	case "type":
		return c.expr(c.firstNode(n), depth)
	case "generic_type":
		// Optional[int], dict[str, int] in annotations: a subscript of the
		// generic by its type parameters.
		e.Kind = Subscript
		var params []*Expr
		for _, ch := range namedChildren(n) {
			if kindOf(ch) == "type_parameter" {
				for _, t := range namedChildren(ch) {
					params = append(params, c.expr(t, depth))
				}
			} else if e.X == nil {
				e.X = c.expr(ch, depth)
			}
		}
		switch len(params) {
		case 0:
		case 1:
			e.Y = params[0]
		default:
			e.Y = &Expr{Kind: Tuple, Pos: e.Pos, Elems: params, Src: shorten(c.text(n))}
		}
	case "string":
		return c.str(n, depth)
	case "concatenated_string":
		return c.concat(n, depth)
	case "integer", "float":
		e.Kind, e.Text = Num, c.text(n)
	case "true":
		e.Kind, e.Text = Bool, "True"
	case "false":
		e.Kind, e.Text = Bool, "False"
	case "none":
		e.Kind = NoneLit
	case "list", "tuple", "set", "expression_list", "pattern_list", "tuple_pattern", "list_pattern":
		e.Kind = map[string]ExprKind{"list": List, "set": Set, "list_pattern": List}[kindOf(n)]
		if e.Kind == Other {
			e.Kind = Tuple
		}
		for _, ch := range namedChildren(n) {
			e.Elems = append(e.Elems, c.expr(ch, depth))
		}
	case "dictionary":
		e.Kind = Dict
		for _, ch := range namedChildren(n) {
			switch kindOf(ch) {
			case "pair":
				e.Elems = append(e.Elems, c.expr(field(ch, "key"), depth))
				e.more().vals = append(e.more().vals, c.expr(field(ch, "value"), depth))
			case "dictionary_splat":
				e.Elems = append(e.Elems, nil)
				e.more().vals = append(e.more().vals, c.first(ch, depth))
			}
		}
	case "parenthesized_expression":
		return c.first(n, depth)
	case "binary_operator", "boolean_operator":
		e.Kind = BinOp
		e.X = c.expr(field(n, "left"), depth)
		e.Text = c.fieldText(n, "operator")
		e.Y = c.expr(field(n, "right"), depth)
	case "unary_operator":
		e.Kind = UnaryOp
		e.Text = c.fieldText(n, "operator")
		e.X = c.expr(field(n, "argument"), depth)
	case "not_operator":
		e.Kind, e.Text = UnaryOp, "not"
		e.X = c.expr(field(n, "argument"), depth)
	case "comparison_operator":
		e.Kind = Compare
		for i := uint(0); i < n.ChildCount(); i++ {
			ch := n.Child(i)
			if ch.IsNamed() && kindOf(ch) != "comment" {
				e.Elems = append(e.Elems, c.expr(ch, depth))
			} else if !ch.IsNamed() {
				// "not in" and "is not" are two anonymous tokens.
				if k := len(e.Ops()); k == len(e.Elems) && k > 0 {
					e.ext.ops[k-1] += " " + kindOf(ch)
				} else {
					e.more().ops = append(e.more().ops, kindOf(ch))
				}
			}
		}
	case "conditional_expression":
		ch := namedChildren(n)
		if len(ch) == 3 {
			e.Kind = IfExp
			e.X, e.more().cond, e.Y = c.expr(ch[0], depth), c.expr(ch[1], depth), c.expr(ch[2], depth)
		}
	case "list_splat", "dictionary_splat":
		e.Kind = Starred
		e.Text = map[string]string{"list_splat": "*", "dictionary_splat": "**"}[kindOf(n)]
		e.X = c.first(n, depth)
	case "keyword_argument":
		// Only reachable outside argument lists on broken input.
		e.Kind = Other
	case "await":
		e.Kind = Await
		e.X = c.first(n, depth)
	case "named_expression":
		e.Kind = Walrus
		e.X = c.expr(field(n, "name"), depth)
		e.Y = c.expr(field(n, "value"), depth)
	case "lambda":
		e.Kind = Lambda
		e.X = c.expr(field(n, "body"), depth)
		// Parameters as names, for calls of the lambda.
		for _, p := range c.params(field(n, "parameters"), depth) {
			e.Elems = append(e.Elems, &Expr{Kind: Name, Text: p.Name, Pos: p.Pos})
		}
	case "yield":
		e.Kind = Yield
		if ch := namedChildren(n); len(ch) > 0 {
			e.X = c.expr(ch[0], depth)
		}
	case "list_comprehension", "set_comprehension", "generator_expression", "dictionary_comprehension":
		e.Kind = Comp
		e.Text = map[string]string{"list_comprehension": "list", "set_comprehension": "set", "generator_expression": "gen", "dictionary_comprehension": "dict"}[kindOf(n)]
		if b := field(n, "body"); b != nil {
			if kindOf(b) == "pair" {
				e.X = c.expr(field(b, "key"), depth)
				e.Y = c.expr(field(b, "value"), depth)
			} else {
				e.X = c.expr(b, depth)
			}
		}
		for _, ch := range namedChildren(n) {
			switch kindOf(ch) {
			case "for_in_clause":
				e.more().gens = append(e.more().gens, CompFor{Target: c.expr(field(ch, "left"), depth), Iter: c.expr(field(ch, "right"), depth)})
			case "if_clause":
				if k := len(e.Gens()); k > 0 {
					e.ext.gens[k-1].Ifs = append(e.ext.gens[k-1].Ifs, c.first(ch, depth))
				}
			}
		}
	case "slice":
		e.Kind = Slice
		e.Elems = []*Expr{nil, nil, nil}
		part := 0
		for i := uint(0); i < n.ChildCount(); i++ {
			ch := n.Child(i)
			if !ch.IsNamed() {
				if kindOf(ch) == ":" && part < 2 {
					part++
				}
				continue
			}
			if kindOf(ch) != "comment" {
				e.Elems[part] = c.expr(ch, depth)
			}
		}
	}
	if e.Kind != Str {
		e.Src = shorten(c.text(n))
	}
	return e
}

func (c *conv) first(n *node, depth int) *Expr {
	if ch := namedChildren(n); len(ch) > 0 {
		return c.expr(ch[0], depth)
	}
	return &Expr{Pos: c.pos(n)}
}

// args fills a call's positional and keyword arguments from an argument_list.
func (c *conv) args(a *node, call *Expr, depth int) *Expr {
	for _, ch := range namedChildren(a) {
		switch kindOf(ch) {
		case "keyword_argument":
			call.more().kw = append(call.more().kw, Keyword{Name: c.fieldText(ch, "name"), Value: c.expr(field(ch, "value"), depth)})
		case "dictionary_splat":
			call.more().kw = append(call.more().kw, Keyword{Value: c.first(ch, depth)})
		default:
			call.Elems = append(call.Elems, c.expr(ch, depth))
		}
	}
	return call
}

func shorten(s string) string {
	if len(s) > 200 {
		s = strings.ToValidUTF8(s[:200], "") + "..."
	}
	return s
}

// matchCase converts one case clause.
func (c *conv) matchCase(clause *node, depth int) MatchCase {
	mc := MatchCase{Body: c.block(field(clause, "consequence"), depth), Guarded: field(clause, "guard") != nil}
	if g := field(clause, "guard"); g != nil {
		if kids := namedChildren(g); len(kids) == 1 {
			mc.Guard = c.expr(kids[0], depth+1)
		}
	}
	var patterns []*node
	for _, ch := range namedChildren(clause) {
		if kindOf(ch) == "case_pattern" {
			patterns = append(patterns, ch)
		}
	}
	mc.Binds, mc.Literal = c.casePattern(patterns)
	if len(patterns) != 1 {
		return mc
	}
	switch kids := namedChildren(patterns[0]); {
	case len(kids) == 0 && c.text(patterns[0]) == "_", // case _ (an anonymous token)
		len(kids) == 1 && kindOf(kids[0]) == "dotted_name" && kids[0].NamedChildCount() == 1: // case name
		mc.Any = !mc.Guarded
	}
	if mc.Literal {
		var values func(n *node)
		values = func(n *node) {
			switch kindOf(n) {
			case "case_pattern", "union_pattern":
				for _, k := range namedChildren(n) {
					values(k)
				}
			case "dotted_name":
				var e *Expr
				for _, part := range namedChildren(n) {
					if e == nil {
						e = &Expr{Kind: Name, Pos: c.pos(part), Text: c.text(part), Src: c.text(part)}
					} else {
						e = &Expr{Kind: Attr, Pos: c.pos(n), X: e, Text: c.text(part), Src: c.text(n)}
					}
				}
				mc.Values = append(mc.Values, e)
			default:
				mc.Values = append(mc.Values, c.expr(n, depth))
			}
		}
		values(patterns[0])
	}
	return mc
}

// casePattern lists the names a case's patterns capture, and whether it
// is a single pattern of literals only.
func (c *conv) casePattern(patterns []*node) (binds []string, literal bool) {
	var collect func(n *node, parent string)
	collect = func(n *node, parent string) {
		switch kindOf(n) {
		case "dotted_name":
			if (parent == "case_pattern" || parent == "keyword_pattern") && n.NamedChildCount() == 1 {
				if name := c.text(n); name != "_" {
					binds = append(binds, name)
				}
			}
			return
		case "identifier":
			if parent == "splat_pattern" || parent == "as_pattern" || parent == "as_pattern_target" {
				if name := c.text(n); name != "_" {
					binds = append(binds, name)
				}
			}
			return
		}
		for _, ch := range namedChildren(n) {
			collect(ch, kindOf(n))
		}
	}
	literal = len(patterns) == 1
	for _, ch := range patterns {
		collect(ch, "case_clause")
		literal = literal && literalPattern(ch)
	}
	return binds, literal
}

// literalPattern: a case_pattern made only of strings, numbers, None,
// booleans and dotted constants (Color.RED), possibly joined with "|".
func literalPattern(n *node) bool {
	kids := namedChildren(n)
	if kindOf(n) == "case_pattern" || kindOf(n) == "union_pattern" {
		if len(kids) == 0 {
			return false
		}
		for _, k := range kids {
			if !literalPattern(k) {
				return false
			}
		}
		return true
	}
	switch kindOf(n) {
	case "string", "concatenated_string", "integer", "float", "none", "true", "false":
		return true
	case "dotted_name":
		return n.NamedChildCount() > 1
	}
	return false
}

// namedTupleClass reads Pair = namedtuple("Pair", ["left", "right"]) (also
// "left right", and typing's NamedTuple("Pair", [("left", str), ...])) as
// the class statement it amounts to, class Pair(NamedTuple) with one
// annotated field per name, so that the analyses see its fields. Nil for
// any other assignment.
func namedTupleClass(s *Stmt) *Stmt {
	v := s.Value
	if len(s.Targets) != 1 || s.Targets[0].Kind != Name || v == nil || v.Kind != Call {
		return nil
	}
	if name := v.CalleeName(); name != "namedtuple" && name != "NamedTuple" {
		return nil
	}
	args := v.Args()
	if len(args) < 2 || args[0].Kind != Str {
		return nil
	}
	var fields []string
	switch spec := args[1]; spec.Kind {
	case Str:
		fields = strings.FieldsFunc(spec.Text, func(r rune) bool { return r == ' ' || r == ',' })
	case List, Tuple:
		for _, el := range spec.Elems {
			switch {
			case el.Kind == Str:
				fields = append(fields, el.Text)
			case el.Kind == Tuple && len(el.Elems) == 2 && el.Elems[0].Kind == Str:
				fields = append(fields, el.Elems[0].Text)
			default:
				return nil
			}
		}
	default:
		return nil
	}
	cls := NewStmt(ClassStmt, s.Pos)
	cls.Name = s.Targets[0].Text
	cls.parts().Bases = []*Expr{{Kind: Name, Text: "NamedTuple", Pos: s.Pos}}
	for _, f := range fields {
		attr := NewStmt(AssignStmt, s.Pos)
		attr.Targets = []*Expr{{Kind: Name, Text: f, Pos: s.Pos}}
		attr.Annot = &Expr{Kind: Name, Text: "object", Pos: s.Pos}
		cls.Body = append(cls.Body, attr)
	}
	return cls
}

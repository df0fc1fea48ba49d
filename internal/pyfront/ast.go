// Package pyfront is the Python front end shared by the analyzers that read
// Python. It parses source with tree-sitter-python and copies what analyzers
// need into a small Go representation (statements, expressions, positions),
// so that no cgo tree outlives Parse. A constant evaluator and a flow-ordered
// binding interpreter work on that representation.
package pyfront

// Pos is a 1-based line and column (the column counts bytes).
type Pos struct {
	Line, Col int
}

// ExprKind says what an expression is.
type ExprKind int

const (
	Other     ExprKind = iota // anything the front end does not model (lambda, comprehension ...)
	Name                      // Text: identifier
	Attr                      // X.Text
	Call                      // X(Args..., Kw...)
	Subscript                 // X[Y]
	Str                       // Text: decoded value (bytes literals included)
	FString                   // Elems: Str parts and interpolated expressions
	Num                       // Text: literal as written
	Bool                      // Text: "True" or "False"
	NoneLit                   // None
	List                      // Elems
	Tuple                     // Elems
	Set                       // Elems
	Dict                      // Elems: keys (nil for **spread), Vals: values
	BinOp                     // X Text Y (+, -, *, %, |, and, or ...)
	UnaryOp                   // Text X ("not", "-", "+", "~")
	Compare                   // Elems[0] Ops[0] Elems[1] Ops[1] Elems[2] ...
	IfExp                     // X if Cond else Y
	Starred                   // *X or **X (Text "*" or "**")
	Await                     // await X
	Walrus                    // X := Y
	Lambda                    // lambda: X (the body)
	Comp                      // comprehension: Text list/set/dict/gen; X element (dict: X key, Y value); Gens
	Slice                     // Elems: start, stop, step (nil when absent)
	Yield                     // yield X (or yield from X)
)

// CompFor is one "for Target in Iter if ..." of a comprehension.
type CompFor struct {
	Target *Expr
	Iter   *Expr
	Ifs    []*Expr
}

// Keyword is a keyword argument of a call; Name is "" for **kwargs.
type Keyword struct {
	Name  string
	Value *Expr
}

// Expr is an expression. Fields (and the accessors of the parts only some
// kinds have) are used as the kind's comment says.
type Expr struct {
	Kind  ExprKind
	Pos   Pos
	Text  string
	X, Y  *Expr
	Elems []*Expr
	// Src is the expression's source text, kept short for messages.
	Src string
	// ext holds the parts of the few kinds that have them: most
	// expressions are names, attributes, constants and calls without
	// keywords, and a 20 MB module has millions of them (this halves the
	// size of each).
	ext *exprExt
}

type exprExt struct {
	cond *Expr
	vals []*Expr
	ops  []string
	kw   []Keyword
	gens []CompFor
}

// more returns e's extension, made on first use (front end only).
func (e *Expr) more() *exprExt {
	if e.ext == nil {
		e.ext = &exprExt{}
	}
	return e.ext
}

// Cond is the condition of an IfExp.
func (e *Expr) Cond() *Expr {
	if e.ext == nil {
		return nil
	}
	return e.ext.cond
}

// Vals are a Dict's values, parallel to its keys in Elems.
func (e *Expr) Vals() []*Expr {
	if e.ext == nil {
		return nil
	}
	return e.ext.vals
}

// Ops are a Compare's operators, between its Elems.
func (e *Expr) Ops() []string {
	if e.ext == nil {
		return nil
	}
	return e.ext.ops
}

// Kw are a Call's keyword arguments.
func (e *Expr) Kw() []Keyword {
	if e.ext == nil {
		return nil
	}
	return e.ext.kw
}

// Gens are a comprehension's "for ... in ... if ..." clauses.
func (e *Expr) Gens() []CompFor {
	if e.ext == nil {
		return nil
	}
	return e.ext.gens
}

// Args returns a call's positional arguments.
func (e *Expr) Args() []*Expr {
	if e == nil || e.Kind != Call {
		return nil
	}
	return e.Elems
}

// Keyword returns the value of a call's keyword argument, or nil.
func (e *Expr) Keyword(name string) *Expr {
	if e == nil || e.Kind != Call {
		return nil
	}
	for _, k := range e.Kw() {
		if k.Name == name {
			return k.Value
		}
	}
	return nil
}

// Dotted returns "a.b.c" for a chain of names and attributes, or "".
func (e *Expr) Dotted() string {
	switch {
	case e == nil:
		return ""
	case e.Kind == Name:
		return e.Text
	case e.Kind == Attr:
		if srcIsDotted(e) {
			return e.Src // the common case: the source as written, no new string
		}
		if p := e.X.Dotted(); p != "" {
			return p + "." + e.Text
		}
	}
	return ""
}

// srcIsDotted reports whether an attribute chain's source text is exactly
// its dotted name (no spaces, comments or calls inside).
func srcIsDotted(e *Expr) bool {
	s := e.Src
	for x := e; x != nil; x = x.X {
		switch x.Kind {
		case Name:
			return s == x.Text
		case Attr:
			n := len(x.Text)
			if len(s) <= n || s[len(s)-n-1] != '.' || s[len(s)-n:] != x.Text {
				return false
			}
			s = s[:len(s)-n-1]
		default:
			return false
		}
	}
	return false
}

// Callee returns the dotted name of a call's function ("os.environ.get"), or "".
func (e *Expr) Callee() string {
	if e == nil || e.Kind != Call {
		return ""
	}
	return e.X.Dotted()
}

// CalleeName returns the last name of a call's dotted callee ("get" for
// os.environ.get(...)), or "": what Callee's last part is, without building
// the dotted string.
func (e *Expr) CalleeName() string {
	if e == nil || e.Kind != Call || !e.X.isDotted() {
		return ""
	}
	return e.X.Text
}

// isDotted reports whether e is a chain of names and attributes.
func (e *Expr) isDotted() bool {
	for ; e != nil; e = e.X {
		switch e.Kind {
		case Name:
			return true
		case Attr:
		default:
			return false
		}
	}
	return false
}

// StmtKind says what a statement is.
type StmtKind int

const (
	OtherStmt     StmtKind = iota
	AssignStmt             // Targets = Value (Targets has several for a = b = v); Annot for a: T = v
	AugAssignStmt          // Targets[0] Op= Value
	ExprStmt               // Value (usually a call)
	ClassStmt              // Name(Bases): Body
	FuncStmt               // def Name: Body
	IfStmt                 // if Test: Body else: Else (elif chains nest in Else)
	BlockStmt              // Op "try", "with", "for", "while", "match": Body the main blocks; Else the except/else/finally blocks
	ImportStmt             // Module (for "from M import"), Names (imported names or modules)
	ReturnStmt             // Value
	RaiseStmt              // raise Value
	BreakStmt              // break
	ContinueStmt           // continue
	AssertStmt             // assert Test
	ScopeStmt              // Op "global" or "nonlocal"; Names the declared names
	DelStmt                // del Targets...
)

// Param is a function parameter. Star is "*" for *args, "**" for **kwargs.
type Param struct {
	Name    string
	Default *Expr
	Annot   *Expr
	Star    string
	Pos     Pos
}

// WithItem is one "Value as Target" of a with statement.
type WithItem struct {
	Value  *Expr
	Target *Expr
}

// Handler is one except clause of a try statement.
type Handler struct {
	Type *Expr
	Name string
	Body []*Stmt
}

// Stmt is a statement.
type Stmt struct {
	Kind    StmtKind
	Pos     Pos
	Targets []*Expr
	Value   *Expr
	Annot   *Expr
	Test    *Expr
	Op      string
	Name    string
	Body    []*Stmt
	Else    []*Stmt
	// StmtParts holds the fields only classes, functions, imports and
	// compound blocks have, out of line: most statements are assignments,
	// calls and returns, and this cut each from 416 bytes to 160. It is
	// never nil: statements without parts share noParts, which is never
	// written (the front end writes through parts()).
	*StmtParts
}

// StmtParts are the fields of the statement kinds that have them.
type StmtParts struct {
	Bases  []*Expr
	Module string
	Names  []string
	// Aliases are the "as" names of an import, parallel to Names ("" when none).
	Aliases []string
	// Functions: parameters, decorators (classes have decorators too), async.
	Params     []Param
	Decorators []*Expr
	Async      bool
	// Blocks, beside Body and Else (which keep every nested statement for
	// Walk): for/while/try else-clause, with items, except handlers,
	// finally, match cases. For loops: Targets[0] in Value.
	OrElse   []*Stmt
	Withs    []WithItem
	Handlers []Handler
	Finally  []*Stmt
	Cases    []MatchCase
}

// noParts are the (empty) parts of every statement that has none.
var noParts = &StmtParts{}

// NewStmt makes a statement of kind at pos, with no parts yet.
func NewStmt(kind StmtKind, pos Pos) *Stmt {
	return &Stmt{Kind: kind, Pos: pos, StmtParts: noParts}
}

// parts returns s's own parts, made on first write (front end only).
func (s *Stmt) parts() *StmtParts {
	if s.StmtParts == nil || s.StmtParts == noParts {
		s.StmtParts = &StmtParts{}
	}
	return s.StmtParts
}

// MatchCase is one case of a match statement.
type MatchCase struct {
	Body []*Stmt
	// Binds are the names the pattern captures (case str(s), case {"k": v},
	// case [head, *rest], case _ as x).
	Binds []string
	// Literal marks a pattern made only of literals and dotted constants
	// (case "a" | "b", case Color.RED); Values are those alternatives.
	Literal bool
	Values  []*Expr
	// Any marks a pattern that matches every subject (case _, case x)
	// without a guard.
	Any bool
	// Guarded marks a case with an "if" guard; Guard is its condition.
	Guarded bool
	Guard   *Expr
}

// Module is one parsed Python file.
type Module struct {
	Body []*Stmt
	// Strings are every string constant of the file (not f-strings), with positions,
	// for checks that look for a well-known literal anywhere ("Content-Security-Policy").
	Strings []*Expr
	// HasError is set when tree-sitter found syntax errors (e.g. Python 2 code);
	// the statements that did parse are still there.
	HasError bool
	// Lines are the source lines, for snippets.
	Lines []string
}

// Line returns the source text of a 1-based line, or "".
func (m *Module) Line(n int) string {
	if n < 1 || n > len(m.Lines) {
		return ""
	}
	return m.Lines[n-1]
}

// Imports reports whether the module imports the package (or a module under it).
func (m *Module) Imports(pkg string) bool {
	found := false
	Walk(m.Body, func(s *Stmt, _ []*Stmt) bool {
		if s.Kind != ImportStmt {
			return true
		}
		if s.Module != "" && under(s.Module, pkg) {
			found = true
		}
		for _, n := range s.Names {
			if s.Module == "" && under(n, pkg) {
				found = true
			}
		}
		return !found
	})
	return found
}

func under(mod, pkg string) bool {
	return mod == pkg || len(mod) > len(pkg) && mod[:len(pkg)] == pkg && mod[len(pkg)] == '.'
}

// Walk visits every statement depth-first in source order, with the chain of
// enclosing statements (classes, functions, ifs ...). Returning false from fn
// skips the statement's children. outer is only valid during the call (one
// stack serves the whole walk; copy it to keep it).
func Walk(body []*Stmt, fn func(s *Stmt, outer []*Stmt) bool) {
	stack := make([]*Stmt, 0, 16)
	walk(body, &stack, fn)
}

func walk(body []*Stmt, stack *[]*Stmt, fn func(*Stmt, []*Stmt) bool) {
	for _, s := range body {
		n := len(*stack)
		// Capped, so that an append by fn copies instead of writing into
		// the stack.
		if !fn(s, (*stack)[:n:n]) || len(s.Body) == 0 && len(s.Else) == 0 {
			continue
		}
		*stack = append(*stack, s)
		walk(s.Body, stack, fn)
		walk(s.Else, stack, fn)
		*stack = (*stack)[:n]
	}
}

// WalkExpr visits an expression and all its sub-expressions.
func WalkExpr(e *Expr, fn func(*Expr)) {
	if e == nil {
		return
	}
	fn(e)
	WalkExpr(e.X, fn)
	WalkExpr(e.Y, fn)
	WalkExpr(e.Cond(), fn)
	for _, g := range e.Gens() {
		WalkExpr(g.Target, fn)
		WalkExpr(g.Iter, fn)
		for _, x := range g.Ifs {
			WalkExpr(x, fn)
		}
	}
	for _, x := range e.Elems {
		WalkExpr(x, fn)
	}
	for _, x := range e.Vals() {
		WalkExpr(x, fn)
	}
	for _, k := range e.Kw() {
		WalkExpr(k.Value, fn)
	}
}

// StmtExprs visits the expressions a statement holds directly (not its body).
func StmtExprs(s *Stmt, fn func(*Expr)) {
	for _, t := range s.Targets {
		WalkExpr(t, fn)
	}
	WalkExpr(s.Value, fn)
	WalkExpr(s.Test, fn)
	for _, b := range s.Bases {
		WalkExpr(b, fn)
	}
}

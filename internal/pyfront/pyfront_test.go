package pyfront

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func mustParse(t *testing.T, src string) *Module {
	t.Helper()
	m, err := Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestInterpretOrderAndBranches(t *testing.T) {
	m := mustParse(t, `
import os
A = B = "x" "y"
DEBUG = True
DEBUG = False
N: int = 3
N += 2
L = ["a", *("b", "c")]
D = {"k": os.environ.get("K"), "j": 1, **{"z": None}}
F = f"{A}-{N}"
G = f"{os.getpid()}"
C = os.environ.get("X") == "1"
E = "a" if not DEBUG else "b"
if os.environ.get("DEV"):
    M = 1
else:
    M = 1
if os.environ.get("DEV"):
    U = 1
try:
    T = 1
except Exception:
    T = 2
class Config:
    SECRET = A + "!"
`)
	if m.HasError {
		t.Fatal("unexpected syntax error")
	}
	s := Interpret(m.Body, nil)
	cases := map[string]string{
		"A": `"xy"`, "B": `"xy"`, "DEBUG": "False", "N": "5", "L": `["a", "b", "c"]`,
		"F": `"xy-5"`, "G": "<unknown>", "C": "<unknown>", "E": `"a"`, "M": "1", "U": "<unknown>", "T": "<unknown>",
	}
	for name, want := range cases {
		if got := s.Lookup(name).String(); got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
	d := s.Lookup("D")
	if v, ok := d.Get("j"); !ok || v.I != 1 {
		t.Errorf("D[j] = %v", v)
	}
	if v, ok := d.Get("k"); !ok || v.Known() {
		t.Errorf("D[k] should be unknown, got %v", v)
	}
	if len(s.Classes) != 1 || s.Classes[0].Scope.Lookup("SECRET").S != "xy!" {
		t.Errorf("class scope not interpreted")
	}
	if !m.Imports("os") || m.Imports("flask") {
		t.Errorf("imports wrong")
	}
}

func TestPython2DoesNotPanic(t *testing.T) {
	m := mustParse(t, "print 'hello'\nexec \"x\"\nDEBUG = True\n")
	if !m.HasError {
		t.Log("tree-sitter accepted python 2 code")
	}
}

func TestCallsAndStrings(t *testing.T) {
	m := mustParse(t, `app.config.update(DEBUG=True, **extra)
resp.headers["Content-Security-Policy"] = "default-src 'self'"
x = b"\x41\n" r"\d"
`)
	call := m.Body[0].Value
	if call.Callee() != "app.config.update" || call.Keyword("DEBUG").Text != "True" {
		t.Fatalf("call = %+v", call)
	}
	if len(m.Strings) < 2 || m.Strings[0].Text != "Content-Security-Policy" {
		t.Fatalf("strings = %v", m.Strings)
	}
	if got := Eval(m.Body[2].Value, nil).S; got != "A\n\\d" {
		t.Fatalf("bytes concat = %q", got)
	}
}

// A file larger than two chunks is cut at top-level definitions (never
// between a decorator and its def, never inside a string or brackets),
// parsed in parts, and gives the same statements and line numbers.
func TestChunkedParse(t *testing.T) {
	defer func(old int) { chunkBytes = old }(chunkBytes)
	chunkBytes = 16 << 10
	var b strings.Builder
	b.WriteString("import os\nDOC = \"\"\"\ndef not_a_function():\n    pass\n\"\"\"\n")
	for i := 0; b.Len() < 5*chunkBytes; i++ {
		fmt.Fprintf(&b, "\n@app.route(\"/r%d\")\ndef view_%d(x):\n    return os.path.join(\"a\", x)\n\n\nclass C%d:\n    ITEMS = [\n\"\"\"\ndef inside(): pass\n\"\"\",\n    ]\n", i, i, i)
	}
	src := []byte(b.String())
	chunks := splitTopLevel(src, chunkBytes)
	if len(chunks) < 3 {
		t.Fatalf("%d chunks for %d bytes", len(chunks), len(src))
	}
	m, err := Parse(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if m.HasError {
		t.Fatal("cutting the file introduced syntax errors")
	}
	funcs := 0
	for _, s := range m.Body {
		if s.Kind == FuncStmt {
			funcs++
			if !strings.HasPrefix(m.Line(s.Pos.Line), "def view_") {
				t.Fatalf("function %s reported at line %d: %q", s.Name, s.Pos.Line, m.Line(s.Pos.Line))
			}
		}
	}
	if want := strings.Count(b.String(), "\ndef view_"); funcs != want {
		t.Errorf("%d functions, want %d", funcs, want)
	}
}

// FuzzParse: the front end returns a module or an error for any input,
// never panics or hangs.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"import os\nos.system(x)\n", "def f(a, *b, c=1, **d):\n    return [i for i in a if i]\n",
		"class A(B, metaclass=M):\n    x: int = 1\n", "print 'py2'\n", "f\"{x!r:>{w}}\"\n",
		"with open(p) as f, g() as h:\n    pass\n", "try:\n    pass\nexcept (A, B) as e:\n    raise\nfinally:\n    pass\n",
		"match x:\n    case [a, *rest]:\n        pass\n", "lambda: (yield)\n", "\xff\xfe\x00",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := Parse(context.Background(), src)
		if err == nil && m == nil {
			t.Fatal("nil module without error")
		}
	})
}

type onceMemo struct{ m map[string]any }

func (o *onceMemo) Do(key string, fn func() any) any {
	if v, ok := o.m[key]; ok {
		return v
	}
	v := fn()
	o.m[key] = v
	return v
}

// Analyzers sharing a memo get the same parsed module.
func TestParseShared(t *testing.T) {
	ctx := WithMemo(context.Background(), &onceMemo{m: map[string]any{}})
	a, err := ParseShared(ctx, "app.py", []byte("x = 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ParseShared(ctx, "app.py", []byte("x = 1\n"))
	if a != b {
		t.Fatal("parsed twice")
	}
	c, _ := ParseShared(context.Background(), "app.py", []byte("x = 1\n"))
	if c == a {
		t.Fatal("without a memo every parse is fresh")
	}
}

// CalleeName is the last part of Callee for every call, without the string
// building.
func TestCalleeNameIsLastPartOfCallee(t *testing.T) {
	src := "import os\nos.environ.get('x')\nf()\nf()()\nx[0].y()\na.b.c.d(1)\n(a or b).c()\nsuper().__init__()\n'%s'.format(1)\n"
	m, err := Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	Walk(m.Body, func(s *Stmt, _ []*Stmt) bool {
		StmtExprs(s, func(e *Expr) {
			if e.Kind != Call {
				return
			}
			calls++
			want := e.Callee()
			if i := strings.LastIndexByte(want, '.'); i >= 0 {
				want = want[i+1:]
			}
			if got := e.CalleeName(); got != want {
				t.Errorf("%s: CalleeName %q, want %q", e.Src, got, want)
			}
		})
		return true
	})
	if calls < 9 {
		t.Fatalf("only %d calls seen", calls)
	}
}

func TestMatchCases(t *testing.T) {
	src := "match x:\n    case \"A\" | \"B\":\n        pass\n    case 3:\n        pass\n    case Color.RED:\n        pass\n    case [a, *rest]:\n        pass\n    case y if y > 1:\n        pass\n    case _:\n        pass\n    case z:\n        pass\n"
	m, err := Parse(context.Background(), []byte(src))
	if err != nil || len(m.Body) != 1 {
		t.Fatalf("parse: %v", err)
	}
	cases := m.Body[0].Cases
	if len(cases) != 7 {
		t.Fatalf("%d cases", len(cases))
	}
	type want struct {
		literal, any, guarded bool
		values                []string
	}
	wants := []want{
		{literal: true, values: []string{`"A"`, `"B"`}},
		{literal: true, values: []string{"3"}},
		{literal: true, values: []string{"Color.RED"}},
		{},
		{guarded: true},
		{any: true},
		{any: true},
	}
	for i, w := range wants {
		c := cases[i]
		var vals []string
		for _, v := range c.Values {
			vals = append(vals, v.Src)
		}
		if c.Literal != w.literal || c.Any != w.any || c.Guarded != w.guarded || strings.Join(vals, ",") != strings.Join(w.values, ",") {
			t.Errorf("case %d: literal %v any %v guarded %v values %v, want %+v", i, c.Literal, c.Any, c.Guarded, vals, w)
		}
	}
}

func TestDelStatement(t *testing.T) {
	m, err := Parse(context.Background(), []byte("del a\ndel b[0], c['k']\n"))
	if err != nil || len(m.Body) != 2 {
		t.Fatalf("parse: %v", err)
	}
	var got []string
	for _, s := range m.Body {
		if s.Kind != DelStmt {
			t.Fatalf("kind %v, want DelStmt", s.Kind)
		}
		for _, x := range s.Targets {
			got = append(got, x.Src)
		}
	}
	if strings.Join(got, " ") != "a b[0] c['k']" {
		t.Errorf("targets %q", got)
	}
}

// Every statement has its parts (shared empty ones when it has none), and
// the shared ones stay empty: a write through them would reach every
// statement.
func TestStmtPartsNeverNilNorShared(t *testing.T) {
	src := `import os, sys as system
from . import db
from m import *
x: int = 1
a = b = 2
n += 1
P = namedtuple("P", ["x", "y"])
@decorate
class C(Base):
    def m(self, a, *args, k=1, **kw):
        global g
        return a
async def f():
    for i in range(3):
        pass
    else:
        pass
    while x:
        break
    with open(p) as fh, lock:
        pass
    try:
        raise E
    except (A, B) as e:
        pass
    else:
        pass
    finally:
        del x
    match v:
        case {"k": w}:
            assert w
if a:
    pass
elif b:
    pass
else:
    f()
`
	m := mustParse(t, src)
	kinds := map[StmtKind]bool{}
	Walk(m.Body, func(s *Stmt, _ []*Stmt) bool {
		if s.StmtParts == nil {
			t.Errorf("line %d: statement kind %d without parts", s.Pos.Line, s.Kind)
			return false
		}
		kinds[s.Kind] = true
		return true
	})
	if len(kinds) < 12 {
		t.Errorf("only %d statement kinds parsed", len(kinds))
	}
	if fmt.Sprint(*noParts) != fmt.Sprint(StmtParts{}) {
		t.Errorf("the shared empty parts were written: %+v", *noParts)
	}
}

// Dotted gives the same name whether the source is written plainly (and
// reused) or not.
func TestDotted(t *testing.T) {
	m := mustParse(t, "a.b.c\nx . y\n(p).q\nf().g\nos.path.join\n")
	want := []string{"a.b.c", "x.y", "p.q", "", "os.path.join"}
	for i, s := range m.Body {
		if got := s.Value.Dotted(); got != want[i] {
			t.Errorf("%q: Dotted() = %q, want %q", s.Value.Src, got, want[i])
		}
	}
}

package python

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/audit/audittest"
	"github.com/secaudit/secaudit/internal/rule"
)

// Bad input never crashes or hangs the analyzer: syntax errors, Python 2,
// invalid UTF-8, binary content and 10,000 levels of nesting give error
// entries or partial results.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	deep := "x = " + strings.Repeat("(", 10000) + "request.args['q']" + strings.Repeat(")", 10000) + "\n"
	deepCall := "y = " + strings.Repeat("f(", 10000) + "1" + strings.Repeat(")", 10000) + "\n"
	files := map[string][]byte{
		"py2.py":      []byte("print 'hello'\ntry:\n    pass\nexcept Exception, e:\n    pass\nimport os\nos.system(raw_input())\n"),
		"broken.py":   []byte("import os\ndef ok(x):\n    return x\n\ndef broken(:\n    pass\n\ndef after():\n    os.system(input())\n"),
		"utf8.py":     append([]byte("import os\ns = '\xff\xfe'\nos.system(input())\n"), 0xc3),
		"binary.py":   append([]byte("\x00\x01\x02ELF"), bytes.Repeat([]byte{0}, 100)...),
		"deep.py":     []byte("from flask import request\n" + deep),
		"deepcall.py": []byte(deepCall),
		"py312.py":    []byte("def f[T](x: T) -> T:\n    return x\nname = 'a'\nmsg = f\"{f\"{name!r}\"}\"\nmatch name:\n    case 'a':\n        pass\n    case _:\n        pass\nif (n := len(name)) > 1:\n    pass\n"),
		"empty.py":    nil,
		"closures.py": []byte(nestedClosures(5, 12)),
		// Modules re-exporting each other's names in a cycle.
		"cyc_a.py": []byte("from cyc_b import X\n"),
		"cyc_b.py": []byte("from cyc_a import X\n\ndef f():\n    return X()\n"),
	}
	var rels []string
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		rels = append(rels, name)
	}
	done := make(chan *collect)
	go func() { done <- analyze(t, dir, rels) }()
	var c *collect
	select {
	case c = <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("analysis of bad input hangs")
	}
	kinds := map[string]string{}
	for _, e := range c.Errs {
		kinds[e.Path] += e.Kind + " "
	}
	for path, want := range map[string]string{"broken.py": "parse", "utf8.py": "encoding", "binary.py": "binary"} {
		if !strings.Contains(kinds[path], want) {
			t.Errorf("%s: want an error of kind %s, got %q", path, want, kinds[path])
		}
	}
	if kinds["py312.py"] != "" {
		t.Errorf("Python 3.12 syntax must parse cleanly: %q", kinds["py312.py"])
	}
	found := map[string]bool{}
	for _, f := range c.Findings {
		found[f.Location.Path+" "+f.RuleID] = true
	}
	// The statements that parsed are still analysed.
	// tree-sitter reads Python 2 print statements and "except E, e".
	for _, want := range []string{"broken.py PY-CMDI", "utf8.py PY-CMDI", "py2.py PY-CMDI", "closures.py PY-CMDI"} {
		if !found[want] {
			t.Errorf("partial results lost: no %s", want)
		}
	}
}

// FuzzAnalyze feeds random bytes and mutated Python to the whole analyzer.
func FuzzAnalyze(f *testing.F) {
	for _, seed := range []string{
		"from flask import request\nimport os\nos.system(request.args['c'])\n",
		"def f(x):\n    return eval(x)\nf(input())\n",
		"class A:\n    def __init__(self, v):\n        self.v = v\n    def run(self):\n        import subprocess\n        subprocess.run(self.v, shell=True)\nA(input()).run()\n",
		"x = [1, 2, 3]\nx.pop(0)\nwhile True:\n    break\nelse:\n    pass\n",
		"@app.route('/<int:i>')\ndef v(i):\n    return f'{i}'\n",
		// Shapes added late: match, closures with nonlocal, super(), properties, globals.
		"def v(x):\n    match x:\n        case {'k': [a, *rest]} | str(a):\n            eval(a)\n        case 'lit' as s:\n            pass\n",
		"def f(p):\n    b = ''\n    def g():\n        nonlocal b\n        b = p\n        g()\n    g()\n    return (lambda: b)()\n",
		"class A:\n    def __init__(s, v): s.v = v\n    @property\n    def q(s): return s.v\nclass B(A):\n    def __init__(s, v): super().__init__(v)\nG = None\ndef h(v):\n    global G\n    G = B(v).q\n",
	} {
		f.Add([]byte(seed))
	}
	rs, err := rule.Default()
	if err != nil {
		f.Fatal(err)
	}
	an := New()
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "fuzz.py")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		in := &audit.Input{Root: dir, Rules: rs, Files: []audit.File{{Rel: "fuzz.py", Abs: p, Size: int64(len(data))}}}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := an.Run(ctx, in, &collect{}); err != nil && ctx.Err() == nil {
			t.Fatal(err)
		}
	})
}

// nestedClosures builds closures nested depth deep, each calling the next
// one calls times inside a loop: inlining them all would take calls^depth
// body evaluations, so the analysis must fall back to summaries.
func nestedClosures(depth, calls int) string {
	var b strings.Builder
	var level func(d int, ind string)
	level = func(d int, ind string) {
		fmt.Fprintf(&b, "%sdef f%d(y):\n", ind, d)
		if d < depth {
			level(d+1, ind+"    ")
		}
		fmt.Fprintf(&b, "%s    for _ in range(3):\n", ind)
		for i := 0; i < calls && d < depth; i++ {
			fmt.Fprintf(&b, "%s        f%d(y)\n", ind, d+1)
		}
		if d == depth {
			fmt.Fprintf(&b, "%s        os.system(y)\n", ind)
		}
	}
	b.WriteString("import os\n\n\ndef outer(x):\n")
	level(1, "    ")
	for i := 0; i < calls; i++ {
		b.WriteString("    f1(x)\n")
	}
	b.WriteString("\n\nouter(input())\n")
	return b.String()
}

// TestClosureInliningBounded: closures nested five deep, each calling the
// next twelve times, would take 12^4 inlined bodies; the analysis of the
// outer function inlines at most maxInlinedBodies and still finds the sink
// (through the closures' summaries beyond the bound).
func TestClosureInliningBounded(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "closures.py"), []byte(nestedClosures(5, 12)), 0o644); err != nil {
		t.Fatal(err)
	}
	in := &audit.Input{Root: dir, Rules: audittest.Rules(t), Files: []audit.File{{Rel: "closures.py", Abs: filepath.Join(dir, "closures.py")}}}
	an := New()
	mods := parseAll(context.Background(), in, &collect{})
	p := newProgram(an.spec, mods)
	outer := mods[0].funcs["outer"]
	if outer == nil {
		t.Fatal("outer not indexed")
	}
	res := newAnalysis(p, in.Rules).analyze(outer)
	// Unbounded it is 45,228 (the loops run each body more than once).
	if res.inlinedBodies == 0 || res.inlinedBodies > 1000 {
		t.Errorf("inlined %d closure bodies, want 1..1000", res.inlinedBodies)
	}
}

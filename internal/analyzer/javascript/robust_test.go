package javascript

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRobustness: bad input gives an error entry or no finding, never a
// panic or a hang.
func TestRobustness(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("invalid_utf8.js", "document.body.innerHTML = location.hash; // \xff\xfe\xfd\n")
	write("app.js", "\x7fELF\x00\x00\x01\x02binary\x00content")
	write("syntax.js", "function ( { el.innerHTML = ;;; location.hash )) }}} var = = =\nclass { x( }\n")
	write("deep.js", "var x = "+strings.Repeat("(", 5000)+"location.hash"+strings.Repeat(")", 5000)+";\nel.innerHTML = x;\n")
	write("deep_blocks.js", strings.Repeat("if (a) {", 5000)+"el.innerHTML = location.hash;"+strings.Repeat("}", 5000)+"\n")
	write("deep_arrows.js", "const f = "+strings.Repeat("a => ", 5000)+"a;\n")
	write("huge.js", strings.Repeat("// padding\n", 6<<20/11+1))
	write("unclosed.html", "<script>document.write(location.hash)\n<div>{{ x </div>")
	var b strings.Builder
	for i := 0; b.Len() < 2<<20; i++ {
		b.WriteString("var a" + itoa(i) + "=location.hash.slice(1);document.getElementById(\"x\").textContent=a" + itoa(i) +
			";function f" + itoa(i) + "(b){return b?b+1:0}if(a" + itoa(i) + "){f" + itoa(i) + "(a" + itoa(i) + ")}")
	}
	b.WriteString(`document.getElementById("y").innerHTML=a7;`)
	write("bundle.js", b.String())

	start := time.Now()
	rec := run(t, dir)
	elapsed := time.Since(start)
	if elapsed > 5*time.Second {
		t.Errorf("robustness corpus took %v", elapsed)
	}
	kinds := map[string]string{}
	for _, e := range rec.Errs {
		kinds[e.Path] += e.Kind + " "
	}
	for path, want := range map[string]string{
		"invalid_utf8.js": "encoding", "app.js": "binary", "syntax.js": "parse", "deep.js": "parse",
		"huge.js": "too-large",
	} {
		if !strings.Contains(kinds[path], want) {
			t.Errorf("%s: want an error of kind %s, got %q", path, want, kinds[path])
		}
	}
	found := map[string]bool{}
	for _, f := range rec.Findings {
		found[f.Location.Path] = true
	}
	if !found["bundle.js"] && !strings.Contains(kinds["bundle.js"], "too-large") {
		t.Errorf("the minified bundle was neither analyzed nor reported: %q", kinds["bundle.js"])
	}
	if !found["invalid_utf8.js"] {
		t.Errorf("a file with invalid UTF-8 should still be analyzed")
	}
}

// TestMinifiedSpeed: a 2 MB one-line bundle takes well under two seconds,
// whether it names no source (not parsed), or does (analyzed, or reported
// as too slow to analyze).
func TestMinifiedSpeed(t *testing.T) {
	for _, tc := range []struct{ name, unit string }{
		{"plain.min.js", `var a%d=document.body;if(a%d){$("#x").text(a%d.id)}`},
		{"sources.min.js", `var a%d=document.referrer;if(a%d){$("#x").text(a%d)}`},
	} {
		var b strings.Builder
		for i := 0; b.Len() < 2<<20; i++ {
			b.WriteString(strings.ReplaceAll(tc.unit, "%d", itoa(i)))
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, tc.name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		rec := run(t, dir)
		d := time.Since(start)
		t.Logf("%s: %v, errors %v", tc.name, d, rec.Errs)
		if d > 2*time.Second {
			t.Errorf("%s: 2 MB minified file took %v", tc.name, d)
		}
		if len(rec.Findings) > 0 {
			t.Errorf("%s: unexpected findings %v", tc.name, rec.Findings)
		}
		for _, e := range rec.Errs {
			if e.Kind != "too-large" {
				t.Errorf("%s: unexpected error %+v", tc.name, e)
			}
		}
	}
}

func itoa(i int) string {
	const digits = "0123456789"
	if i == 0 {
		return "0"
	}
	var s []byte
	for ; i > 0; i /= 10 {
		s = append([]byte{digits[i%10]}, s...)
	}
	return string(s)
}

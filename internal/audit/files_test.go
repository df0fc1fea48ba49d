package audit

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// ReadText returns a file's whole text whatever its size against the
// binary probe and the size the walk saw, and refuses what is over the
// limit or binary.
func TestReadText(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := func(n int) []byte { return bytes.Repeat([]byte("x = 1\n"), n/6+1)[:n] }
	const limit = 64 << 10
	for _, n := range []int{0, 1, binaryProbe - 1, binaryProbe, binaryProbe + 1, 3 * binaryProbe, limit} {
		data := text(n)
		p := write("f.py", data)
		for _, walked := range []int64{int64(n), 0, int64(n) / 2} { // the file grew after the walk
			got, errs := ReadText("t", File{Rel: "f.py", Abs: p, Size: walked}, limit)
			if len(errs) != 0 || !bytes.Equal(got, data) {
				t.Errorf("size %d (walked %d): %d bytes, errors %v", n, walked, len(got), errs)
			}
		}
	}
	p := write("big.py", text(limit+1))
	if got, errs := ReadText("t", File{Rel: "big.py", Abs: p, Size: 10}, limit); got != nil || len(errs) != 1 || errs[0].Kind != "too-large" {
		t.Errorf("over the limit: %d bytes, %v", len(got), errs)
	}
	p = write("bin.py", append(text(100), 0))
	if got, errs := ReadText("t", File{Rel: "bin.py", Abs: p, Size: 101}, limit); got != nil || len(errs) != 1 || errs[0].Kind != "binary" {
		t.Errorf("binary: %d bytes, %v", len(got), errs)
	}
	p = write("latin.py", []byte("s = 'caf\xe9'\n"))
	if got, errs := ReadText("t", File{Rel: "latin.py", Abs: p, Size: 12}, limit); len(errs) != 1 || errs[0].Kind != "encoding" || !bytes.Contains(got, []byte("\uFFFD")) {
		t.Errorf("invalid UTF-8: %q, %v", got, errs)
	}
}

package finding

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLineLocation(t *testing.T) {
	lines := []string{"  first  ", strings.Repeat("é", 400)}
	if l := LineLocation("a.txt", lines, 0, 3); l.Line != 1 || l.Snippet != "first" || l.Column != 3 {
		t.Errorf("line 0: %+v", l)
	}
	if l := LineLocation("a.txt", lines, 2, 1); len(l.Snippet) > maxSnippet || !utf8.ValidString(l.Snippet) {
		t.Errorf("long line: %d bytes, valid %v", len(l.Snippet), utf8.ValidString(l.Snippet))
	}
	if l := LineLocation("a.txt", lines, 9, 1); l.Line != 9 || l.Snippet != "" {
		t.Errorf("past the end: %+v", l)
	}
}

package python

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseINI(t *testing.T) {
	got := parseINI("; comment\n[DEFAULT]\nOrder = name\n[hash]\nalgo: md5\n  continued\n# note\nbroken line\n[hash]\nsalt = x = y\n")
	want := map[string]map[string]string{
		"DEFAULT": {"order": "name"},
		"hash":    {"algo": "md5\ncontinued", "salt": "x = y"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("parseINI = %#v, want %#v", got, want)
	}
	if got := parseINI("key = before any section\n"); len(got) != 0 {
		t.Fatalf("options before a section header: %#v", got)
	}
}

// FuzzParseINI: any text parses without a panic, and every option name is
// folded to lower case.
func FuzzParseINI(f *testing.F) {
	f.Add("[s]\na = 1\n")
	f.Add("[s\n=\n[]\n :x\n\t\n[s]\r\nK=V\r\n  more")
	f.Fuzz(func(t *testing.T, text string) {
		for _, opts := range parseINI(text) {
			for k := range opts {
				if k != strings.ToLower(k) {
					t.Fatalf("option %q not folded", k)
				}
			}
		}
	})
}

package python

import (
	"reflect"
	"strings"
	"testing"
)

// The shared values (clean, True/False/None, the constant table, the empty
// summary) are never changed in place: one analysis that did would change
// the meaning of "clean" for every later one (a slice of a clean list once
// made every clean value a container). Every fixture project is analysed
// in turn and the shared values checked after each.
func TestSharedValuesUnchanged(t *testing.T) {
	projs := projects(t)
	// The constants themselves, as they are before any analysis.
	none, yes, no := *noneValue.c, *trueValue.c, *falseValue.c
	for name, files := range projs {
		if strings.Contains(name, "/generated") {
			continue // (the generated suites: many small cases, the same shapes)
		}
		root := name
		if strings.HasSuffix(name, ".py") {
			root = name[:strings.LastIndexByte(name, '/')]
		}
		analyze(t, root, files)
		switch {
		case !reflect.DeepEqual(*clean, value{}):
			t.Fatalf("clean changed after %s: %+v", name, *clean)
		case !reflect.DeepEqual(*emptySummary, summary{}):
			t.Fatalf("emptySummary changed after %s", name)
		case !reflect.DeepEqual(*constantTable, value{container: true}):
			t.Fatalf("constantTable changed after %s", name)
		case !reflect.DeepEqual(*noneValue, value{c: noneValue.c}) || !reflect.DeepEqual(*trueValue, value{c: trueValue.c}) || !reflect.DeepEqual(*falseValue, value{c: falseValue.c}),
			!reflect.DeepEqual(*noneValue.c, none) || !reflect.DeepEqual(*trueValue.c, yes) || !reflect.DeepEqual(*falseValue.c, no):
			t.Fatalf("True/False/None changed after %s", name)
		}
	}
}

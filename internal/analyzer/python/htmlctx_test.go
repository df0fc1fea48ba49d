package python

import "testing"

func TestInQuotedHTMLValue(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"<p>Hello ", false},
		{"", false},
		{"<input value='", true},
		{`<a title="`, true},
		{`<a title="x" href="/y">`, false},
		{"<input value=", true},
		{"<input value= ", true},
		{"<input type=text ", false},
		{`<a title="it\'s `, true},
		{"<script>var a = '", true},
		{"<SCRIPT>var a = \"x\"; var b = ", false},
		{"<script>var a = 1;</script><p>", false},
		{"<div>It's ", false},
	} {
		if got := inQuotedHTMLValue(tc.before); got != tc.want {
			t.Errorf("inQuotedHTMLValue(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

func TestPercentPlaceholders(t *testing.T) {
	if got := percentPlaceholders("a %s b %% c %d"); len(got) != 2 || got[0] != 2 || got[1] != 12 {
		t.Errorf("placeholders %v", got)
	}
	if got := percentPlaceholders("%(name)s"); got != nil {
		t.Errorf("named placeholders %v, want nil", got)
	}
}

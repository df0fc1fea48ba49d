package python

import (
	"strings"

	"github.com/secaudit/secaudit/internal/taint"
)

// Where text lands in HTML built from constant parts: an escape that
// leaves quotes (html.escape(x, quote=False)) is no escape inside a quoted
// attribute value or a script string (see value.taintIn).

// placedTaint is the taint of b put into the constant text format by op:
// "+" appends b; "%" fills the format's placeholders with b (or with the
// items of a tuple b), each judged where its placeholder is.
func placedTaint(op, format string, b *value) taint.Taint {
	if op == "+" {
		return b.taintIn(format)
	}
	at := percentPlaceholders(format)
	args := []*value{b}
	if b.container && b.exact && b.keys == nil {
		args = b.elems
	}
	if len(at) != len(args) || len(args) == 0 {
		return b.taintOf()
	}
	var t taint.Taint
	for i, x := range args {
		t = taint.Join(t, x.taintIn(format[:at[i]]))
	}
	return t
}

// percentPlaceholders are the offsets of the %-conversions of a format
// ("%%" aside); nil when one takes its argument by name or star.
func percentPlaceholders(format string) []int {
	var at []int
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		if i+1 < len(format) && (format[i+1] == '(' || format[i+1] == '*') {
			return nil
		}
		at = append(at, i)
	}
	return at
}

// inQuotedHTMLValue reports whether HTML text that ends with before ends
// inside an attribute value (quoted, or unquoted right after "=") or
// inside a string of a script element.
func inQuotedHTMLValue(before string) bool {
	lower := strings.ToLower(before)
	if s := strings.LastIndex(lower, "<script"); s >= 0 && !strings.Contains(lower[s:], "</script") {
		if gt := strings.IndexByte(lower[s:], '>'); gt >= 0 {
			return openQuote(before[s+gt+1:]) != 0 // in the script's code
		}
	}
	lt := strings.LastIndexByte(before, '<')
	if lt < 0 {
		return false
	}
	// Inside the last tag unless a ">" outside its quoted values ends it.
	var q byte
	for i := lt; i < len(before); i++ {
		switch c := before[i]; {
		case q == 0 && c == '>':
			return false // between tags
		case q == 0 && (c == '"' || c == '\''):
			q = c
		case c == q:
			q = 0
		}
	}
	return q != 0 || strings.HasSuffix(strings.TrimRight(before[lt:], " \t\n"), "=")
}

// openQuote is the quote character left open at the end of s (0: none),
// backslash escapes aside.
func openQuote(s string) byte {
	var q byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && q != 0:
			i++
		case q == 0 && (c == '"' || c == '\''):
			q = c
		case c == q:
			q = 0
		}
	}
	return q
}

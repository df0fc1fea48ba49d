package templates

import (
	"strings"
	"unicode"
)

// splitTop splits an expression at sep where it is not inside a string or
// brackets.
func splitTop(expr string, sep byte) []string {
	var parts []string
	depth, last := 0, 0
	for j := 0; j < len(expr); j++ {
		switch c := expr[j]; c {
		case '"', '\'':
			if k := strings.IndexByte(expr[j+1:], c); k >= 0 {
				j += k + 1
			} else {
				j = len(expr)
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(depth-1, 0)
		case sep:
			if depth == 0 {
				parts = append(parts, expr[last:j])
				last = j + 1
			}
		}
	}
	return append(parts, expr[last:])
}

// filterName is the name of a filter segment ("replace" of `replace("a", "b")`).
func filterName(seg string) string {
	seg = strings.TrimSpace(seg)
	end := strings.IndexFunc(seg, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.') })
	if end < 0 {
		return seg
	}
	return seg[:end]
}

// chain is an output expression split into its base and its filters.
type chain struct {
	base    string
	filters []string
}

func parseChain(expr string) chain {
	parts := splitTop(expr, '|')
	c := chain{base: strings.TrimSpace(parts[0])}
	for _, p := range parts[1:] {
		c.filters = append(c.filters, filterName(p))
	}
	return c
}

// escapingFilters produce escaped or non-markup output.
var escapingFilters = map[string]bool{
	"e": true, "escape": true, "forceescape": true, "tojson": true, "urlencode": true, "int": true,
	"float": true, "length": true, "count": true, "wordcount": true, "filesizeformat": true, "abs": true,
	"round": true, "escapejs": true, "json_script": true,
}

// markupFilters may put markup back into an escaped string.
var markupFilters = map[string]bool{"replace": true, "format": true}

// marksSafe reports whether the chain marks unescaped data safe: a |safe
// (or |safeseq) anywhere in it, not preceded by an escaping filter.
func (c chain) marksSafe() bool {
	escaped := false
	for _, f := range c.filters {
		switch {
		case escapingFilters[f]:
			escaped = true
		case markupFilters[f]:
			escaped = false
		case f == "safe" || f == "safeseq":
			return !escaped
		}
	}
	return false
}

// escaped reports whether the chain's output is escaped or not markup
// (inside an autoescape-off block this is what keeps it safe).
func (c chain) escaped() bool {
	escaped := false
	for _, f := range c.filters {
		switch {
		case escapingFilters[f]:
			escaped = true
		case markupFilters[f]:
			escaped = false
		}
	}
	return escaped
}

// isConstant reports whether an expression is built only from literals
// (and variables known to hold only literals): "<br>", 'a' ~ "b",
// _("Hello"), 42.
func isConstant(expr string, consts map[string]bool) bool {
	expr = strings.TrimSpace(expr)
	if expr == "" {
		return false
	}
	if parts := splitTop(expr, '~'); len(parts) > 1 {
		return allConstant(parts, consts)
	}
	if parts := splitTop(expr, '+'); len(parts) > 1 {
		return allConstant(parts, consts)
	}
	switch {
	case isStringLiteral(expr), isNumber(expr):
		return true
	case strings.HasPrefix(expr, "(") && strings.HasSuffix(expr, ")") && len(splitTop(expr[1:len(expr)-1], ',')) == 1:
		return isConstant(expr[1:len(expr)-1], consts)
	}
	for _, tr := range []string{"_(", "gettext(", "pgettext("} {
		if strings.HasPrefix(expr, tr) && strings.HasSuffix(expr, ")") {
			return allConstant(splitTop(expr[len(tr):len(expr)-1], ','), consts)
		}
	}
	return consts[expr]
}

func allConstant(parts []string, consts map[string]bool) bool {
	for _, p := range parts {
		if !isConstant(p, consts) {
			return false
		}
	}
	return true
}

// isStringLiteral: the whole expression is one quoted string.
func isStringLiteral(s string) bool {
	if len(s) < 2 || (s[0] != '"' && s[0] != '\'') {
		return false
	}
	k := strings.IndexByte(s[1:], s[0])
	return k == len(s)-2
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// sanitizedName: a variable whose name says the application already
// sanitized or rendered it. Still reported (the name proves nothing), with
// lower confidence.
func sanitizedName(base string) bool {
	l := strings.ToLower(base)
	for _, w := range []string{"sanitiz", "sanitis", "clean", "bleach", "rendered", "markdown", "escaped"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

package templates

import (
	"fmt"
	"regexp"
	"strings"
)

// tokKind is the kind of a template token.
type tokKind int

const (
	tText    tokKind = iota
	tVar             // {{ expression }}
	tBlock           // {% statement %}
	tComment         // {# comment #}
)

// token is one piece of a Jinja2 / Django template.
type token struct {
	kind       tokKind
	body       string // between the delimiters, whitespace-control marks and spaces trimmed
	start, end int    // byte offsets of the whole token
}

// lexError is a tag that never closes; the rest of the file is text.
type lexError struct {
	offset int
	msg    string
}

// lex splits a template into tokens. Strings and brackets inside tags are
// respected ("}}" inside a string or a dict literal does not close a tag);
// raw/verbatim blocks and Django comment blocks are kept as text without
// being tokenized.
func lex(src string) ([]token, *lexError) {
	var toks []token
	textStart := 0
	i := 0
	for i < len(src)-1 {
		if src[i] != '{' || (src[i+1] != '{' && src[i+1] != '%' && src[i+1] != '#') {
			i++
			continue
		}
		end, kind, err := scanTag(src, i)
		if err != nil {
			toks = appendText(toks, textStart, len(src))
			return toks, err
		}
		toks = appendText(toks, textStart, i)
		t := token{kind: kind, body: tagBody(src[i:end]), start: i, end: end}
		toks = append(toks, t)
		i = end
		if kind == tBlock {
			if closer := rawCloser(t.body); closer != nil {
				if m := closer.FindStringIndex(src[i:]); m != nil {
					toks = appendText(toks, i, i+m[0])
					i += m[1]
				} else {
					i = len(src)
				}
			}
		}
		textStart = i
	}
	return appendText(toks, textStart, len(src)), nil
}

func appendText(toks []token, start, end int) []token {
	if end > start {
		toks = append(toks, token{kind: tText, start: start, end: end})
	}
	return toks
}

// scanTag finds the end of the tag opening at i.
func scanTag(src string, i int) (int, tokKind, *lexError) {
	switch src[i+1] {
	case '#':
		j := strings.Index(src[i+2:], "#}")
		if j < 0 {
			return 0, 0, &lexError{i, "comment {# is never closed"}
		}
		return i + 2 + j + 2, tComment, nil
	case '{':
		return scanCode(src, i, '}', tVar)
	default:
		return scanCode(src, i, '%', tBlock)
	}
}

// scanCode scans an expression or statement tag up to its closer ("}}" or
// "%}") outside strings and brackets.
func scanCode(src string, i int, closer byte, kind tokKind) (int, tokKind, *lexError) {
	depth := 0
	for j := i + 2; j < len(src); j++ {
		switch c := src[j]; c {
		case '"', '\'':
			k := strings.IndexByte(src[j+1:], c)
			if k < 0 {
				return 0, 0, &lexError{i, "string in a tag is never closed"}
			}
			j += k + 1
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth = max(depth-1, 0)
		case '}', '%':
			if depth == 0 && c == closer && j+1 < len(src) && src[j+1] == '}' {
				return j + 2, kind, nil
			}
			if c == '}' {
				depth = max(depth-1, 0)
			}
		}
	}
	return 0, 0, &lexError{i, fmt.Sprintf("tag %s is never closed", src[i:i+2])}
}

// tagBody strips delimiters, whitespace control (-, +) and spaces.
func tagBody(tag string) string {
	b := tag[2 : len(tag)-2]
	b = strings.TrimPrefix(strings.TrimPrefix(b, "-"), "+")
	b = strings.TrimSuffix(strings.TrimSuffix(b, "-"), "+")
	return strings.TrimSpace(b)
}

var (
	endRaw      = regexp.MustCompile(`\{%[-+]?\s*endraw\s*[-+]?%\}`)
	endVerbatim = regexp.MustCompile(`\{%[-+]?\s*endverbatim\b[^%]*%\}`)
	endComment  = regexp.MustCompile(`\{%[-+]?\s*endcomment\s*[-+]?%\}`)
)

// rawCloser returns the end tag of a block whose content is not template
// code (raw, verbatim, Django's comment), or nil.
func rawCloser(body string) *regexp.Regexp {
	switch firstWord(body) {
	case "raw":
		return endRaw
	case "verbatim":
		return endVerbatim
	case "comment":
		return endComment
	}
	return nil
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

package pyfront

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// str converts a string literal. Plain literals become Str with the decoded
// value; f-strings become FString with their parts.
func (c *conv) str(n *node, depth int) *Expr {
	e := &Expr{Kind: Str, Pos: c.pos(n)}
	raw, fstr := false, false
	var parts []*Expr
	for i := uint(0); i < n.ChildCount(); i++ {
		ch := n.Child(i)
		switch kindOf(ch) {
		case "string_start":
			prefix := strings.ToLower(strings.TrimRight(c.text(ch), `"'`))
			raw = strings.Contains(prefix, "r")
			fstr = strings.Contains(prefix, "f")
		case "string_content":
			v := c.text(ch)
			if !raw {
				v = unescape(v)
			}
			parts = append(parts, &Expr{Kind: Str, Pos: c.pos(ch), Text: v})
		case "interpolation":
			// The part carries its expression's value. A !s conversion or a
			// width/alignment spec keeps the text; !r and !a give repr() of
			// it (a quoted literal); a numeric presentation type ({x:d})
			// only formats numbers, so that part is an opaque non-constant.
			x := &Expr{Kind: Other, Pos: c.pos(ch), Src: shorten(c.text(ch))}
			if ch.NamedChildCount() >= 1 && !numericFormatSpec(c, ch) {
				x = c.expr(ch.NamedChild(0), depth+1)
				if conv := childOfKind(ch, "type_conversion"); conv != nil && (c.text(conv) == "!r" || c.text(conv) == "!a") {
					fn := &Expr{Kind: Name, Pos: x.Pos, Text: "repr", Src: "repr"}
					x = &Expr{Kind: Call, Pos: x.Pos, X: fn, Elems: []*Expr{x}, Src: shorten(c.text(ch))}
				}
			}
			parts = append(parts, x)
		}
	}
	if fstr {
		e.Kind = FString
		e.Elems = parts
		e.Src = shorten(c.text(n))
		return e
	}
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.Text)
	}
	e.Text = b.String()
	e.Src = shorten(c.text(n))
	c.strings = append(c.strings, e)
	return e
}

// concat converts implicit concatenation ("a" "b"): constant when every part is.
func (c *conv) concat(n *node, depth int) *Expr {
	parts := namedChildren(n)
	var acc *Expr
	for _, p := range parts {
		x := c.expr(p, depth)
		if acc == nil {
			acc = x
			continue
		}
		acc = &Expr{Kind: BinOp, Pos: acc.Pos, Text: "+", X: acc, Y: x}
	}
	if acc == nil {
		return &Expr{Pos: c.pos(n)}
	}
	if acc.Kind == Str {
		return acc
	}
	acc.Src = shorten(c.text(n))
	return acc
}

// unescape decodes Python backslash escapes. Unknown escapes stay as written,
// as in Python.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '0':
			b.WriteByte(0)
		case '\\', '\'', '"':
			b.WriteByte(s[i])
		case '\n':
			// line continuation inside the literal
		case 'x', 'u', 'U':
			w := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[i]]
			if i+w < len(s) {
				if v, err := strconv.ParseUint(s[i+1:i+1+w], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					b.WriteRune(rune(v))
					i += w
					continue
				}
			}
			b.WriteByte('\\')
			b.WriteByte(s[i])
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// numericFormatSpec reports whether an f-string interpolation ends in a
// format spec whose presentation type only accepts numbers ({x:d}, {x:.2f}).
func numericFormatSpec(c *conv, interp *node) bool {
	for i := uint(0); i < interp.NamedChildCount(); i++ {
		ch := interp.NamedChild(i)
		if kindOf(ch) != "format_specifier" {
			continue
		}
		spec := strings.TrimSpace(strings.TrimPrefix(c.text(ch), ":"))
		if spec == "" || strings.Contains(spec, "{") {
			return false
		}
		return strings.ContainsAny(spec[len(spec)-1:], "bcdeEfFgGnoxX%")
	}
	return false
}

// childOfKind is n's first named child of the kind, or nil.
func childOfKind(n *node, kind string) *node {
	for _, ch := range namedChildren(n) {
		if kindOf(ch) == kind {
			return ch
		}
	}
	return nil
}

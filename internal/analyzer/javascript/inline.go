package javascript

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// inlineScripts extracts the inline <script> elements of an HTML or Jinja
// template. The result has the template's length: script text stays where
// it was and everything else becomes white space (newlines kept), so
// positions in the result are positions in the template. Consecutive
// scripts share the page's global scope, as in the browser.
func inlineScripts(data []byte) (out []byte, scripts int) {
	out = blank(data)
	z := html.NewTokenizer(bytes.NewReader(data))
	off := 0
	inScript := false
	for {
		tt := z.Next()
		start := off
		off += len(z.Raw())
		switch tt {
		case html.ErrorToken:
			return out, scripts
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			inScript = string(name) == "script" && isJavaScript(z, hasAttr)
		case html.TextToken:
			if inScript && off <= len(data) && strings.TrimSpace(string(data[start:off])) != "" {
				copy(out[start:off], data[start:off])
				maskTemplateTags(out[start:off])
				if off < len(out) && out[off] != '\n' {
					out[off] = ';' // a script's last statement ends with it
				}
				scripts++
			}
			inScript = false
		default:
			inScript = false
		}
	}
}

// blank returns white space of the same shape as data.
func blank(data []byte) []byte {
	out := make([]byte, len(data))
	for i, c := range data {
		if c == '\n' {
			out[i] = '\n'
		} else {
			out[i] = ' '
		}
	}
	return out
}

// isJavaScript: scripts with src= are external (analyzed as files), and
// scripts of other types (JSON, HTML templates, import maps) are not code.
func isJavaScript(z *html.Tokenizer, hasAttr bool) bool {
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch string(k) {
		case "src":
			return false
		case "type":
			switch strings.ToLower(strings.TrimSpace(string(v))) {
			case "", "text/javascript", "application/javascript", "module", "text/ecmascript",
				"application/ecmascript", "text/jsx", "text/babel":
			default:
				return false
			}
		}
	}
	return true
}

// maskTemplateTags replaces Jinja/Django tags inside a script: {{ expr }}
// becomes the number 0 (it is a value), {% ... %} and {# ... #} become
// white space. Newlines stay so lines do not move.
func maskTemplateTags(b []byte) {
	for i := 0; i+1 < len(b); i++ {
		if b[i] != '{' {
			continue
		}
		var closer string
		switch b[i+1] {
		case '{':
			closer = "}}"
		case '%':
			closer = "%}"
		case '#':
			closer = "#}"
		default:
			continue
		}
		end := bytes.Index(b[i+2:], []byte(closer))
		stop := len(b)
		if end >= 0 {
			stop = i + 2 + end + 2
		}
		for j := i; j < stop; j++ {
			if b[j] != '\n' {
				b[j] = ' '
			}
		}
		if closer == "}}" {
			b[i] = '0'
		}
		i = stop - 1
	}
}

package templates

import (
	"strings"

	"golang.org/x/net/html"
)

// resource is an external script or stylesheet of a page.
type resource struct {
	offset    int
	tag, url  string
	integrity bool
}

// externalResources lists the <script src> and <link rel=stylesheet> of a
// page that load from another origin. Relative and same-origin paths are
// not listed; protocol-relative //cdn/... is another origin.
func externalResources(page []byte) []resource {
	var out []resource
	z := html.NewTokenizer(strings.NewReader(string(page)))
	off := 0
	for {
		tt := z.Next()
		start := off
		off += len(z.Raw())
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			attrs := readAttrs(z, hasAttr)
			if r, ok := asResource(string(name), attrs); ok {
				r.offset = start
				out = append(out, r)
			}
		}
	}
}

func readAttrs(z *html.Tokenizer, more bool) map[string]string {
	attrs := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs[string(k)] = string(v)
	}
	return attrs
}

func asResource(tag string, attrs map[string]string) (resource, bool) {
	var url string
	switch tag {
	case "script":
		url = attrs["src"]
	case "link":
		rel := strings.Fields(strings.ToLower(attrs["rel"]))
		if !containsAny(rel, "stylesheet", "modulepreload") {
			return resource{}, false
		}
		url = attrs["href"]
	default:
		return resource{}, false
	}
	if !isExternal(url) {
		return resource{}, false
	}
	return resource{tag: tag, url: url, integrity: strings.TrimSpace(attrs["integrity"]) != ""}, true
}

func isExternal(url string) bool {
	u := strings.ToLower(strings.TrimSpace(url))
	return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "//")
}

func containsAny(xs []string, want ...string) bool {
	for _, x := range xs {
		for _, w := range want {
			if x == w {
				return true
			}
		}
	}
	return false
}

// maskComments blanks template comments (keeping newlines) so that markup
// commented out with {# #} is not read as part of the page.
func maskComments(src string, toks []token) []byte {
	b := []byte(src)
	for _, t := range toks {
		if t.kind != tComment {
			continue
		}
		for i := t.start; i < t.end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return b
}

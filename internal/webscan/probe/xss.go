package probe

import (
	"context"
	"fmt"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// XSSReflected finds reflected cross-site scripting. A plain marker first
// shows where the value lands (HTML text, an attribute, a URL attribute,
// a script, a comment, a title or textarea); then payloads made for that
// context are sent, and the response is parsed with the HTML5 parser: the
// finding needs an event-handler attribute, a javascript: URL or script
// code carrying the payload's marker, i.e. markup the browser would build,
// never escaped text. The winning payload is sent again with a new marker.
// At most 1 + 12 + 1 requests per parameter.
type XSSReflected struct{}

func (*XSSReflected) ID() string { return "WEB-XSS-REFLECTED" }

// xssContexts lists where a marker was found in a page.
func xssContexts(doc *xhtml.Node, mark string) map[string]string {
	ctx := map[string]string{}
	walk(doc, func(n *xhtml.Node) {
		switch n.Type {
		case xhtml.TextNode:
			if !strings.Contains(n.Data, mark) || n.Parent == nil {
				return
			}
			switch n.Parent.DataAtom {
			case atom.Script:
				ctx["script"] = ""
			case atom.Style:
				ctx["style"] = ""
			case atom.Textarea, atom.Title, atom.Noscript, atom.Xmp, atom.Iframe, atom.Noembed, atom.Noframes:
				ctx["rcdata"] = n.Parent.Data
			default:
				ctx["html"] = ""
			}
		case xhtml.CommentNode:
			if strings.Contains(n.Data, mark) {
				ctx["comment"] = ""
			}
		case xhtml.ElementNode:
			for _, a := range n.Attr {
				if !strings.Contains(a.Val, mark) {
					continue
				}
				if urlAttr[a.Key] && strings.HasPrefix(strings.TrimSpace(a.Val), mark) {
					ctx["url"] = a.Key
				}
				if strings.HasPrefix(a.Key, "on") {
					ctx["handler"] = a.Key
				}
				ctx["attr"] = a.Key
			}
		}
	})
	return ctx
}

var urlAttr = map[string]bool{"href": true, "src": true, "action": true, "formaction": true, "data": true, "xlink:href": true, "background": true, "poster": true}

// xssPayloads for each context; %s is the marker.
var xssPayloads = map[string][]string{
	"html":    {"<img src=x onerror=alert(%s)>", "<svg/onload=alert(%s)>", "<details open ontoggle=alert(%s)>"},
	"attr":    {`"><img src=x onerror=alert(%s)>`, `'><img src=x onerror=alert(%s)>`, `" autofocus onfocus="alert(%s)`, `' autofocus onfocus='alert(%s)`, ` autofocus onfocus=alert(%s) `},
	"url":     {"javascript:alert(%s)"},
	"script":  {"</script><img src=x onerror=alert(%s)>", "';alert(%s);//", `";alert(%s);//`, "`;alert(%s);//", ";alert(%s);//", "\n;alert(%s);//"},
	"comment": {"--><img src=x onerror=alert(%s)>"},
	"rcdata":  {"</%[2]s><img src=x onerror=alert(%[1]s)>"},
	"style":   {"</style><img src=x onerror=alert(%s)>"},
	"handler": {"');alert(%s);//", `");alert(%s);//`, "alert(%s)"},
}

var xssOrder = []string{"html", "attr", "url", "script", "handler", "comment", "rcdata", "style"}

// xssProof looks in a parsed page for markup that runs the marker: an
// event handler or javascript: URL holding it, or script code (outside
// string literals and comments) calling alert(marker).
func xssProof(doc *xhtml.Node, mark string) string {
	call := "alert(" + mark + ")"
	found := ""
	walk(doc, func(n *xhtml.Node) {
		if found != "" || n.Type != xhtml.ElementNode {
			return
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") && strings.Contains(a.Val, call) && jsCodeAt(a.Val, strings.Index(a.Val, call)) {
				found = fmt.Sprintf("<%s %s=%q> event handler", n.Data, a.Key, a.Val)
				return
			}
			if urlAttr[a.Key] && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") && strings.Contains(a.Val, call) {
				found = fmt.Sprintf("<%s %s=%q> javascript: URL", n.Data, a.Key, a.Val)
				return
			}
		}
		if isScript(n) {
			src := textOf(n)
			for i := strings.Index(src, call); i >= 0; {
				if jsCodeAt(src, i) {
					found = fmt.Sprintf("<script> code calls %s", call)
					return
				}
				j := strings.Index(src[i+1:], call)
				if j < 0 {
					break
				}
				i += 1 + j
			}
		}
	})
	return found
}

// jsCodeAt reports whether offset i of JavaScript source is code: not in a
// string, template literal or comment. A small lexer, enough to tell a
// payload that broke out of a string from one still inside it.
func jsCodeAt(src string, i int) bool {
	var quote byte
	for k := 0; k < i && k < len(src); k++ {
		c := src[k]
		switch {
		case quote != 0:
			if c == '\\' {
				k++
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '/' && k+1 < len(src) && src[k+1] == '/':
			nl := strings.IndexByte(src[k:], '\n')
			if nl < 0 || k+nl >= i {
				return false
			}
			k += nl
		case c == '/' && k+1 < len(src) && src[k+1] == '*':
			end := strings.Index(src[k+2:], "*/")
			if end < 0 || k+2+end+2 > i {
				return false
			}
			k += 2 + end + 1
		}
	}
	return quote == 0
}

func (x *XSSReflected) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	for _, p := range t.untested("WEB-XSS-REFLECTED") {
		if p.In == "cookie" {
			continue
		}
		if ctx.Err() != nil {
			return
		}
		mark := token()
		r, err := t.with(p, mark)
		if err != nil || !isHTML(r) || !contains(r, mark) {
			continue
		}
		where := xssContexts(htmlDoc(r.Body), mark)
		if res, ok := t.xssTry(p, where); ok {
			emit(res)
		}
	}
}

func (t *target) xssTry(p *webscan.Param, where map[string]string) (webscan.Result, bool) {
	for _, c := range xssOrder {
		extra, ok := where[c]
		if !ok {
			continue
		}
		for _, tpl := range xssPayloads[c] {
			mk := func() (string, string) {
				m := token()
				if c == "rcdata" {
					return m, fmt.Sprintf(tpl, m, extra)
				}
				return m, fmt.Sprintf(tpl, m)
			}
			m1, v1 := mk()
			r1, err := t.with(p, v1)
			// A redirect's body is never rendered by a browser.
			if err != nil || !isHTML(r1) || r1.Status >= 300 && r1.Status < 400 {
				continue
			}
			how := xssProof(htmlDoc(r1.Body), m1)
			if how == "" {
				continue
			}
			m2, v2 := mk()
			r2, err := t.with(p, v2)
			if err != nil || !isHTML(r2) || r2.Status >= 300 && r2.Status < 400 || xssProof(htmlDoc(r2.Body), m2) == "" {
				continue
			}
			res := t.result("WEB-XSS-REFLECTED", fmt.Sprintf("Reflected XSS in %s (%s context)", p.Name, c), p, r1)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{
				fmt.Sprintf("payload: %s=%q", p.Name, v1),
				"the HTML parser builds " + how + " from the response",
				"confirmed with a second marker",
			}
			return res, true
		}
	}
	return webscan.Result{}, false
}

// respHTML is a helper for stored XSS: the proof in one response.
func respXSS(r *httpx.Response, mark string) string {
	if r == nil || !isHTML(r) || !contains(r, mark) {
		return ""
	}
	return xssProof(htmlDoc(r.Body), mark)
}

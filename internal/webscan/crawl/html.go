package crawl

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"

	"github.com/secaudit/secaudit/internal/webscan"
)

// Form is one HTML form as found on a page.
type Form struct {
	Action  *url.URL
	Method  string // GET or POST
	Enctype string
	Label   string // submit buttons' text and the form's id/name (logout and destructive detection)
	Inputs  []Input
}

// Input is one named field of a form.
type Input struct {
	Name, Type, Value, Autocomplete string
}

// Page is what a parsed HTML page holds.
type Page struct {
	Links   []*url.URL
	Forms   []Form
	Scripts []Script
}

// Script is a script element: external (Src) or inline (Text).
type Script struct {
	Src       *url.URL
	Integrity string
	Text      string
}

// jsPath finds quoted absolute paths in JavaScript ("/api/items?id=1"),
// the links a script builds with fetch or XMLHttpRequest.
var jsPath = regexp.MustCompile(`["'` + "`" + `](/[A-Za-z0-9_\-./~%]+(?:\?[A-Za-z0-9_\-.~%&=]*)?)["'` + "`" + `]`)

// JSLinks returns the absolute paths quoted in a script, resolved against base.
func JSLinks(base *url.URL, js []byte) []*url.URL {
	var out []*url.URL
	for _, m := range jsPath.FindAllSubmatch(js, 200) {
		s := string(m[1])
		if strings.HasPrefix(s, "//") || strings.Contains(s, "/*") {
			continue
		}
		if u, err := base.Parse(s); err == nil {
			out = append(out, u)
		}
	}
	return out
}

// ParseHTML reads links, forms and scripts from a page. It never fails:
// broken markup yields what the HTML5 parser recovers.
func ParseHTML(base *url.URL, body []byte) *Page {
	p := &Page{}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return p
	}
	if b := baseHref(doc); b != "" {
		if u, err := base.Parse(b); err == nil {
			base = u
		}
	}
	var walk func(n *html.Node, form *Form)
	walk = func(n *html.Node, form *Form) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "a", "area", "link":
				if n.Data == "link" && !strings.Contains(strings.ToLower(attr(n, "rel")), "alternate") {
					break
				}
				p.addLink(base, attr(n, "href"))
			case "iframe", "frame":
				p.addLink(base, attr(n, "src"))
			case "script":
				s := Script{Integrity: attr(n, "integrity")}
				if src := attr(n, "src"); src != "" {
					if u, err := base.Parse(strings.TrimSpace(src)); err == nil {
						s.Src = u
					}
				} else if n.FirstChild != nil {
					s.Text = n.FirstChild.Data
					for _, u := range JSLinks(base, []byte(s.Text)) {
						p.Links = append(p.Links, u)
					}
				}
				p.Scripts = append(p.Scripts, s)
			case "form":
				f := Form{Method: strings.ToUpper(strings.TrimSpace(attr(n, "method"))), Enctype: attr(n, "enctype"),
					Label: attr(n, "id") + " " + attr(n, "name")}
				if f.Method != "POST" {
					f.Method = "GET"
				}
				action := strings.TrimSpace(attr(n, "action"))
				u, err := base.Parse(action)
				if err != nil {
					break
				}
				f.Action = u
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c, &f)
				}
				p.Forms = append(p.Forms, f)
				return
			case "input", "textarea", "select", "button":
				if form == nil {
					break
				}
				typ := strings.ToLower(attr(n, "type"))
				if n.Data == "button" || typ == "submit" || typ == "image" {
					form.Label += " " + attr(n, "value") + " " + text(n)
					if attr(n, "name") == "" {
						break
					}
				}
				name := attr(n, "name")
				if name == "" || typ == "file" || typ == "reset" {
					break
				}
				in := Input{Name: name, Type: typ, Value: attr(n, "value"), Autocomplete: attr(n, "autocomplete")}
				switch n.Data {
				case "textarea":
					in.Type, in.Value = "textarea", text(n)
				case "select":
					in.Type, in.Value = "select", firstOption(n)
				}
				if (typ == "checkbox" || typ == "radio") && in.Value == "" {
					in.Value = "on"
				}
				form.Inputs = append(form.Inputs, in)
				if n.Data == "select" || n.Data == "textarea" {
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, form)
		}
	}
	walk(doc, nil)
	return p
}

func (p *Page) addLink(base *url.URL, href string) {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return
	}
	low := strings.ToLower(href)
	if strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "mailto:") || strings.HasPrefix(low, "data:") || strings.HasPrefix(low, "tel:") {
		return
	}
	if u, err := base.Parse(href); err == nil {
		u.Fragment = ""
		p.Links = append(p.Links, u)
	}
}

func baseHref(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "base" {
		return attr(n, "href")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if h := baseHref(c); h != "" {
			return h
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return strings.TrimSpace(b.String())
}

func firstOption(sel *html.Node) string {
	first, chosen := "", ""
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "option" {
			v, ok := "", false
			for _, a := range n.Attr {
				if a.Key == "value" {
					v, ok = a.Val, true
				}
			}
			if !ok {
				v = text(n)
			}
			if first == "" {
				first = v
			}
			for _, a := range n.Attr {
				if a.Key == "selected" && chosen == "" {
					chosen = v
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(sel)
	if chosen != "" {
		return chosen
	}
	return first
}

// defaultValue is a plausible value for an empty field, by its type and
// name, so that a submitted form passes simple validation.
func defaultValue(in Input) (value, typ string) {
	if in.Value != "" {
		t := "string"
		if in.Type == "number" || in.Type == "range" {
			t = "integer"
		}
		return in.Value, t
	}
	name := strings.ToLower(in.Name)
	switch {
	case in.Type == "email" || strings.Contains(name, "mail"):
		return "secaudit@example.com", "string"
	case in.Type == "number" || in.Type == "range" || strings.HasSuffix(name, "id") || name == "qty" || name == "quantity":
		return "1", "integer"
	case in.Type == "url" || strings.Contains(name, "url"):
		return "http://example.com/", "string"
	case in.Type == "password":
		return "Secaudit-Test-1", "string"
	case in.Type == "tel":
		return "5550100", "string"
	case in.Type == "date":
		return "2024-01-01", "string"
	}
	return "secaudit", "string"
}

// Endpoint is the endpoint a form submits to.
func (f *Form) Endpoint(foundOn *url.URL) *webscan.Endpoint {
	u := *f.Action
	u.Fragment = ""
	tpl, params := Template(u.Path)
	ep := &webscan.Endpoint{Method: f.Method, Template: tpl, Source: "form", FoundOn: foundOn}
	in := "query"
	if f.Method == "POST" {
		in = "form"
		ep.Encoding = "form"
	} else {
		u.RawQuery = "" // a GET form replaces the action's query
	}
	ep.URL = &u
	ep.Params = params
	if f.Method == "POST" {
		ep.Params = append(ep.Params, queryParams(&u)...)
	}
	q := url.Values{}
	for _, i := range f.Inputs {
		v, t := defaultValue(i)
		if i.Type == "hidden" {
			v = i.Value
		}
		ep.Params = append(ep.Params, webscan.Param{Name: i.Name, In: in, Value: v, Type: t})
		q.Add(i.Name, v)
	}
	if f.Method == "GET" {
		ep.URL.RawQuery = q.Encode()
	}
	return ep
}

func queryParams(u *url.URL) []webscan.Param {
	var out []webscan.Param
	for _, kv := range strings.Split(u.RawQuery, "&") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		k, _ = url.QueryUnescape(k)
		v, _ = url.QueryUnescape(v)
		if k == "" {
			continue
		}
		t := "string"
		if v != "" && strings.Trim(v, "0123456789") == "" {
			t = "integer"
		}
		out = append(out, webscan.Param{Name: k, In: "query", Value: v, Type: t})
	}
	return out
}

// LinkEndpoint is the GET endpoint of a link.
func LinkEndpoint(u *url.URL, source string, foundOn *url.URL) *webscan.Endpoint {
	c := *u
	c.Fragment = ""
	tpl, params := Template(c.Path)
	return &webscan.Endpoint{Method: "GET", URL: &c, Template: tpl, Params: append(params, queryParams(&c)...), Source: source, FoundOn: foundOn}
}

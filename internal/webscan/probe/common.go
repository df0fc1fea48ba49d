package probe

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"html"
	"math/big"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html/atom"

	xhtml "golang.org/x/net/html"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// token returns a short random alphanumeric marker (lower case, starts
// with a letter) that no page contains by chance.
func token() string {
	var b [5]byte
	_, _ = rand.Read(b[:])
	return "sq" + hex.EncodeToString(b[:])
}

// randInt returns a random integer in [lo, hi).
func randInt(lo, hi int64) int64 {
	n, err := rand.Int(rand.Reader, big.NewInt(hi-lo))
	if err != nil {
		return lo
	}
	return lo + n.Int64()
}

// result starts a Result for a parameter of the endpoint.
func (t *target) result(rule, msg string, p *webscan.Param, proof ...*httpx.Response) webscan.Result {
	r := webscan.Result{RuleID: rule, Message: msg, Method: t.ep.Method, URL: t.ep.URL.String(),
		Template: t.ep.Template, Proof: proof}
	if r.Method == "" {
		r.Method = "GET"
	}
	if p != nil {
		r.Parameter = p.In + ":" + p.Name
	}
	return r
}

// variants are the forms a payload may take when a page reflects it: raw,
// HTML-escaped, URL-encoded, JSON-escaped. Normalising removes all of them,
// so a page that merely echoes the input does not look different.
func variants(s string) []string {
	out := []string{s, html.EscapeString(s), url.QueryEscape(s), url.PathEscape(s)}
	j := strings.NewReplacer(`"`, `\"`, `\`, `\\`, "<", `\u003c`, ">", `\u003e`, "&", `\u0026`, "'", `\u0027`).Replace(s)
	out = append(out, j, strings.ReplaceAll(html.EscapeString(s), "&#39;", "&#x27;"))
	return out
}

var (
	longToken = regexp.MustCompile(`[A-Za-z0-9+/_\-=.]{24,}`)
	clockTime = regexp.MustCompile(`\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?`)
	longNum   = regexp.MustCompile(`\d{6,}`)
)

// normalize makes a body comparable: payloads removed (in all their
// reflected forms), random-looking tokens (CSRF, nonces), clock times and
// long numbers replaced.
func normalize(body []byte, payloads ...string) string {
	s := string(body)
	for _, p := range payloads {
		if p == "" {
			continue
		}
		for _, v := range variants(p) {
			if v != "" {
				s = strings.ReplaceAll(s, v, "")
			}
		}
	}
	s = longToken.ReplaceAllString(s, "T")
	s = clockTime.ReplaceAllString(s, "C")
	s = longNum.ReplaceAllString(s, "N")
	return s
}

// page is a response reduced to what differential probes compare.
type page struct {
	status int
	body   string
	loc    string
}

func pageOf(r *httpx.Response, payloads ...string) page {
	if r == nil {
		return page{status: -1}
	}
	loc := r.Header.Get("Location")
	for _, p := range payloads {
		for _, v := range variants(p) {
			if v != "" {
				loc = strings.ReplaceAll(loc, v, "")
			}
		}
	}
	return page{status: r.Status, body: normalize(r.Body, payloads...), loc: loc}
}

func (a page) same(b page) bool { return a.status == b.status && a.body == b.body && a.loc == b.loc }

func (a page) String() string {
	return fmt.Sprintf("status %d, %d bytes", a.status, len(a.body))
}

// htmlDoc parses a response body with the HTML5 parser (never fails).
func htmlDoc(b []byte) *xhtml.Node {
	n, err := xhtml.Parse(strings.NewReader(strings.ToValidUTF8(string(b), "\uFFFD")))
	if err != nil {
		return &xhtml.Node{Type: xhtml.DocumentNode}
	}
	return n
}

// walk visits every node of the tree.
func walk(n *xhtml.Node, f func(*xhtml.Node)) {
	if n == nil {
		return
	}
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func isScript(n *xhtml.Node) bool { return n.Type == xhtml.ElementNode && n.DataAtom == atom.Script }

func textOf(n *xhtml.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// contains reports whether the response body contains s.
func contains(r *httpx.Response, s string) bool {
	return r != nil && strings.Contains(string(r.Body), s)
}

// csrfRefresh fetches the page the endpoint's form was found on and takes
// fresh values for its CSRF-token parameters (Django, Flask-WTF, Rails),
// so form submissions are not rejected for a stale token. One request.
func (t *target) csrfRefresh() {
	var names []*webscan.Param
	for i := range t.ep.Params {
		if IsCSRFName(t.ep.Params[i].Name) && (t.ep.Params[i].In == "form" || t.ep.Params[i].In == "json") {
			names = append(names, &t.ep.Params[i])
		}
	}
	if len(names) == 0 || t.ep.FoundOn == nil {
		return
	}
	r, err := t.get(t.ep.FoundOn)
	if err != nil || r == nil {
		return
	}
	walk(htmlDoc(r.Body), func(n *xhtml.Node) {
		if n.Type != xhtml.ElementNode || n.DataAtom != atom.Input {
			return
		}
		var name, val string
		for _, a := range n.Attr {
			switch a.Key {
			case "name":
				name = a.Val
			case "value":
				val = a.Val
			}
		}
		for _, p := range names {
			if p.Name == name && val != "" {
				p.Value = val
			}
		}
	})
}

// get fetches a URL with the probe session (no redirect followed).
func (t *target) get(u *url.URL) (*httpx.Response, error) {
	req, err := http.NewRequestWithContext(t.ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	t.sent++
	return t.sess.Do(t.ctx, req, nil)
}

package crawl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/secaudit/secaudit/internal/webscan"
)

// Robots returns the paths robots.txt names (Allow and Disallow: a
// disallowed path is exactly what an auditor wants to see) and its sitemaps.
func Robots(base *url.URL, body []byte) (paths, sitemaps []*url.URL) {
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "allow", "disallow":
			// Wildcards and end anchors are patterns, not paths: keep the
			// literal prefix before them.
			if i := strings.IndexAny(v, "*$"); i >= 0 {
				v = v[:i]
			}
			if !strings.HasPrefix(v, "/") || v == "/" {
				continue
			}
			if u, err := base.Parse(v); err == nil {
				paths = append(paths, u)
			}
		case "sitemap":
			if u, err := base.Parse(v); err == nil {
				sitemaps = append(sitemaps, u)
			}
		}
	}
	return paths, sitemaps
}

// Sitemap returns the <loc> URLs of a sitemap or sitemap index.
func Sitemap(base *url.URL, body []byte) []*url.URL {
	var doc struct {
		Locs []string `xml:"url>loc"`
		Maps []string `xml:"sitemap>loc"`
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	// No entity or DTD processing: encoding/xml expands only the five
	// predefined entities, so a hostile sitemap cannot XXE the scanner.
	if err := dec.Decode(&doc); err != nil {
		return nil
	}
	var out []*url.URL
	for _, s := range append(doc.Locs, doc.Maps...) {
		if u, err := base.Parse(strings.TrimSpace(s)); err == nil {
			out = append(out, u)
		}
	}
	return out
}

// OpenAPI turns an OpenAPI 3 document into endpoints with typed
// parameters. base is the scan target: the document's server path (if
// any) is joined to it, its host is ignored (the scope decides the host).
func OpenAPI(base *url.URL, data []byte) ([]*webscan.Endpoint, error) {
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false // a spec must not make the scanner fetch other files or hosts
	doc, err := loader.LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("openapi: %w", err)
	}
	prefix := ""
	if len(doc.Servers) > 0 {
		if su, err := url.Parse(doc.Servers[0].URL); err == nil {
			prefix = strings.TrimSuffix(su.Path, "/")
		}
	}
	paths := doc.Paths.Map()
	keys := make([]string, 0, len(paths))
	for k := range paths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []*webscan.Endpoint
	for _, p := range keys {
		item := paths[p]
		ops := item.Operations()
		methods := make([]string, 0, len(ops))
		for m := range ops {
			methods = append(methods, m)
		}
		sort.Strings(methods)
		for _, m := range methods {
			op := ops[m]
			ep := &webscan.Endpoint{Method: strings.ToUpper(m), Template: prefix + p, Source: "openapi"}
			concrete := prefix + p
			q := url.Values{}
			params := append(append(openapi3.Parameters{}, item.Parameters...), op.Parameters...)
			for _, pr := range params {
				if pr.Value == nil {
					continue
				}
				typ := schemaType(pr.Value.Schema)
				v := exampleValue(pr.Value.Example, pr.Value.Schema, typ)
				in := pr.Value.In
				ep.Params = append(ep.Params, webscan.Param{Name: pr.Value.Name, In: in, Value: v, Type: typ})
				switch in {
				case "path":
					concrete = strings.ReplaceAll(concrete, "{"+pr.Value.Name+"}", url.PathEscape(v))
				case "query":
					q.Set(pr.Value.Name, v)
				}
			}
			if op.RequestBody != nil && op.RequestBody.Value != nil {
				for _, ct := range []string{"application/json", "application/x-www-form-urlencoded", "application/xml", "text/xml"} {
					mt := op.RequestBody.Value.Content.Get(ct)
					if mt == nil {
						continue
					}
					switch ct {
					case "application/json":
						ep.Encoding = "json"
					case "application/x-www-form-urlencoded":
						ep.Encoding = "form"
					default:
						ep.Encoding = "xml"
					}
					if mt.Schema != nil && mt.Schema.Value != nil {
						props := mt.Schema.Value.Properties
						names := make([]string, 0, len(props))
						for n := range props {
							names = append(names, n)
						}
						sort.Strings(names)
						in := ep.Encoding
						if in == "xml" {
							in = "body"
						}
						for _, n := range names {
							typ := schemaType(props[n])
							ep.Params = append(ep.Params, webscan.Param{Name: n, In: in, Value: exampleValue(nil, props[n], typ), Type: typ})
						}
						if len(names) == 0 && ep.Encoding == "xml" {
							ep.Params = append(ep.Params, webscan.Param{Name: "body", In: "body", Type: "string"})
						}
					}
					break
				}
			}
			u, err := base.Parse(concrete)
			if err != nil {
				continue
			}
			u.RawQuery = q.Encode()
			ep.URL = u
			out = append(out, ep)
		}
	}
	return out, nil
}

func schemaType(s *openapi3.SchemaRef) string {
	if s == nil || s.Value == nil || s.Value.Type == nil {
		return "string"
	}
	for _, t := range []string{"integer", "number", "boolean"} {
		if s.Value.Type.Is(t) {
			return t
		}
	}
	return "string"
}

func exampleValue(ex any, s *openapi3.SchemaRef, typ string) string {
	if ex == nil && s != nil && s.Value != nil {
		ex = s.Value.Example
		if ex == nil {
			ex = s.Value.Default
		}
		if ex == nil && len(s.Value.Enum) > 0 {
			ex = s.Value.Enum[0]
		}
	}
	if ex != nil {
		if str, ok := ex.(string); ok {
			return str
		}
		b, _ := json.Marshal(ex)
		return string(b)
	}
	switch typ {
	case "integer", "number":
		return "1"
	case "boolean":
		return "true"
	}
	return "secaudit"
}

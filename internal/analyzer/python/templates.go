package python

import (
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/pyfront"
)

// templateFiles finds the Jinja2 templates a project loads by name
// (env.get_template("page.html"), aiohttp_jinja2.render_template), so
// that a template rendered without autoescape can be read for what it
// prints raw.
type templateFiles struct {
	root  string
	files []string // every file of the walk, relative to root
	cache sync.Map // name -> source ("" when not found)
	raw   sync.Map // name -> rawParts
	inis  sync.Map // name -> ini
}

// maxTemplateSize bounds a template file read for its output expressions.
const maxTemplateSize = 1 << 20

// source is the text of the template a loader finds under name: the
// project file whose path is name or ends with "/"+name (the shortest such
// path, as loaders search a templates directory); "" when there is none.
func (t *templateFiles) source(name string) string {
	if t == nil || t.root == "" || name == "" || strings.Contains(name, "..") {
		return ""
	}
	if v, ok := t.cache.Load(name); ok {
		return v.(string)
	}
	best := ""
	for _, f := range t.files {
		if (f == name || strings.HasSuffix(f, "/"+name)) && (best == "" || len(f) < len(best)) {
			best = f
		}
	}
	src := ""
	if best != "" {
		// (Too large, binary or unreadable: no source.)
		if data, _ := audit.ReadText("python", audit.File{Rel: best, Abs: filepath.Join(t.root, filepath.FromSlash(best))}, maxTemplateSize); data != nil {
			src = string(data)
		}
	}
	t.cache.Store(name, src)
	return src
}

// aiohttpUnescaped: the project sets aiohttp_jinja2 up with
// autoescape=False, so its templates print their variables raw.
func (p *program) aiohttpUnescaped() bool {
	p.aiohttpOnce.Do(func() {
		for _, m := range p.modules {
			if !p.moduleImports(m, "aiohttp_jinja2") {
				continue
			}
			pyfront.Walk(m.ast.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
				pyfront.StmtExprs(s, func(e *pyfront.Expr) {
					if e.Kind != pyfront.Call || p.qualify(m, e.Callee()) != "aiohttp_jinja2.setup" {
						return
					}
					if ae := e.Keyword("autoescape"); ae != nil && ae.Kind == pyfront.Bool && ae.Text == "False" {
						p.aiohttpRaw = true
					}
				})
				return !p.aiohttpRaw
			})
		}
	})
	return p.aiohttpRaw
}

// templateRender recognizes the calls that render a template file by name
// with a context: the template's name and the context (keyword arguments,
// or the context dict as the only positional value).
func templateRender(q string, args *argVals) (string, *argVals) {
	name := func(i int) string {
		if i < len(args.pos) && args.pos[i].c != nil && args.pos[i].c.kind == kStr {
			return args.pos[i].c.s
		}
		return ""
	}
	switch q {
	case "flask.render_template", "quart.render_template":
		// (A list of names: the first that exists.)
		return name(0), &argVals{kw: args.kw}
	case "django.shortcuts.render", "django.shortcuts.render_to_response", "django.template.loader.render_to_string":
		at := 1 // render(request, name, context)
		if q != "django.shortcuts.render" {
			at = 0 // render_to_string(name, context), render_to_response(name, context)
		}
		if ctx, _ := args.get(at+1, "context"); ctx != nil {
			return name(at), &argVals{pos: []*value{ctx}}
		}
	}
	return "", nil
}

var (
	jinjaTag        = regexp.MustCompile(`\{%-?\s*(?:for|set|with)\b.*?-?%\}`)
	safeFilter      = regexp.MustCompile(`\|\s*safe\b`)
	autoescapeBlock = regexp.MustCompile(`(?s)\{%-?\s*autoescape\s+(?:false|off)\s*-?%\}(.*?)\{%-?\s*endautoescape\s*-?%\}`)
)

// rawParts is the part of an autoescaped template file that prints
// without escaping, as a template of its own for unescapedRenderTaint: the
// {{ }} outputs marked |safe and the insides of autoescape-off blocks, with
// the template's loops and assignments (they name what is printed). ""
// when nothing is printed raw. (A Flask template that is not HTML, a text
// mail, is not escaped either, but its text need not reach a page: not
// judged here.) Cached per template: the rounds evaluate a call again.
func (t *templateFiles) rawParts(name string) string {
	if t == nil {
		return ""
	}
	if v, ok := t.raw.Load(name); ok {
		return v.(string)
	}
	raw := rawPartsOf(t.source(name))
	t.raw.Store(name, raw)
	return raw
}

// rawPartsOf is rawParts of a template's text.
func rawPartsOf(src string) string {
	var b strings.Builder
	for _, m := range jinjaOutput.FindAllString(src, -1) {
		if safeFilter.MatchString(m) {
			b.WriteString(m)
		}
	}
	for _, m := range autoescapeBlock.FindAllStringSubmatch(src, -1) {
		b.WriteString(m[1])
	}
	if b.Len() > 0 {
		for _, tag := range jinjaTag.FindAllString(src, -1) {
			b.WriteString(tag)
		}
	}
	return b.String()
}

// ini is the parse of the project's configuration file name (see
// parseINI), nil when there is no such file; cached like rawParts.
func (t *templateFiles) ini(name string) map[string]map[string]string {
	if t == nil {
		return nil
	}
	if v, ok := t.inis.Load(name); ok {
		return v.(map[string]map[string]string)
	}
	var out map[string]map[string]string
	if src := t.source(name); src != "" {
		out = parseINI(src)
	}
	t.inis.Store(name, out)
	return out
}

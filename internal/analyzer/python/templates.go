package python

import (
	"path/filepath"
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

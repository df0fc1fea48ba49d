// Package python is the static analyzer of Python backends: a taint
// analysis (sources, sanitizers, sinks from rules/python-taint.yaml) over
// the whole project with function summaries, constant folding and
// path-sensitive narrowing, plus call-pattern checks (weak crypto,
// disabled certificate checks, insecure cookies).
package python

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/taint"
	"github.com/secaudit/secaudit/rules"
)

// maxFileSize bounds what is parsed: generated files beyond it are
// reported, not analysed.
const maxFileSize = 32 << 20

// Analyzer implements audit.Analyzer.
type Analyzer struct {
	spec *compiledSpec
	err  error
}

// New loads the embedded taint model and the *-taint.yaml files of the
// extra rule directories (--rules DIR).
func New(ruleDirs ...string) *Analyzer {
	s, err := taint.Load(rules.FS, "python", ruleDirs)
	if err != nil {
		return &Analyzer{err: err}
	}
	return &Analyzer{spec: compileSpec(s)}
}

func (*Analyzer) ID() string { return "python" }

func (*Analyzer) Wants(rel string) bool { return strings.HasSuffix(rel, ".py") }

func (a *Analyzer) Run(ctx context.Context, in *audit.Input, emit audit.Emitter) error {
	if a.err != nil {
		return a.err
	}
	ctx = pyfront.WithMemo(ctx, memoOf(in))
	t0 := time.Now()
	mods := parseAll(ctx, in, emit)
	if debugRounds {
		println("parse", time.Since(t0).String())
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if len(mods) == 0 {
		return nil
	}
	// A root that is itself a package (it has __init__.py) is imported by its
	// directory name: its modules are "<dir>.x".
	for _, m := range mods {
		if m.path == "__init__.py" {
			prefix := filepath.Base(in.Root)
			for _, mm := range mods {
				mm.name = joinName(prefix, mm.name)
			}
			break
		}
	}
	t1 := time.Now()
	p := newProgram(a.spec, mods)
	if in.Root != "" {
		p.templates = &templateFiles{root: in.Root, files: in.AllFiles}
	}
	p.findHandlers()
	if debugRounds {
		println("program", time.Since(t1).String())
	}
	an := newAnalysis(p, in.Rules)
	t1 = time.Now()
	an.run()
	if debugRounds {
		println("analysis", time.Since(t1).String())
	}
	all := an.allFindings()
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		emit.Finding(*all[k])
	}
	for _, o := range an.obs {
		emit.Observe(o)
	}
	if re, ok := emit.(audit.RouteEmitter); ok {
		for _, r := range an.routes {
			re.Route(r)
		}
	}
	if len(an.routes) > 0 {
		auth, role := 0, 0
		for _, r := range an.routes {
			if r.Auth {
				auth++
			}
			if r.Role {
				role++
			}
		}
		text := fmt.Sprintf("route map of %d request handlers: %d check authentication, %d check a role (see routes in the JSON report)", len(an.routes), auth, role)
		emit.Observe(control.Observation{Control: "AC-1", Kind: control.Coverage, Analyzer: "python", Text: text})
		emit.Observe(control.Observation{Control: "AC-2", Kind: control.Coverage, Analyzer: "python", Text: text})
	}
	for _, o := range observations(p, len(mods)) {
		emit.Observe(o)
	}
	if debugRounds {
		println("emit", time.Since(t1).String(), "total", time.Since(t0).String())
	}
	return nil
}

// memoOf avoids a typed nil inside the interface.
func memoOf(in *audit.Input) pyfront.Memo {
	if in.Memo == nil {
		return nil
	}
	return in.Memo
}

// parseAll parses every file on all cores. Bad files become error entries.
func parseAll(ctx context.Context, in *audit.Input, emit audit.Emitter) []*module {
	mods, _ := audit.ForEachFile(ctx, in, func(f audit.File) *module { return parseFile(ctx, f, emit) })
	out := mods[:0]
	for _, m := range mods {
		if m != nil {
			out = append(out, m)
		}
	}
	return out
}

func parseFile(ctx context.Context, f audit.File, emit audit.Emitter) (m *module) {
	defer func() {
		if r := recover(); r != nil {
			emit.Error(report.ErrorEntry{Analyzer: "python", Path: f.Rel, Kind: "parse", Message: fmt.Sprintf("parser crashed: %v", r)})
			m = nil
		}
	}()
	src, errs := audit.ReadText("python", f, maxFileSize)
	for _, e := range errs {
		emit.Error(e)
	}
	if src == nil {
		return nil
	}
	ast, err := pyfront.ParseShared(ctx, f.Rel, src)
	if err != nil {
		emit.Error(report.ErrorEntry{Analyzer: "python", Path: f.Rel, Kind: "parse", Message: err.Error()})
		return nil
	}
	if ast.HasError {
		emit.Error(report.ErrorEntry{Analyzer: "python", Path: f.Rel, Kind: "parse", Message: "syntax errors (Python 2 or broken code); the statements that parsed were analysed"})
	}
	return &module{name: moduleName(f.Rel), path: f.Rel, ast: ast}
}

// observations say what the analysis covered, and what does not exist.
func observations(p *program, files int) []control.Observation {
	var out []control.Observation
	cov := func(ctl, text string) {
		out = append(out, control.Observation{Control: ctl, Kind: control.Coverage, Analyzer: "python", Text: text})
	}
	what := fmt.Sprintf("taint analysis of %d Python files", files)
	for _, ctl := range []string{"INJ-1", "XSS-1", "CR-3", "SSRF-1", "SSRF-3", "IN-1"} {
		cov(ctl, what)
	}
	if p.usesAny(p.spec.requires["nosql"]) {
		cov("INJ-2", what+" (MongoDB queries)")
	} else {
		out = append(out, control.Observation{Control: "INJ-2", Kind: control.Absent, Analyzer: "python", Text: fmt.Sprintf("no NoSQL client library is imported in %d Python files", files)})
	}
	if p.usesAny([]string{"lxml", "xml", "defusedxml", "xmltodict", "untangle", "bs4"}) {
		cov("XXE-1", what+" (XML parsers)")
	} else {
		out = append(out, control.Observation{Control: "XXE-1", Kind: control.Absent, Analyzer: "python", Text: fmt.Sprintf("no XML parser is imported in %d Python files", files)})
	}
	for _, lib := range []string{"argon2", "bcrypt", "passlib", "werkzeug.security", "django.contrib.auth.hashers"} {
		if p.usesAny([]string{lib}) {
			out = append(out, control.Observation{Control: "AU-3", Kind: control.Positive, Analyzer: "python", Text: "passwords hashed with " + lib})
			break
		}
	}
	for _, lib := range []string{"pyotp", "django_otp", "webauthn", "fido2", "two_factor"} {
		if p.usesAny([]string{lib}) {
			out = append(out, control.Observation{Control: "AU-1", Kind: control.Positive, Analyzer: "python", Text: "multi-factor authentication library " + lib + " is used"})
			break
		}
	}
	return out
}

// usesAny reports whether any module imports one of the packages (or a
// module below one).
func (p *program) usesAny(pkgs []string) bool {
	for _, pkg := range pkgs {
		if p.importPrefixes[pkg] {
			return true
		}
	}
	return false
}

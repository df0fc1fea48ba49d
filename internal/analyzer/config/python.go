package config

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/report"
)

// pyKeywords are the strings a Python file must contain to be worth parsing:
// every check below starts from one of them.
var pyKeywords = [][]byte{
	[]byte("SECRET_KEY"), []byte("DEBUG"), []byte("ALLOWED_HOSTS"), []byte("SESSION_COOKIE"),
	[]byte("CSRF_COOKIE"), []byte("SECURE_"), []byte("PASSWORD_HASHERS"), []byte("CORS"),
	[]byte("CSP"), []byte("Content-Security-Policy"), []byte("Talisman"), []byte("LOGGING"),
	[]byte("logging"), []byte(".config"), []byte("app.run"), []byte("secret_key"), []byte("MIDDLEWARE"),
	[]byte("Flask"), []byte("addHandler"), []byte("Access-Control-Allow"), []byte(".debug"),
}

func pyPrefilter(data []byte) bool {
	for _, k := range pyKeywords {
		if bytes.Contains(data, k) {
			return true
		}
	}
	return false
}

// pyFacts is what one Python file contributes to the project-level checks.
type pyFacts struct {
	// anchors are where project-level "missing" findings are reported: the
	// Flask(...) call, or the first line of a Django settings module.
	anchors []anchor
	// configAnchors are Flask base config classes, used only when the
	// project creates no Flask app we can see.
	configAnchors     []anchor
	setsSessionSecure bool
	csp               []*finding.Location
	logging           []*finding.Location
	// hstsMissing is reported only when no nginx config sets HSTS.
	hstsMissing []finding.Finding
	label       string
}

type anchor struct {
	loc  *finding.Location
	what string // "Django settings module", "Flask app"
}

// pyCheck holds the state of one Python file's analysis.
type pyCheck struct {
	c      *fileCtx
	m      *pyfront.Module
	scope  *pyfront.Scope
	facts  *pyFacts
	base   string
	dev    bool // the file's path says development/test/local
	django bool
	flask  bool
	seen   map[string]bool
}

func analyzePython(ctx context.Context, c *fileCtx, data []byte) {
	m, err := pyfront.ParseShared(ctx, c.rel, data)
	if err != nil {
		c.res.errs = append(c.res.errs, report.ErrorEntry{Analyzer: ID, Path: c.rel, Kind: "parse", Message: err.Error()})
		return
	}
	p := &pyCheck{c: c, m: m, scope: pyfront.Interpret(m.Body, nil), facts: &pyFacts{},
		base: path.Base(c.rel), dev: devNamed(c.rel), seen: map[string]bool{}}
	if m.HasError {
		c.res.errs = append(c.res.errs, report.ErrorEntry{Analyzer: ID, Path: c.rel, Kind: "parse",
			Message: "Python syntax errors (Python 2 code?); only the statements that parsed were analyzed"})
	}
	p.classify()
	c.res.py = p.facts
	c.res.kind = kindPython
	if p.django || p.flask || settingsNamed(p.base) {
		p.moduleSettings()
	}
	p.configClasses()
	p.statements()
	p.stringLiterals()
	switch {
	case p.django:
		p.facts.label = "Django settings module"
	case p.flask:
		p.facts.label = "Flask configuration"
	case len(c.res.findings) > 0 || len(p.facts.csp) > 0 || len(p.facts.logging) > 0 || p.facts.setsSessionSecure:
		p.facts.label = "Python configuration"
	default:
		// Nothing configuration-like: the file does not count as examined.
		c.res.kind = ""
	}
	c.res.label = p.facts.label
}

var djangoKeys = []string{"INSTALLED_APPS", "MIDDLEWARE", "ROOT_URLCONF", "DATABASES", "ALLOWED_HOSTS"}

// classify decides whether the file is a Django settings module or Flask code.
func (p *pyCheck) classify() {
	n := 0
	for _, k := range djangoKeys {
		if p.scope.Has(k) {
			n++
		}
	}
	// Importing django alone does not make a settings module (models.py does
	// too): it must also assign settings.
	p.django = n >= 2 || p.m.Imports("django") && n >= 1
	p.flask = !p.django && (p.m.Imports("flask") || p.m.Imports("flask_talisman") || p.m.Imports("flask_cors"))
	if p.django && !p.dev {
		p.facts.anchors = append(p.facts.anchors, anchor{loc: p.c.loc(1, 0), what: "Django settings module " + p.base})
	}
}

// devNamed reports whether a path names a development, test or local
// configuration, which is expected to run with debug on and dummy secrets.
func devNamed(rel string) bool {
	for _, part := range strings.Split(strings.ToLower(rel), "/") {
		part = strings.TrimSuffix(part, ".py")
		for _, w := range strings.FieldsFunc(part, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
			if devWord(w) {
				return true
			}
		}
	}
	return false
}

func devWord(w string) bool {
	switch w {
	case "dev", "devel", "develop", "development", "local", "test", "tests", "testing", "debug", "example", "examples":
		return true
	}
	return false
}

// devClass reports whether a config class name says development or test.
func devClass(name string) bool {
	l := strings.ToLower(name)
	for _, w := range []string{"dev", "test", "local", "debug"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func settingsNamed(base string) bool {
	l := strings.ToLower(base)
	return strings.Contains(l, "settings") || strings.Contains(l, "config") || strings.Contains(l, "conf")
}

// report adds a finding once per rule and line (inherited class attributes
// would otherwise be reported once per subclass).
func (p *pyCheck) report(ruleID string, line, col int, msg string) *finding.Finding {
	key := fmt.Sprintf("%s:%d", ruleID, line)
	if p.seen[key] {
		return nil
	}
	p.seen[key] = true
	return p.c.report(ruleID, line, col, msg)
}

// setting is one configuration key with the bindings that may give its value.
type setting struct {
	key      string
	bindings []pyfront.Binding
	env      pyfront.Env
	where    string // "settings.py", "class ProductionConfig in config.py", "app.config in app.py"
	exempt   bool   // development/test context: debug and dummy secrets are expected
}

func (s setting) value() pyfront.Value {
	var v pyfront.Value
	for i, b := range s.bindings {
		if b.Stmt == nil || !b.Value.Known() {
			return pyfront.Value{}
		}
		if i == 0 {
			v = b.Value
		} else if eq, ok := v.Equal(b.Value); !ok || !eq {
			return pyfront.Value{}
		}
	}
	return v
}

// pos is where the setting's final value is bound.
func (s setting) pos() (int, int) {
	for i := len(s.bindings) - 1; i >= 0; i-- {
		if b := s.bindings[i]; b.Stmt != nil {
			return b.Stmt.Pos.Line, b.Stmt.Pos.Col
		}
	}
	return 1, 0
}

// checkSetting applies the per-key checks shared by module-level settings,
// config classes and app.config assignments.
func (p *pyCheck) checkSetting(s setting) {
	v := s.value()
	line, col := s.pos()
	switch s.key {
	case "DEBUG":
		if !s.exempt && v.IsTrue() {
			p.report("CFG-PY-DEBUG", line, col, fmt.Sprintf("DEBUG = %s in %s", v, s.where))
		}
	case "SECRET_KEY":
		p.checkSecretKey(s)
	case "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE":
		if s.key == "SESSION_COOKIE_SECURE" {
			p.facts.setsSessionSecure = true
		}
		if !s.exempt && v.IsFalse() {
			p.report("CFG-PY-SESSION-COOKIE-INSECURE", line, col, fmt.Sprintf("%s = %s in %s", s.key, v, s.where))
		}
	case "SESSION_COOKIE_HTTPONLY":
		if !s.exempt && v.IsFalse() {
			p.report("CFG-PY-COOKIE-HTTPONLY-OFF", line, col, fmt.Sprintf("SESSION_COOKIE_HTTPONLY = %s in %s", v, s.where))
		}
	case "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE":
		if !s.exempt && (v.Kind == pyfront.NoneVal || v.Kind == pyfront.StrVal && strings.EqualFold(v.S, "none")) {
			p.report("CFG-PY-COOKIE-SAMESITE-NONE", line, col, fmt.Sprintf("%s = %s in %s", s.key, v, s.where))
		}
	case "CSP_DEFAULT_SRC", "CONTENT_SECURITY_POLICY":
		if !v.IsFalse() {
			p.facts.csp = append(p.facts.csp, p.c.loc(line, col))
		}
	case "LOGGING":
		if !v.IsFalse() {
			p.facts.logging = append(p.facts.logging, p.c.loc(line, col))
		}
	case "PASSWORD_HASHERS":
		if !s.exempt {
			p.checkHashers(v, line, col, s.where)
		}
	case "ALLOWED_HOSTS":
		if p.django && !s.exempt {
			for _, h := range v.Strings() {
				if h == "*" {
					p.report("CFG-DJANGO-ALLOWED-HOSTS-ANY", line, col, fmt.Sprintf("ALLOWED_HOSTS contains \"*\" in %s", s.where))
					break
				}
			}
		}
	}
}

func (p *pyCheck) checkHashers(v pyfront.Value, line, col int, where string) {
	hs := v.Strings()
	if len(hs) == 0 || len(hs) != len(v.Elems) && v.Elems[0].Kind != pyfront.StrVal {
		return
	}
	first := hs[0][strings.LastIndex(hs[0], ".")+1:]
	switch first {
	case "MD5PasswordHasher", "SHA1PasswordHasher", "UnsaltedMD5PasswordHasher", "UnsaltedSHA1PasswordHasher", "CryptPasswordHasher":
		p.report("CFG-PY-WEAK-PASSWORD-HASHER", line, col, fmt.Sprintf("PASSWORD_HASHERS starts with %s in %s", first, where))
	case "Argon2PasswordHasher", "BCryptSHA256PasswordHasher", "BCryptPasswordHasher", "PBKDF2PasswordHasher", "PBKDF2SHA1PasswordHasher", "ScryptPasswordHasher":
		p.c.observe("AU-3", control.Positive, line, fmt.Sprintf("Django hashes passwords with %s (%s)", first, where))
	}
}

// checkSecretKey reports every binding of the key to a literal: each is a
// committed secret used on some path. An environment lookup is fine, but its
// literal default is used whenever the variable is missing.
func (p *pyCheck) checkSecretKey(s setting) {
	for _, b := range s.bindings {
		if b.Stmt == nil || b.Expr == nil {
			continue
		}
		line, col := b.Stmt.Pos.Line, b.Stmt.Pos.Col
		if isEnv, def := envLookup(b.Expr); isEnv {
			dv := pyfront.Eval(def, s.env)
			if def == nil || dv.Kind != pyfront.StrVal || dv.S == "" {
				p.c.observe("CR-2", control.Positive, line, fmt.Sprintf("SECRET_KEY is read from the environment in %s", s.where))
				continue
			}
			if s.exempt {
				continue
			}
			if f := p.report("CFG-PY-SECRET-KEY-HARDCODED", line, col,
				fmt.Sprintf("SECRET_KEY falls back to a hard-coded literal when the environment variable is missing, in %s", s.where)); f != nil {
				f.Confidence = finding.ConfidenceMedium
			}
			p.checkWeak(dv.S, line, col, s.where)
			continue
		}
		v := b.Value
		if v.Kind != pyfront.StrVal || v.S == "" || s.exempt {
			continue
		}
		p.report("CFG-PY-SECRET-KEY-HARDCODED", line, col, fmt.Sprintf("SECRET_KEY is a hard-coded string in %s", s.where))
		p.checkWeak(v.S, line, col, s.where)
	}
}

func (p *pyCheck) checkWeak(key string, line, col int, where string) {
	if why := weakSecret(key); why != "" {
		p.report("CFG-PY-SECRET-KEY-WEAK", line, col, fmt.Sprintf("SECRET_KEY in %s is %s", where, why))
	}
}

var placeholderParts = []string{"changeme", "change-me", "change_me", "change-this", "change_this", "replace-me", "replace_me",
	"replaceme", "your-secret", "your_secret", "yoursecret", "insecure", "placeholder", "not-secret", "notsecret"}

var placeholderWords = map[string]bool{"secret": true, "secretkey": true, "secret-key": true, "secret_key": true,
	"dev": true, "development": true, "default": true, "key": true, "test": true, "testing": true, "password": true,
	"supersecret": true, "super-secret": true, "mysecret": true, "my-secret": true, "s3cr3t": true}

// weakSecret says why a secret key is guessable, or "".
func weakSecret(s string) string {
	l := strings.ToLower(s)
	if placeholderWords[l] || strings.HasPrefix(l, "django-insecure-") {
		return "a known placeholder"
	}
	for _, ph := range placeholderParts {
		if strings.Contains(l, ph) {
			return "a known placeholder"
		}
	}
	if strings.Count(s, s[:1]) == len(s) {
		return "a single repeated character"
	}
	if len([]rune(s)) < 32 {
		return fmt.Sprintf("only %d characters long (fewer than 32)", len([]rune(s)))
	}
	// Random keys mix digits, cases or symbols; lower-case words do not.
	words := true
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '_' || r == ' ') {
			words = false
			break
		}
	}
	if words {
		return "made of dictionary-looking words"
	}
	return ""
}

// envLookup recognises os.environ.get("X", d), os.getenv, os.environ["X"],
// django-environ env("X"), decouple config("X"), and "lookup or default".
func envLookup(e *pyfront.Expr) (bool, *pyfront.Expr) {
	if e == nil {
		return false, nil
	}
	switch e.Kind {
	case pyfront.Subscript:
		d := e.X.Dotted()
		return d == "os.environ" || d == "environ", nil
	case pyfront.BinOp:
		if e.Text == "or" {
			if ok, _ := envLookup(e.X); ok {
				return true, e.Y
			}
		}
	case pyfront.Call:
		callee := e.Callee()
		switch callee {
		case "os.environ.get", "environ.get", "os.getenv", "getenv", "os.environ.setdefault", "env", "config",
			"env.str", "environ.get_value", "env.get_value":
		default:
			return false, nil
		}
		if d := e.Keyword("default"); d != nil {
			return true, d
		}
		if args := e.Args(); len(args) > 1 {
			return true, args[1]
		}
		return true, nil
	}
	return false, nil
}

var settingKeys = []string{"DEBUG", "SECRET_KEY", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY",
	"SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE", "CSP_DEFAULT_SRC", "CONTENT_SECURITY_POLICY", "LOGGING",
	"PASSWORD_HASHERS", "ALLOWED_HOSTS"}

// moduleSettings checks module-level assignments of a settings-like module.
func (p *pyCheck) moduleSettings() {
	where := p.base
	for _, k := range settingKeys {
		if bs := p.scope.Bindings(k); len(bs) > 0 {
			p.checkSetting(setting{key: k, bindings: bs, env: p.scope, where: where, exempt: p.dev})
		}
	}
	p.checkCORSSettings(p.scope.Lookup, func(k string) (int, int) {
		return setting{bindings: p.scope.Bindings(k)}.pos()
	}, where, p.dev)
	p.cookieCoverage(p.scope.Lookup, p.scope.Has, where)
	if !p.django {
		return
	}
	if bs := p.scope.Bindings("MIDDLEWARE"); len(bs) > 0 {
		s := setting{key: "MIDDLEWARE", bindings: bs}
		p.checkMiddleware(s.value(), s)
	}
	if !p.dev {
		p.checkDjangoHSTS()
	}
}

func (p *pyCheck) checkMiddleware(v pyfront.Value, s setting) {
	if v.Kind != pyfront.ListVal && v.Kind != pyfront.TupleVal {
		return
	}
	line, col := s.pos()
	csrf := false
	for _, mw := range v.Strings() {
		switch mw {
		case "django.middleware.csrf.CsrfViewMiddleware":
			csrf = true
		case "csp.middleware.CSPMiddleware":
			p.facts.csp = append(p.facts.csp, p.c.loc(line, col))
		}
	}
	if !csrf && len(v.Strings()) == len(v.Elems) && !p.dev {
		p.report("CFG-DJANGO-CSRF-MIDDLEWARE-MISSING", line, col,
			fmt.Sprintf("MIDDLEWARE in %s does not include django.middleware.csrf.CsrfViewMiddleware", p.base))
	}
}

// checkDjangoHSTS defers the finding: nginx may set HSTS instead.
func (p *pyCheck) checkDjangoHSTS() {
	hsts := p.scope.Lookup("SECURE_HSTS_SECONDS")
	redirect := p.scope.Lookup("SECURE_SSL_REDIRECT")
	hstsOff := !p.scope.Has("SECURE_HSTS_SECONDS") || hsts.IsFalse()
	redirectOff := !p.scope.Has("SECURE_SSL_REDIRECT") || redirect.IsFalse()
	if !hstsOff || !redirectOff {
		return
	}
	line, col := 1, 0
	if p.scope.Has("SECURE_HSTS_SECONDS") {
		line, col = setting{bindings: p.scope.Bindings("SECURE_HSTS_SECONDS")}.pos()
	}
	p.facts.hstsMissing = append(p.facts.hstsMissing, p.c.newFinding("CFG-DJANGO-HSTS-MISSING", line, col,
		fmt.Sprintf("%s sets neither SECURE_HSTS_SECONDS nor SECURE_SSL_REDIRECT", p.base)))
}

// checkCORSSettings: django-cors-headers allowing every origin with credentials.
func (p *pyCheck) checkCORSSettings(lookup func(string) pyfront.Value, pos func(string) (int, int), where string, exempt bool) {
	if exempt || !lookup("CORS_ALLOW_CREDENTIALS").IsTrue() {
		return
	}
	for _, k := range []string{"CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"} {
		if lookup(k).IsTrue() {
			line, col := pos(k)
			p.report("CFG-PY-CORS-ALLOW-ALL", line, col, fmt.Sprintf("%s = True with CORS_ALLOW_CREDENTIALS = True in %s", k, where))
		}
	}
}

// cookieCoverage records that the session cookie flags are all set securely.
func (p *pyCheck) cookieCoverage(lookup func(string) pyfront.Value, has func(string) bool, where string) {
	if !lookup("SESSION_COOKIE_SECURE").IsTrue() || lookup("SESSION_COOKIE_HTTPONLY").IsFalse() {
		return
	}
	ss := lookup("SESSION_COOKIE_SAMESITE")
	strict := ss.Kind == pyfront.StrVal && (strings.EqualFold(ss.S, "lax") || strings.EqualFold(ss.S, "strict"))
	if strict || p.django && !has("SESSION_COOKIE_SAMESITE") {
		p.c.observe("MC-3", control.Coverage, 0, "session cookie flags (Secure, HttpOnly, SameSite) set in "+where)
	}
}

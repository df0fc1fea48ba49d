package python

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/pyfront"
)

// Checks of security-relevant application behaviour that are not data
// flows: security events logged on login failures and access denials
// (LG-1), sensitive columns stored in plain text (CR-1), and logins without
// a second factor (AU-1).

var (
	loginRoute     = regexp.MustCompile(`(?i)(^|_|/)(login|signin|sign_in|log_in|authenticate)($|_|/)`)
	loginFailure   = regexp.MustCompile(`(?i)(password|passwd|user|credential|login|auth)`)
	plaintextCol   = regexp.MustCompile(`(?i)\b(password|passwd|card_number|credit_card|card_no|cc_number|cvv|cvc|ssn|social_security|iban)\s+(TEXT|VARCHAR|CHAR|NVARCHAR|STRING|CLOB)\b`)
	hashedColumn   = regexp.MustCompile(`(?i)(hash|digest|encrypted|enc_|_enc|token|last4|last_4|masked)`)
	mfaLibraries   = []string{"pyotp", "django_otp", "webauthn", "fido2", "two_factor", "flask_security", "allauth.mfa", "duo_client"}
	mfaNames       = newWords("totp", "otp", "mfa", "2fa", "two_factor", "second_factor", "webauthn", "verify_code")
	accessDeniedRe = regexp.MustCompile(`\b(401|403)\b`)
)

// checkSecurityEvents reports failure paths of logins and access checks
// that end the request without logging the event.
func (a *analysis) checkSecurityEvents() {
	logged := 0
	for _, f := range a.p.allFunctions() {
		if f.def == nil {
			continue
		}
		login := f.handler != nil && !f.handler.errorHandler && !f.handler.dependency && (loginRoute.MatchString(f.name) || loginRoute.MatchString(f.handler.route))
		guard := isGuard(f)
		if !login && !guard {
			continue
		}
		pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
			if s.Kind == pyfront.FuncStmt && !guard {
				return false
			}
			if s.Kind != pyfront.IfStmt || s.Test == nil {
				return true
			}
			exit := failureExit(s.Body, login)
			if exit == nil {
				return true
			}
			cond := condText(s.Test)
			if login && !loginFailure.MatchString(cond) || guard && !authCondition.MatchString(cond) && !roleCondition.MatchString(cond) {
				return true
			}
			if blockLogs(a, f, s.Body) {
				logged++
				return true
			}
			what := "a failed login"
			if !login {
				what = "an access denial"
			}
			loc := sinkLoc{path: f.mod.path, line: exit.Pos.Line, col: exit.Pos.Col, snippet: strings.TrimSpace(f.mod.ast.Line(exit.Pos.Line)), expr: f.name}
			a.add("PY-LOG-NO-SECURITY-EVENT", loc, what+" ends the request without a log entry", nil, "")
			return true
		})
	}
	if logged > 0 {
		a.obs = append(a.obs, control.Observation{Control: "LG-1", Kind: control.Positive, Analyzer: "python", Text: fmt.Sprintf("%d login-failure or access-denied paths write a log entry", logged)})
	}
}

// isGuard: an authentication decorator's wrapper or a before_request hook.
func isGuard(f *function) bool {
	if f.def == nil {
		return false
	}
	for _, d := range f.def.Decorators {
		n := d.Dotted()
		if strings.HasSuffix(n, ".before_request") || strings.HasSuffix(n, ".before_app_request") {
			return true
		}
	}
	// A FastAPI dependency named for authentication (get_current_user,
	// verify_api_key): its failures are access denials.
	if h := f.handler; h != nil && h.dependency && (authDecorator.MatchString(f.name) && !notAuth.MatchString(f.name) || raisesDenial(f)) {
		return true
	}
	// def login_required(view): @wraps(view) def wrapped(...): ...
	if len(f.params) == 1 {
		for _, nested := range f.def.Body {
			if nested.Kind == pyfront.FuncStmt {
				for _, d := range nested.Decorators {
					if strings.HasSuffix(d.Callee(), "wraps") || d.Dotted() == "wraps" {
						return authDecorator.MatchString(f.name)
					}
				}
			}
		}
	}
	return false
}

// raisesDenial: the function raises a 401 or 403 (HTTPException(
// status_code=401), status.HTTP_403_FORBIDDEN).
func raisesDenial(f *function) bool {
	found := false
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if s.Kind == pyfront.RaiseStmt && s.Value != nil && (accessDeniedRe.MatchString(s.Value.Src) || strings.Contains(s.Value.Src, "HTTP_401") || strings.Contains(s.Value.Src, "HTTP_403")) {
			found = true
		}
		return !found
	})
	return found
}

// failureExit returns the statement that ends the request on a failure
// path: a 401/403 abort or return, an error re-render of a login page,
// or raise.
func failureExit(body []*pyfront.Stmt, login bool) *pyfront.Stmt {
	for _, s := range body {
		switch s.Kind {
		case pyfront.RaiseStmt:
			return s
		case pyfront.ExprStmt:
			if s.Value != nil && s.Value.Kind == pyfront.Call && s.Value.CalleeName() == "abort" {
				if args := s.Value.Args(); len(args) > 0 && accessDeniedRe.MatchString(args[0].Src) {
					return s
				}
			}
		case pyfront.ReturnStmt:
			if s.Value == nil {
				continue
			}
			src := s.Value.Src
			if accessDeniedRe.MatchString(src) || login && (strings.Contains(src, "error") || strings.Contains(src, "invalid") || strings.Contains(src, "Invalid")) {
				return s
			}
		}
	}
	return nil
}

// blockLogs: the block (or a function it calls) writes a log entry.
func blockLogs(a *analysis, f *function, body []*pyfront.Stmt) bool {
	found := false
	pyfront.Walk(body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(e *pyfront.Expr) {
			if e.Kind != pyfront.Call {
				return
			}
			d := strings.ToLower(e.Callee())
			method := ""
			if e.X != nil && e.X.Kind == pyfront.Attr {
				method = e.X.Text
			}
			if strings.HasPrefix(d, "logging.") || logLevels[method] && loggerName(d) || strings.Contains(d, "audit") || strings.Contains(d, "log_event") || strings.Contains(d, "security_log") {
				found = true
			}
		})
		return !found
	})
	return found
}

// checkPlaintextColumns reports table definitions that store passwords or
// card data in plain text columns, into a findings map of its own (it runs
// beside the rounds, before the other checks write a.findings).
func (a *analysis) checkPlaintextColumns(into map[string]*finding.Finding) {
	for _, m := range a.p.modules {
		for _, s := range m.ast.Strings {
			text := s.Text
			if indexFold(text, "create table") < 0 && indexFold(text, "add column") < 0 {
				continue
			}
			for _, loc := range plaintextCol.FindAllStringSubmatchIndex(text, -1) {
				col := text[loc[2]:loc[3]]
				line := s.Pos.Line + strings.Count(text[:loc[0]], "\n")
				// The whole column name (card_number_hash is fine).
				start, end := loc[2], loc[3]
				for start > 0 && isIdent(text[start-1]) {
					start--
				}
				for end < len(text) && isIdent(text[end]) {
					end++
				}
				if hashedColumn.MatchString(text[start:end]) {
					continue
				}
				sl := sinkLoc{path: m.path, line: line, col: 1, snippet: strings.TrimSpace(m.ast.Line(line)), expr: col}
				a.addTo(into, "PY-PLAINTEXT-SENSITIVE", sl, fmt.Sprintf("column %s stores %s in plain text", text[start:end], col), nil, "")
			}
		}
	}
}

// sensitiveField are model attribute names that hold a password or card
// data; textField the ORM column types that store them as they are.
var (
	sensitiveField = regexp.MustCompile(`(?i)^(password|passwd|pwd|card_number|credit_card|credit_card_number|card_no|cc_number|cvv|cvc|ssn|social_security|social_security_number|iban)$`)
	textField      = map[string]bool{"CharField": true, "TextField": true, "String": true, "Text": true, "Unicode": true, "UnicodeText": true, "VARCHAR": true}
)

// checkPlaintextModelFields reports ORM models (Django, SQLAlchemy) that
// declare such a field as a text column. Django's own user models keep a
// hash in their password field and are not reported for it.
func (a *analysis) checkPlaintextModelFields(into map[string]*finding.Finding) {
	for _, m := range a.p.modules {
		for _, c := range m.classes {
			django := a.p.isDjangoModel(c)
			authUser := c.name == "AbstractBaseUser" || a.p.derivesFromDjango(c, ".AbstractUser", ".AbstractBaseUser")
			for _, s := range c.def.Body {
				if s.Kind != pyfront.AssignStmt || len(s.Targets) != 1 || s.Targets[0].Kind != pyfront.Name || s.Value == nil || s.Value.Kind != pyfront.Call {
					continue
				}
				name := s.Targets[0].Text
				if !sensitiveField.MatchString(name) || authUser && strings.EqualFold(name, "password") {
					continue
				}
				typ := s.Value.CalleeName()
				if !django && (typ == "Column" || typ == "mapped_column") && len(s.Value.Args()) > 0 {
					// SQLAlchemy: Column(String(64)), mapped_column(Text)
					t := s.Value.Args()[0]
					if t.Kind == pyfront.Call {
						t = t.X
					}
					typ = lastPart(t.Dotted())
				} else if !django {
					continue
				}
				if !textField[typ] {
					continue
				}
				sl := sinkLoc{path: m.path, line: s.Pos.Line, col: s.Pos.Col, snippet: strings.TrimSpace(m.ast.Line(s.Pos.Line)), expr: name}
				a.addTo(into, "PY-PLAINTEXT-SENSITIVE", sl, fmt.Sprintf("model field %s.%s stores %s in plain text", c.name, name, name), nil, "")
			}
		}
	}
}

func isIdent(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// checkMFA reports password logins in a project that has no second factor.
func (a *analysis) checkMFA() {
	if a.p.usesAny(mfaLibraries) {
		return
	}
	for _, f := range a.p.allFunctions() {
		if f.def == nil || mfaNames.MatchString(f.name) {
			if f.def != nil && f.handler != nil {
				return // the application has its own second-factor step
			}
			continue
		}
	}
	for _, f := range a.p.allFunctions() {
		if f.handler == nil || f.handler.errorHandler || !(loginRoute.MatchString(f.name) || loginRoute.MatchString(f.handler.route)) {
			continue
		}
		if !mentionsPassword(f) {
			continue
		}
		pos := f.def.Pos
		loc := sinkLoc{path: f.mod.path, line: pos.Line, col: pos.Col, snippet: strings.TrimSpace(f.mod.ast.Line(pos.Line)), expr: f.name}
		a.add("PY-NO-MFA", loc, f.name+"() logs users in with a password alone; no second factor exists in the application", nil, "")
	}
}

func mentionsPassword(f *function) bool {
	found := false
	pyfront.Walk(f.def.Body, func(s *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		pyfront.StmtExprs(s, func(e *pyfront.Expr) {
			if (e.Kind == pyfront.Str || e.Kind == pyfront.Name) && passwordName.MatchString(e.Text) {
				found = true
			}
		})
		return !found
	})
	return found
}

package python

import (
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
)

// Cookies set without set_cookie(): a Set-Cookie header written by hand,
// and Django's response.cookies morsels, whose flags are set item by item.

// checkRawSetCookie judges a Set-Cookie header value written by hand
// (resp.headers["Set-Cookie"] = ..., self.send_header("Set-Cookie", ...)):
// its attributes are the string constants of the expression.
func (fr *frame) checkRawSetCookie(value *pyfront.Expr, pos pyfront.Pos, src string) {
	var text strings.Builder
	pyfront.WalkExpr(value, func(x *pyfront.Expr) {
		if x.Kind == pyfront.Str {
			text.WriteString(x.Text)
			text.WriteByte(';')
		}
	})
	lower := strings.ToLower(text.String())
	name, _, _ := strings.Cut(lower, "=")
	has := func(attr string) bool { return strings.Contains(lower, attr) }
	if strings.Contains(lower, "max-age=0") || strings.Contains(lower, "expires=thu, 01 jan 1970") {
		return // a deletion
	}
	guarded := has("secure") || has("httponly")
	if !guarded && !sensitiveCookie.MatchString(strings.TrimSpace(name)) {
		return
	}
	fr.reportCookieFlags(pos, src, "by a raw Set-Cookie header", has("secure"), has("httponly"), has("samesite") && !has("samesite=none"))
}

// reportCookieFlags reports a sensitive cookie set (how) without the flags
// that are false.
func (fr *frame) reportCookieFlags(pos pyfront.Pos, src, how string, secure, httpOnly, sameSite bool) {
	var missing []string
	for _, f := range []struct {
		name string
		set  bool
	}{{"secure", secure}, {"httponly", httpOnly}, {"samesite", sameSite}} {
		if !f.set {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		fr.a.report(fr, "PY-COOKIE-INSECURE", pos, src, nil, "sensitive cookie set "+how+" without "+strings.Join(missing, ", "))
	}
}

// checkMorsel judges resp.cookies["name"] = v on a Django response: the
// morsel has no flags unless the function sets them item by item
// (resp.cookies["name"]["secure"] = True) anywhere after.
func (fr *frame) checkMorsel(t *pyfront.Expr, name string, s *pyfront.Stmt) {
	if !sensitiveCookie.MatchString(name) {
		return
	}
	owner := t.X.X.Dotted() // resp of resp.cookies
	set := map[string]bool{}
	pyfront.Walk(fr.body(), func(x *pyfront.Stmt, _ []*pyfront.Stmt) bool {
		if x.Kind != pyfront.AssignStmt || len(x.Targets) != 1 || x.Value == nil || x.Pos.Line < s.Pos.Line {
			return true
		}
		tt := x.Targets[0]
		// resp.cookies["name"]["secure"] = True
		if tt.Kind == pyfront.Subscript && tt.X.Kind == pyfront.Subscript && tt.X.X.Kind == pyfront.Attr && tt.X.X.Text == "cookies" &&
			tt.X.X.X.Dotted() == owner && constString(tt.X.Y) == name {
			flag := strings.ToLower(constString(tt.Y))
			on := !(x.Value.Kind == pyfront.Bool && x.Value.Text == "False") && !(x.Value.Kind == pyfront.Str && (x.Value.Text == "" || strings.EqualFold(x.Value.Text, "none")))
			set[flag] = on
		}
		return true
	})
	fr.reportCookieFlags(s.Pos, t.Src, "as a morsel", set["secure"], set["httponly"], set["samesite"])
}

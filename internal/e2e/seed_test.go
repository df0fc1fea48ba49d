package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// codeSeeded are EXPECTED.md rows no page links to: only the static route
// map (the route, the inputs its handler reads) lets the dynamic scan reach
// them. rule, method, template, parameter name.
var codeSeeded = [][4]string{
	{"WEB-CODE-INJECTION", "GET", "/api/calc", "expr"},
	{"WEB-SSRF", "GET", "/api/preview", "url"},
	{"WEB-SSRF", "GET", "/api/stock", "warehouse"},
	{"WEB-XXE", "POST", "/api/import", "body"},
	{"WEB-XSS-REFLECTED", "GET", "/", "msg"},
	{"WEB-DESERIALIZATION", "GET", "/cart", "cart"},
	// Fires only after a successful login: the login endpoint is probed
	// with the least privileged identity's credentials.
	{"WEB-OPEN-REDIRECT", "POST", "/login", "next"},
}

func TestAuditURLVulnshopCodeSeeded(t *testing.T) {
	url := startApp(t, "vulnshop")
	cfg := filepath.Join(t.TempDir(), ".secaudit.yaml")
	os.WriteFile(cfg, []byte(vulnshopIdentities), 0o644)
	rep := codeAudit(t, filepath.Join(examples, "vulnshop"), url, cfg)
	assertCodeSeeded(t, rep, codeSeeded)
	// The bar: one audit --url run, probes on, finds every WEB- row
	// of EXPECTED.md (passive, authentication, access control and probes
	// alike) with a proving exchange, except what no black-box test can
	// observe on vulnshop.
	for _, e := range expectedWebRows(t, func(string) bool { return true }) {
		if why, ok := unobservable[e.rule+" "+e.method+" "+e.template]; ok {
			t.Logf("not asserted: %s %s %s: %s", e.rule, e.method, e.template, why)
			continue
		}
		found := false
		for _, f := range rep.Findings {
			if f.RuleID != e.rule || f.Web == nil || f.Web.Method != e.method || f.Web.PathTemplate != e.template {
				continue
			}
			p := f.Web.Parameter
			if e.param != "" && p != e.param && !strings.HasSuffix(p, ":"+e.param) &&
				!(e.param == "{path}" && strings.Contains(f.Web.PathTemplate, "{")) {
				continue
			}
			if len(f.Evidence.Exchanges) == 0 || f.Evidence.Exchanges[0].Curl == "" {
				t.Errorf("%s %s %s without a proving exchange", e.rule, e.method, e.template)
			}
			found = true
		}
		if !found {
			t.Errorf("EXPECTED.md row not found by audit --url: %s %s %s %s (%s)", e.rule, e.method, e.template, e.param, e.control)
		}
	}
}

// The hardened twin: the code's routes are probed too, and nothing above
// low is reported.
func TestAuditURLSafeshopCodeSeeded(t *testing.T) {
	url := startApp(t, "safeshop")
	cfg := filepath.Join(t.TempDir(), ".secaudit.yaml")
	os.WriteFile(cfg, nil, 0o644)
	rep := codeAudit(t, filepath.Join(examples, "safeshop"), url, cfg)
	for _, f := range rep.Findings {
		if f.Severity != "info" && f.Severity != "low" {
			where := ""
			if f.Web != nil {
				where = f.Web.Method + " " + f.Web.URL
			}
			t.Errorf("safeshop: %s %s at %s: %s", f.Severity, f.RuleID, where, f.Message)
		}
	}
}

// assertCodeSeeded checks that each (rule, method, template, parameter) was
// found with a proving exchange and says that its route came from the code.
func assertCodeSeeded(t *testing.T, rep *webReport, want [][4]string) {
	t.Helper()
	for _, e := range want {
		found := false
		for _, f := range rep.Findings {
			if f.RuleID != e[0] || f.Web == nil || f.Web.Method != e[1] || f.Web.PathTemplate != e[2] {
				continue
			}
			if p := f.Web.Parameter; p != e[3] && !strings.HasSuffix(p, ":"+e[3]) {
				continue
			}
			found = true
			if len(f.Evidence.Exchanges) == 0 || f.Evidence.Exchanges[0].Curl == "" {
				t.Errorf("%v without a proving exchange", e)
			}
			fromCode := false
			for _, fact := range f.Evidence.Facts {
				fromCode = fromCode || strings.HasPrefix(fact, "route from ")
			}
			if !fromCode {
				t.Errorf("%v does not say the route came from the code: %q", e, f.Evidence.Facts)
			}
		}
		if !found {
			t.Errorf("not found with code-seeded discovery: %v", e)
		}
	}
}

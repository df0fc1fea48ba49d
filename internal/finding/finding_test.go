package finding

import "testing"

func TestFingerprintIgnoresLineAndFormatting(t *testing.T) {
	a := &Finding{RuleID: "PY-SQLI", Location: &Location{Path: "app.py", Line: 10, Snippet: `cur.execute("SELECT " + q)`}}
	b := &Finding{RuleID: "PY-SQLI", Location: &Location{Path: "app.py", Line: 42, Snippet: `    cur.execute( "SELECT "+q )`}}
	if Fingerprint(a.FingerprintKey(), 0) != Fingerprint(b.FingerprintKey(), 0) {
		t.Error("moving or re-indenting the line changed the fingerprint")
	}
	c := &Finding{RuleID: "PY-SQLI", Location: &Location{Path: "other.py", Line: 10, Snippet: a.Location.Snippet}}
	if Fingerprint(a.FingerprintKey(), 0) == Fingerprint(c.FingerprintKey(), 0) {
		t.Error("another file must give another fingerprint")
	}
	if Fingerprint(a.FingerprintKey(), 0) == Fingerprint(a.FingerprintKey(), 1) {
		t.Error("the second occurrence must differ from the first")
	}
	w1 := &Finding{RuleID: "WEB-SQLI", Web: &WebLocation{Method: "GET", URL: "http://127.0.0.1/p/1?q=x", PathTemplate: "/p/{id}", Parameter: "q"}}
	w2 := &Finding{RuleID: "WEB-SQLI", Web: &WebLocation{Method: "GET", URL: "http://127.0.0.1/p/2?q=y", PathTemplate: "/p/{id}", Parameter: "q"}}
	if w1.FingerprintKey() != w2.FingerprintKey() {
		t.Error("web findings on the same path template and parameter must share a key")
	}
}

func TestSeverityText(t *testing.T) {
	for _, name := range []string{"info", "low", "medium", "high", "critical"} {
		s, err := ParseSeverity(name)
		if err != nil || s.String() != name {
			t.Errorf("%s: %v %v", name, s, err)
		}
	}
	if _, err := ParseSeverity("urgent"); err == nil {
		t.Error("unknown severity accepted")
	}
	if SeverityHigh <= SeverityMedium || SeverityCritical.SecuritySeverity() != "9.5" {
		t.Error("ordering or security-severity broken")
	}
	var c Confidence
	if err := c.UnmarshalText([]byte("HIGH")); err != nil || c != ConfidenceHigh {
		t.Errorf("confidence parse: %v %v", c, err)
	}
}

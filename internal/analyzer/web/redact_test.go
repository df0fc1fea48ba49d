package web

import (
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/webscan/identity"
)

// The identities' passwords and static credentials never reach a report in
// any encoding; short values are left alone.
func TestCredentialsMaskedInEvidence(t *testing.T) {
	m := newCredentialMasker([]identity.Config{
		{Name: "admin", Login: &identity.Login{Username: "admin", Password: "p@ss word&1"}},
		{Name: "api", Headers: map[string]string{"X-Api-Key": "k3y-value-123"}, Cookies: map[string]string{"sid": "abc"}},
	})
	for _, in := range []string{
		"username=admin&password=p%40ss+word%261",
		`{"username": "admin", "password": "p@ss word&1"}`,
		"X-Api-Key: k3y-value-123",
		"curl -H 'Cookie: sid=abc' --data-binary 'password=p@ss word&1'",
	} {
		out := m.mask(in)
		for _, secret := range []string{"p@ss word&1", "p%40ss+word%261", "k3y-value-123", "abc"} {
			if strings.Contains(out, secret) {
				t.Errorf("mask(%q) = %q still shows %q", in, out, secret)
			}
		}
		if !strings.Contains(out, "****(sha256:") {
			t.Errorf("mask(%q) = %q: nothing masked", in, out)
		}
	}
	if got := m.mask("username=admin"); got != "username=admin" {
		t.Errorf("a user name is not a credential: %q", got)
	}
	if got := newCredentialMasker([]identity.Config{{Login: &identity.Login{Password: "x"}}}).mask("x marks the spot"); got != "x marks the spot" {
		t.Errorf("a one-letter password masked text: %q", got)
	}
}

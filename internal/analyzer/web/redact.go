package web

import (
	"encoding/json"
	"net/url"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/webscan/identity"
)

// credentialMasker masks the credentials of the configured identities
// (passwords, static cookie and header values) wherever they appear in
// evidence: a login request proves lockout or enumeration, but the report
// must not hand out the test accounts' passwords.
type credentialMasker struct {
	pairs []maskPair // longest from first, so a value inside another is not half-masked
}

type maskPair struct{ from, to string }

func newCredentialMasker(ids []identity.Config) *credentialMasker {
	var secrets []string
	for _, c := range ids {
		if c.Login != nil {
			secrets = append(secrets, c.Login.Password)
		}
		for _, v := range c.Cookies {
			secrets = append(secrets, v)
		}
		for _, v := range c.Headers {
			secrets = append(secrets, v)
		}
	}
	m := &credentialMasker{}
	seen := map[string]bool{}
	for _, v := range secrets {
		if len(v) < 3 || seen[v] {
			continue // "" or a one-letter value would mask half the report
		}
		seen[v] = true
		mask := finding.Mask(v)
		j, _ := json.Marshal(v)
		for _, form := range []string{v, url.QueryEscape(v), url.PathEscape(v), strings.Trim(string(j), `"`)} {
			m.pairs = append(m.pairs, maskPair{form, mask})
		}
	}
	sort.SliceStable(m.pairs, func(a, b int) bool { return len(m.pairs[a].from) > len(m.pairs[b].from) })
	return m
}

// mask replaces every credential in s.
func (m *credentialMasker) mask(s string) string {
	if m == nil {
		return s
	}
	for _, p := range m.pairs {
		s = strings.ReplaceAll(s, p.from, p.to)
	}
	return s
}

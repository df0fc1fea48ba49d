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
	from, to []string // longest first, so a value inside another is not half-masked
}

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
			m.from = append(m.from, form)
			m.to = append(m.to, mask)
		}
	}
	idx := make([]int, len(m.from))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return len(m.from[idx[a]]) > len(m.from[idx[b]]) })
	from, to := make([]string, len(idx)), make([]string, len(idx))
	for i, k := range idx {
		from[i], to[i] = m.from[k], m.to[k]
	}
	m.from, m.to = from, to
	return m
}

// mask replaces every credential in s.
func (m *credentialMasker) mask(s string) string {
	if m == nil {
		return s
	}
	for i, f := range m.from {
		if strings.Contains(s, f) {
			s = strings.ReplaceAll(s, f, m.to[i])
		}
	}
	return s
}

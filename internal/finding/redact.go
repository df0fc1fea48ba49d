package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
)

// Reports must never carry a secret they found (secaudit must pass its own
// audit): values assigned to secret-looking keys and well-known credential
// formats are replaced by a short prefix and a hash, so that two reports of
// the same secret can still be matched.
var (
	secretKey = `(?i)[A-Za-z0-9_.\-]*(?:passw(?:or)?d|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth[_-]?key|signing[_-]?key)[A-Za-z0-9_.\-]*`
	// KEY = "value" / KEY: 'value' (any language), value quoted.
	quotedAssign = regexp.MustCompile(`(` + secretKey + `["']?\]?\s*[:=]\s*[bru]{0,2}["'])([^"'\s]{4,})(["'])`)
	// KEY=value (env files, Dockerfile ENV) and KEY: value (YAML), unquoted.
	bareAssign = regexp.MustCompile(`(` + secretKey + `(?:=|:\s+|\s+))([^"'\s#,;(){}\[\]$]{4,})(\s|$|#)`)
	// Credentials in URLs: scheme://user:password@host.
	urlCreds = regexp.MustCompile(`([a-z][a-z0-9+.\-]*://[^:/@\s]+:)([^@/\s]{3,})(@)`)
	// Formats that are secrets wherever they appear.
	knownFormats = regexp.MustCompile(`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bxox[baprs]-[A-Za-z0-9-]{10,}\b|\bsk_live_[A-Za-z0-9]{16,}\b|-----BEGIN [A-Z ]*PRIVATE KEY-----`)
)

// Mask replaces a secret value by a short prefix (none for short values)
// and a short hash of the whole value, so that two findings of the same
// secret can be recognised without showing it.
func Mask(secret string) string {
	h := sha256.Sum256([]byte(secret))
	// The prefix must not shorten a guess: with 3 known characters of a
	// 7-character password, the 32-bit hash confirms the rest by brute force.
	// Short secrets show none; long ones (tokens) keep their type prefix
	// (AKIA, ghp_, xoxb).
	keep := 0
	switch {
	case len(secret) >= 20:
		keep = 4
	case len(secret) >= 12:
		keep = 2
	}
	return secret[:keep] + "****" + "(sha256:" + hex.EncodeToString(h[:4]) + ")"
}

// redactHints are substrings (lower case) one of which every pattern below
// needs; text without any of them is returned as it is, cheaply.
var redactHints = []string{"pass", "pwd", "secret", "token", "key", "credential", "://", "akia", "asia", "gh", "xox", "sk_live", "private"}

func mayHoldSecret(s string) bool {
	lower := strings.ToLower(s)
	for _, h := range redactHints {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}

// RedactSecrets masks the secrets in a line of text.
func RedactSecrets(s string) string {
	if s == "" || !mayHoldSecret(s) {
		return s
	}
	s = quotedAssign.ReplaceAllStringFunc(s, func(m string) string {
		p := quotedAssign.FindStringSubmatch(m)
		if isPlaceholder(p[2]) {
			return m
		}
		return p[1] + Mask(p[2]) + p[3]
	})
	s = bareAssign.ReplaceAllStringFunc(s, func(m string) string {
		p := bareAssign.FindStringSubmatch(m)
		if isPlaceholder(p[2]) || looksLikeCode(p[2]) {
			return m
		}
		return p[1] + Mask(p[2]) + p[3]
	})
	s = urlCreds.ReplaceAllStringFunc(s, func(m string) string {
		p := urlCreds.FindStringSubmatch(m)
		if isPlaceholder(p[2]) {
			return m
		}
		return p[1] + Mask(p[2]) + p[3]
	})
	return knownFormats.ReplaceAllStringFunc(s, func(m string) string {
		if len(m) > 10 && m[0] == '-' {
			return m // a PEM header names the format, not the key
		}
		return Mask(m)
	})
}

func isPlaceholder(v string) bool {
	if len(v) >= 4 && v[0] == '*' && v[1] == '*' {
		return true
	}
	if strings.Contains(v, "****(sha256:") {
		return true // already masked (by the analyzer that found it): redaction is idempotent
	}
	for _, r := range v {
		if r != '*' && r != 'x' && r != 'X' && r != '.' {
			return false
		}
	}
	return true
}

// looksLikeCode keeps identifiers and calls readable: "password = request.form"
// is code, not a secret.
var codeLike = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$|^(None|True|False|null|true|false|required|optional)$|^\.?/`)

func looksLikeCode(v string) bool { return codeLike.MatchString(v) }

// Redact masks secrets in every text of the finding that a report shows.
func (f *Finding) Redact() {
	f.Message = RedactSecrets(f.Message)
	if f.Location != nil {
		f.Location.Snippet = RedactSecrets(f.Location.Snippet)
	}
	for i := range f.Evidence.Trace {
		f.Evidence.Trace[i].Expression = RedactSecrets(f.Evidence.Trace[i].Expression)
		f.Evidence.Trace[i].Location.Snippet = RedactSecrets(f.Evidence.Trace[i].Location.Snippet)
	}
	for i := range f.Evidence.Facts {
		f.Evidence.Facts[i] = RedactSecrets(f.Evidence.Facts[i])
	}
}

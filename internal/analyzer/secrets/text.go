package secrets

import (
	"bytes"
	"encoding/base64"
	"path"
	"regexp"
	"strings"
)

// hit is one secret found in a file, before it becomes a finding.
type hit struct {
	rule   string // secaudit rule ID
	source string // the detector: "gitleaks:<rule-id>" or "secaudit:<check>"
	what   string // what the secret is ("database password", "AWS access key")
	secret string
	line   int
	col    int
	// lineText is the source line, masked before it leaves the analyzer.
	lineText   string
	confidence string // "" keeps the rule's confidence
	note       string
	entropy    float64
	// also names the other detectors that matched the same secret.
	also string
	// others are the other secrets found on the same line (and longer
	// forms of this one a losing detector captured): the snippet masks
	// them too, so that no finding shows another finding's secret.
	others []string
}

// connRe finds credentials in database and broker URLs. The password may be
// anything but the characters that end a URL part or a string literal.
var connRe = regexp.MustCompile(`(?i)\b(postgres(?:ql)?|postgis|mysql|mariadb|mssql|sqlserver|oracle|cockroachdb|mongodb(?:\+srv)?|redis|rediss|amqps?|ldaps?|clickhouse|neo4j|cassandra|couchdb|elasticsearch|snowflake|db2|sybase|firebird|jdbc:[a-z0-9]+)(\+[a-z0-9_]+)?://([^:/@\s'"<>]*):([^@/\s'"<>]+)@([^\s'"/:?,;)<>]+)`)

// connStrings returns the passwords in connection URLs on one line.
func connStrings(line string) []hit {
	if !strings.Contains(line, "://") || !strings.Contains(line, "@") {
		return nil
	}
	var out []hit
	for _, m := range connRe.FindAllStringSubmatchIndex(line, -1) {
		scheme := strings.ToLower(line[m[2]:m[3]])
		user, pass, host := line[m[6]:m[7]], line[m[8]:m[9]], line[m[10]:m[11]]
		if connPlaceholder(user, pass, host) {
			continue
		}
		out = append(out, hit{rule: ruleConn, source: "secaudit:connection-string",
			what: "password in a " + scheme + " connection URL", secret: pass, col: m[8] + 1})
	}
	return out
}

// connPlaceholder: "user:password@host", "{user}:{password}@", "$PASS",
// "%(password)s" and documentation hosts are examples, not credentials.
func connPlaceholder(user, pass, host string) bool {
	lp := strings.ToLower(pass)
	switch strings.Trim(lp, "<>[]{}") {
	case "password", "pass", "passwd", "pwd", "secret", "pw", "p", "mypassword", "yourpassword", "user_password", "db_password", "dbpass":
		return true
	}
	if strings.ContainsAny(pass, "{}$%<>*") || pass == "" || strings.Trim(pass, "x.") == "" {
		return true
	}
	for _, p := range placeholderParts {
		if strings.Contains(lp, p) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(lp, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if testWords[w] {
			return true
		}
	}
	lh := strings.ToLower(host)
	if lh == "host" || lh == "hostname" || strings.HasSuffix(lh, ".example") || strings.Contains(lh, "example.com") ||
		strings.Contains(lh, "example.org") || strings.Contains(lh, "example.net") || strings.HasPrefix(lh, "{") || strings.HasPrefix(lh, "$") {
		return true
	}
	lu := strings.ToLower(user)
	return strings.ContainsAny(user, "{}$%<>") && lu != ""
}

// pemBegin finds the armor line of a private key.
var pemBegin = regexp.MustCompile(`-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 |ED25519 )?PRIVATE KEY(?: BLOCK)?)-----`)

// keyBodyGlue is what a key body holds besides its base64: line breaks
// (real or escaped), blanks and string-literal quotes.
var keyBodyGlue = strings.NewReplacer(`\n`, "", `\r`, "", "\n", "", "\r", "", " ", "", "\t", "", `"`, "", "'", "")

// privateKeys finds PEM private keys in a file's text (on their own lines,
// or inside a string with "\n" escapes) whose body is a real key: base64
// that decodes to a DER sequence or an OpenSSH key, not an elided example
// ("MIIE...").
func privateKeys(text string) []hit {
	var out []hit
	for _, m := range pemBegin.FindAllStringSubmatchIndex(text, -1) {
		kind := text[m[2]:m[3]]
		rest := text[m[1]:]
		end := strings.Index(rest, "-----END "+kind+"-----")
		if end < 0 {
			continue
		}
		body := rest[:end]
		if !realKeyBody(kind, body) {
			continue
		}
		line := 1 + strings.Count(text[:m[0]], "\n")
		col := m[0] - strings.LastIndexByte(text[:m[0]], '\n')
		what := strings.ToLower(strings.TrimSuffix(kind, " BLOCK"))
		h := hit{rule: rulePrivateKey, source: "secaudit:private-key", what: what, line: line, col: col,
			secret: strings.TrimSpace(keyBodyGlue.Replace(body))}
		if strings.HasPrefix(kind, "ENCRYPTED") || strings.Contains(body, "Proc-Type: 4,ENCRYPTED") {
			h.note = "the key is encrypted with a passphrase; it still must not be committed"
			h.confidence = "medium"
		}
		out = append(out, h)
	}
	return out
}

// realKeyBody decodes the armored body.
func realKeyBody(kind, body string) bool {
	var b64 strings.Builder
	for _, ln := range strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(body, `\r`, "\n"), `\n`, "\n"), func(r rune) bool { return r == '\n' || r == '\r' }) {
		ln = strings.TrimSpace(ln)
		// Strip string-literal glue: "...." + or '...' \ on each line.
		ln = strings.Trim(ln, `"'+\,; `)
		if ln == "" || strings.Contains(ln, ":") || strings.HasPrefix(ln, "=") && len(ln) == 5 && kind == "PGP PRIVATE KEY BLOCK" {
			continue // PEM headers, the PGP checksum
		}
		if strings.Contains(ln, "...") || strings.Contains(ln, "…") {
			return false // elided example
		}
		b64.WriteString(ln)
	}
	s := b64.String()
	if len(s) < 64 {
		return false
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		raw, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
		if err != nil {
			return false
		}
	}
	switch {
	case kind == "OPENSSH PRIVATE KEY":
		return bytes.HasPrefix(raw, []byte("openssh-key-v1\x00"))
	case strings.HasPrefix(kind, "PGP"), strings.HasPrefix(kind, "SSH2"):
		return len(raw) >= 48
	default:
		return len(raw) >= 48 && raw[0] == 0x30 // DER SEQUENCE
	}
}

// assignRe reads "KEY=value", "KEY: value", "export KEY=value",
// `"key": "value"` and "ENV KEY value" lines of configuration files.
var assignRe = regexp.MustCompile(`^\s*(?:export\s+|ENV\s+|-\s+)?["']?([A-Za-z_][A-Za-z0-9_.\-]*)["']?\s*(?:=|:|\s)\s*(.*?)\s*,?\s*$`)

// configKind says whether the line-based assignment check reads a file:
// .env files, INI/CFG, properties, YAML, TOML, JSON, Dockerfiles. Python
// files are read by the Python check instead.
func configKind(rel string) bool {
	base := strings.ToLower(path.Base(rel))
	if base == ".env" || strings.HasPrefix(base, ".env.") || strings.HasSuffix(base, ".env") {
		return true
	}
	if base == "dockerfile" || strings.HasPrefix(base, "dockerfile.") || base == ".npmrc" || base == ".pypirc" || base == "pip.conf" || base == ".netrc" {
		return true
	}
	switch path.Ext(base) {
	case ".ini", ".cfg", ".properties", ".yaml", ".yml", ".toml", ".json", ".conf", ".cnf":
		return true
	}
	return false
}

// assignments finds secret-named keys set to literal values on one line of
// a configuration file.
func assignment(line string) (hit, bool) {
	t := strings.TrimSpace(line)
	if t == "" || t[0] == '#' || t[0] == ';' || strings.HasPrefix(t, "//") {
		return hit{}, false
	}
	m := assignRe.FindStringSubmatchIndex(line)
	if m == nil {
		return hit{}, false
	}
	key, raw := line[m[2]:m[3]], line[m[4]:m[5]]
	kind := secretName(key)
	if kind == "" {
		return hit{}, false
	}
	v, off, ok := configValue(raw)
	if !ok || placeholder(v) || isKeyword(v) {
		return hit{}, false
	}
	if kind != "password" && !strongEnough(v) {
		return hit{}, false
	}
	return hit{rule: ruleLeak, source: "secaudit:secret-assignment", what: "literal " + kind + " in " + key,
		secret: v, col: m[4] + off + 1, entropy: entropy(v)}, true
}

// configValue unquotes a value, or cuts an unquoted one at a comment. off is
// the value's offset in raw.
func configValue(raw string) (string, int, bool) {
	if raw == "" {
		return "", 0, false
	}
	switch raw[0] {
	case '"', '\'':
		j := strings.IndexByte(raw[1:], raw[0])
		if j < 0 {
			return "", 0, false
		}
		return raw[1 : 1+j], 1, true
	case '[', '{', '|', '>', '!', '&', '*':
		return "", 0, false // YAML/JSON structure, anchors, tags
	}
	v := raw
	if j := strings.Index(v, " #"); j >= 0 {
		v = v[:j]
	}
	if j := strings.Index(v, " ;"); j >= 0 {
		v = v[:j]
	}
	return strings.TrimSpace(v), 0, true
}

func isKeyword(v string) bool {
	switch strings.ToLower(v) {
	case "true", "false", "null", "none", "nil", "~", "yes", "no", "on", "off":
		return true
	}
	return false
}

package config

import (
	"fmt"
	"net"
	"path"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
)

// pgSetting is one "name = value" line of postgresql.conf.
type pgSetting struct {
	name, value string
	line, col   int
}

// parsePgConf reads postgresql.conf: "name [=] value", values optionally
// single-quoted (” is a quote), # comments. Later lines override earlier
// ones, as in PostgreSQL. include lines are ignored.
func parsePgConf(src string) map[string]pgSetting {
	out := map[string]pgSetting{}
	for i, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' {
			continue
		}
		j := 0
		for j < len(line) && (isIdentByte(line[j]) || line[j] == '.') {
			j++
		}
		name := strings.ToLower(line[:j])
		if name == "" || strings.HasPrefix(name, "include") {
			continue
		}
		rest := strings.TrimSpace(line[j:])
		rest = strings.TrimSpace(strings.TrimPrefix(rest, "="))
		out[name] = pgSetting{name: name, value: pgValue(rest), line: i + 1, col: strings.Index(raw, line[:1]) + 1}
	}
	return out
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// pgValue decodes a quoted value or cuts an unquoted one at its comment.
func pgValue(s string) string {
	if strings.HasPrefix(s, "'") {
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			switch {
			case s[i] == '\'' && i+1 < len(s) && s[i+1] == '\'':
				b.WriteByte('\'')
				i++
			case s[i] == '\\' && i+1 < len(s):
				b.WriteByte(s[i+1])
				i++
			case s[i] == '\'':
				return b.String()
			default:
				b.WriteByte(s[i])
			}
		}
		return b.String()
	}
	v, _, _ := strings.Cut(s, "#")
	return strings.TrimSpace(v)
}

// pgBool parses PostgreSQL booleans (on, off, true, yes, 1 and unique prefixes).
func pgBool(v string) (val, ok bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "on", "true", "tru", "tr", "t", "yes", "ye", "y", "1":
		return true, true
	case "off", "of", "false", "fals", "fal", "fa", "f", "no", "n", "0":
		return false, true
	}
	return false, false
}

func analyzePgConf(c *fileCtx, data []byte) {
	c.res.kind, c.res.label = kindPgConf, c.rel
	set := parsePgConf(string(data))
	// postgresql.auto.conf holds only ALTER SYSTEM overrides: unset is normal there.
	full := strings.ToLower(path.Base(c.rel)) == "postgresql.conf"
	if s, ok := set["ssl"]; ok {
		if on, known := pgBool(s.value); known && !on {
			c.report("CFG-PG-SSL-OFF", s.line, s.col, fmt.Sprintf("ssl = %s", s.value))
		} else if on {
			c.observe("CR-1", control.Positive, s.line, "PostgreSQL ssl = on in "+c.rel)
		}
	} else if full {
		c.report("CFG-PG-SSL-OFF", 1, 0, "ssl not set (default off)")
	}
	if s, ok := set["log_connections"]; ok {
		// PostgreSQL 18 takes a list of aspects; '' turns logging off.
		on, known := pgBool(s.value)
		if !known && s.value != "" {
			on, known = true, true
		}
		if known && !on || s.value == "" {
			c.report("CFG-PG-LOG-CONNECTIONS-OFF", s.line, s.col, fmt.Sprintf("log_connections = %q", s.value))
		} else {
			c.observe("LG-2", control.Positive, s.line, "PostgreSQL logs connections ("+c.rel+")")
		}
	} else if full {
		c.report("CFG-PG-LOG-CONNECTIONS-OFF", 1, 0, "log_connections not set (default off)")
	}
	if s, ok := set["log_disconnections"]; ok {
		if on, known := pgBool(s.value); known && !on {
			c.report("CFG-PG-LOG-CONNECTIONS-OFF", s.line, s.col, fmt.Sprintf("log_disconnections = %s", s.value))
		}
	}
	if s, ok := set["password_encryption"]; ok {
		switch v := strings.ToLower(s.value); {
		case v == "md5" || v == "on" || v == "true":
			c.report("CFG-PG-PASSWORD-ENCRYPTION-MD5", s.line, s.col, fmt.Sprintf("password_encryption = %s stores role passwords as MD5", s.value))
		case v == "scram-sha-256":
			c.observe("MC-3", control.Coverage, s.line, "database role passwords use scram-sha-256 ("+c.rel+")")
		}
	}
}

// analyzePgHba checks pg_hba.conf records:
// local DATABASE USER METHOD [OPTIONS]; host* DATABASE USER ADDRESS [MASK] METHOD [OPTIONS].
func analyzePgHba(c *fileCtx, data []byte) {
	c.res.kind, c.res.label = kindPgHba, c.rel
	for i, raw := range strings.Split(string(data), "\n") {
		fields := hbaFields(raw)
		if len(fields) < 4 {
			continue
		}
		typ := strings.ToLower(fields[0])
		var method string
		switch typ {
		case "local":
			method = fields[3]
		case "host", "hostssl", "hostnossl", "hostgssenc", "hostnogssenc":
			if len(fields) < 5 {
				continue
			}
			method = fields[4]
			// An IPv4/IPv6 address may be followed by a separate netmask.
			if net.ParseIP(fields[3]) != nil && len(fields) >= 6 && net.ParseIP(fields[4]) != nil {
				method = fields[5]
			}
		default:
			continue // include directives and unknown lines
		}
		method = strings.ToLower(method)
		col := strings.Index(raw, fields[0]) + 1
		switch {
		case method == "trust" && typ == "local":
			f := c.report("CFG-PG-HBA-TRUST", i+1, col, fmt.Sprintf("local connections for database %s, user %s use trust (no password; anyone with a shell on the host can log in)", fields[1], fields[2]))
			f.Confidence = finding.ConfidenceMedium
		case method == "trust":
			c.report("CFG-PG-HBA-TRUST", i+1, col, fmt.Sprintf("%s connections from %s for database %s, user %s use trust (no password)", typ, fields[3], fields[1], fields[2]))
		case method == "password" && (typ == "host" || typ == "hostnossl"):
			c.report("CFG-PG-HBA-CLEARTEXT-PASSWORD", i+1, col, fmt.Sprintf("%s connections from %s use method password (clear text)", typ, fields[3]))
		}
	}
}

// hbaFields splits a pg_hba.conf line into fields; quoted fields keep spaces.
func hbaFields(line string) []string {
	if j := strings.IndexByte(line, '#'); j >= 0 && strings.Count(line[:j], `"`)%2 == 0 {
		line = line[:j]
	}
	var out []string
	var b strings.Builder
	inQuote, inField := false, false
	for i := 0; i < len(line); i++ {
		ch := line[i]
		switch {
		case ch == '"':
			inQuote = !inQuote
			inField = true
		case (ch == ' ' || ch == '\t' || ch == '\r') && !inQuote:
			if inField {
				out = append(out, b.String())
				b.Reset()
				inField = false
			}
		default:
			b.WriteByte(ch)
			inField = true
		}
	}
	if inField {
		out = append(out, b.String())
	}
	return out
}

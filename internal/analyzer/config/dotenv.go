package config

import (
	"fmt"
	"path"
	"regexp"
	"strings"
)

var dbURLPasswordRe = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^/:@\s]*:[^@/\s]+@`)

// analyzeDotenv reports a .env file holding secret-looking values, once, at
// the first such line.
func analyzeDotenv(c *fileCtx, data []byte) {
	c.res.kind, c.res.label = kindDotenv, c.rel
	first, count := 0, 0
	var keys []string
	for i, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' {
			continue
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "export "))
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), dotenvValue(strings.TrimSpace(v))
		if v == "" || strings.HasPrefix(v, "$") || !dotenvSecret(k, v) {
			continue
		}
		if count == 0 {
			first = i + 1
		}
		count++
		keys = append(keys, k)
	}
	if count > 0 {
		if len(keys) > 5 {
			keys = append(keys[:5], "...")
		}
		c.report("CFG-DOTENV-COMMITTED", first, 1, fmt.Sprintf("%s holds %d secret-looking value(s): %s", path.Base(c.rel), count, strings.Join(keys, ", ")))
	}
}

// dotenvValue unquotes a value, or cuts an unquoted one at " #".
func dotenvValue(v string) string {
	if len(v) >= 1 && (v[0] == '"' || v[0] == '\'') {
		if j := strings.IndexByte(v[1:], v[0]); j >= 0 {
			return v[1 : 1+j]
		}
		return v[1:]
	}
	if j := strings.Index(v, " #"); j >= 0 {
		v = v[:j]
	}
	return strings.TrimSpace(v)
}

func dotenvSecret(k, v string) bool {
	u := strings.ToUpper(k)
	switch {
	case secretKeyName(k):
		return true
	case strings.HasPrefix(u, "AWS_") && (strings.Contains(u, "KEY") || strings.Contains(u, "SECRET") || strings.Contains(u, "TOKEN")):
		return true
	case strings.HasSuffix(u, "_KEY") || u == "KEY":
		return true
	case strings.HasSuffix(u, "_URL") || strings.HasSuffix(u, "_URI") || strings.HasSuffix(u, "_DSN"):
		return dbURLPasswordRe.MatchString(v)
	}
	return false
}

package secrets

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParsers feeds the hand-written parsers (configuration assignments,
// connection URLs, PEM blocks, identifier words, placeholders) arbitrary
// text: no panic, and every secret reported is text of the input at the
// reported column.
func FuzzParsers(f *testing.F) {
	for _, s := range []string{
		"DB_PASSWORD=Sh0pDbPass2019",
		`export SMTP_PASSWORD="abc123def" # comment`,
		"  - BROKER_URL=amqp://worker:Zk2lQ9x@rabbit:5672/",
		"password = x ; c",
		`"api_key": "q8Vr2kLw9XhT4bNz7Yc1",`,
		"postgresql://u:p@h/db mongodb+srv://a:b@c redis://:pw@host",
		"-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----",
		"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjE=\\n-----END OPENSSH PRIVATE KEY-----",
		"ENV A_TOKEN 1234567890abcdefXYZ",
		"HTTPServerAPIKey",
		"\xff\xfe:=\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, line := range strings.Split(s, "\n") {
			if h, ok := assignment(line); ok {
				if h.col < 1 || !strings.HasPrefix(line[h.col-1:], h.secret) {
					t.Fatalf("assignment secret not at column %d of %q", h.col, line)
				}
				if placeholder(h.secret) {
					t.Fatalf("placeholder reported: %q", line)
				}
			}
			for _, h := range connStrings(line) {
				if h.col < 1 || !strings.HasPrefix(line[h.col-1:], h.secret) {
					t.Fatalf("connection password not at column %d of %q", h.col, line)
				}
			}
		}
		for _, h := range privateKeys(s) {
			if h.line < 1 || h.line > strings.Count(s, "\n")+1 {
				t.Fatalf("private key line %d out of range", h.line)
			}
		}
		words := nameWords(s)
		for _, w := range words {
			if w == "" {
				t.Fatal("empty word")
			}
		}
		_ = secretName(s)
		_ = placeholder(s)
		_ = strongEnough(s)
		if utf8.ValidString(s) {
			_ = snippetOf(s, hit{secret: s})
		}
	})
}

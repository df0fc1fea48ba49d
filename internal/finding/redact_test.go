package finding

import (
	"strings"
	"testing"
)

func TestRedactSecrets(t *testing.T) {
	cases := []struct{ in, secret string }{
		{`SECRET_KEY = "dev-secret-123"`, "dev-secret-123"},
		{`ENV DB_PASSWORD=Sh0pDbPass2019`, "Sh0pDbPass2019"},
		{`      POSTGRES_PASSWORD: postgres`, "postgres"},
		{`AWS_ACCESS_KEY_ID=AKIAQ3EXAMPLE7K2LMNO`, "AKIAQ3EXAMPLE7K2LMNO"},
		{`url = "postgresql://shop:hunter22@db:5432/shop"`, "hunter22"},
		{`app.config["SECRET_KEY"] = 'abcd1234efgh'`, "abcd1234efgh"},
		{`token = b"0123456789abcdef"`, "0123456789abcdef"},
	}
	for _, c := range cases {
		got := RedactSecrets(c.in)
		if strings.Contains(got, c.secret) {
			t.Errorf("%q: secret left in %q", c.in, got)
		}
		if !strings.Contains(got, "(sha256:") {
			t.Errorf("%q: no hash in %q", c.in, got)
		}
	}
	keep := []string{
		`password = request.form["password"]`,
		`SECRET_KEY = os.environ["SECRET_KEY"]`,
		`POSTGRES_PASSWORD_FILE: /run/secrets/db_password`,
		`cur.execute("SELECT * FROM users WHERE name = '%s'" % name)`,
		`if not check_password(user.password_hash, password):`,
		`token = secrets.token_urlsafe(32)`,
	}
	for _, s := range keep {
		if got := RedactSecrets(s); got != s {
			t.Errorf("code changed: %q -> %q", s, got)
		}
	}
	if Mask("dev-secret-123") != Mask("dev-secret-123") || Mask("a-secret") == Mask("b-secret") {
		t.Error("masks must be stable and distinct")
	}
}

// A value an analyzer already masked is not masked again (the prefix must
// stay the secret's, and the hash the secret's hash).
func TestRedactIdempotent(t *testing.T) {
	m := Mask("q8Vr2kLw9XhT4bNz7Yc1")
	for _, s := range []string{
		`API_KEY = "` + m + `"`,
		`API_KEY=` + m,
		`password: ` + m,
		`postgresql://shop:` + m + `@db/shop`,
	} {
		if got := RedactSecrets(s); got != s {
			t.Errorf("masked value masked again: %q -> %q", s, got)
		}
		if got := RedactSecrets(RedactSecrets(s)); got != s {
			t.Errorf("not idempotent: %q -> %q", s, got)
		}
	}
}

// A short secret shows no prefix: three known characters of a 7-character
// password plus the hash would let anyone with the report brute-force it.
func TestMaskHidesShortSecrets(t *testing.T) {
	for _, c := range []struct{ secret, prefix string }{
		{"hunter2", ""},
		{"Sh0pDbPass2019", "Sh"},
		{"AKIAIOSFODNN7EXAMPLE", "AKIA"},
	} {
		m := Mask(c.secret)
		if !strings.HasPrefix(m, c.prefix+"****(sha256:") {
			t.Errorf("Mask(%d chars) = %q, want the prefix %q only", len(c.secret), m, c.prefix)
		}
	}
}

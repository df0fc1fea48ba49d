package secrets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit/audittest"
)

// Huge, binary and badly encoded files become error entries; the others
// are still scanned.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	huge, err := os.Create(filepath.Join(dir, "huge.log"))
	if err != nil {
		t.Fatal(err)
	}
	if err := huge.Truncate(1 << 30); err != nil { // 1 GiB, sparse
		t.Fatal(err)
	}
	huge.Close()
	if err := os.WriteFile(filepath.Join(dir, "blob.dat"), []byte("\x00\x01\x02 AWS_ACCESS_KEY_ID="+awsKey+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "latin1.env"), []byte("# caf\xe9\nAWS_ACCESS_KEY_ID="+awsKey+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.py"), []byte("def f(:\n    DB_PASSWORD = 'Zq8-kLw2-Tr9x'\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rec := audittest.RunDir(t, New(Options{}), dir)
	kinds := map[string]string{}
	for _, e := range rec.Errs {
		kinds[e.Path] = e.Kind
	}
	for path, kind := range map[string]string{"huge.log": "too-large", "blob.dat": "binary", "latin1.env": "encoding"} {
		if kinds[path] != kind {
			t.Errorf("%s: error kind %q, want %q (all: %v)", path, kinds[path], kind, kinds)
		}
	}
	found := map[string]bool{}
	for _, f := range rec.Findings {
		found[f.Location.Path] = true
	}
	if !found["latin1.env"] {
		t.Error("the key in the file with invalid UTF-8 was not found")
	}
	if !found["broken.py"] {
		t.Error("the password in the Python file with a syntax error was not found")
	}
	if found["blob.dat"] || found["huge.log"] {
		t.Error("skipped files have findings")
	}
}

func TestSecretName(t *testing.T) {
	for name, want := range map[string]string{
		"DB_PASSWORD": "password", "dbPassword": "password", "SMTP_PASS": "password", "api_key": "key",
		"apiKey": "key", "STRIPE_SECRET_KEY": "key", "client_secret": "secret", "GITHUB_TOKEN": "token",
		"aws_secret_access_key": "key", "private_key": "private key", "credentials": "credentials",
		"PASSWORD_RESET_TIMEOUT": "", "password_field": "", "token_url": "", "SORT_KEY": "", "cache_key": "",
		"primary_key": "", "pass_through": "", "TOKEN_TYPE": "", "password_encryption": "", "API_KEY_HEADER": "",
		"csrf_token_name": "", "secret_key_file": "", "tokenizer": "", "passenger": "", "keyword": "",
	} {
		if got := secretName(name); got != want {
			t.Errorf("secretName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestPlaceholder(t *testing.T) {
	for _, v := range []string{"", "xxx", "xxxxxxxx", "<your-key-here>", "${DB_PASSWORD}", "$DB_PASSWORD", "%(password)s",
		"{{ vault_pw }}", "your-api-key", "YOUR_API_KEY", "test-password", "fake_token", "dummy", "password", "********",
		"changeit_example", "REPLACE_ME", "/run/secrets/db", "https://example.com/token", "ENC[AES256_GCM,data:x]",
		"myapp.auth.tokens", "Enter your password", "None"} {
		if !placeholder(v) {
			t.Errorf("placeholder(%q) = false", v)
		}
	}
	for _, v := range []string{"changeme", "hunter22", "Sh0pDbPass2019", "q8Vr2kLw9XhT4bNz", "s3cr3t-Pa55", "letmein!"} {
		if placeholder(v) {
			t.Errorf("placeholder(%q) = true; it is a (weak) real secret", v)
		}
	}
	if strings.Contains(strings.Join(nameWords("HTTPServerAPIKey"), " "), "apikey") {
		t.Error("nameWords should split HTTPServerAPIKey into words")
	}
}

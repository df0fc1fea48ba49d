package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secaudit/secaudit/internal/audit"
)

// keygen, a signed report and baseline from --sign-key, verify: OK, then
// FAILED with exit 1 once the report changes.
func TestSignedReports(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "app")
	os.MkdirAll(target, 0o755)
	os.WriteFile(filepath.Join(target, "app.py"), []byte("import os\nos.system('ls')\n"), 0o644)
	sk, pk := filepath.Join(dir, "k.key"), filepath.Join(dir, "k.pub")
	run := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		code := Execute(args, &out, &errb)
		return code, out.String() + errb.String()
	}
	if code, out := run("keygen", "--key", sk, "--pubkey", pk); code != 0 {
		t.Fatalf("keygen: %d %s", code, out)
	}
	if code, _ := run("keygen", "--key", sk, "--pubkey", pk); code == 0 {
		t.Fatal("keygen overwrote an existing key")
	}
	report, base := filepath.Join(dir, "report.json"), filepath.Join(dir, "baseline.json")
	if code, out := run("code", target, "-q", "--exit-zero", "--format", "json", "-o", report, "--write-baseline", base, "--sign-key", sk); code != 0 {
		t.Fatalf("code --sign-key: %d %s", code, out)
	}
	for _, f := range []string{report, base} {
		if _, err := os.Stat(f + ".minisig"); err != nil {
			t.Fatalf("no signature for %s", f)
		}
	}
	if code, out := run("verify", "--pubkey", pk, report, base); code != 0 || strings.Count(out, "OK ") != 2 {
		t.Fatalf("verify: %d %s", code, out)
	}
	os.WriteFile(report, []byte("{}"), 0o644)
	if code, out := run("verify", "--pubkey", pk, report); code != audit.ExitFindings || !strings.Contains(out, "FAILED") {
		t.Fatalf("verify of a changed report: %d %s", code, out)
	}
	// A bad key is a usage error before any work is done.
	if code, _ := run("code", target, "-q", "--sign-key", filepath.Join(dir, "missing.key")); code != audit.ExitUsage {
		t.Fatalf("missing signing key: exit %d, want %d", code, audit.ExitUsage)
	}
	if code, _ := run("sign", report); code != audit.ExitUsage {
		t.Fatalf("sign without --key: exit %d", code)
	}
	if code, out := run("sign", "--key", sk, report); code != 0 || !strings.Contains(out, "signed") {
		t.Fatalf("sign: %d %s", code, out)
	}
	if code, out := run("verify", "-p", pk, report); code != 0 {
		t.Fatalf("verify after re-signing: %d %s", code, out)
	}
}

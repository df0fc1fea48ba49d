package signing

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func keys(t *testing.T) (dir, sk, pk string) {
	t.Helper()
	dir = t.TempDir()
	sk, pk = filepath.Join(dir, "secaudit.key"), filepath.Join(dir, "secaudit.pub")
	if _, err := GenerateKey(sk, pk); err != nil {
		t.Fatal(err)
	}
	return dir, sk, pk
}

func TestSignVerifyRoundTrip(t *testing.T) {
	dir, skPath, pkPath := keys(t)
	if fi, err := os.Stat(skPath); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("secret key mode: %v %v", fi.Mode(), err)
	}
	file := filepath.Join(dir, "report.json")
	os.WriteFile(file, []byte(`{"findings":[]}`), 0o644)
	sk, err := LoadSecretKey(skPath)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := SignFile(sk, file, "")
	if err != nil || sig != file+SigSuffix {
		t.Fatal(sig, err)
	}
	pk, err := LoadPublicKey(pkPath)
	if err != nil {
		t.Fatal(err)
	}
	comment, err := VerifyFile(pk, file, "")
	if err != nil || !strings.Contains(comment, "report.json") {
		t.Fatalf("verify: %q %v", comment, err)
	}
	// The key given as its base64 line works too.
	data, _ := os.ReadFile(pkPath)
	line := strings.Split(strings.TrimSpace(string(data)), "\n")[1]
	if pk2, err := LoadPublicKey(line); err != nil || pk2 != pk {
		t.Fatalf("public key from its line: %v", err)
	}

	// One changed byte fails.
	os.WriteFile(file, []byte(`{"findings":[1]}`), 0o644)
	if _, err := VerifyFile(pk, file, ""); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("tampered file: %v, want ErrBadSignature", err)
	}
	// Another key fails, and says so.
	_, _, otherPub := keys(t)
	other, _ := LoadPublicKey(otherPub)
	os.WriteFile(file, []byte(`{"findings":[]}`), 0o644)
	if _, err := VerifyFile(other, file, ""); !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), "key") {
		t.Fatalf("other key: %v", err)
	}
}

func TestKeysAreNotOverwritten(t *testing.T) {
	_, sk, pk := keys(t)
	if _, err := GenerateKey(sk, pk); err == nil {
		t.Fatal("GenerateKey overwrote an existing key")
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk")
	os.WriteFile(junk, []byte("not a key\n!!!\n"), 0o600)
	if _, err := LoadSecretKey(junk); err == nil {
		t.Error("junk secret key accepted")
	}
	if _, err := LoadPublicKey(junk); err == nil {
		t.Error("junk public key accepted")
	}
	if _, err := LoadPublicKey("RWQ"); err == nil {
		t.Error("short key accepted")
	}
	_, _, pkPath := keys(t)
	pk, _ := LoadPublicKey(pkPath)
	os.WriteFile(junk+".minisig", []byte("untrusted comment: x\nAAAA\n"), 0o644)
	if _, err := VerifyFile(pk, junk, ""); err == nil {
		t.Error("malformed signature accepted")
	}
	if _, err := VerifyFile(pk, filepath.Join(dir, "missing"), ""); err == nil {
		t.Error("missing signature accepted")
	}
}

// minisign(1) verifies what secaudit signs, and secaudit verifies what
// minisign signs (apt-get install minisign; .ci/run installs it).
func TestInteropWithMinisign(t *testing.T) {
	bin, err := exec.LookPath("minisign")
	if err != nil {
		t.Skip("minisign not installed (apt-get install minisign)")
	}
	dir, skPath, pkPath := keys(t)
	file := filepath.Join(dir, "release.tar")
	os.WriteFile(file, []byte("release contents\n"), 0o644)
	sk, _ := LoadSecretKey(skPath)
	if _, err := SignFile(sk, file, ""); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "-V", "-p", pkPath, "-m", file).CombinedOutput(); err != nil {
		t.Fatalf("minisign rejects secaudit's signature: %v\n%s", err, out)
	}
	// The other way: a key and signature made by minisign itself.
	msk, mpk := filepath.Join(dir, "m.key"), filepath.Join(dir, "m.pub")
	if out, err := exec.Command(bin, "-G", "-W", "-s", msk, "-p", mpk).CombinedOutput(); err != nil {
		t.Fatalf("minisign -G: %v\n%s", err, out)
	}
	os.Remove(file + SigSuffix)
	if out, err := exec.Command(bin, "-S", "-s", msk, "-m", file).CombinedOutput(); err != nil {
		t.Fatalf("minisign -S: %v\n%s", err, out)
	}
	pk, err := LoadPublicKey(mpk)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyFile(pk, file, ""); err != nil {
		t.Fatalf("secaudit rejects minisign's signature: %v", err)
	}
	// And a minisign secret key signs in secaudit.
	if sk2, err := LoadSecretKey(msk); err != nil {
		t.Fatalf("minisign secret key: %v", err)
	} else if _, err := SignFile(sk2, file, ""); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "-V", "-p", mpk, "-m", file).CombinedOutput(); err != nil {
		t.Fatalf("minisign rejects a signature made with its own key by secaudit: %v\n%s", err, out)
	}
}

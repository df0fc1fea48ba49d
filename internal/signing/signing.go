// Package signing makes and checks minisign-compatible Ed25519 signatures
// (github.com/jedisct1/go-minisign), so that the application's releases and
// secaudit's own baselines and reports can be signed and verified with
// secaudit or with minisign(1) interchangeably.
package signing

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/jedisct1/go-minisign"
	"golang.org/x/crypto/blake2b"
)

// SigSuffix is appended to a file's name for its detached signature, as
// minisign does.
const SigSuffix = ".minisig"

// PasswordEnv holds the password of an encrypted secret key. A password is
// never taken on the command line, where other users of the machine see it.
const PasswordEnv = "SECAUDIT_SIGN_PASSWORD"

// GenerateKey writes a new key pair: the secret key (unencrypted, mode 0600,
// minisign's format with kdf "none") and the public key. Neither file may
// exist already: overwriting a key loses it for good.
func GenerateKey(secretPath, publicPath string) (minisign.PublicKey, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return minisign.PublicKey{}, err
	}
	var keyID [8]byte
	if _, err := rand.Read(keyID[:]); err != nil {
		return minisign.PublicKey{}, err
	}
	// Secret key payload: "Ed", kdf "\0\0" (none), "B2", salt, opslimit,
	// memlimit (all zero without a kdf), then key id, secret key and a
	// Blake2b-256 checksum of "Ed" || key id || secret key.
	sk := make([]byte, 0, 158)
	sk = append(sk, 'E', 'd', 0, 0, 'B', '2')
	sk = append(sk, make([]byte, 32+8+8)...)
	sk = append(sk, keyID[:]...)
	sk = append(sk, priv...)
	sum := blake2b.Sum256(append(append([]byte("Ed"), keyID[:]...), priv...))
	sk = append(sk, sum[:]...)
	pk := append(append([]byte("Ed"), keyID[:]...), pub...)

	id := fmt.Sprintf("%016X", binary.LittleEndian.Uint64(keyID[:]))
	skText := "untrusted comment: minisign secret key " + id + "\n" + base64.StdEncoding.EncodeToString(sk) + "\n"
	pkText := "untrusted comment: minisign public key " + id + "\n" + base64.StdEncoding.EncodeToString(pk) + "\n"
	if err := writeNew(secretPath, skText, 0o600); err != nil {
		return minisign.PublicKey{}, err
	}
	if err := writeNew(publicPath, pkText, 0o644); err != nil {
		os.Remove(secretPath)
		return minisign.PublicKey{}, err
	}
	return minisign.NewPublicKey(base64.StdEncoding.EncodeToString(pk))
}

func writeNew(path, text string, mode os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// LoadSecretKey reads a minisign secret key, decrypting it with the password
// in $SECAUDIT_SIGN_PASSWORD when it is encrypted.
func LoadSecretKey(path string) (*minisign.PrivateKey, error) {
	sk, err := minisign.NewPrivateKeyFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("secret key %s: %w", path, err)
	}
	if sk.IsEncrypted() {
		pw, ok := os.LookupEnv(PasswordEnv)
		if !ok {
			return nil, fmt.Errorf("secret key %s is encrypted: set %s to its password", path, PasswordEnv)
		}
		if err := sk.Decrypt(pw); err != nil {
			return nil, fmt.Errorf("secret key %s: %w", path, err)
		}
	}
	return &sk, nil
}

// LoadPublicKey reads a public key file, or takes the key itself (the
// base64 line minisign prints) when the argument is not a file.
func LoadPublicKey(fileOrKey string) (minisign.PublicKey, error) {
	if data, err := os.ReadFile(fileOrKey); err == nil {
		pk, err := minisign.DecodePublicKey(strings.TrimSpace(string(data)))
		if err != nil {
			return pk, fmt.Errorf("public key %s: %w", fileOrKey, err)
		}
		return pk, nil
	}
	pk, err := minisign.NewPublicKey(strings.TrimSpace(fileOrKey))
	if err != nil {
		return pk, fmt.Errorf("public key %q is neither a readable file nor a minisign public key", fileOrKey)
	}
	return pk, nil
}

// SignFile writes path + ".minisig", a prehashed signature (minisign's
// default since 0.10) whose trusted comment names the file.
func SignFile(sk *minisign.PrivateKey, path, trustedComment string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if trustedComment == "" {
		trustedComment = "file:" + filepath.Base(path) + "\thashed"
	}
	sig, err := sk.Sign(data, minisign.SignOptions{
		UntrustedComment: "signature from secaudit secret key",
		TrustedComment:   trustedComment,
		Hashed:           true,
	})
	if err != nil {
		return "", err
	}
	out := path + SigSuffix
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, sig.Encode(), 0o644); err != nil {
		return "", err
	}
	return out, os.Rename(tmp, out)
}

// ErrBadSignature means the signature does not match the file or the key.
var ErrBadSignature = errors.New("signature verification failed")

// VerifyFile checks path against its detached signature (sigPath, or
// path + ".minisig") and returns the signature's trusted comment.
func VerifyFile(pk minisign.PublicKey, path, sigPath string) (string, error) {
	if sigPath == "" {
		sigPath = path + SigSuffix
	}
	sig, err := minisign.NewSignatureFromFile(sigPath)
	if err != nil {
		return "", fmt.Errorf("signature %s: %w", sigPath, err)
	}
	if sig.KeyId != pk.KeyId {
		return "", fmt.Errorf("%w: %s was made with key %016X, not with this public key (%016X)", ErrBadSignature,
			sigPath, binary.LittleEndian.Uint64(sig.KeyId[:]), binary.LittleEndian.Uint64(pk.KeyId[:]))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if ok, err := pk.Verify(data, sig); !ok || err != nil {
		if err == nil {
			err = errors.New("bad signature")
		}
		return "", fmt.Errorf("%w: %s: %v", ErrBadSignature, path, err)
	}
	return sig.TrustedComment, nil
}

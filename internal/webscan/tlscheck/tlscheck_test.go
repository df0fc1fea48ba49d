package tlscheck

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/finding"
)

// RSA keys (the RSA-only weak suites need an RSA certificate), made once:
// key generation is the slow part of these tests.
var (
	keysOnce      sync.Once
	caKey, leafKy *rsa.PrivateKey
)

func keys(t *testing.T) (*rsa.PrivateKey, *rsa.PrivateKey) {
	keysOnce.Do(func() {
		var err error
		if caKey, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
		if leafKy, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
	})
	return caKey, leafKy
}

var serial int64 = 100

// ca is a private CA: its certificate, key and a pool trusting it.
type ca struct {
	cert *x509.Certificate
	key  *rsa.PrivateKey
	pool *x509.CertPool
}

func newCA(t *testing.T) *ca {
	k, _ := keys(t)
	serial++
	tpl := &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "secaudit test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(365 * 24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	der, err := x509.CreateCertificate(rand.Reader, tpl, tpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(c)
	return &ca{cert: c, key: k, pool: pool}
}

// leaf makes a server certificate for the names, valid between the
// times, signed by the CA (self-signed when ca is nil).
func leaf(t *testing.T, issuer *ca, notBefore, notAfter time.Time, names ...string) tls.Certificate {
	_, k := keys(t)
	serial++
	tpl := &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: names[0]},
		NotBefore: notBefore, NotAfter: notAfter, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			tpl.IPAddresses = append(tpl.IPAddresses, ip)
		} else {
			tpl.DNSNames = append(tpl.DNSNames, n)
		}
	}
	parent, signer := tpl, k
	if issuer != nil {
		parent, signer = issuer.cert, issuer.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tpl, parent, &k.PublicKey, signer)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: k}
}

// serve starts an https server on 127.0.0.1 with the configuration.
func serve(t *testing.T, cfg *tls.Config) *url.URL {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {}))
	srv.TLS = cfg
	srv.StartTLS()
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	return u
}

// strong suites only (TLS 1.2); TLS 1.3 is always strong.
var strong = []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256}

func valid() (time.Time, time.Time) {
	return time.Now().Add(-time.Hour), time.Now().Add(200 * 24 * time.Hour)
}

func rules(rep Report) []string {
	var s []string
	for _, r := range rep.Results {
		s = append(s, r.RuleID+"/"+r.Parameter)
	}
	sort.Strings(s)
	return s
}

func check(t *testing.T, u *url.URL, roots *x509.CertPool) Report {
	rep := Check(context.Background(), u, Options{Roots: roots, Timeout: 3 * time.Second})
	if rep.Err != nil {
		t.Fatal(rep.Err)
	}
	return rep
}

func TestGoodServerNoFindingAndPositive(t *testing.T) {
	c := newCA(t)
	nb, na := valid()
	u := serve(t, &tls.Config{Certificates: []tls.Certificate{leaf(t, c, nb, na, "127.0.0.1")}, MinVersion: tls.VersionTLS12, CipherSuites: strong})
	rep := check(t, u, c.pool)
	if len(rep.Results) != 0 {
		t.Fatalf("good server: %v", rules(rep))
	}
	if !strings.Contains(rep.Positive, "TLS 1.2 or later") {
		t.Fatalf("no positive evidence: %q", rep.Positive)
	}
}

func TestOldProtocols(t *testing.T) {
	c := newCA(t)
	nb, na := valid()
	u := serve(t, &tls.Config{Certificates: []tls.Certificate{leaf(t, c, nb, na, "127.0.0.1")}, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11})
	rep := check(t, u, c.pool)
	got := strings.Join(rules(rep), " ")
	if got != "WEB-TLS-WEAK-PROTOCOL/TLS 1.0 WEB-TLS-WEAK-PROTOCOL/TLS 1.1" {
		t.Fatalf("old-protocol server: %s", got)
	}
	if !strings.Contains(strings.Join(rep.Results[0].Facts, " "), "SSLv3") || rep.Positive != "" {
		t.Fatalf("facts %v, positive %q", rep.Results[0].Facts, rep.Positive)
	}
}

func TestWeakSuites(t *testing.T) {
	c := newCA(t)
	nb, na := valid()
	cert := leaf(t, c, nb, na, "127.0.0.1")
	// A TLS 1.2 server that still takes 3DES besides a strong suite.
	u := serve(t, &tls.Config{Certificates: []tls.Certificate{cert}, MaxVersion: tls.VersionTLS12,
		CipherSuites: append([]uint16{tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA}, strong...)})
	rep := check(t, u, c.pool)
	if got := strings.Join(rules(rep), " "); got != "WEB-TLS-WEAK-CIPHER/3DES" {
		t.Fatalf("3DES server: %s", got)
	}
	if rep.Results[0].Severity != finding.SeverityMedium {
		t.Fatalf("3DES severity %v", rep.Results[0].Severity)
	}
	// CBC-SHA1 (Go's own server default still has it) is low.
	u = serve(t, &tls.Config{Certificates: []tls.Certificate{cert}, CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}})
	rep = check(t, u, c.pool)
	if got := strings.Join(rules(rep), " "); got != "WEB-TLS-WEAK-CIPHER/CBC" || rep.Results[0].Severity != finding.SeverityLow {
		t.Fatalf("CBC server: %s", got)
	}
	// RC4 is high.
	u = serve(t, &tls.Config{Certificates: []tls.Certificate{cert}, MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}})
	rep = check(t, u, c.pool)
	if got := strings.Join(rules(rep), " "); got != "WEB-TLS-WEAK-CIPHER/RC4" || rep.Results[0].Severity != finding.SeverityHigh {
		t.Fatalf("RC4 server: %s", got)
	}
}

func TestExpiredSelfSigned(t *testing.T) {
	cert := leaf(t, nil, time.Now().Add(-400*24*time.Hour), time.Now().Add(-24*time.Hour), "127.0.0.1")
	u := serve(t, &tls.Config{Certificates: []tls.Certificate{cert}, CipherSuites: strong})
	rep := check(t, u, nil)
	if got := strings.Join(rules(rep), " "); got != "WEB-TLS-CERT-EXPIRED/ WEB-TLS-CERT-UNTRUSTED/" {
		t.Fatalf("expired self-signed: %s", got)
	}
	for _, r := range rep.Results {
		if r.RuleID == RuleUntrusted && !strings.Contains(r.Message, "self-signed") {
			t.Fatalf("untrusted message: %s", r.Message)
		}
		if r.RuleID == RuleExpired && (!strings.Contains(r.Message, "expired") || r.Severity != 0) {
			t.Fatalf("expired: %s %v", r.Message, r.Severity)
		}
	}
}

func TestExpiringSoonIsLow(t *testing.T) {
	c := newCA(t)
	cert := leaf(t, c, time.Now().Add(-time.Hour), time.Now().Add(10*24*time.Hour), "127.0.0.1")
	u := serve(t, &tls.Config{Certificates: []tls.Certificate{cert}, CipherSuites: strong})
	rep := check(t, u, c.pool)
	if len(rep.Results) != 1 || rep.Results[0].RuleID != RuleExpired || rep.Results[0].Severity != finding.SeverityLow {
		t.Fatalf("expiring soon: %v", rules(rep))
	}
}

func TestWrongHostname(t *testing.T) {
	c := newCA(t)
	nb, na := valid()
	u := serve(t, &tls.Config{Certificates: []tls.Certificate{leaf(t, c, nb, na, "other.example")}, CipherSuites: strong})
	rep := check(t, u, c.pool)
	if got := strings.Join(rules(rep), " "); got != "WEB-TLS-CERT-HOSTNAME/" {
		t.Fatalf("wrong host name: %s", got)
	}
	if !strings.Contains(strings.Join(rep.Results[0].Facts, " "), "other.example") {
		t.Fatalf("facts: %v", rep.Results[0].Facts)
	}
}

// A private CA is untrusted without --ca-file and trusted with it.
func TestPrivateCATrustStore(t *testing.T) {
	c := newCA(t)
	nb, na := valid()
	u := serve(t, &tls.Config{Certificates: []tls.Certificate{leaf(t, c, nb, na, "127.0.0.1")}, CipherSuites: strong})
	rep := check(t, u, x509.NewCertPool())
	if got := strings.Join(rules(rep), " "); got != "WEB-TLS-CERT-UNTRUSTED/" || strings.Contains(rep.Results[0].Message, "self-signed") {
		t.Fatalf("private CA, empty roots: %s %v", got, rep.Results)
	}
	if rep = check(t, u, c.pool); len(rep.Results) != 0 {
		t.Fatalf("private CA trusted: %v", rules(rep))
	}
}

func TestPlainHTTPAndUnreachable(t *testing.T) {
	u, _ := url.Parse("http://127.0.0.1:1/")
	if rep := Check(context.Background(), u, Options{}); rep.Err != nil || len(rep.Results) != 0 {
		t.Fatalf("http target: %+v", rep)
	}
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close()
	u, _ = url.Parse("https://" + addr + "/")
	if rep := Check(context.Background(), u, Options{Timeout: time.Second}); rep.Err == nil {
		t.Fatal("closed port: no error")
	}
}

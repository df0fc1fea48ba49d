package web

import (
	"context"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/audit/audittest"
)

// An https target with a private CA: without --ca-file the certificate is
// reported untrusted and the audit stops with a hint; with it the scan
// runs, and the TLS checks report what the server accepts (Go's default
// server configuration still takes CBC-SHA1 suites).
func TestHTTPSTargetTrustAndTLSFindings(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body>hello</body></html>"))
	}))
	defer srv.Close()
	in := &audit.Input{Rules: audittest.Rules(t)}
	o := Options{URL: srv.URL + "/", Active: "off", MaxPages: 3, Timeout: 5 * time.Second, MaxDuration: time.Minute}

	var c audittest.Recorder
	err := New(o).Run(context.Background(), in, &c)
	if err == nil || !strings.Contains(err.Error(), "--ca-file") {
		t.Fatalf("untrusted target without --ca-file: %v", err)
	}
	if !strings.Contains(ruleIDs(c.Findings), "WEB-TLS-CERT-UNTRUSTED") {
		t.Fatalf("no untrusted finding: %v %v", ruleIDs(c.Findings), c.Errs)
	}

	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	o.CAFile = ca
	c = audittest.Recorder{}
	if err := New(o).Run(context.Background(), in, &c); err != nil {
		t.Fatalf("with --ca-file: %v", err)
	}
	got := ruleIDs(c.Findings)
	if strings.Contains(got, "WEB-TLS-CERT-UNTRUSTED") || strings.Contains(got, "WEB-TLS-CERT-HOSTNAME") || !strings.Contains(got, "WEB-TLS-WEAK-CIPHER") {
		t.Fatalf("with the CA: %s %v", got, c.Errs)
	}

	o.CAFile = filepath.Join(t.TempDir(), "missing.pem")
	if err := New(o).Run(context.Background(), in, &audittest.Recorder{}); err == nil || !strings.Contains(err.Error(), "--ca-file") {
		t.Fatalf("missing CA file: %v", err)
	}
}

package web

import (
	"context"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

type collect struct {
	mu       sync.Mutex
	findings []finding.Finding
	obs      []control.Observation
	errs     []report.ErrorEntry
}

func (c *collect) Finding(f finding.Finding) {
	c.mu.Lock()
	c.findings = append(c.findings, f)
	c.mu.Unlock()
}
func (c *collect) Observe(o control.Observation) {
	c.mu.Lock()
	c.obs = append(c.obs, o)
	c.mu.Unlock()
}
func (c *collect) Error(e report.ErrorEntry) { c.mu.Lock(); c.errs = append(c.errs, e); c.mu.Unlock() }
func (c *collect) rules() (s []string) {
	for _, f := range c.findings {
		s = append(s, f.RuleID)
	}
	return s
}

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
	rules, err := rule.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := &audit.Input{Rules: rules}
	o := Options{URL: srv.URL + "/", Active: "off", MaxPages: 3, Timeout: 5 * time.Second, MaxDuration: time.Minute}

	var c collect
	err = New(o).Run(context.Background(), in, &c)
	if err == nil || !strings.Contains(err.Error(), "--ca-file") {
		t.Fatalf("untrusted target without --ca-file: %v", err)
	}
	if !strings.Contains(strings.Join(c.rules(), " "), "WEB-TLS-CERT-UNTRUSTED") {
		t.Fatalf("no untrusted finding: %v %v", c.rules(), c.errs)
	}

	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	o.CAFile = ca
	c = collect{}
	if err := New(o).Run(context.Background(), in, &c); err != nil {
		t.Fatalf("with --ca-file: %v", err)
	}
	got := strings.Join(c.rules(), " ")
	if strings.Contains(got, "WEB-TLS-CERT-UNTRUSTED") || strings.Contains(got, "WEB-TLS-CERT-HOSTNAME") || !strings.Contains(got, "WEB-TLS-WEAK-CIPHER") {
		t.Fatalf("with the CA: %s %v", got, c.errs)
	}

	o.CAFile = filepath.Join(t.TempDir(), "missing.pem")
	if err := New(o).Run(context.Background(), in, &collect{}); err == nil || !strings.Contains(err.Error(), "--ca-file") {
		t.Fatalf("missing CA file: %v", err)
	}
}

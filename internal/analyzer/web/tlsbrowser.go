package web

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/browser"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
	"github.com/secaudit/secaudit/internal/webscan/passive"
	"github.com/secaudit/secaudit/internal/webscan/tlscheck"
)

// trustRoots is the trust store of https targets: the system's roots plus
// the CA certificates of --ca-file (internal servers often use a private
// CA). nil with no --ca-file: Go's default (the system's roots).
func trustRoots(caFile string) (*x509.CertPool, error) {
	if caFile == "" {
		return nil, nil
	}
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("--ca-file: %w", err)
	}
	roots, err := x509.SystemCertPool()
	if err != nil || roots == nil {
		roots = x509.NewCertPool()
	}
	if !roots.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("--ca-file %s: no PEM certificate in it", caFile)
	}
	return roots, nil
}

// tlsConfig is the HTTP client's TLS configuration for the trust store.
func tlsConfig(roots *x509.CertPool) *tls.Config {
	if roots == nil {
		return nil
	}
	return &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS10} //nolint:gosec // the audit must reach legacy servers it reports on
}

// caHint explains a failed start page on an untrusted certificate.
func caHint(err error) string {
	var ua x509.UnknownAuthorityError
	var ce *tls.CertificateVerificationError
	if errors.As(err, &ua) || errors.As(err, &ce) {
		return " (a private CA can be trusted with --ca-file)"
	}
	return ""
}

// tlsChecks runs the TLS checks of an https target before any HTTP request,
// so that a certificate the client refuses is still reported.
func (s *scan) tlsChecks(ctx context.Context) {
	if s.target.Scheme != "https" {
		return
	}
	roots, _ := trustRoots(s.o.CAFile) // already validated by Run
	rep := tlscheck.Check(ctx, s.target, tlscheck.Options{Roots: roots, Timeout: s.o.Timeout})
	if rep.Err != nil {
		s.errorf("tls", "%v", rep.Err)
		return
	}
	for _, r := range rep.Results {
		s.result(r)
	}
	if rep.Positive != "" {
		s.observe(passive.Observation{Control: "CR-1", Text: rep.Positive + "; " + tlscheck.SSLv3Note})
	}
}

// browserCrawl loads the identity's pages in headless Chromium and adds the
// endpoints only JavaScript reveals to the static crawl's result.
func (s *scan) browserCrawl(ctx context.Context, id *webscan.Identity, res *crawl.Result) {
	// Bounded: Chromium is heavy, and the static crawl has found the
	// plain links already; the browser loads the HTML pages it fetched
	// (where scripts run) and what their rendered DOM links to.
	o := browser.Options{MaxPages: 25, Timeout: 2 * time.Minute}
	if s.o.MaxPages > 0 && s.o.MaxPages < o.MaxPages {
		o.MaxPages = s.o.MaxPages
	}
	for _, p := range res.Pages {
		if p.Status == http.StatusOK && strings.Contains(strings.ToLower(p.Header.Get("Content-Type")), "html") {
			o.Seeds = append(o.Seeds, p.Request.URL)
		}
	}
	br, err := browser.Crawl(ctx, id.Session, s.target, o)
	if err != nil {
		s.errorf("browser", "browser crawl as %s: %v", id.Name, err)
		return
	}
	for _, err := range br.Errors {
		s.errorf("browser", "browser crawl as %s: %v", id.Name, err)
	}
	known := map[string]bool{}
	for _, ep := range res.Endpoints {
		known[ep.Key()] = true
	}
	for _, ep := range br.Endpoints {
		if !known[ep.Key()] {
			known[ep.Key()] = true
			res.Endpoints = append(res.Endpoints, ep)
		}
	}
}

// Package tlscheck examines the TLS side of an https target: which protocol
// versions and cipher suites the server accepts, and whether its
// certificate is valid now, soon expiring, issued for the host name and
// trusted by the configured trust store.
//
// Each test is one TLS handshake with a crypto/tls client limited to a
// version range and a list of suites: a handshake that completes proves
// the server accepts them. No HTTP request is sent, so the handshakes are
// not counted by the HTTP client; they go only to the target's host and
// port.
//
// Limits of crypto/tls: SSLv3 and SSLv2 are not implemented by Go (not even
// as a client), so a server that still accepts them is not detected here;
// the result says so in a fact. Export-grade, NULL, anonymous and DES
// suites are not implemented either; RC4, 3DES, CBC and static-RSA suites
// are, and are tested.
package tlscheck

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/webscan"
)

// Rule IDs (rules/web.yaml).
const (
	RuleProtocol  = "WEB-TLS-WEAK-PROTOCOL"
	RuleCipher    = "WEB-TLS-WEAK-CIPHER"
	RuleExpired   = "WEB-TLS-CERT-EXPIRED"
	RuleHostname  = "WEB-TLS-CERT-HOSTNAME"
	RuleUntrusted = "WEB-TLS-CERT-UNTRUSTED"
)

// ExpiryWarning is how close to its end a certificate is reported as
// expiring (low severity): enough time to renew it without an outage.
const ExpiryWarning = 30 * 24 * time.Hour

// SSLv3Note is the fact every result carries about what Go cannot test.
const SSLv3Note = "SSLv3 and SSLv2 are not tested: Go's crypto/tls does not implement them"

// Options configure the checks.
type Options struct {
	// Roots is the trust store the chain is verified against (nil: the
	// system's roots). --ca-file adds a private CA to it.
	Roots   *x509.CertPool
	Timeout time.Duration    // per handshake (default 5 s)
	Now     func() time.Time // clock for the expiry checks (default time.Now)
}

// Report is what the checks established.
type Report struct {
	Results []webscan.Result
	// Positive is set when the server accepts only TLS 1.2 or later, only
	// strong suites, and shows a valid, trusted certificate for the host:
	// evidence that CR-1 holds for transport encryption.
	Positive string
	// Err is set when not even a default handshake succeeded: nothing
	// else could be tested.
	Err error
}

// suiteClass is a group of weak suites tested together: one handshake
// offering all of them says whether the server accepts any.
type suiteClass struct {
	name     string
	why      string
	severity finding.Severity
	suites   []uint16
}

var weakClasses = []suiteClass{
	{"RC4", "RC4 has exploitable keystream biases (RFC 7465 forbids it)", finding.SeverityHigh, []uint16{
		tls.TLS_ECDHE_ECDSA_WITH_RC4_128_SHA, tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA, tls.TLS_RSA_WITH_RC4_128_SHA}},
	{"3DES", "3DES has 64-bit blocks, open to the Sweet32 birthday attack", finding.SeverityMedium, []uint16{
		tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA}},
	{"CBC", "CBC mode with HMAC-SHA1/SHA256 is MAC-then-encrypt, the source of padding-oracle and Lucky13 attacks", finding.SeverityLow, []uint16{
		tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
		tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
		tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
		tls.TLS_RSA_WITH_AES_128_CBC_SHA, tls.TLS_RSA_WITH_AES_256_CBC_SHA, tls.TLS_RSA_WITH_AES_128_CBC_SHA256}},
	{"static RSA key exchange", "static RSA key exchange has no forward secrecy: a stolen key decrypts recorded traffic", finding.SeverityLow, []uint16{
		tls.TLS_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_RSA_WITH_AES_256_GCM_SHA384}},
}

// allSuites is every suite Go implements (secure and insecure): the
// legacy-protocol handshakes offer them all, so a TLS 1.0 server that
// only speaks old suites is still found.
func allSuites() []uint16 {
	var ids []uint16
	for _, s := range tls.CipherSuites() {
		ids = append(ids, s.ID)
	}
	for _, s := range tls.InsecureCipherSuites() {
		ids = append(ids, s.ID)
	}
	return ids
}

// Check runs the TLS checks against an https URL. A non-https URL gives an
// empty report.
func Check(ctx context.Context, target *url.URL, o Options) Report {
	if target.Scheme != "https" {
		return Report{}
	}
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	host := target.Hostname()
	port := target.Port()
	if port == "" {
		port = "443"
	}
	c := &checker{o: o, addr: net.JoinHostPort(host, port), host: host, url: target.String()}
	return c.run(ctx)
}

type checker struct {
	o    Options
	addr string
	host string
	url  string
}

// handshake connects with cfg (certificate checks off: they are made
// separately, so that an untrusted certificate does not hide a weak
// protocol) and returns the negotiated state.
func (c *checker) handshake(ctx context.Context, cfg *tls.Config) (*tls.ConnectionState, error) {
	cfg.InsecureSkipVerify = true //nolint:gosec // the chain is verified by verify(), against the configured roots
	cfg.ServerName = c.host
	if net.ParseIP(c.host) != nil {
		cfg.ServerName = "" // no SNI for an IP address (RFC 6066)
	}
	ctx, cancel := context.WithTimeout(ctx, c.o.Timeout)
	defer cancel()
	d := tls.Dialer{NetDialer: &net.Dialer{}, Config: cfg}
	conn, err := d.DialContext(ctx, "tcp", c.addr)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	st := conn.(*tls.Conn).ConnectionState()
	return &st, nil
}

func (c *checker) result(rule, msg string, sev finding.Severity, facts ...string) webscan.Result {
	return webscan.Result{RuleID: rule, Message: msg, Method: "TLS", URL: c.url, Severity: sev,
		Facts: append(facts, "handshakes with "+c.addr)}
}

func (c *checker) run(ctx context.Context) Report {
	var rep Report
	// The default handshake: what a modern client gets, and the chain.
	st, err := c.handshake(ctx, &tls.Config{})
	if err != nil {
		// A server that speaks only legacy versions fails a default
		// handshake; try again with everything Go offers before giving up.
		st, err = c.handshake(ctx, &tls.Config{MinVersion: tls.VersionTLS10, CipherSuites: allSuites()})
		if err != nil {
			rep.Err = fmt.Errorf("TLS handshake with %s: %w", c.addr, err)
			return rep
		}
	}
	rep.Results = append(rep.Results, c.certificate(st)...)

	for _, v := range []uint16{tls.VersionTLS10, tls.VersionTLS11} {
		if ctx.Err() != nil {
			return rep
		}
		got, err := c.handshake(ctx, &tls.Config{MinVersion: v, MaxVersion: v, CipherSuites: allSuites()})
		if err != nil {
			continue
		}
		name := tls.VersionName(v)
		rep.Results = append(rep.Results, c.result(RuleProtocol,
			fmt.Sprintf("The server accepts %s (negotiated %s): a deprecated protocol (RFC 8996) without modern AEAD suites", name, tls.CipherSuiteName(got.CipherSuite)),
			0, "handshake limited to "+name+" completed with "+tls.CipherSuiteName(got.CipherSuite), SSLv3Note))
		rep.Results[len(rep.Results)-1].Parameter = name // one finding per version
	}

	for _, cl := range weakClasses {
		if ctx.Err() != nil {
			return rep
		}
		// TLS 1.2 only: TLS 1.3 suites are not configurable and all strong,
		// and a legacy-version acceptance is already reported above.
		got, err := c.handshake(ctx, &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS12, CipherSuites: cl.suites})
		if err != nil {
			continue
		}
		suite := tls.CipherSuiteName(got.CipherSuite)
		r := c.result(RuleCipher, fmt.Sprintf("The server accepts the weak %s cipher suite %s with TLS 1.2: %s", cl.name, suite, cl.why),
			cl.severity, "handshake offering only "+cl.name+" suites completed with "+suite)
		r.Parameter = cl.name // one finding per class, not one for all
		rep.Results = append(rep.Results, r)
	}
	if len(rep.Results) == 0 && ctx.Err() == nil && st.Version >= tls.VersionTLS12 {
		leaf := st.PeerCertificates[0]
		rep.Positive = fmt.Sprintf("%s accepts only TLS 1.2 or later with strong cipher suites (default handshake: %s, %s) and shows a trusted certificate for %s valid until %s",
			c.addr, tls.VersionName(st.Version), tls.CipherSuiteName(st.CipherSuite), c.host, leaf.NotAfter.UTC().Format("2006-01-02"))
	}
	return rep
}

// certificate checks the leaf and chain the server presented: expiry,
// host name and trust, each its own finding, so a private CA (common on
// internal test servers) is not confused with an expired or misissued
// certificate.
func (c *checker) certificate(st *tls.ConnectionState) []webscan.Result {
	if len(st.PeerCertificates) == 0 {
		return []webscan.Result{c.result(RuleUntrusted, "The server presented no certificate", 0)}
	}
	var out []webscan.Result
	leaf := st.PeerCertificates[0]
	now := c.o.Now()
	subject := leaf.Subject.String()
	validity := fmt.Sprintf("certificate %q valid from %s to %s", subject, leaf.NotBefore.UTC().Format(time.RFC3339), leaf.NotAfter.UTC().Format(time.RFC3339))
	switch {
	case now.After(leaf.NotAfter):
		out = append(out, c.result(RuleExpired, fmt.Sprintf("The server's certificate expired on %s", leaf.NotAfter.UTC().Format("2006-01-02")), 0, validity))
	case now.Before(leaf.NotBefore):
		out = append(out, c.result(RuleExpired, fmt.Sprintf("The server's certificate is not valid before %s", leaf.NotBefore.UTC().Format("2006-01-02")), 0, validity))
	case leaf.NotAfter.Sub(now) < ExpiryWarning:
		out = append(out, c.result(RuleExpired, fmt.Sprintf("The server's certificate expires on %s, in %d days", leaf.NotAfter.UTC().Format("2006-01-02"), int(leaf.NotAfter.Sub(now).Hours()/24)),
			finding.SeverityLow, validity))
	}
	if err := leaf.VerifyHostname(c.host); err != nil {
		names := append(append([]string{}, leaf.DNSNames...), ipStrings(leaf)...)
		out = append(out, c.result(RuleHostname, fmt.Sprintf("The server's certificate is not issued for %s", c.host), 0,
			"certificate names: "+strings.Join(names, ", "), err.Error()))
	}
	// Trust is checked at a time inside the leaf's validity, so that an
	// expired certificate from a trusted CA is reported as expired only.
	at := now
	if at.After(leaf.NotAfter) || at.Before(leaf.NotBefore) {
		at = leaf.NotBefore.Add(leaf.NotAfter.Sub(leaf.NotBefore) / 2)
	}
	inter := x509.NewCertPool()
	for _, ic := range st.PeerCertificates[1:] {
		inter.AddCert(ic)
	}
	if _, err := leaf.Verify(x509.VerifyOptions{Roots: c.o.Roots, Intermediates: inter, CurrentTime: at}); err != nil {
		why := "the chain does not lead to a trusted root"
		var ua x509.UnknownAuthorityError
		if errors.As(err, &ua) && leaf.Issuer.String() == leaf.Subject.String() {
			why = "the certificate is self-signed"
		}
		out = append(out, c.result(RuleUntrusted, fmt.Sprintf("The server's certificate is not trusted: %s", why), 0,
			"issuer "+leaf.Issuer.String(), err.Error(), "a private CA can be trusted with --ca-file"))
	}
	return out
}

func ipStrings(c *x509.Certificate) []string {
	var s []string
	for _, ip := range c.IPAddresses {
		s = append(s, ip.String())
	}
	return s
}

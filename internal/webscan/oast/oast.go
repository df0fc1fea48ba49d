// Package oast is the out-of-band listener of the dynamic audit: a small
// HTTP server the target is made to call (SSRF, blind XXE, pickle
// callbacks). Each probe asks for a fresh token and its URL, then waits for
// a request that carries the token.
package oast

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Hit is one request the listener received for a token.
type Hit struct {
	Token      string
	Method     string
	Path       string
	RemoteAddr string
	Header     http.Header
	Body       string
	At         time.Time
}

// String renders the hit as evidence.
func (h Hit) String() string {
	return fmt.Sprintf("%s %s from %s at %s (User-Agent: %q)", h.Method, h.Path, h.RemoteAddr,
		h.At.Format(time.RFC3339Nano), h.Header.Get("User-Agent"))
}

// Listener serves callback URLs and records hits.
type Listener struct {
	ln   net.Listener
	srv  *http.Server
	base string // http://host:port

	mu      sync.Mutex
	hits    map[string][]Hit
	waiters map[string][]chan struct{}
}

// Start listens on addr (host:port; "" is 127.0.0.1 on a free port). The
// callback URLs use advertise as host:port when it is set (the address the
// target can reach), else the listening address.
func Start(addr, advertise string) (*Listener, error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("oast listener: %w", err)
	}
	if advertise == "" {
		advertise = ln.Addr().String()
	}
	l := &Listener{ln: ln, base: "http://" + advertise, hits: map[string][]Hit{}, waiters: map[string][]chan struct{}{}}
	l.srv = &http.Server{Handler: http.HandlerFunc(l.serve), ReadHeaderTimeout: 5 * time.Second}
	go l.srv.Serve(ln) //nolint:errcheck // ends with Close
	return l, nil
}

// Close stops the listener.
func (l *Listener) Close() error { return l.srv.Close() }

// Base is the listener's base URL (http://host:port).
func (l *Listener) Base() string { return l.base }

// HostPort is the host:port the target is told to reach.
func (l *Listener) HostPort() string { return strings.TrimPrefix(l.base, "http://") }

// NewToken returns a fresh unguessable token.
func NewToken() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "sa" + hex.EncodeToString(b[:])
}

// URL is the callback URL of a token.
func (l *Listener) URL(token string) string { return l.base + "/t/" + token }

// serve records the hit of the token in the path (/t/TOKEN...) and answers
// with a small body; a .dtd path answers an empty DTD so a parser that loads
// it goes on quietly.
func (l *Listener) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 4096))
	tok := tokenOf(r.URL.Path)
	if tok == "" {
		tok = tokenOf(r.URL.RawQuery)
	}
	if tok != "" {
		h := Hit{Token: tok, Method: r.Method, Path: r.URL.RequestURI(), RemoteAddr: r.RemoteAddr,
			Header: r.Header.Clone(), Body: string(body), At: time.Now()}
		l.mu.Lock()
		l.hits[tok] = append(l.hits[tok], h)
		for _, c := range l.waiters[tok] {
			close(c)
		}
		delete(l.waiters, tok)
		l.mu.Unlock()
	}
	if strings.HasSuffix(r.URL.Path, ".dtd") {
		w.Header().Set("Content-Type", "application/xml-dtd")
		io.WriteString(w, "<!-- secaudit -->\n")
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	io.WriteString(w, "secaudit-oast\n")
}

// tokenOf finds a token (sa + 16 hex) in s.
func tokenOf(s string) string {
	i := strings.Index(s, "sa")
	for i >= 0 {
		if len(s) >= i+18 && isHex(s[i+2:i+18]) {
			return s[i : i+18]
		}
		j := strings.Index(s[i+2:], "sa")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return ""
}

func isHex(s string) bool {
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// Hits returns the requests received for a token so far.
func (l *Listener) Hits(token string) []Hit {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Hit(nil), l.hits[token]...)
}

// Wait returns the hits of a token, waiting up to d for the first one.
func (l *Listener) Wait(ctx context.Context, token string, d time.Duration) []Hit {
	l.mu.Lock()
	if h := l.hits[token]; len(h) > 0 {
		l.mu.Unlock()
		return l.Hits(token)
	}
	c := make(chan struct{})
	l.waiters[token] = append(l.waiters[token], c)
	l.mu.Unlock()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-c:
	case <-t.C:
	case <-ctx.Done():
	}
	return l.Hits(token)
}

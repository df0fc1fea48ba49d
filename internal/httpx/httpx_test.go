package httpx

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// server starts an httptest server on 127.0.0.1 (httptest's default) and
// returns it with a client scoped to it.
func server(t *testing.T, h http.Handler, o Options) (*httptest.Server, *Client) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	sc, err := NewScope(srv.URL, o.Scope.Prefixes, o.Scope.Excludes)
	if err != nil {
		t.Fatal(err)
	}
	o.Scope = sc
	return srv, New(o)
}

func get(t *testing.T, s *Session, u string) (*Response, error) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s.Do(context.Background(), req, nil)
}

func TestScopeRefusals(t *testing.T) {
	var hits atomic.Int64
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }),
		Options{Scope: Scope{Prefixes: []string{"/app"}, Excludes: []string{"/app/logout"}}})
	s := c.Session("anon")
	u, _ := url.Parse(srv.URL)
	host, port := u.Hostname(), u.Port()
	refused := []string{
		"http://localhost:" + port + "/app/x",   // other host name, even if it resolves here
		"https://" + host + ":" + port + "/app", // other scheme
		"http://" + host + ":1/app",             // other port
		srv.URL + "/other",                      // outside the prefixes
		srv.URL + "/app/logout",                 // excluded
		srv.URL + "/app/logout?next=/",          // excluded with a query
	}
	for _, r := range refused {
		if _, err := get(t, s, r); !errors.Is(err, ErrOutOfScope) {
			t.Errorf("%s: err = %v, want ErrOutOfScope", r, err)
		}
	}
	if hits.Load() != 0 {
		t.Fatalf("%d out-of-scope requests reached the server", hits.Load())
	}
	if _, err := get(t, s, srv.URL+"/app/page"); err != nil {
		t.Fatal(err)
	}
	st := c.Stats()
	if st.Sent != 1 || st.Refused != int64(len(refused)) {
		t.Fatalf("stats = %+v, want 1 sent and %d refused", st, len(refused))
	}
}

func TestRedirectOutOfScopeNotFollowed(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("the out-of-scope server was contacted")
	}))
	defer other.Close()
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			http.Redirect(w, r, "/in", http.StatusFound)
		case "/in":
			http.Redirect(w, r, other.URL+"/steal", http.StatusFound)
		}
	}), Options{})
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/", nil)
	last, chain, err := c.Session("a").Follow(context.Background(), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(chain) != 2 || last.Status != http.StatusFound || last.Request.URL.Path != "/in" {
		t.Fatalf("chain of %d ending at %s %d; want the in-scope redirect returned unfollowed", len(chain), last.Request.URL, last.Status)
	}
}

func TestEndlessRedirectsStop(t *testing.T) {
	var hits atomic.Int64
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := hits.Add(1)
		http.Redirect(w, r, fmt.Sprintf("/r%d", n), http.StatusFound)
	}), Options{})
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/", nil)
	_, chain, err := c.Session("a").Follow(context.Background(), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(chain) != maxRedirects+1 || hits.Load() != maxRedirects+1 {
		t.Fatalf("followed %d hops (%d requests), want %d", len(chain), hits.Load(), maxRedirects+1)
	}
}

// zeros is an endless stream that allocates nothing.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestHugeBodyCut(t *testing.T) {
	const gig = 1 << 30
	var written atomic.Int64
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(gig))
		n, _ := io.Copy(w, io.LimitReader(zeros{}, gig))
		written.Add(n)
	}), Options{MaxBody: 64 << 10})
	start := time.Now()
	resp, err := get(t, c.Session("a"), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Truncated || len(resp.Body) != 64<<10 {
		t.Fatalf("body %d bytes, truncated %v; want the 64 KiB cap", len(resp.Body), resp.Truncated)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v: the body was read beyond the cap", d)
	}
	srv.CloseClientConnections()
	if w := written.Load(); w >= gig {
		t.Fatalf("the server wrote the whole gigabyte")
	}
}

func TestSlowDripEndsAtTimeout(t *testing.T) {
	stop := make(chan struct{})
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		for {
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(50 * time.Millisecond):
			case <-stop:
				return
			case <-r.Context().Done():
				return
			}
		}
	}), Options{Timeout: 400 * time.Millisecond})
	defer close(stop)
	start := time.Now()
	resp, err := get(t, c.Session("a"), srv.URL)
	d := time.Since(start)
	if d > 2*time.Second {
		t.Fatalf("slow drip held the client %v (timeout 400 ms)", d)
	}
	if err == nil && !resp.Truncated {
		t.Fatalf("a response cut by the timeout must be marked truncated")
	}
}

func TestGzipBombCutAfterDecompression(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	if _, err := io.Copy(zw, io.LimitReader(zeros{}, 256<<20)); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	}), Options{MaxBody: 1 << 20})
	resp, err := get(t, c.Session("a"), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Truncated || len(resp.Body) != 1<<20 {
		t.Fatalf("decompressed body %d bytes, truncated %v; want cut at 1 MiB", len(resp.Body), resp.Truncated)
	}
}

func TestInvalidUTF8SurvivesDump(t *testing.T) {
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Odd", "caf\xe9")
		w.Write([]byte("ok \xff\xfe\xc3 end"))
	}), Options{})
	resp, err := get(t, c.Session("a"), srv.URL+"/?q=%ff")
	if err != nil {
		t.Fatal(err)
	}
	req, res := Dump(resp, 1000)
	if !strings.Contains(res, "ok \uFFFD") || !strings.Contains(res, "end") || !strings.HasPrefix(req, "GET /?q=%ff") {
		t.Fatalf("dump lost data:\n%s\n%s", req, res)
	}
	if !strings.Contains(Curl(resp), srv.URL) {
		t.Fatalf("curl: %s", Curl(resp))
	}
	// A cut inside a multi-byte character still gives valid text.
	if _, res := Dump(&Response{Request: resp.Request, Status: 200, Body: []byte("é")}, 1); !strings.Contains(res, "[... cut]") {
		t.Fatalf("cut dump: %q", res)
	}
}

func TestRateLimit(t *testing.T) {
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}), Options{Rate: 20})
	s := c.Session("a")
	start := time.Now()
	for i := 0; i < 6; i++ {
		if _, err := get(t, s, srv.URL); err != nil {
			t.Fatal(err)
		}
	}
	// 6 requests at 20/s start at least 5 x 50 ms apart.
	if d := time.Since(start); d < 240*time.Millisecond {
		t.Fatalf("6 requests at 20/s took %v", d)
	}
}

func TestRequestBudget(t *testing.T) {
	var hits atomic.Int64
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }), Options{MaxRequests: 3, Rate: 1000})
	s := c.Session("a")
	var budget int
	for i := 0; i < 5; i++ {
		if _, err := get(t, s, srv.URL); errors.Is(err, ErrBudget) {
			budget++
		}
	}
	if hits.Load() != 3 || budget != 2 {
		t.Fatalf("%d requests reached the server, %d refused for budget; want 3 and 2", hits.Load(), budget)
	}
	st := c.Stats()
	if st.Sent != 3 || st.Refused != 2 || st.PerSecond <= 0 {
		t.Fatalf("stats %+v", st)
	}
}

func TestDurationBudget(t *testing.T) {
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}), Options{MaxDuration: 50 * time.Millisecond})
	time.Sleep(80 * time.Millisecond)
	if _, err := get(t, c.Session("a"), srv.URL); !errors.Is(err, ErrBudget) {
		t.Fatalf("err = %v after the duration budget, want ErrBudget", err)
	}
}

func TestSessionsKeepTheirCookiesAndObserveSeesAll(t *testing.T) {
	var seen atomic.Int64
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/set" {
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: r.URL.Query().Get("v"), Path: "/"})
			return
		}
		ck, _ := r.Cookie("sid")
		if ck != nil {
			w.Write([]byte(ck.Value))
		}
	}), Options{Observe: func(*Response) { seen.Add(1) }})
	a, b := c.Session("a"), c.Session("b")
	get(t, a, srv.URL+"/set?v=alice")
	get(t, b, srv.URL+"/set?v=bob")
	ra, _ := get(t, a, srv.URL+"/me")
	rb, _ := get(t, b, srv.URL+"/me")
	if string(ra.Body) != "alice" || string(rb.Body) != "bob" {
		t.Fatalf("sessions mixed: %q %q", ra.Body, rb.Body)
	}
	if seen.Load() != 4 {
		t.Fatalf("observer saw %d responses, want 4", seen.Load())
	}
}

// A Location header that is not a URL (an injected payload, a broken app)
// is part of the response, not an error: it may be what proves a finding.
func TestUnparsableLocationIsAResponse(t *testing.T) {
	srv, c := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Location"] = []string{"http://[::1%zz/x"}
		w.WriteHeader(http.StatusFound)
	}), Options{})
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/", nil)
	resp, err := c.Session("a").Do(context.Background(), req, nil)
	if err != nil {
		t.Fatalf("Do: %v", err)
	}
	if resp.Status != http.StatusFound || resp.Header.Get("Location") != "http://[::1%zz/x" {
		t.Fatalf("got %d %q", resp.Status, resp.Header.Get("Location"))
	}
	last, _, err := c.Session("a").Follow(context.Background(), req, nil)
	if err != nil || last.Status != http.StatusFound {
		t.Fatalf("Follow: %v", err)
	}
}

// An https target with a private CA: refused with the system roots,
// reached when the CA is configured (--ca-file).
func TestHTTPSWithConfiguredTrust(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") }))
	defer srv.Close()
	sc, err := NewScope(srv.URL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	get := func(c *Client) (*Response, error) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/", nil)
		return c.Session("t").Do(context.Background(), req, nil)
	}
	if _, err := get(New(Options{Scope: sc})); err == nil {
		t.Fatal("untrusted certificate accepted without a configured CA")
	}
	roots := x509.NewCertPool()
	roots.AddCert(srv.Certificate())
	r, err := get(New(Options{Scope: sc, TLSConfig: &tls.Config{RootCAs: roots}}))
	if err != nil || string(r.Body) != "ok" {
		t.Fatalf("with the CA: %v %v", r, err)
	}
}

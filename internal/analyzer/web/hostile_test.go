package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// sink collects what the analyzer emits.
type sink struct {
	mu       sync.Mutex
	findings []finding.Finding
	errors   []report.ErrorEntry
	stats    report.HTTPStats
}

func (s *sink) Finding(f finding.Finding) {
	s.mu.Lock()
	s.findings = append(s.findings, f)
	s.mu.Unlock()
}
func (s *sink) Observe(control.Observation) {}
func (s *sink) Error(e report.ErrorEntry)   { s.mu.Lock(); s.errors = append(s.errors, e); s.mu.Unlock() }
func (s *sink) HTTPStats(_ string, st report.HTTPStats) {
	s.mu.Lock()
	s.stats = st
	s.mu.Unlock()
}

// TestHostileServer runs the whole dynamic audit (crawl, passive checks,
// probes, access replay) against a server that does everything a scanner
// must survive: endless redirects, a 1 GB body, a response that drips one
// byte at a time, invalid UTF-8, a gzip bomb, links, forms and redirects
// to another host, and a page with 10,000 links. The scan must end within
// its limits, never contact the other host, keep memory bounded, and list
// what went wrong as error entries.
func TestHostileServer(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile-server scan takes ~20 s")
	}
	var otherHits atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		otherHits.Add(1)
		fmt.Fprint(w, `<a href="/more">more</a>`)
	}))
	defer other.Close()

	// 100 MB of zeros compress to ~100 KB: decompressed blindly, one
	// response would cost 100 MB of memory.
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < 100; i++ {
		_, _ = zw.Write(zero)
	}
	_ = zw.Close()

	var hugeBytes, manyHits, loopHits atomic.Int64
	mux := http.NewServeMux()
	html := func(w http.ResponseWriter) { w.Header().Set("Content-Type", "text/html; charset=utf-8") }
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		html(w)
		fmt.Fprintf(w, `<html><body>
<a href="/loop?n=0">loop</a> <a href="/huge">huge</a> <a href="/drip">drip</a> <a href="/bad">bad</a>
<a href="/bomb">bomb</a> <a href="/away">away</a> <a href="%[1]s/elsewhere?q=1">elsewhere</a> <a href="/many">many</a>
<form method="get" action="%[1]s/search"><input name="q"></form>
<form method="get" action="/find"><input name="q" value="x"></form>
<img src="%[1]s/pixel.gif"><script src="%[1]s/app.js"></script>
</body></html>`, other.URL)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		loopHits.Add(1)
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		http.Redirect(w, r, fmt.Sprintf("/loop?n=%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// 1 GB, streamed: written until the client stops reading.
		html(w)
		w.Header().Set("Content-Length", strconv.Itoa(1<<30))
		chunk := bytes.Repeat([]byte("<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n"), 1024)
		for sent := 0; sent < 1<<30; sent += len(chunk) {
			n, err := w.Write(chunk)
			hugeBytes.Add(int64(n))
			if err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/drip", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		fl, _ := w.(http.Flusher)
		for i := 0; i < 600; i++ {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			if fl != nil {
				fl.Flush()
			}
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/bad", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		_, _ = w.Write([]byte("<html><body>\xff\xfe\xc3\x28 <a href=\"/find?q=\xe2\x28\xa1\">x\xf0\x28\x8c\x28</a>\x00\x01<form action=\"/\xff\"><input name=\"\xc0\"></form>"))
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/stolen", http.StatusFound)
	})
	mux.HandleFunc("/find", func(w http.ResponseWriter, r *http.Request) {
		// A parameter that redirects to another host: probes and crawl must
		// not follow it.
		if strings.HasPrefix(r.URL.Query().Get("q"), "http") {
			http.Redirect(w, r, other.URL+"/via-find", http.StatusFound)
			return
		}
		html(w)
		fmt.Fprintf(w, "<p>no result for %d bytes</p>", len(r.URL.Query().Get("q")))
	})
	mux.HandleFunc("/many", func(w http.ResponseWriter, r *http.Request) {
		html(w)
		var b strings.Builder
		for i := 0; i < 10000; i++ {
			fmt.Fprintf(&b, `<a href="/many/section-%s/page">%d</a>`, strconv.FormatInt(int64(i)*7919+100003, 36), i)
		}
		_, _ = w.Write([]byte(b.String()))
	})
	mux.HandleFunc("/many/", func(w http.ResponseWriter, r *http.Request) {
		manyHits.Add(1)
		html(w)
		fmt.Fprint(w, `<p>leaf</p><a href="/many">back</a>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	rules, err := rule.Default()
	if err != nil {
		t.Fatal(err)
	}
	const maxRequests, maxPages = 700, 60
	a := New(Options{URL: srv.URL + "/", Rate: 400, Concurrency: 4, Timeout: 2 * time.Second,
		MaxRequests: maxRequests, MaxDuration: 60 * time.Second, MaxPages: maxPages, Active: "safe",
		OASTAddr: "127.0.0.1:0"})
	out := &sink{}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	start := time.Now()
	runErr := a.Run(ctx, &audit.Input{Rules: rules}, out)
	took := time.Since(start)
	if ctx.Err() != nil {
		t.Fatalf("scan did not complete within 90 s (took %s)", took)
	}
	if runErr != nil {
		t.Fatalf("scan failed: %v", runErr)
	}
	t.Logf("scan took %s: %d requests sent, %d refused, %d errors, %d bytes kept; %d findings, %d error entries; /huge wrote %d bytes, /many/* hit %d times, /loop %d times",
		took, out.stats.Sent, out.stats.Refused, out.stats.Errors, out.stats.Bytes, len(out.findings), len(out.errors), hugeBytes.Load(), manyHits.Load(), loopHits.Load())

	if n := otherHits.Load(); n != 0 {
		t.Errorf("the out-of-scope host was contacted %d times", n)
	}
	if out.stats.Sent == 0 || out.stats.Sent > maxRequests {
		t.Errorf("requests sent %d, want 1..%d", out.stats.Sent, maxRequests)
	}
	// The crawl is bounded: at most MaxPages pages, whatever 10,000 links say.
	if n := manyHits.Load(); n > maxPages {
		t.Errorf("crawl fetched %d of the 10,000 linked pages, more than --max-pages %d", n, maxPages)
	}
	// Bodies are cut at the size cap: the 1 GB response and the bomb cost
	// a few MB each, not the whole body (TCP buffers let the server write
	// somewhat more than the client reads).
	if n := hugeBytes.Load(); n > 256<<20 {
		t.Errorf("/huge wrote %d bytes before the client stopped reading", n)
	}
	if out.stats.Bytes > 200<<20 {
		t.Errorf("kept %d bytes of responses", out.stats.Bytes)
	}
	// The endless redirect is followed a bounded number of times (the
	// crawl's per-template limit; probes send single requests that are never
	// followed, ~50 on vulnshop-sized probe sets for the n parameter).
	if n := loopHits.Load(); n > 150 {
		t.Errorf("redirect loop requested %d times", n)
	}
	// What went wrong is listed: the dripping response timed out, the
	// 1 GB body and the bomb were cut at the size cap.
	var msgs []string
	for _, e := range out.errors {
		msgs = append(msgs, e.Kind+": "+e.Message)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"/drip", "/huge", "/bomb"} {
		if !strings.Contains(all, want) {
			t.Errorf("no error entry mentions %s; errors:\n%s", want, all)
		}
	}
	for _, f := range out.findings {
		if f.Web != nil && strings.HasPrefix(f.Web.URL, other.URL) {
			t.Errorf("finding on the other host: %s %s", f.RuleID, f.Web.URL)
		}
	}
}

package browser

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
)

// One browser instance for the whole test (Chromium is heavy on a small
// machine): a page whose JavaScript builds a link and an XHR, reads the
// identity's cookie, and tries to reach another origin.
func TestBrowserFindsJavaScriptEndpointsStaticCrawlDoesNot(t *testing.T) {
	if _, err := ExecPath(); err != nil {
		t.Skip("no Chromium: the browser crawl cannot be tested here (Debian: apt-get install chromium; .ci/run installs it)")
	}
	var otherHits atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { otherHits.Add(1) }))
	defer other.Close()

	var hiddenCookie atomic.Value
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		// The URLs are assembled at run time, so no static reading of the
		// page or its script finds them.
		fmt.Fprintf(w, `<!doctype html><html><body><p>shop</p><script>
var base = ['', 'api', 'hid' + 'den'].join('/');
var a = document.createElement('a'); a.href = ['', 'dyn' + 'amic', 'page'].join('/'); a.textContent = 'more';
document.body.appendChild(a);
var x = new XMLHttpRequest(); x.open('GET', base + '?x=' + (2 - 1)); x.send();
fetch(['', 'api', 'sa' + 've'].join('/'), {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({item: 7, note: 'n'})});
fetch('/api/echo?c=' + encodeURIComponent(document.cookie));
fetch('%s/leak').catch(function () {});
</script></body></html>`, other.URL)
	})
	mux.HandleFunc("/api/hidden", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("sid"); err == nil {
			hiddenCookie.Store(c.Value)
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true}`)
	})
	mux.HandleFunc("/api/save", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, `{}`) })
	mux.HandleFunc("/api/echo", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, `{}`) })
	mux.HandleFunc("/dynamic/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><a href="/logout">log out</a></body></html>`)
	})
	mux.HandleFunc("/logout", func(w http.ResponseWriter, r *http.Request) { t.Error("the browser followed a logout link") })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	start, _ := url.Parse(srv.URL + "/")
	sc, _ := httpx.NewScope(srv.URL, nil, nil)
	client := httpx.New(httpx.Options{Scope: sc, Rate: 200})
	sess := client.Session("alice")
	sess.Jar.SetCookies(start, []*http.Cookie{{Name: "sid", Value: "alice-session"}})

	// The static crawler misses the JavaScript-built URLs.
	static := crawl.Crawl(context.Background(), client.Session("static"), start, crawl.Options{MaxPages: 10})
	for _, ep := range static.Endpoints {
		if strings.HasPrefix(ep.URL.Path, "/api/hidden") || ep.URL.Path == "/dynamic/page" {
			t.Fatalf("the static crawler found %s: the test page is not JavaScript-only", ep.URL)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	res, err := Crawl(ctx, sess, start, Options{MaxPages: 5, Timeout: 80 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, ep := range res.Endpoints {
		var names []string
		for _, p := range ep.Params {
			names = append(names, p.In+":"+p.Name+"="+p.Value)
		}
		got[ep.Method+" "+ep.URL.Path] = strings.Join(names, ",")
	}
	t.Logf("endpoints %v, pages %v, blocked %d, errors %v", got, res.Pages, res.Blocked, res.Errors)
	if got["GET /api/hidden"] != "query:x=1" {
		t.Errorf("XHR /api/hidden?x=1 not found: %v", got)
	}
	if _, ok := got["GET /dynamic/page"]; !ok {
		t.Errorf("JavaScript-built link not found: %v", got)
	}
	if got["POST /api/save"] != "json:item=7,json:note=n" {
		t.Errorf("fetch POST with JSON body: %q", got["POST /api/save"])
	}
	if !strings.Contains(got["GET /api/echo"], "sid=alice-session") {
		t.Errorf("the identity's cookie was not copied into the browser: %q", got["GET /api/echo"])
	}
	if v, _ := hiddenCookie.Load().(string); v != "alice-session" {
		t.Errorf("the XHR did not carry the identity's cookie: %q", v)
	}
	if otherHits.Load() != 0 || res.Blocked == 0 {
		t.Errorf("out-of-scope request: other origin hit %d times, %d blocked", otherHits.Load(), res.Blocked)
	}
	visited := false
	for _, p := range res.Pages {
		visited = visited || p.Path == "/dynamic/page"
	}
	if !visited {
		t.Errorf("the browser did not load the JavaScript-built page: %v", res.Pages)
	}
	// Every browser request went through the client (counted, in scope).
	if st := client.Stats(); st.Sent == 0 {
		t.Error("no request counted by httpx")
	}
}

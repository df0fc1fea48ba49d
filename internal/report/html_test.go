package report

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The golden file of the HTML report is in TestGolden (report_test.go).

// TestHTMLCSPMatchesInlineCode checks, without a browser, that the policy's
// hashes are those of the exact <style> and <script> contents the page has,
// and that the page has no other inline code the policy would block.
func TestHTMLCSPMatchesInlineCode(t *testing.T) {
	out := string(render(t, HTML{}, testReport(t), Options{}))
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindStringSubmatch(out)
	if csp == nil {
		t.Fatal("no CSP meta element")
	}
	policy := html.UnescapeString(csp[1])
	for _, want := range []string{"default-src 'none'", "img-src data:", "base-uri 'none'", "form-action 'none'"} {
		if !strings.Contains(policy, want) {
			t.Errorf("CSP %q lacks %q", policy, want)
		}
	}
	for _, tag := range []string{"style", "script"} {
		re := regexp.MustCompile(`(?s)<` + tag + `>(.*?)</` + tag + `>`)
		blocks := re.FindAllStringSubmatch(out, -1)
		if len(blocks) != 1 {
			t.Fatalf("%d <%s> elements, want 1", len(blocks), tag)
		}
		sum := sha256.Sum256([]byte(blocks[0][1]))
		hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		if !strings.Contains(policy, tag+"-src "+hash) {
			t.Errorf("CSP %s-src does not allow the page's <%s> (%s)", tag, tag, hash)
		}
	}
	// Only real tags are looked at: escaped payloads in the text contain
	// "onerror=" too, as text.
	handler := regexp.MustCompile(`(?i)\s(on[a-z]+|style)\s*=`)
	for _, tag := range regexp.MustCompile(`(?s)<[a-zA-Z][^>]*>`).FindAllString(out, -1) {
		if handler.MatchString(tag) {
			t.Errorf("inline handler or style attribute (blocked by the CSP): %s", tag)
		}
	}
}

// TestHTMLLoadsNothing checks that nothing in the page makes the browser
// fetch a resource: every src is data:, and an http(s) href is only on a
// link a person clicks, with rel=noreferrer.
func TestHTMLLoadsNothing(t *testing.T) {
	out := string(render(t, HTML{}, testReport(t), Options{}))
	tagRe := regexp.MustCompile(`(?is)<([a-z0-9]+)\b[^>]*>`)
	attrRe := regexp.MustCompile(`(?is)\s(src|href|srcset|poster|data|action|formaction|xlink:href|background)\s*=\s*"([^"]*)"`)
	links := 0
	for _, tag := range tagRe.FindAllStringSubmatch(out, -1) {
		for _, a := range attrRe.FindAllStringSubmatch(tag[0], -1) {
			name, value := strings.ToLower(a[1]), strings.ToLower(a[2])
			external := strings.HasPrefix(value, "http:") || strings.HasPrefix(value, "https:") || strings.HasPrefix(value, "//")
			switch {
			case !external:
			case name == "href" && strings.ToLower(tag[1]) == "a":
				links++
				if !strings.Contains(tag[0], `rel="noreferrer`) {
					t.Errorf("external link without rel=noreferrer: %s", tag[0])
				}
			default:
				t.Errorf("the page loads an external resource: %s", tag[0])
			}
		}
	}
	if links == 0 {
		t.Errorf("no CWE link found; the test checks nothing")
	}
	for _, bad := range []string{"@import", "url(http", "url(//", "<link rel=\"stylesheet\"", "<iframe", "<object", "<embed"} {
		if strings.Contains(strings.ToLower(out), strings.ToLower(bad)) {
			t.Errorf("the page contains %q", bad)
		}
	}
}

const chromiumPath = "/usr/bin/chromium"

// TestHTMLInChromium opens the report in headless Chromium, as a person
// would, with hostile payloads in the finding text, and checks that none of
// them runs, that they show as text, that the CSP reports no violation, and
// that the filter script works under that CSP.
func TestHTMLInChromium(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("Chromium is not installed at %s (apt-get install chromium); skipping the browser test of the HTML report", chromiumPath)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, render(t, HTML{}, testReport(t), Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)

	// Record CSP violations from the very start of the document. Scripts added
	// through the DevTools protocol are not subject to the page's CSP.
	const recordViolations = `window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});`
	must(t, chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: recordViolations})
		return err
	})))

	step, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	must(t, chromedp.Do(step, chromedp.Navigate("file://"+file), chromedp.WaitReady(chromedp.CSS("#filter-count"))))

	png, err := chromedp.Run(step, chromedp.FullScreenshot(100))
	must(t, err)
	shot := filepath.Join(t.TempDir(), "report.png")
	must(t, os.WriteFile(shot, png, 0o644))
	if len(png) < 1000 || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("the screenshot is not a PNG (%d bytes)", len(png))
	}
	if dst := os.Getenv("SECAUDIT_SCREENSHOT"); dst != "" {
		_ = os.WriteFile(dst, png, 0o644) // to look at the page by hand
	}

	if pwned := eval[bool](t, step, `typeof window.__pwned !== "undefined"`); pwned {
		t.Errorf("a payload ran: window.__pwned = %v", eval[any](t, step, `window.__pwned`))
	}
	text := eval[string](t, step, `document.body.innerText`)
	for _, p := range []string{payloadScript, payloadImg, payloadSVG} {
		if !strings.Contains(text, p) {
			t.Errorf("the payload %q is not visible as text", p)
		}
	}
	if v := eval[[]string](t, step, `window.__csp`); len(v) > 0 {
		t.Errorf("CSP violations: %v", v)
	}

	// The script ran under the CSP: it revealed the filters and counted.
	if got := eval[string](t, step, `document.getElementById("filter-count").textContent`); got != "5 of 5 findings shown" {
		t.Errorf("filter count %q: the inline script did not run", got)
	}
	if eval[bool](t, step, `document.getElementById("filters").hidden`) {
		t.Errorf("the filters are still hidden: the inline script did not run")
	}

	// A person clicks "high": the low finding disappears, the high ones stay.
	must(t, chromedp.Do(step, chromedp.Click(chromedp.CSS("#sev-high"))))
	if !eval[bool](t, step, `(function () { var el = document.querySelector('article[data-severity="low"]'); return el.hidden && el.offsetParent === null; })()`) {
		t.Errorf("the low-severity finding is still shown after choosing high")
	}
	if got := eval[int](t, step, `document.querySelectorAll('article[data-severity="high"]:not([hidden])').length`); got != 3 {
		t.Errorf("%d high findings shown after choosing high, want 3", got)
	}
	if got := eval[string](t, step, `document.getElementById("filter-count").textContent`); got != "3 of 5 findings shown" {
		t.Errorf("filter count after choosing high: %q", got)
	}

	// Back to all severities, then filter by one control.
	must(t, chromedp.Do(step, chromedp.Click(chromedp.CSS("#sev-info"))))
	must(t, chromedp.Do(step, chromedp.SetValue(chromedp.CSS("#filter-control"), "INJ-1")))
	eval[bool](t, step, `document.getElementById("filter-control").dispatchEvent(new Event("change"))`)
	if got := eval[string](t, step, `document.getElementById("filter-count").textContent`); got != "1 of 5 findings shown" {
		t.Errorf("filter count after choosing INJ-1: %q", got)
	}

	// The violation recorder works: a blocked image load is reported. Without
	// this, "no violations" above could pass because nothing was listening.
	eval[bool](t, step, `(function () { var i = document.createElement("img"); i.src = "http://127.0.0.1:9/blocked.png"; document.body.appendChild(i); return true; })()`)
	deadline := time.Now().Add(5 * time.Second)
	for len(eval[[]string](t, step, `window.__csp`)) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the CSP violation recorder saw no violation for a blocked image")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// newBrowser starts headless Chromium with a throw-away profile. The first
// Run on the returned context starts it; the browser stops with the test.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	profile, err := os.MkdirTemp("", "secaudit-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 1000),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		// Chromium's helpers can write to the profile briefly after it stops.
		for range 50 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	return ctx
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

package report

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
)

// HTML renders one self-contained page: no request leaves it (no fonts, CDN
// or images; charts are inline SVG drawn here), every value goes through
// html/template, and a Content-Security-Policy allows only the page's own
// inline style and script, by hash. Evidence is attacker-controlled, so even
// an escaping mistake could not run script.
type HTML struct{}

func (HTML) Name() string { return "html" }

//go:embed html/report.html.tmpl html/report.css html/report.js
var htmlFiles embed.FS

var (
	htmlCSS  = mustRead("html/report.css")
	htmlJS   = mustRead("html/report.js")
	htmlTmpl = template.Must(template.New("report.html.tmpl").ParseFS(htmlFiles, "html/report.html.tmpl"))
	// htmlCSP is computed from the exact bytes placed between <style> and
	// <script> tags, so the policy always matches what the page carries.
	htmlCSP = "default-src 'none'; style-src '" + cspHash(htmlCSS) + "'; script-src '" + cspHash(htmlJS) +
		"'; img-src data:; base-uri 'none'; form-action 'none'"
)

func mustRead(name string) string {
	b, err := htmlFiles.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// cspHash is the CSP source expression of an inline element's content.
func cspHash(content string) string {
	sum := sha256.Sum256([]byte(content))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// htmlMaxEvidence bounds each request or response shown; the JSON report
// keeps them whole.
const htmlMaxEvidence = 16 << 10

type htmlPage struct {
	R               *Report
	CSP             string
	CSS             template.CSS
	JS              template.JS
	TargetName      string
	Started         string
	Duration        string
	VerdictCards    []verdictCard
	Matrix          svgMatrix
	Bars            svgBars
	Groups          []categoryGroup
	Findings        []htmlFinding
	Suppressions    []htmlFinding
	SeverityButtons []string
	ControlOptions  []string
}

type verdictCard struct {
	Name  control.Verdict
	Count int
}

type htmlFinding struct {
	*finding.Finding
	Anchor      string
	ControlList string // space-separated, for the control filter
	Snippet     []snippetLine
	Exchanges   []finding.Exchange
	Links       []htmlLink
}

type snippetLine struct {
	Num  string
	Text string
}

type htmlLink struct {
	URL  string
	Text string
}

func (HTML) Render(w io.Writer, r *Report, _ Options) error {
	var buf bytes.Buffer
	if err := htmlTmpl.Execute(&buf, newHTMLPage(r)); err != nil {
		return err
	}
	_, err := io.WriteString(w, showControls(buf.String()))
	return err
}

// showControls makes control characters in the (already escaped) page
// visible instead of passing them to the browser: an auditor should see
// that a payload carried ESC[2J or a right-to-left override, and a bidi
// override must not reorder the text around it. C0 controls become their
// Unicode control pictures (ESC -> ␛); C1 and bidi controls become [U+XXXX].
// The page's own markup, style and script contain none of them except
// newline and tab, so the CSP hashes are unaffected.
func showControls(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 64)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune(0x2421)
		case isControl(r):
			fmt.Fprintf(&b, "[U+%04X]", r)
		default:
			b.WriteRune(r) // including U+FFFD for invalid UTF-8
		}
	}
	return b.String()
}

func newHTMLPage(r *Report) *htmlPage {
	p := &htmlPage{
		R:               r,
		CSP:             htmlCSP,
		CSS:             template.CSS(htmlCSS),
		JS:              template.JS(htmlJS),
		Started:         r.StartedAt.UTC().Format("2006-01-02 15:04:05 UTC"),
		Duration:        fmt.Sprintf("%.1f s", float64(r.DurationMS)/1000),
		Groups:          groupByCategory(r.Controls),
		SeverityButtons: []string{"info", "low", "medium", "high", "critical"},
	}
	p.TargetName = r.Target.Path
	if p.TargetName == "" {
		p.TargetName = r.Target.URL
	}
	for _, v := range control.Verdicts {
		p.VerdictCards = append(p.VerdictCards, verdictCard{Name: v, Count: r.Summary.Verdicts[v]})
	}
	p.Matrix = newSVGMatrix(p.Groups)
	p.Bars = newSVGBars(r.Summary)
	controls := map[string]bool{}
	for i, f := range sortedFindings(r.Findings) {
		p.Findings = append(p.Findings, newHTMLFinding(r, f, fmt.Sprintf("finding-%d", i+1)))
		for _, c := range f.Controls {
			controls[c] = true
		}
	}
	for i, f := range sortedFindings(r.Suppressions) {
		p.Suppressions = append(p.Suppressions, newHTMLFinding(r, f, fmt.Sprintf("suppressed-%d", i+1)))
	}
	for c := range controls {
		p.ControlOptions = append(p.ControlOptions, c)
	}
	sort.Strings(p.ControlOptions)
	return p
}

func newHTMLFinding(r *Report, f *finding.Finding, anchor string) htmlFinding {
	h := htmlFinding{Finding: f, Anchor: anchor, ControlList: strings.Join(f.Controls, " ")}
	if l := f.Location; l != nil && l.Snippet != "" {
		for i, line := range strings.Split(strings.TrimRight(l.Snippet, "\n"), "\n") {
			num := ""
			if l.Line > 0 {
				num = fmt.Sprint(l.Line + i)
			}
			h.Snippet = append(h.Snippet, snippetLine{Num: num, Text: line})
		}
	}
	for _, x := range f.Evidence.Exchanges {
		h.Exchanges = append(h.Exchanges, finding.Exchange{
			Request:  clip(x.Request, htmlMaxEvidence),
			Response: clip(x.Response, htmlMaxEvidence),
			Curl:     clip(x.Curl, htmlMaxEvidence),
		})
	}
	for _, c := range f.CWE {
		h.Links = append(h.Links, htmlLink{URL: cweURL(c), Text: fmt.Sprintf("CWE-%d", c)})
	}
	if x := r.RuleFor(f.RuleID); x != nil {
		for _, ref := range x.References {
			// html/template replaces a non-http(s) URL (javascript:) with #ZgotmplZ.
			h.Links = append(h.Links, htmlLink{URL: ref, Text: linkText(ref)})
		}
	}
	return h
}

// linkText shows a reference by host and path, shortened.
func linkText(ref string) string {
	s := strings.TrimPrefix(strings.TrimPrefix(ref, "https://"), "http://")
	return truncate(s, 60)
}

// Matrix geometry, in SVG user units (pixels at 100%).
const (
	matrixLabelW = 380
	matrixCellW  = 64
	matrixCellH  = 24
	matrixGap    = 4
	matrixLegend = 28
)

type svgMatrix struct {
	Width, Height int
	Rows          []svgRow
	Legend        []svgLegend
}

type svgRow struct {
	Name  string
	TextY int
	Cells []svgCell
}

type svgCell struct {
	ID, Reason               string
	Verdict                  control.Verdict
	X, Y, W, H, TextX, TextY int
}

type svgLegend struct {
	Verdict            control.Verdict
	X, Y, TextX, TextY int
}

// newSVGMatrix lays out one row per OWASP category and one colored cell per
// control, with a legend underneath; the reason is in each cell's tooltip.
func newSVGMatrix(groups []categoryGroup) svgMatrix {
	m := svgMatrix{}
	cols := 1
	for i, g := range groups {
		y := i * (matrixCellH + matrixGap)
		row := svgRow{Name: truncate(g.Name, 58), TextY: y + matrixCellH/2 + 4}
		for j, c := range g.Controls {
			x := matrixLabelW + j*(matrixCellW+matrixGap)
			row.Cells = append(row.Cells, svgCell{
				ID: c.ID, Reason: truncate(oneLine(c.Reason), 300), Verdict: c.Verdict,
				X: x, Y: y, W: matrixCellW, H: matrixCellH,
				TextX: x + matrixCellW/2, TextY: y + matrixCellH/2 + 4,
			})
		}
		cols = max(cols, len(g.Controls))
		m.Rows = append(m.Rows, row)
	}
	legendY := len(groups)*(matrixCellH+matrixGap) + 8
	for i, v := range control.Verdicts {
		x := i * 110
		m.Legend = append(m.Legend, svgLegend{Verdict: v, X: x, Y: legendY, TextX: x + 16, TextY: legendY + 11})
	}
	m.Width = max(matrixLabelW+cols*(matrixCellW+matrixGap), len(control.Verdicts)*110)
	m.Height = legendY + matrixLegend - 8
	return m
}

const (
	barsLabelW = 70
	barsMaxW   = 260
	barsH      = 22
	barsGap    = 6
)

type svgBars struct {
	Width, Height, AxisX int
	Bars                 []svgBar
}

type svgBar struct {
	Name                      string
	Count                     int
	X, Y, W, H, TextY, CountX int
}

// newSVGBars draws one horizontal bar per severity, scaled to the largest.
func newSVGBars(s Summary) svgBars {
	most := 0
	for _, sev := range severitiesDesc {
		most = max(most, s.Severities[sev.String()])
	}
	b := svgBars{AxisX: barsLabelW - 4, Width: barsLabelW + barsMaxW + 50}
	for i, sev := range severitiesDesc {
		n := s.Severities[sev.String()]
		w := 0
		if most > 0 {
			w = n * barsMaxW / most
		}
		if n > 0 && w < 2 {
			w = 2 // a count of one among thousands is still visible
		}
		y := i * (barsH + barsGap)
		b.Bars = append(b.Bars, svgBar{
			Name: sev.String(), Count: n, X: barsLabelW, Y: y, W: w, H: barsH,
			TextY: y + barsH/2 + 4, CountX: barsLabelW + w + 6,
		})
	}
	b.Height = len(severitiesDesc)*(barsH+barsGap) - barsGap
	return b
}

package config

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
)

// project decides the checks that need every file: each "X is missing"
// finding is only true when no file of the project configures X.
func project(results []*fileResult, rules *rule.Set) {
	var anchors, configAnchors []anchor
	anchorOwner := map[*finding.Location]*fileResult{}
	sessionSecure, pyCSP, pyLogging, nginxHSTS, nginxCSP := false, false, false, false, false
	for _, r := range results {
		if py := r.py; py != nil {
			for _, a := range py.anchors {
				anchors = append(anchors, a)
				anchorOwner[a.loc] = r
			}
			for _, a := range py.configAnchors {
				configAnchors = append(configAnchors, a)
				anchorOwner[a.loc] = r
			}
			sessionSecure = sessionSecure || py.setsSessionSecure
			pyCSP = pyCSP || len(py.csp) > 0
			pyLogging = pyLogging || len(py.logging) > 0
		}
		if ng := r.ng; ng != nil {
			nginxHSTS = nginxHSTS || ng.hsts
			nginxCSP = nginxCSP || ng.csp
		}
	}
	// A Flask base config class stands for the app only when no Flask(...)
	// call was seen (the app may be created by a factory elsewhere).
	hasFlaskApp := false
	for _, a := range anchors {
		if strings.HasPrefix(a.what, "Flask app") {
			hasFlaskApp = true
		}
	}
	if !hasFlaskApp {
		anchors = append(anchors, configAnchors...)
	}
	add := func(a anchor, ruleID, msg string) {
		f := rules.NewFinding(ruleID, msg)
		f.Location = a.loc
		r := anchorOwner[a.loc]
		r.findings = append(r.findings, f)
	}
	if !sessionSecure {
		for _, a := range anchors {
			add(a, "CFG-PY-SESSION-COOKIE-INSECURE", fmt.Sprintf("SESSION_COOKIE_SECURE is not set anywhere (framework default False) for the %s", a.what))
		}
	}
	if len(anchors) > 0 {
		first := anchors[0]
		if !pyCSP && !nginxCSP {
			add(first, "CFG-PY-CSP-MISSING", fmt.Sprintf("no Content-Security-Policy is configured in the application (%s) or the web server", first.what))
		}
		if !pyLogging {
			add(first, "CFG-PY-LOGGING-MISSING", fmt.Sprintf("no logging configuration (LOGGING, dictConfig, basicConfig, addHandler) found for the %s", first.what))
		}
	}
	for _, r := range results {
		if r.py != nil && !nginxHSTS {
			r.findings = append(r.findings, r.py.hstsMissing...)
		}
		if r.ng != nil && !pyCSP {
			r.findings = append(r.findings, r.ng.cspMissing...)
		}
	}
}

// coverage says which controls' inputs were examined, and what they were.
func coverage(results []*fileResult) []control.Observation {
	labels := map[string][]string{}
	for _, r := range results {
		if r.kind == "" {
			continue
		}
		l := r.label
		if l == "" {
			l = path.Base(r.rel)
		}
		labels[r.kind] = append(labels[r.kind], l)
	}
	describe := func(kinds ...string) string {
		var parts []string
		for _, k := range kinds {
			ls := labels[k]
			if len(ls) == 0 {
				continue
			}
			if k == kindPython {
				counts := map[string]int{}
				var order []string
				for _, l := range ls {
					if counts[l] == 0 {
						order = append(order, l)
					}
					counts[l]++
				}
				for _, l := range order {
					parts = append(parts, plural(counts[l], l))
				}
				continue
			}
			sort.Strings(ls)
			if len(ls) > 4 {
				parts = append(parts, fmt.Sprintf("%s and %d more %s files", strings.Join(ls[:3], ", "), len(ls)-3, k))
			} else {
				parts = append(parts, ls...)
			}
		}
		if len(parts) == 0 {
			return ""
		}
		return "examined " + strings.Join(parts, ", ")
	}
	var out []control.Observation
	cover := func(ctl string, kinds ...string) {
		if t := describe(kinds...); t != "" {
			out = append(out, control.Observation{Control: ctl, Kind: control.Coverage, Analyzer: ID, Text: t})
		}
	}
	all := []string{kindPython, kindNginx, kindDocker, kindCompose, kindPgConf, kindPgHba}
	cover("MC-2", all...)
	cover("MC-3", all...)
	cover("LG-2", kindPython, kindNginx, kindPgConf)
	cover("CR-1", kindNginx, kindPgConf, kindPgHba)
	cover("CR-2", kindPython, kindDocker, kindCompose, kindDotenv)
	return out
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

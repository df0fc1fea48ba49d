package crawl

import (
	"regexp"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/webscan"
)

// idSegment matches path segments that are identifiers rather than names:
// numbers, UUIDs and long hex strings (object IDs, hashes).
var idSegment = regexp.MustCompile(`^(?:[0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{24,64})$`)

// Template replaces identifier segments of a path with {id}, {id2} ... so
// that /orders/1 and /orders/2 are one endpoint. It also returns the path
// parameters with the values seen.
func Template(path string) (string, []webscan.Param) {
	segs := strings.Split(path, "/")
	var params []webscan.Param
	for i, s := range segs {
		if s == "" || !idSegment.MatchString(s) {
			continue
		}
		name := "id"
		if n := len(params); n > 0 {
			name = "id" + string(rune('1'+n))
		}
		typ := "string"
		if strings.Trim(s, "0123456789") == "" {
			typ = "integer"
		}
		params = append(params, webscan.Param{Name: name, In: "path", Value: s, Type: typ})
		segs[i] = "{" + name + "}"
	}
	if path == "" {
		return "/", nil
	}
	return strings.Join(segs, "/"), params
}

// logoutName matches URLs and labels of actions that end a session. The
// crawler never follows them for an authenticated identity: one request
// would turn the rest of the scan into an anonymous one.
var logoutName = regexp.MustCompile(`(?i)(log[-_ ]?out|sign[-_ ]?out|log[-_ ]?off|sign[-_ ]?off|end[-_ ]?session)`)

// IsLogout reports whether a URL path or a link/button label names a
// logout action.
func IsLogout(s string) bool { return logoutName.MatchString(s) }

// destructive matches form actions and labels the safe mode does not
// submit: they delete, reset or change things beyond the scan's own data.
var destructive = regexp.MustCompile(`(?i)(delete|remove|destroy|drop|purge|reset|update|install|upgrade|shutdown|restart|reboot|deactivate|disable|unsubscribe|cancel|transfer|pay|checkout|role|permission|password|import|upload)`)

// IsDestructive reports whether a form looks like it changes more than
// the scan's own harmless data (the safe mode leaves those unsubmitted).
func IsDestructive(s string) bool { return destructive.MatchString(s) || IsLogout(s) }

// sortEndpoints orders endpoints by key, so that scans are reproducible.
func sortEndpoints(eps []*webscan.Endpoint) {
	sort.Slice(eps, func(i, j int) bool { return eps[i].Key() < eps[j].Key() })
}

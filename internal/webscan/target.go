// Package webscan holds what the dynamic audit's parts share: the
// endpoints discovery finds, the identities requests are sent as, and the
// results checks and probes report. The crawler (discovery), the passive
// checks and the active probes are separate packages that meet here.
package webscan

import (
	"net/url"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
)

// Param is one input of an endpoint.
type Param struct {
	Name string
	// In is where the value goes: "query", "form", "json", "path",
	// "cookie" or "header".
	In string
	// Value is the value seen during discovery (or a typed default), sent
	// unchanged when another parameter is probed.
	Value string
	// Type is "string", "integer", "number", "boolean" (OpenAPI or guessed).
	Type string
	// Fixed: always sent with Value, never injected into. Set on the
	// credential fields of a login endpoint filled with a configured
	// identity's real credentials in safe mode: each payload there is a
	// failed login for that real account, which lockout can disable.
	Fixed bool
}

// Endpoint is one request shape found by discovery, deduplicated by method
// + path template + parameter names.
type Endpoint struct {
	Method string
	URL    *url.URL // with the discovered query (parameters are also in Params)
	// Template is the path with identifiers replaced (/orders/{id}).
	Template string
	Params   []Param
	// Encoding of the body parameters: "form" or "json" ("" without a body).
	Encoding string
	// Source says how it was found ("link", "form", "robots", "sitemap",
	// "openapi", "browser"), for the report.
	Source string
	// FoundOn is the page that linked to it (stored XSS is looked for there).
	FoundOn *url.URL
}

// Key identifies an endpoint for deduplication.
func (e *Endpoint) Key() string {
	k := e.Method + " " + e.Template
	for _, p := range e.Params {
		k += " " + p.In + ":" + p.Name
	}
	return k
}

// Identity is one user the scan acts as (or anonymous, with no login).
type Identity struct {
	Name    string // "anonymous", "alice", ...
	Role    string // from the configuration; "" for anonymous
	Session *httpx.Session
	// Relogin logs the identity in again (nil for anonymous or static
	// credentials); the scan calls it when it detects a lost session.
	Relogin func() error
}

// Result is what a check or probe establishes; the web analyzer turns it
// into a finding with the rule's metadata.
type Result struct {
	RuleID     string
	Message    string
	Method     string
	URL        string
	Parameter  string
	Template   string
	Confidence finding.Confidence // 0: the rule's default
	Severity   finding.Severity   // 0: the rule's default (a session cookie weighs more than a cart cookie)
	// Proof: the exchanges that show it (the payload request and response;
	// for differential probes both sides), and facts (the payload, what was
	// observed, e.g. "delay 3.02 s vs 0.01 s baseline over 3 tries").
	Proof []*httpx.Response
	Facts []string
	// Redact maps text to its replacement in this result's evidence only
	// (a guessed password such as "admin" cannot be masked report-wide:
	// it would mask every /admin path too).
	Redact map[string]string
}

// Emit receives results; safe for concurrent use where the caller says so.
type Emit func(Result)

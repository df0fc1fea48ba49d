// Package audit runs analyzers over a target and turns what they emit into a
// report: it walks the tree once, runs every analyzer, fingerprints and
// suppresses findings, and computes control verdicts.
package audit

import (
	"context"
	"sync"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// Analyzer is one side of the audit (configuration, Python code, secrets ...).
// Analyzers never walk the tree themselves: they say which files they want
// and the runner hands them those files.
type Analyzer interface {
	ID() string
	// Wants reports whether the analyzer reads the file at this slash-separated
	// path relative to the target root.
	Wants(rel string) bool
	Run(ctx context.Context, in *Input, emit Emitter) error
}

// File is one file handed to an analyzer.
type File struct {
	Rel  string // slash-separated, relative to the root
	Abs  string
	Size int64
}

// Input is what an analyzer works on.
type Input struct {
	Root  string
	Files []File
	Rules *rule.Set
	// AllFiles lists every file of the walk (relative paths), for analyzers
	// that must know what exists beside the files they read.
	AllFiles []string
	// Tick, when not nil, reports one file done (for the progress bar).
	Tick func()
	// Memo is shared by every analyzer of the audit (nil in some tests).
	Memo *Memo
	// Routes are the routes other analyzers of the same run emitted
	// (the Python route map), for analyzers that declare RoutesNeeder;
	// empty otherwise and when no code is audited (secaudit web URL).
	Routes []report.RouteEntry
}

// RoutesNeeder is implemented by analyzers that use the routes other
// analyzers emit (the web analyzer seeds its discovery with them). The
// runner runs them after the others, so analyzers stay independent: they
// meet through Input.Routes, never by importing each other.
type RoutesNeeder interface {
	NeedsRoutes() bool
}

func needsRoutes(a Analyzer) bool {
	n, ok := a.(RoutesNeeder)
	return ok && n.NeedsRoutes()
}

// Done reports one file done; analyzers call it as they finish files.
func (in *Input) Done() {
	if in.Tick != nil {
		in.Tick()
	}
}

// Emitter receives what an analyzer establishes. It is safe for concurrent use.
type Emitter interface {
	Finding(f finding.Finding)
	Observe(o control.Observation)
	Error(e report.ErrorEntry)
}

// StatsEmitter is implemented by emitters that record network analyzers'
// request counters (the report's analyzers[].http).
type StatsEmitter interface {
	HTTPStats(analyzer string, s report.HTTPStats)
}

// RouteEmitter is implemented by emitters that record the route map.
type RouteEmitter interface {
	Route(r report.RouteEntry)
}

type collector struct {
	mu       sync.Mutex
	routes   []report.RouteEntry
	stats    map[string]report.HTTPStats
	findings []*finding.Finding
	obs      []control.Observation
	errs     []report.ErrorEntry
}

func (c *collector) Finding(f finding.Finding) {
	c.mu.Lock()
	c.findings = append(c.findings, &f)
	c.mu.Unlock()
}

func (c *collector) Observe(o control.Observation) {
	c.mu.Lock()
	c.obs = append(c.obs, o)
	c.mu.Unlock()
}

func (c *collector) Error(e report.ErrorEntry) {
	c.mu.Lock()
	c.errs = append(c.errs, e)
	c.mu.Unlock()
}

func (c *collector) HTTPStats(analyzer string, s report.HTTPStats) {
	c.mu.Lock()
	if c.stats == nil {
		c.stats = map[string]report.HTTPStats{}
	}
	c.stats[analyzer] = s
	c.mu.Unlock()
}

func (c *collector) Route(r report.RouteEntry) {
	c.mu.Lock()
	c.routes = append(c.routes, r)
	c.mu.Unlock()
}

// Memo shares work between the analyzers of one audit (a Python file is
// parsed once even when two analyzers read it). Do runs fn once per key;
// concurrent callers of the same key wait for the first.
type Memo struct {
	mu sync.Mutex
	m  map[string]*memoEntry
}

type memoEntry struct {
	once sync.Once
	v    any
}

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{m: map[string]*memoEntry{}} }

func (m *Memo) Do(key string, fn func() any) any {
	m.mu.Lock()
	e := m.m[key]
	if e == nil {
		e = &memoEntry{}
		m.m[key] = e
	}
	m.mu.Unlock()
	e.once.Do(func() { e.v = fn() })
	return e.v
}

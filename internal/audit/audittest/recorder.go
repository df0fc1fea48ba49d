// Package audittest holds helpers for testing analyzers: an emitter that
// records, and a run over a directory as the runner does it.
package audittest

import (
	"context"
	"io/fs"
	"path/filepath"
	"sync"
	"testing"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
	"github.com/secaudit/secaudit/internal/rule"
)

// Recorder is an audit.Emitter that keeps everything an analyzer emits.
// Analyzers emit from several goroutines, hence the lock; read the fields
// once the analyzer has returned.
type Recorder struct {
	mu       sync.Mutex
	Findings []finding.Finding
	Obs      []control.Observation
	Errs     []report.ErrorEntry
	Routes   []report.RouteEntry
}

func (r *Recorder) Route(e report.RouteEntry) {
	r.mu.Lock()
	r.Routes = append(r.Routes, e)
	r.mu.Unlock()
}

func (r *Recorder) Finding(f finding.Finding) {
	r.mu.Lock()
	r.Findings = append(r.Findings, f)
	r.mu.Unlock()
}

func (r *Recorder) Observe(o control.Observation) {
	r.mu.Lock()
	r.Obs = append(r.Obs, o)
	r.mu.Unlock()
}

func (r *Recorder) Error(e report.ErrorEntry) {
	r.mu.Lock()
	r.Errs = append(r.Errs, e)
	r.mu.Unlock()
}

var (
	rulesOnce sync.Once
	rulesSet  *rule.Set
	rulesErr  error
)

// Rules is the built-in rule set, loaded once per test binary.
func Rules(t testing.TB) *rule.Set {
	t.Helper()
	rulesOnce.Do(func() { rulesSet, rulesErr = rule.Default() })
	if rulesErr != nil {
		t.Fatal(rulesErr)
	}
	return rulesSet
}

// RunDir runs an analyzer on a directory the way the runner would: every
// file goes into AllFiles, the ones it wants into Files.
func RunDir(t testing.TB, a audit.Analyzer, root string) *Recorder {
	t.Helper()
	in := &audit.Input{Root: root, Rules: Rules(t)}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		in.AllFiles = append(in.AllFiles, rel)
		if a.Wants(rel) {
			info, err := d.Info()
			if err != nil {
				return err
			}
			in.Files = append(in.Files, audit.File{Rel: rel, Abs: p, Size: info.Size()})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rec := &Recorder{}
	if err := a.Run(context.Background(), in, rec); err != nil {
		t.Fatal(err)
	}
	return rec
}

// Package audittest holds helpers for testing analyzers.
package audittest

import (
	"sync"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/report"
)

// Recorder is an audit.Emitter that keeps everything an analyzer emits.
// Analyzers emit from several goroutines, hence the lock; read the fields
// once the analyzer has returned.
type Recorder struct {
	mu       sync.Mutex
	Findings []finding.Finding
	Obs      []control.Observation
	Errs     []report.ErrorEntry
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

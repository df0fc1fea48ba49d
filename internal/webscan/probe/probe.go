// Package probe holds the active probes of the dynamic audit: each sends
// crafted values into one endpoint's parameters and reports a Result only
// once the effect is confirmed (an error signature absent from the
// baseline, a differential seen twice, a delay repeated against a zero-delay
// control, a callback on the out-of-band listener ...).
//
// Every request goes through httpx (scope, rate, budgets). Probes run on a
// copy of the identity's session, so a payload that logs in, logs out or
// sets cookies never changes the identity the rest of the scan uses.
package probe

import (
	"context"
	"sync"
	"time"

	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/oast"
)

// Probe is one family of active tests.
type Probe interface {
	ID() string
	// Run tests one endpoint as one identity and emits confirmed results.
	// It returns when done or when ctx ends; it never panics on hostile
	// responses.
	Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit)
}

// Env is what probes share for one scan. Zero values are safe.
type Env struct {
	Client *httpx.Client
	// OAST may be nil: probes that need callbacks (SSRF, blind XXE, pickle
	// callback) then skip that part.
	OAST *oast.Listener
	// Aggressive allows payloads that may modify or delete data.
	Aggressive bool
	// Errorf receives errors worth listing in the report (nil: dropped).
	Errorf func(format string, args ...any)
	// Delay is the sleep the time-based probes ask for (default 3 s).
	Delay time.Duration
	// OASTWait is how long to wait for a callback (default 3 s).
	OASTWait time.Duration
	// Later, when set, takes callback checks that found no hit yet; the scan
	// runs them all after one final wait of OASTWait, instead of each probe
	// waiting OASTWait in turn (nil: probes wait where they are).
	Later func(check func())

	// baselines caches the answer to each endpoint's unmodified request
	// (the discovered values), per identity: six probes start every
	// parameter with the same baseline, and on most endpoints it is the
	// same request for every parameter. Only baselines are cached; every
	// payload and every stability re-check is sent fresh.
	baseMu    sync.Mutex
	baselines map[string]*httpx.Response
	// probed remembers which probe already tested which parameter of
	// which endpoint template (see firstTime).
	probed map[string]bool
}

// await hands onHit the callbacks a token received. A hit that already
// arrived (most targets fetch before they answer) is handled at once;
// otherwise the check joins the scan's final wait (Later), or waits here.
func (e *Env) await(ctx context.Context, tok string, onHit func([]oast.Hit)) {
	if hits := e.OAST.Hits(tok); len(hits) > 0 {
		onHit(hits)
		return
	}
	if e.Later != nil {
		e.Later(func() {
			if hits := e.OAST.Hits(tok); len(hits) > 0 {
				onHit(hits)
			}
		})
		return
	}
	if hits := e.OAST.Wait(ctx, tok, e.oastWait()); len(hits) > 0 {
		onHit(hits)
	}
}

func (e *Env) delay() time.Duration {
	if e.Delay > 0 {
		return e.Delay
	}
	return 3 * time.Second
}

func (e *Env) oastWait() time.Duration {
	if e.OASTWait > 0 {
		return e.OASTWait
	}
	return 3 * time.Second
}

func (e *Env) errorf(format string, args ...any) {
	if e.Errorf != nil {
		e.Errorf(format, args...)
	}
}

// All returns one instance of every probe, in a stable order. Probes that
// test something once per site (exposed files, a JWT) remember what they
// did, so call All once per scan.
func All() []Probe {
	return []Probe{
		&SQLi{},
		&NoSQLi{},
		&XSSReflected{},
		&XSSStored{},
		&SSTI{},
		&CMDI{},
		&CodeInjection{},
		&XPath{},
		&CRLF{},
		&Deserialization{},
		&JWT{},
		&ExposedFiles{},
		&PathTraversal{},
		&OpenRedirect{},
		&SSRF{},
		&XXE{},
	}
}

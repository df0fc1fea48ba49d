// Package access tests access control by replay: every page a privileged
// identity fetched is requested again as each less privileged identity
// and as anonymous (AC-2, AC-1), and objects one user reached through
// their own pages are requested by another user (IDOR). A replay that
// succeeds with the same content is a finding; a policy (role -> path
// patterns) makes the verdict exact, without one the path decides how
// sure it is.
package access

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
	"github.com/secaudit/secaudit/internal/webscan/authtest"
	"github.com/secaudit/secaudit/internal/webscan/crawl"
	"github.com/secaudit/secaudit/internal/webscan/passive"
)

// Crawled is one identity with the GET pages it fetched.
type Crawled struct {
	ID    *webscan.Identity
	Pages []*httpx.Response
}

// Policy says which roles may reach which path prefixes; a path under
// a listed prefix is forbidden to every role that does not list it.
type Policy map[string][]string

// allowed returns whether role may reach path, and whether the policy
// says anything about the path.
func (p Policy) allowed(role, path string) (ok, known bool) {
	for r, prefixes := range p {
		for _, x := range prefixes {
			if strings.HasPrefix(path, x) {
				known = true
				if r == role {
					return true, true
				}
			}
		}
	}
	return !known, known
}

// privilegedRole names roles that administer the application.
var privilegedRole = regexp.MustCompile(`(?i)admin|root|super|staff|manager|operator|owner`)

// privilegedPath names paths of administrative functions and bulk data.
var privilegedPath = regexp.MustCompile(`(?i)/(admin|administrator|manage|management|internal|staff|superuser|dashboard/admin|export|backup|users?/?$|accounts/?$|config|settings/system)`)

// Privileged reports whether an identity is an administrator by role.
func Privileged(id *webscan.Identity) bool {
	return id.Role != "" && privilegedRole.MatchString(id.Role)
}

// Env is the replay's input.
type Env struct {
	Identities []Crawled // anonymous included (Role "")
	Policy     Policy
	Emit       webscan.Emit
	Observe    func(passive.Observation)
}

func get(ctx context.Context, s *httpx.Session, u *url.URL) *httpx.Response {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil
	}
	r, err := s.Do(ctx, req, nil)
	if err != nil {
		return nil
	}
	return r
}

// same reports whether two answers are the same success (status, length
// within 10 %, similar lines once tokens and numbers are masked).
func same(a, b *httpx.Response) bool {
	if a == nil || b == nil || a.Status != http.StatusOK || b.Status != http.StatusOK {
		return false
	}
	la, lb := len(a.Body), len(b.Body)
	if d := la - lb; d > la/10+64 || -d > la/10+64 {
		return false
	}
	return authtest.Similar(authtest.Normalize(a.Body), authtest.Normalize(b.Body)) >= 0.9
}

// rank orders identities: anonymous 0, ordinary roles 1, privileged 2.
func rank(id *webscan.Identity) int {
	switch {
	case id.Session == nil || id.Name == "anonymous" && id.Role == "":
		return 0
	case Privileged(id):
		return 2
	}
	return 1
}

// Run replays and reports.
// passwordForm finds a password input: the page asks for credentials.
var passwordForm = regexp.MustCompile(`(?i)<input\b[^>]*\btype\s*=\s*["']?password\b`)

func Run(ctx context.Context, e *Env) {
	if e.Observe == nil {
		e.Observe = func(passive.Observation) {}
	}
	reported := map[string]bool{}
	refused := 0
	for _, hi := range e.Identities {
		for _, page := range hi.Pages {
			if page.Status != http.StatusOK || page.Request.Method != http.MethodGet {
				continue
			}
			if passwordForm.Match(page.Body) {
				// A login page (/admin/login/) is the way into the protected
				// area, served to everyone by design, whatever its path.
				continue
			}
			u := page.Request.URL
			tpl, _ := crawl.Template(u.Path)
			policyOK := func(role string) (bool, bool) { return e.Policy.allowed(role, u.Path) }
			_, known := policyOK(hi.ID.Role)
			sensitive := privilegedPath.MatchString(u.Path)
			if !known && !(sensitive && rank(hi.ID) > 0) {
				continue
			}
			// Least privileged first: one finding per page, for the worst replay.
			lows := append([]Crawled{}, e.Identities...)
			sort.SliceStable(lows, func(i, j int) bool { return rank(lows[i].ID) < rank(lows[j].ID) })
			for _, lo := range lows {
				if lo.ID == hi.ID || rank(lo.ID) >= rank(hi.ID) && !known {
					continue
				}
				if ok, k := policyOK(lo.ID.Role); k && ok {
					continue
				}
				if reported[tpl] {
					break
				}
				r := get(ctx, lo.ID.Session, u)
				if !same(page, r) {
					refused++
					continue
				}
				reported[tpl] = true
				who := lo.ID.Name
				if rank(lo.ID) == 0 {
					who = "an anonymous request"
				} else {
					who = "identity " + lo.ID.Name + " (role " + lo.ID.Role + ")"
				}
				res := webscan.Result{RuleID: "WEB-ACCESS-CONTROL", Method: http.MethodGet, URL: u.String(), Template: tpl,
					Message: fmt.Sprintf("%s gets %s, a page of %s (role %s), with the same content", who, u.Path, hi.ID.Name, hi.ID.Role),
					Proof:   []*httpx.Response{r, page},
					Facts:   []string{fmt.Sprintf("%s as %s: %d, %d bytes; as %s: %d, %d bytes, similar content", u.Path, hi.ID.Name, page.Status, len(page.Body), lo.ID.Name, r.Status, len(r.Body))}}
				if known {
					res.Confidence = finding.ConfidenceHigh
					res.Facts = append(res.Facts, "the policy in .secaudit.yaml restricts "+u.Path)
				} else {
					res.Confidence = finding.ConfidenceMedium
					res.Facts = append(res.Facts, "no policy given: the path names an administrative function")
				}
				e.Emit(res)
			}
		}
	}
	if len(reported) == 0 && refused > 0 {
		e.Observe(passive.Observation{Control: "AC-2", Text: fmt.Sprintf("%d replays of privileged pages as lower roles or anonymous were refused", refused)})
	}
	e.idor(ctx)
}

// idor: objects (identifier in the path or an id-like query parameter)
// that one ordinary user reached through their own pages, requested by
// another ordinary user who never saw a link to them.
func (e *Env) idor(ctx context.Context) {
	type obj struct {
		owner *Crawled
		page  *httpx.Response
	}
	byURL := map[string][]obj{}
	seenBy := map[string]map[*webscan.Identity]bool{}
	for i := range e.Identities {
		c := &e.Identities[i]
		if rank(c.ID) != 1 {
			continue
		}
		for _, p := range c.Pages {
			if p.Status != http.StatusOK || p.Request.Method != http.MethodGet || !hasID(p.Request.URL) {
				continue
			}
			k := p.Request.URL.String()
			byURL[k] = append(byURL[k], obj{c, p})
			if seenBy[k] == nil {
				seenBy[k] = map[*webscan.Identity]bool{}
			}
			seenBy[k][c.ID] = true
		}
	}
	keys := make([]string, 0, len(byURL))
	for k := range byURL {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	reported := map[string]bool{}
	for _, k := range keys {
		o := byURL[k][0]
		if len(seenBy[k]) > 1 {
			continue // shared objects (products) are linked to everyone
		}
		u := o.page.Request.URL
		tpl, params := crawl.Template(u.Path)
		if reported[tpl] {
			continue
		}
		for i := range e.Identities {
			other := &e.Identities[i]
			if other == o.owner || rank(other.ID) != 1 {
				continue
			}
			r := get(ctx, other.ID.Session, u)
			if !same(o.page, r) {
				continue
			}
			reported[tpl] = true
			param := ""
			if len(params) > 0 {
				param = params[0].Name
			} else {
				param = idParam(u)
			}
			e.Emit(webscan.Result{RuleID: "WEB-IDOR", Method: http.MethodGet, URL: u.String(), Template: tpl, Parameter: param,
				Message:    fmt.Sprintf("%s reads %s, an object reached only through %s's pages", other.ID.Name, u.Path, o.owner.ID.Name),
				Confidence: finding.ConfidenceHigh,
				Proof:      []*httpx.Response{r, o.page},
				Facts:      []string{fmt.Sprintf("%s linked only from %s's pages; %s gets the same %d answer", u.RequestURI(), o.owner.ID.Name, other.ID.Name, r.Status)}})
			break
		}
	}
}

var idName = regexp.MustCompile(`(?i)(^|_)id$|^(uid|oid|pid|order|account|user|invoice|doc|file)$`)

func hasID(u *url.URL) bool {
	if _, ps := crawl.Template(u.Path); len(ps) > 0 {
		return true
	}
	return idParam(u) != ""
}

func idParam(u *url.URL) string {
	for k, v := range u.Query() {
		if idName.MatchString(k) && len(v) > 0 && strings.Trim(v[0], "0123456789") == "" && v[0] != "" {
			return k
		}
	}
	return ""
}

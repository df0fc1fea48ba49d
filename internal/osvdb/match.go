package osvdb

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
)

// Diagnostic is a problem found in an advisory while matching: a range whose
// events are not versions of the range's ordering. The range is skipped (it
// proves nothing either way) and the problem is reported, never fatal.
type Diagnostic struct {
	Advisory string
	Message  string
}

func (d Diagnostic) String() string { return d.Advisory + ": " + d.Message }

// affectedResult is what matching one record against one installed version
// established.
type affectedResult struct {
	affected bool
	// fixed lists the "fixed" events of the package's ranges that are
	// greater than the installed version (candidates for the upgrade),
	// set only when the record affects the version.
	fixed []string
	diags []Diagnostic
}

// matchRecord decides whether the record affects ecosystem/name at version,
// following the OSV schema's evaluation rules: every affected[] entry naming
// the package counts, its explicit versions list and its SEMVER and
// ECOSYSTEM ranges are checked, GIT ranges are ignored (they describe
// commits, not releases). Withdrawn records affect nothing.
func matchRecord(rec *osvschema.Vulnerability, ecosystem, normName, installed string) affectedResult {
	var res affectedResult
	if rec.GetWithdrawn() != nil {
		return res
	}
	ecosystem = CanonicalEcosystem(ecosystem)
	eco := orderingFor(ecosystem)
	var inst version
	var instErr error
	if eco != nil {
		inst, instErr = parseCached(eco, installed)
	}
	var semInst version
	var semErr error
	semParsed := false
	for _, aff := range rec.GetAffected() {
		pkg := aff.GetPackage()
		if pkg == nil || CanonicalEcosystem(pkg.GetEcosystem()) != ecosystem || NormalizeName(ecosystem, pkg.GetName()) != normName {
			continue
		}
		for _, v := range aff.GetVersions() {
			if v == installed {
				res.affected = true
				continue
			}
			// "1.0" and "1.0.0" are the same PEP 440 version. Versions
			// lists run to hundreds of entries, so only those that can be
			// equal (same first release number) are parsed.
			if inst != nil && !res.affected && sameLeadingNumber(v, installed) {
				if pv, err := parseCached(eco, v); err == nil && pv.compare(inst) == 0 {
					res.affected = true
				}
			}
		}
		for i, r := range aff.GetRanges() {
			var ord ordering
			var iv version
			var ierr error
			switch r.GetType() {
			case osvschema.Range_ECOSYSTEM:
				if eco == nil {
					continue
				}
				ord, iv, ierr = eco, inst, instErr
			case osvschema.Range_SEMVER:
				if !semParsed {
					semInst, semErr = parseCached(semverOrdering{}, installed)
					semParsed = true
				}
				ord, iv, ierr = semverOrdering{}, semInst, semErr
			default: // GIT and unknown types do not describe releases
				continue
			}
			if ierr != nil {
				// The installed version has no place in this ordering, so
				// the range can neither include nor exclude it.
				res.diags = append(res.diags, Diagnostic{rec.GetId(), fmt.Sprintf("installed version of %s: %v; range %d not evaluated", pkg.GetName(), ierr, i+1)})
				continue
			}
			in, fixed, err := inRange(ord, iv, r.GetEvents())
			if err != nil {
				res.diags = append(res.diags, Diagnostic{rec.GetId(), fmt.Sprintf("malformed %s range %d for %s: %v; range skipped", r.GetType(), i+1, pkg.GetName(), err)})
				continue
			}
			// Every fixed event above the installed version is a
			// candidate for the upgrade advice, whichever range names it
			// (Check keeps the least that no range affects).
			res.fixed = append(res.fixed, fixed...)
			if in {
				res.affected = true
			}
		}
	}
	if !res.affected {
		res.fixed = nil
	}
	return res
}

// event is one parsed range event.
type event struct {
	kind string // introduced, fixed, last_affected, limit
	raw  string
	v    version // nil for introduced "0" (before every version) and limit "*"
}

// inRange evaluates one range per the OSV schema: events sorted by version,
// "introduced: 0" first; walking them in order, introduced <= v turns
// affected on, fixed <= v and last_affected < v turn it off. Limits bound the
// range from above: v must be below one of them. It also returns the fixed
// versions above v (whether or not v is in the range), for the upgrade advice.
func inRange(ord ordering, v version, raw []*osvschema.Event) (bool, []string, error) {
	evs := make([]event, 0, len(raw))
	var limits []event
	for _, e := range raw {
		var ev event
		switch {
		case e.GetIntroduced() != "":
			ev = event{kind: "introduced", raw: e.GetIntroduced()}
		case e.GetFixed() != "":
			ev = event{kind: "fixed", raw: e.GetFixed()}
		case e.GetLastAffected() != "":
			ev = event{kind: "last_affected", raw: e.GetLastAffected()}
		case e.GetLimit() != "":
			ev = event{kind: "limit", raw: e.GetLimit()}
		default:
			return false, nil, fmt.Errorf("empty event")
		}
		special := (ev.kind == "introduced" && ev.raw == "0") || (ev.kind == "limit" && ev.raw == "*")
		if !special {
			pv, err := parseCached(ord, ev.raw)
			if err != nil {
				return false, nil, fmt.Errorf("%s: %w", ev.kind, err)
			}
			ev.v = pv
		}
		if ev.kind == "limit" {
			limits = append(limits, ev)
			continue
		}
		evs = append(evs, ev)
	}
	if len(evs) == 0 {
		return false, nil, fmt.Errorf("no introduced event")
	}
	slices.SortStableFunc(evs, func(a, b event) int {
		switch {
		case a.v == nil && b.v == nil:
			return 0
		case a.v == nil:
			return -1
		case b.v == nil:
			return 1
		}
		return a.v.compare(b.v)
	})
	affected := false
	var fixedAbove []string
	for _, ev := range evs {
		switch ev.kind {
		case "introduced":
			if ev.v == nil || v.compare(ev.v) >= 0 {
				affected = true
			}
		case "fixed":
			if v.compare(ev.v) >= 0 {
				affected = false
			} else {
				fixedAbove = append(fixedAbove, ev.raw)
			}
		case "last_affected":
			if v.compare(ev.v) > 0 {
				affected = false
			}
		}
	}
	if affected && len(limits) > 0 {
		below := false
		for _, l := range limits {
			if l.v == nil || v.compare(l.v) < 0 {
				below = true
				break
			}
		}
		affected = below
	}
	return affected, fixedAbove, nil
}

// sameLeadingNumber reports whether two version strings start with the same
// number (after an optional "v"); versions that do not cannot be equal,
// except across epochs ("1!..."), which are always compared in full.
func sameLeadingNumber(a, b string) bool {
	if strings.IndexByte(a, '!') >= 0 || strings.IndexByte(b, '!') >= 0 {
		return true
	}
	return leadingNumber(a) == leadingNumber(b)
}

func leadingNumber(s string) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "vV")
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n := strings.TrimLeft(s[:end], "0")
	if n == "" && end > 0 {
		return "0"
	}
	return n
}

// parseCache memoizes parsed versions: advisories repeat the same version
// strings (event bounds, versions lists) and PEP 440 parsing is a regexp.
// It is bounded; when full it starts over.
type cacheKey struct {
	ord string
	s   string
}

type cacheVal struct {
	v   version
	err error
}

var (
	parseCacheMu sync.RWMutex
	parseCache   = map[cacheKey]cacheVal{}
)

const parseCacheMax = 200_000

func parseCached(ord ordering, s string) (version, error) {
	k := cacheKey{ord.name(), s}
	parseCacheMu.RLock()
	c, ok := parseCache[k]
	parseCacheMu.RUnlock()
	if ok {
		return c.v, c.err
	}
	v, err := ord.parse(s)
	parseCacheMu.Lock()
	if len(parseCache) >= parseCacheMax {
		parseCache = map[cacheKey]cacheVal{}
	}
	parseCache[k] = cacheVal{v, err}
	parseCacheMu.Unlock()
	return v, err
}

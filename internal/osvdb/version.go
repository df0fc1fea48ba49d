package osvdb

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/Masterminds/semver/v3"
	pep440 "github.com/aquasecurity/go-pep440-version"
)

// Ecosystem names as OSV spells them.
const (
	EcosystemPyPI = "PyPI"
	EcosystemNPM  = "npm"
)

// version is one parsed version of some ordering (PEP 440, semver).
type version interface {
	compare(other version) int
}

// ordering parses the versions of one ecosystem's ordering.
type ordering interface {
	parse(s string) (version, error)
	name() string
}

// pep440Version is a parsed PEP 440 version. Final releases written as
// plain numbers ("2.19.1", the usual pin) also keep their release segments,
// so that two of them compare without the library, whose Compare formats
// both versions as strings first (most of the matching time).
type pep440Version struct {
	v       pep440.Version
	release []uint64 // nil unless the version is N(.N)* with no epoch, pre, post, dev or local part
}

func (a pep440Version) compare(b version) int {
	o := b.(pep440Version)
	if a.release != nil && o.release != nil {
		return compareReleases(a.release, o.release)
	}
	return a.v.Compare(o.v)
}

// compareReleases orders release segments as PEP 440 does: missing
// trailing segments are zeros (1.0 == 1.0.0).
func compareReleases(a, b []uint64) int {
	for i := 0; i < max(len(a), len(b)); i++ {
		var x, y uint64
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// plainRelease returns the segments of a version written as N(.N)*, or nil.
func plainRelease(s string) []uint64 {
	if s == "" || len(s) > 64 {
		return nil
	}
	var out []uint64
	var n uint64
	digits := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if digits == 0 || digits > 18 {
				return nil
			}
			out = append(out, n)
			n, digits = 0, 0
			continue
		}
		c := s[i]
		if c < '0' || c > '9' {
			return nil
		}
		n = n*10 + uint64(c-'0')
		digits++
	}
	return out
}

type pep440Ordering struct{}

func (pep440Ordering) name() string { return "PEP 440" }

func (pep440Ordering) parse(s string) (version, error) {
	v, err := pep440.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%q is not a PEP 440 version", s)
	}
	return pep440Version{v: v, release: plainRelease(strings.TrimSpace(s))}, nil
}

type semverVersion struct{ v *semver.Version }

func (a semverVersion) compare(b version) int { return a.v.Compare(b.(semverVersion).v) }

// semverOrdering is SemVer 2.0 (npm, and OSV's SEMVER ranges). A leading "v"
// is accepted as npm does; partial versions ("1.2") are not, because npm
// never publishes them and guessing would misplace pre-releases.
type semverOrdering struct{}

func (semverOrdering) name() string { return "SemVer" }

func (semverOrdering) parse(s string) (version, error) {
	v, err := semver.StrictNewVersion(strings.TrimPrefix(strings.TrimSpace(s), "v"))
	if err != nil {
		return nil, fmt.Errorf("%q is not a SemVer version", s)
	}
	return semverVersion{v}, nil
}

// CanonicalEcosystem returns OSV's spelling of the ecosystems secaudit
// orders ("pypi", "PYPI" -> "PyPI"; "NPM" -> "npm"): records and callers
// that spell them otherwise still meet. Other ecosystems are returned as
// given (trimmed).
func CanonicalEcosystem(ecosystem string) string {
	e := strings.TrimSpace(ecosystem)
	switch {
	case strings.EqualFold(e, EcosystemPyPI):
		return EcosystemPyPI
	case strings.EqualFold(e, EcosystemNPM):
		return EcosystemNPM
	}
	return e
}

// orderingFor returns the ordering of an ECOSYSTEM range in this ecosystem,
// or nil when secaudit does not know the ecosystem's ordering. Ecosystem
// suffixes (":<release>") are not used by PyPI and npm.
func orderingFor(ecosystem string) ordering {
	switch CanonicalEcosystem(ecosystem) {
	case EcosystemPyPI:
		return pep440Ordering{}
	case EcosystemNPM:
		return semverOrdering{}
	}
	return nil
}

var pep503Separators = regexp.MustCompile(`[-_.]+`)

// NormalizeName returns the name under which a package is indexed: PEP 503
// for PyPI (case-insensitive, runs of -_. are one "-"); lower case for npm
// (the registry has refused upper-case and case-colliding names since 2017,
// and legacy advisories write "jQuery" for the jquery package); unchanged
// elsewhere.
func NormalizeName(ecosystem, name string) string {
	name = strings.TrimSpace(name)
	switch CanonicalEcosystem(ecosystem) {
	case EcosystemPyPI:
		return strings.ToLower(pep503Separators.ReplaceAllString(name, "-"))
	case EcosystemNPM:
		return strings.ToLower(name)
	}
	return name
}

// ValidVersion reports whether s is a version of the ecosystem's ordering
// (an error says why not). Ecosystems without a known ordering accept all.
func ValidVersion(ecosystem, s string) error {
	o := orderingFor(ecosystem)
	if o == nil {
		return nil
	}
	_, err := o.parse(s)
	return err
}

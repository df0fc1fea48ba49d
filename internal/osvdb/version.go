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

type pep440Version struct{ v pep440.Version }

func (a pep440Version) compare(b version) int { return a.v.Compare(b.(pep440Version).v) }

type pep440Ordering struct{}

func (pep440Ordering) name() string { return "PEP 440" }

func (pep440Ordering) parse(s string) (version, error) {
	v, err := pep440.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%q is not a PEP 440 version", s)
	}
	return pep440Version{v}, nil
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

// orderingFor returns the ordering of an ECOSYSTEM range in this ecosystem,
// or nil when secaudit does not know the ecosystem's ordering. Ecosystem
// suffixes (":<release>") are not used by PyPI and npm.
func orderingFor(ecosystem string) ordering {
	switch ecosystem {
	case EcosystemPyPI:
		return pep440Ordering{}
	case EcosystemNPM:
		return semverOrdering{}
	}
	return nil
}

var pep503Separators = regexp.MustCompile(`[-_.]+`)

// NormalizeName returns the name under which a package is indexed: PEP 503
// for PyPI (case-insensitive, runs of -_. are one "-"), unchanged elsewhere
// (npm names are case-sensitive in the registry's eyes).
func NormalizeName(ecosystem, name string) string {
	name = strings.TrimSpace(name)
	if ecosystem == EcosystemPyPI {
		return strings.ToLower(pep503Separators.ReplaceAllString(name, "-"))
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

package osvdb

import (
	"slices"
	"strings"
	"testing"
)

// fixtureDB imports testdata/osv (the version-ordering edge cases) into a
// fresh database.
func fixtureDB(t testing.TB) (*DB, *ImportResult) {
	t.Helper()
	dir := t.TempDir()
	res, err := Import(dir, "testdata/osv")
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, res
}

func TestFixtureImportStats(t *testing.T) {
	_, res := fixtureDB(t)
	if len(res.Sources) != 1 || res.Sources[0].Source != "dir-osv" {
		t.Fatalf("sources: %+v", res.Sources)
	}
	s := res.Sources[0].Stats
	if s.Invalid != 1 { // not-osv.json
		t.Errorf("invalid = %d, want 1 (not-osv.json); problems %v", s.Invalid, res.Sources[0].Problems)
	}
	if s.Withdrawn != 1 {
		t.Errorf("withdrawn = %d, want 1", s.Withdrawn)
	}
	if s.MalformedRanges != 2 { // EDGE-BROKEN's two events
		t.Errorf("malformed ranges = %d, want 2; problems %v", s.MalformedRanges, res.Sources[0].Problems)
	}
}

func TestMatchTable(t *testing.T) {
	db, _ := fixtureDB(t)
	cases := []struct {
		eco, name, version string
		want               string // comma-separated IDs of the vulnerabilities ("" for none)
		fixed              string // Fixed of the single vulnerability, when one
	}{
		// PEP 440: pre-releases and dev releases come before the release,
		// rc1 < final; dev of a release is below its pre-releases.
		{"PyPI", "prerel-pkg", "2.0b3", "EDGE-PRE", "2.0rc1"},
		{"PyPI", "prerel-pkg", "2.0.dev5", "EDGE-PRE", "2.0rc1"},
		{"PyPI", "prerel-pkg", "2.0rc1.dev1", "EDGE-PRE", "2.0rc1"},
		{"PyPI", "prerel-pkg", "1.9.post3", "EDGE-PRE", "2.0rc1"},
		{"PyPI", "prerel-pkg", "2.0rc1", "", ""},
		{"PyPI", "prerel-pkg", "2.0RC2", "", ""}, // case-insensitive, normalized
		{"PyPI", "prerel-pkg", "2.0", "", ""},
		// post releases and local versions
		{"PyPI", "post-pkg", "1.0", "EDGE-POST", "1.0.post2"},
		{"PyPI", "post-pkg", "1.0.0", "EDGE-POST", "1.0.post2"}, // 1.0.0 == 1.0
		{"PyPI", "post-pkg", "1.0.post1", "EDGE-POST", "1.0.post2"},
		{"PyPI", "post-pkg", "1.0+ubuntu.1", "EDGE-POST", "1.0.post2"}, // local sorts above 1.0, below .post
		{"PyPI", "post-pkg", "1.0-1", "EDGE-POST", "1.0.post2"},        // "-1" is an implicit post release (post1)
		{"PyPI", "post-pkg", "1.0.post2", "", ""},
		{"PyPI", "post-pkg", "1.0rc1", "", ""},
		{"PyPI", "post-pkg", "0.9", "", ""},
		// epochs
		{"PyPI", "epoch-pkg", "5.0", "", ""},
		{"PyPI", "epoch-pkg", "1!1.5", "EDGE-EPOCH", "1!2.0"},
		{"PyPI", "epoch-pkg", "1!2.0", "", ""},
		{"PyPI", "epoch-pkg", "2!0.1", "", ""},
		// last_affected is inclusive; anything above is not affected
		{"PyPI", "last-pkg", "3.2", "EDGE-LAST", ""},
		{"PyPI", "last-pkg", "3.1.9", "EDGE-LAST", ""},
		{"PyPI", "last-pkg", "3.2.post1", "", ""},
		{"PyPI", "last-pkg", "3.2.1", "", ""},
		// limit
		{"PyPI", "limit-pkg", "1.2", "EDGE-LIMIT", ""},
		{"PyPI", "limit-pkg", "1.5", "", ""},
		{"PyPI", "limit-pkg", "0.9", "", ""},
		// withdrawn records match nothing
		{"PyPI", "withdrawn-pkg", "1.0", "", ""},
		// aliases: two records sharing CVE-2099-1 are one vulnerability,
		// fixed where both agree
		{"PyPI", "alias-pkg", "1.3", "PYSEC-2099-1", "1.5"},
		{"PyPI", "alias-pkg", "1.4", "GHSA-aaaa-bbbb-cccc", "1.5"}, // only the GHSA record still includes 1.4
		{"PyPI", "alias-pkg", "1.5", "", ""},
		// explicit versions, compared as PEP 440 versions
		{"PyPI", "list-pkg", "1.1", "EDGE-LIST", ""},
		{"PyPI", "list-pkg", "1.0.0", "EDGE-LIST", ""},
		{"PyPI", "list-pkg", "1.2", "", ""},
		// one package in two affected[] entries; two ecosystems in one record
		{"npm", "multi-pkg", "0.2.3", "EDGE-MULTI", "0.2.4"},
		{"npm", "multi-pkg", "1.2.0", "EDGE-MULTI", "1.2.6"},
		{"npm", "multi-pkg", "0.5.0", "", ""},
		{"npm", "multi-pkg", "1.2.6", "", ""},
		{"PyPI", "multi-pkg", "2.9", "EDGE-MULTI", "3.0"}, // PEP 503: Multi_Pkg
		{"PyPI", "multi.pkg", "3.0", "", ""},
		{"npm", "Multi-Pkg", "0.1.0", "EDGE-MULTI", "0.2.4"}, // npm names compared in lower case
		// semver pre-release precedence (npm)
		{"npm", "npm-pre", "2.0.0-beta.1", "EDGE-NPMPRE", "2.0.0-beta.2"},
		{"npm", "npm-pre", "2.0.0-alpha", "EDGE-NPMPRE", "2.0.0-beta.2"},
		{"npm", "npm-pre", "1.9.9", "EDGE-NPMPRE", "2.0.0-beta.2"},
		{"npm", "npm-pre", "2.0.0-beta.2", "", ""},
		{"npm", "npm-pre", "2.0.0-beta.10", "", ""}, // numeric identifiers compare as numbers
		{"npm", "npm-pre", "2.0.0", "", ""},
		{"npm", "npm-pre", "v1.0.0", "EDGE-NPMPRE", "2.0.0-beta.2"},
		// SEMVER ranges in a PyPI record use semver ordering
		{"PyPI", "semver-pkg", "1.3.0", "EDGE-SEMVER", "1.4.0"},
		{"PyPI", "semver-pkg", "1.4.0", "", ""},
		// GIT ranges are ignored for package matching
		{"PyPI", "git-pkg", "1.0", "", ""},
		// the malformed range is skipped, the good one still counts
		{"PyPI", "broken-pkg", "1.0", "EDGE-BROKEN", "2.0"},
		{"PyPI", "broken-pkg", "2.0", "", ""},
		// several intervals, events listed out of order
		{"PyPI", "intervals-pkg", "1.2", "EDGE-INTERVALS", "1.5"},
		{"PyPI", "intervals-pkg", "1.7", "", ""},
		{"PyPI", "intervals-pkg", "2.1", "EDGE-INTERVALS", "2.5"},
		{"PyPI", "intervals-pkg", "0.5", "", ""},
		// YAML record, PEP 503 name
		{"PyPI", "zope-interface-x", "4.0", "EDGE-YAML", "5.0"},
		{"PyPI", "ZOPE_interface.x", "4.0", "EDGE-YAML", "5.0"},
		// unknown package
		{"PyPI", "nothing-here", "1.0", "", ""},
		// ecosystem names compared case-insensitively ("pypi", "NPM"), npm
		// names too (the registry's names are lower case; legacy advisories
		// write "jQuery")
		{"PyPI", "eco-case", "1.0", "EDGE-ECOCASE", "2.0"},
		{"pypi", "ECO.case", "1.0", "EDGE-ECOCASE", "2.0"},
		{"PyPI", "eco-case", "2.0", "", ""},
		{"npm", "caselib", "3.3.1", "EDGE-ECOCASE", "3.4.0"},
		{"npm", "CaseLib", "3.3.1", "EDGE-ECOCASE", "3.4.0"},
		{"npm", "caselib", "3.4.0", "", ""},
		// the smallest fixed version is one no range of the record affects
		{"PyPI", "fixpick-pkg", "1.2", "EDGE-FIXPICK", "1.6"},
		{"PyPI", "fixpick-pkg", "1.5", "EDGE-FIXPICK", "1.6"},
		{"PyPI", "fixpick-pkg", "1.6", "", ""},
	}
	for _, c := range cases {
		res, err := db.Check(Package{c.eco, c.name, c.version})
		if err != nil {
			t.Fatalf("%s %s: %v", c.name, c.version, err)
		}
		var ids []string
		for _, v := range res.Vulns {
			ids = append(ids, v.ID)
		}
		if got := strings.Join(ids, ","); got != c.want {
			t.Errorf("%s %s %s: got [%s], want [%s]", c.eco, c.name, c.version, got, c.want)
			continue
		}
		if len(res.Vulns) == 1 && res.Vulns[0].Fixed != c.fixed {
			t.Errorf("%s %s %s: fixed %q, want %q", c.eco, c.name, c.version, res.Vulns[0].Fixed, c.fixed)
		}
	}
}

func TestAliasMergeAndSeverity(t *testing.T) {
	db, _ := fixtureDB(t)
	res, err := db.Check(Package{"PyPI", "alias-pkg", "1.0"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Vulns) != 1 {
		t.Fatalf("want one merged vulnerability, got %+v", res.Vulns)
	}
	v := res.Vulns[0]
	if want := []string{"PYSEC-2099-1", "GHSA-aaaa-bbbb-cccc", "CVE-2099-1"}; !slices.Equal(v.IDs, want) {
		t.Errorf("IDs %v, want %v", v.IDs, want)
	}
	if v.Severity.Level != SeverityCritical || v.Severity.CVSS != 9.8 {
		t.Errorf("severity %+v, want critical 9.8 from the GHSA record's vector", v.Severity)
	}
	if v.Summary != "Alias merging: the GitHub record" {
		t.Errorf("summary %q", v.Summary)
	}

	res, _ = db.Check(Package{"PyPI", "list-pkg", "1.0"})
	if res.Vulns[0].Severity.Level != SeverityMedium || res.Vulns[0].Severity.CVSS != 0 {
		t.Errorf("database_specific.severity MODERATE: got %+v", res.Vulns[0].Severity)
	}
	res, _ = db.Check(Package{"npm", "multi-pkg", "1.0.0"})
	if s := res.Vulns[0].Severity; s.Level != SeverityCritical || s.CVSS != 9.3 {
		t.Errorf("CVSS v4 vector: got %+v, want critical 9.3", s)
	}
	res, _ = db.Check(Package{"PyPI", "prerel-pkg", "1.0"})
	if s := res.Vulns[0].Severity; s.Level != SeverityUnknown {
		t.Errorf("no severity in the record: got %+v", s)
	}
}

func TestMalformedRangeDiagnostics(t *testing.T) {
	db, _ := fixtureDB(t)
	res, err := db.Check(Package{"PyPI", "broken-pkg", "1.0"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 1 || !strings.Contains(res.Diagnostics[0].String(), "EDGE-BROKEN") || !strings.Contains(res.Diagnostics[0].Message, "2019-09-12") {
		t.Errorf("diagnostics %v, want one naming EDGE-BROKEN and its bad event", res.Diagnostics)
	}
	// An installed version that is not PEP 440 cannot be placed in a range:
	// no finding, and a diagnostic that says so.
	res, _ = db.Check(Package{"PyPI", "prerel-pkg", "not.a.version!"})
	if len(res.Vulns) != 0 || len(res.Diagnostics) != 1 {
		t.Errorf("unparsable installed version: vulns %v diags %v", res.Vulns, res.Diagnostics)
	}
}

func TestCVSSScores(t *testing.T) {
	for _, c := range []struct {
		vector string
		score  float64
		ok     bool
	}{
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, true},
		{"CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", 7.2, true},
		{"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N", 6.5, true},
		{"CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:L/I:L/A:N", 4.7, true},
		{"CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N", 0, true},
		{"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3, true},
		{"CVSS:3.1/AV:X", 0, false},
		{"AV:N/AC:L/Au:N/C:P/I:P/A:P", 0, false}, // v2: not scored
		{"", 0, false},
	} {
		got, ok := cvssBaseScore(c.vector)
		if ok != c.ok || got != c.score {
			t.Errorf("%q: got %v %v, want %v %v", c.vector, got, ok, c.score, c.ok)
		}
	}
	for s, want := range map[float64]string{0: "low", 3.9: "low", 4.0: "medium", 6.9: "medium", 7.0: "high", 8.9: "high", 9.0: "critical", 10: "critical"} {
		if got := levelForScore(s); got != want {
			t.Errorf("level(%v) = %s, want %s", s, got, want)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{"Flask": "flask", "zope.interface": "zope-interface", "Foo__Bar--baz..Q": "foo-bar-baz-q", "PyYAML": "pyyaml"} {
		if got := NormalizeName(EcosystemPyPI, in); got != want {
			t.Errorf("%q -> %q, want %q", in, got, want)
		}
	}
	if got := NormalizeName(EcosystemNPM, "@Scope/Pkg_x.y"); got != "@scope/pkg_x.y" {
		t.Errorf("npm names are lower-cased, nothing else: %q", got)
	}
}

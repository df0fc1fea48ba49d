package osvdb

import (
	"strings"
	"testing"
)

// The vulnerable pins of examples/vulnshop, with advisory IDs each must be
// reported under (EXPECTED.md), and safeshop's fixed pins, which must match
// nothing.
func TestSnapshotVulnshopPins(t *testing.T) {
	db := importSnapshot(t)
	cases := []struct {
		eco, name, version string
		want               []string // IDs that must be among the findings' IDs
	}{
		{"PyPI", "Flask", "0.12.2", []string{"PYSEC-2018-66", "PYSEC-2019-179", "PYSEC-2023-62"}},
		{"PyPI", "Jinja2", "2.10", []string{"PYSEC-2019-217", "PYSEC-2021-66"}},
		{"PyPI", "Werkzeug", "0.14.1", []string{"PYSEC-2019-140", "PYSEC-2022-203", "PYSEC-2023-57", "PYSEC-2023-58", "PYSEC-2023-221"}},
		{"PyPI", "requests", "2.19.1", []string{"PYSEC-2018-28", "PYSEC-2023-74"}},
		{"PyPI", "urllib3", "1.23", []string{"PYSEC-2019-132", "PYSEC-2020-148", "PYSEC-2021-108"}},
		{"PyPI", "certifi", "2018.4.16", []string{"PYSEC-2022-42986", "PYSEC-2023-135"}},
		{"PyPI", "idna", "2.7", []string{"PYSEC-2024-60"}},
		{"PyPI", "lxml", "4.6.2", []string{"PYSEC-2021-19", "PYSEC-2021-852", "PYSEC-2022-230"}},
		{"PyPI", "PyYAML", "5.1", []string{"PYSEC-2020-176", "PYSEC-2020-96", "PYSEC-2021-142"}},
		{"PyPI", "PyJWT", "1.5.0", []string{"PYSEC-2022-202"}},
		{"npm", "lodash", "4.17.4", []string{"GHSA-jf85-cpcp-j695", "GHSA-35jh-r3h4-6jhm"}},
		{"npm", "minimist", "1.2.0", []string{"GHSA-xvch-5gv4-984h"}},
		// safeshop
		{"PyPI", "Flask", "3.1.1", nil}, {"PyPI", "Werkzeug", "3.1.3", nil}, {"PyPI", "Jinja2", "3.1.6", nil},
		{"PyPI", "MarkupSafe", "3.0.2", nil}, {"PyPI", "requests", "2.32.4", nil}, {"PyPI", "urllib3", "2.5.0", nil},
		{"PyPI", "certifi", "2025.6.15", nil}, {"PyPI", "idna", "3.10", nil}, {"PyPI", "lxml", "5.4.0", nil},
		{"PyPI", "PyYAML", "6.0.2", nil}, {"PyPI", "pymongo", "4.13.2", nil}, {"PyPI", "gunicorn", "23.0.0", nil},
		{"npm", "lodash", "4.17.21", nil}, {"npm", "minimist", "1.2.8", nil},
	}
	for _, c := range cases {
		res, err := db.Check(Package{c.eco, c.name, c.version})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		var desc []string
		for _, v := range res.Vulns {
			for _, id := range v.IDs {
				got[id] = true
			}
			desc = append(desc, v.ID+"["+strings.Join(v.IDs, ",")+"] fixed="+v.Fixed+" sev="+v.Severity.Level)
		}
		t.Logf("%s %s: %s", c.name, c.version, strings.Join(desc, "; "))
		if c.want == nil && len(res.Vulns) > 0 {
			t.Errorf("%s %s: want no vulnerability, got %s", c.name, c.version, strings.Join(desc, "; "))
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%s %s: %s not reported (got %s)", c.name, c.version, w, strings.Join(desc, "; "))
			}
		}
	}
}

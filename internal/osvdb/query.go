package osvdb

import (
	"sort"
	"strings"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
)

// Package is one installed package to check.
type Package struct {
	Ecosystem string // PyPI, npm
	Name      string
	Version   string
}

// Vulnerability is one vulnerability affecting a package: the records that
// describe it (merged when they alias each other) and what they say.
type Vulnerability struct {
	// ID is the primary identifier: the first record's own ID, preferring
	// ecosystem databases (PYSEC, GHSA) over CVE.
	ID string
	// IDs lists every record ID and alias, ID first, then the others sorted.
	IDs      []string
	Summary  string
	Severity Score
	// Fixed is the smallest version greater than the installed one that the
	// advisories name as fixed ("" when none is known).
	Fixed string
}

// Result is the outcome of checking one package.
type Result struct {
	Package Package
	Vulns   []Vulnerability
	// Diagnostics report advisory ranges that could not be evaluated.
	Diagnostics []Diagnostic
}

// Check matches one package version against the database.
func (db *DB) Check(p Package) (Result, error) {
	res := Result{Package: p}
	eco := CanonicalEcosystem(p.Ecosystem)
	norm := NormalizeName(eco, p.Name)
	recs, err := db.lookup(eco, norm)
	if err != nil {
		return res, err
	}
	type hit struct {
		rec   *osvschema.Vulnerability
		fixed []string // fixed events above the installed version
		affs  []*osvschema.Affected
	}
	var hits []hit
	for _, rec := range recs {
		m := matchRecord(rec, eco, norm, p.Version)
		res.Diagnostics = append(res.Diagnostics, m.diags...)
		if !m.affected {
			continue
		}
		var affs []*osvschema.Affected
		for _, a := range rec.GetAffected() {
			if CanonicalEcosystem(a.GetPackage().GetEcosystem()) == eco && NormalizeName(eco, a.GetPackage().GetName()) == norm {
				affs = append(affs, a)
			}
		}
		hits = append(hits, hit{rec, m.fixed, affs})
	}
	// Records that share an ID or alias describe one vulnerability: join
	// them (union-find over the identifiers).
	parent := make([]int, len(hits))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := map[string]int{}
	for i, h := range hits {
		for _, id := range append([]string{h.rec.GetId()}, h.rec.GetAliases()...) {
			if j, ok := owner[id]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[id] = i
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range hits {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	for _, r := range roots {
		var v Vulnerability
		ids := map[string]bool{}
		var fixes []string
		for _, i := range groups[r] {
			h := hits[i]
			ids[h.rec.GetId()] = true
			for _, a := range h.rec.GetAliases() {
				ids[a] = true
			}
			if v.Summary == "" {
				v.Summary = strings.TrimSpace(h.rec.GetSummary())
			}
			if s := recordScore(h.rec, h.affs); levelRank[s.Level] > levelRank[v.Severity.Level] || (s.Level == v.Severity.Level && s.CVSS > v.Severity.CVSS) {
				v.Severity = s
			}
			fixes = append(fixes, h.fixed...)
		}
		if v.Summary == "" {
			for _, i := range groups[r] {
				if d := firstLine(hits[i].rec.GetDetails()); d != "" {
					v.Summary = d
					break
				}
			}
		}
		// The fix is the least version a record calls fixed that no range
		// of any of the vulnerability's records still affects (a fix
		// release can be the start of a regression, and aliased records
		// can disagree).
		v.Fixed = smallestUnaffected(eco, fixes, func(c string) bool {
			for _, i := range groups[r] {
				if matchRecord(hits[i].rec, eco, norm, c).affected {
					return false
				}
			}
			return true
		})
		v.ID = primaryID(groups[r], func(i int) string { return hits[i].rec.GetId() })
		v.IDs = append(v.IDs, v.ID)
		var rest []string
		for id := range ids {
			if id != v.ID {
				rest = append(rest, id)
			}
		}
		sort.Slice(rest, func(a, b int) bool {
			return idRank(rest[a]) < idRank(rest[b]) || (idRank(rest[a]) == idRank(rest[b]) && rest[a] < rest[b])
		})
		v.IDs = append(v.IDs, rest...)
		res.Vulns = append(res.Vulns, v)
	}
	sort.Slice(res.Vulns, func(a, b int) bool { return res.Vulns[a].ID < res.Vulns[b].ID })
	return res, nil
}

// idRank orders identifiers for display: database IDs, then GHSA, then CVE,
// then anything else.
func idRank(id string) int {
	switch {
	case strings.HasPrefix(id, "PYSEC-"):
		return 0
	case strings.HasPrefix(id, "GHSA-"):
		return 1
	case strings.HasPrefix(id, "CVE-"):
		return 2
	}
	return 3
}

func primaryID(members []int, id func(int) string) string {
	best := ""
	for _, i := range members {
		c := id(i)
		if best == "" || idRank(c) < idRank(best) || (idRank(c) == idRank(best) && c < best) {
			best = c
		}
	}
	return best
}

// firstLine makes a summary of an advisory's details (PyPA records often
// have no summary): the first sentence, cut at a word near 160 bytes.
func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i+1]
	}
	if len(s) > 160 {
		cut := strings.LastIndexByte(s[:160], ' ')
		if cut < 80 {
			cut = 160
		}
		s = strings.ToValidUTF8(s[:cut], "") + "…"
	}
	return s
}

// smallestUnaffected returns the least of the versions (in the ecosystem's
// ordering; unparsable ones ignored) for which safe holds, "" when none does.
func smallestUnaffected(ecosystem string, vs []string, safe func(string) bool) string {
	ord := orderingFor(ecosystem)
	if ord == nil {
		ord = semverOrdering{}
	}
	type cand struct {
		s string
		v version
	}
	var cs []cand
	seen := map[string]bool{}
	for _, s := range vs {
		if seen[s] {
			continue
		}
		seen[s] = true
		if v, err := parseCached(ord, s); err == nil {
			cs = append(cs, cand{s, v})
		}
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].v.compare(cs[b].v) < 0 })
	for _, c := range cs {
		if safe(c.s) {
			return c.s
		}
	}
	return ""
}

package osvdb

import (
	"testing"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
)

// Version parsing and range evaluation never panic, comparison is
// antisymmetric, and a version is inside a range introduced at itself.
func FuzzVersionOrdering(f *testing.F) {
	for _, s := range []string{"1.0", "1!2.0rc1.post3.dev4+local.7", "2.0.0-beta.10", "v1.2.3", "0", "2019-09-12", "0.2.0-n653", "1.0+abc.5", "99999999999999999999999", ""} {
		f.Add(s, "1.0")
	}
	for _, p := range [][2]string{{"1.0.0", "1.0"}, {"2.19.1", "2.20"}, {"10.0", "9.9.9"}, {"1.02", "1.2"}, {"0.0", "0"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, ord := range []ordering{pep440Ordering{}, semverOrdering{}} {
			va, errA := ord.parse(a)
			vb, errB := ord.parse(b)
			// The fast path for plain releases agrees with the library.
			if pa, ok := va.(pep440Version); ok && errB == nil && pa.release != nil {
				if pb := vb.(pep440Version); pb.release != nil {
					if fast, lib := pa.compare(pb), pa.v.Compare(pb.v); fast != lib {
						t.Fatalf("PEP 440 fast path: compare(%q,%q)=%d, the library says %d", a, b, fast, lib)
					}
				}
			}
			if errA == nil {
				if va.compare(va) != 0 {
					t.Fatalf("%s: %q != itself", ord.name(), a)
				}
			}
			// introduced "0" means "before every version", not the version 0.
			if errA == nil && errB == nil && a != "0" {
				if c1, c2 := va.compare(vb), vb.compare(va); c1 != -c2 {
					t.Fatalf("%s: compare(%q,%q)=%d but reverse %d", ord.name(), a, b, c1, c2)
				}
				in, _, err := inRange(ord, va, []*osvschema.Event{{Introduced: a}, {Fixed: b}})
				if err != nil {
					t.Fatalf("parsable events rejected: %v", err)
				}
				// v = introduced is affected unless the fix is the same
				// version (a fix below the introduction does not close
				// the range: the sorted walk reopens it).
				if want := va.compare(vb) != 0; in != want {
					t.Fatalf("%s: %q in [%q,%q) = %v, want %v", ord.name(), a, a, b, in, want)
				}
			}
		}
	})
}

// Arbitrary bytes as an OSV record: rejected or imported, never a panic.
func FuzzParseRecord(f *testing.F) {
	f.Add("a.json", []byte(`{"id":"X","affected":[{"package":{"ecosystem":"PyPI","name":"p"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1"}]}]}]}`))
	f.Add("a.yaml", []byte("id: X\naffected:\n  - package: {ecosystem: npm, name: p}\n    versions: [1.0.0]\n"))
	f.Add("a.json", []byte(`{"id":"X","withdrawn":"bad"}`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		p := parseRecord(name, data)
		if p.err == nil && p.id == "" {
			t.Fatal("accepted a record without an id")
		}
	})
}

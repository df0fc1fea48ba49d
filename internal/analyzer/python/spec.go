package python

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/secaudit/secaudit/internal/taint"
)

// Sink classes the analyzer refers to by name.
var (
	classHtml     = taint.Class("html")
	classTemplate = taint.Class("template")
	classSession  = taint.Class("session")
	classUrl      = taint.Class("url")
	classRedirect = taint.Class("redirect")
	classPath     = taint.Class("path")
	classXml      = taint.Class("xml")
	classNosql    = taint.Class("nosql")
	classCmd      = taint.Class("cmd")
	classSql      = taint.Class("sql")
	classLog      = taint.Class("log")
	classDeser    = taint.Class("deser")
	classCode     = taint.Class("code")
	classLdap     = taint.Class("ldap")
	classXpath    = taint.Class("xpath")
	// classSQuote and classDQuote are safe when the value holds no ' (or
	// no "): it cannot end a string literal it is quoted in.
	classSQuote = taint.Class("squote")
	classDQuote = taint.Class("dquote")
)

// compiledSpec is the taint model indexed for lookups by call name.
type compiledSpec struct {
	sources      []sourceDef
	sourceByName map[string]*sourceDef
	sinks        nameIndex[*sinkDef]
	sanitizers   nameIndex[taint.Classes]
	clean        nameIndex[bool]
	decoders     nameIndex[bool]
	patterns     nameIndex[*taint.Pattern]
	assignments  map[string][]taint.Assignment // attribute name -> rules
	weakRandom   *weakRandomDef
	unverified   *unverifiedRunDef
	handlers     taint.Handlers
	decorators   nameIndex[bool]
	registrars   nameIndex[string] // -> argument position or keyword
	reqTypes     nameIndex[bool]
	safeTypes    nameIndex[bool]
	reqParams    map[string]bool
	entryParams  map[string]bool
	// requires maps a sink class to top-level packages of which one must be
	// imported somewhere in the project for method-name sinks of that class.
	requires map[string][]string
	// requestClean are request attributes and methods without input.
	requestClean map[string]bool
}

type sourceDef struct {
	name       string
	kind       string
	confidence string
}

type sinkDef struct {
	taint.Sink
	class taint.Classes
}

// unverifiedRunDef is the compiled unverified_run model.
type unverifiedRunDef struct {
	rule                      string
	downloads, runs, verifies nameIndex[bool]
}

type weakRandomDef struct {
	rule  string
	calls nameIndex[bool]
	names *regexp.Regexp
	sinks nameIndex[bool]
}

// nameIndex matches call names: exact qualified names, and "*.a.b"
// patterns that match any name ending in ".a.b" (indexed by last part).
type nameIndex[T any] struct {
	exact  map[string][]T
	suffix map[string][]suffixEntry[T]
}

type suffixEntry[T any] struct {
	suffix string // ".a.b"
	v      T
}

func (ix *nameIndex[T]) add(pattern string, v T) {
	if ix.exact == nil {
		ix.exact = map[string][]T{}
		ix.suffix = map[string][]suffixEntry[T]{}
	}
	if strings.HasPrefix(pattern, "*.") {
		s := pattern[1:]
		ix.suffix[lastPart(s)] = append(ix.suffix[lastPart(s)], suffixEntry[T]{s, v})
		return
	}
	ix.exact[pattern] = append(ix.exact[pattern], v)
}

// match returns the entries for a call known by its qualified name and by
// the dotted text written in the source (both may be "").
func (ix *nameIndex[T]) match(qname, dotted string) []T {
	var out []T
	if qname != "" {
		out = append(out, ix.exact[qname]...)
	}
	if dotted != "" && dotted != qname {
		out = append(out, ix.exact[dotted]...)
	}
	for _, name := range [2]string{qname, dotted} {
		if name == "" || !strings.Contains(name, ".") {
			continue
		}
		for _, e := range ix.suffix[lastPart(name)] {
			if strings.HasSuffix(name, e.suffix) {
				out = append(out, e.v)
			}
		}
		if qname == dotted {
			break
		}
	}
	return out
}

func (ix *nameIndex[T]) has(qname, dotted string) bool { return len(ix.match(qname, dotted)) > 0 }

func compileSpec(s *taint.Spec) *compiledSpec {
	c := &compiledSpec{handlers: s.Handlers, assignments: map[string][]taint.Assignment{}, reqParams: map[string]bool{}, entryParams: map[string]bool{},
		requires: s.Requires, requestClean: map[string]bool{}}
	for _, a := range s.Handlers.RequestCleanAttrs {
		c.requestClean[a] = true
	}
	for _, src := range s.Sources {
		for _, n := range src.Names {
			c.sources = append(c.sources, sourceDef{name: n, kind: src.Kind, confidence: src.Confidence})
		}
	}
	c.sourceByName = map[string]*sourceDef{}
	for i := range c.sources {
		if _, dup := c.sourceByName[c.sources[i].name]; !dup {
			c.sourceByName[c.sources[i].name] = &c.sources[i]
		}
	}
	for i := range s.Sinks {
		d := &sinkDef{Sink: s.Sinks[i], class: taint.Class(s.Sinks[i].Class)}
		for _, n := range d.Calls {
			c.sinks.add(n, d)
		}
	}
	for _, san := range s.Sanitizers {
		var cls taint.Classes
		for _, n := range san.Classes {
			cls |= taint.Class(n)
		}
		for _, n := range san.Calls {
			c.sanitizers.add(n, cls)
		}
	}
	for _, n := range s.Clean {
		c.clean.add(n, true)
	}
	for _, n := range s.Decoders {
		c.decoders.add(n, true)
	}
	for i := range s.Patterns {
		for _, n := range s.Patterns[i].Calls {
			c.patterns.add(n, &s.Patterns[i])
		}
	}
	for _, a := range s.Assignments {
		for _, attr := range a.Attrs {
			c.assignments[attr] = append(c.assignments[attr], a)
		}
	}
	if wr := s.WeakRandom; wr != nil {
		d := &weakRandomDef{rule: wr.Rule, names: regexp.MustCompile(wr.Names)}
		for _, n := range wr.Calls {
			d.calls.add(n, true)
		}
		for _, n := range wr.Sinks {
			d.sinks.add(n, true)
		}
		c.weakRandom = d
	}
	if u := s.UnverifiedRun; u != nil {
		d := &unverifiedRunDef{rule: u.Rule}
		for _, n := range u.Downloads {
			d.downloads.add(n, true)
		}
		for _, n := range u.Runs {
			d.runs.add(n, true)
		}
		for _, n := range u.Verifies {
			d.verifies.add(n, true)
		}
		c.unverified = d
	}
	for _, n := range s.Handlers.Decorators {
		c.decorators.add(n, true)
	}
	for _, r := range s.Handlers.Registrars {
		name, arg, _ := strings.Cut(r, ":")
		c.registrars.add(name, arg)
	}
	for _, n := range s.Handlers.RequestTypes {
		c.reqTypes.add(n, true)
		c.reqTypes.add("*."+lastPart(n), true)
	}
	for _, n := range s.Handlers.SafeTypes {
		c.safeTypes.add(n, true)
	}
	for _, n := range s.Handlers.RequestParams {
		c.reqParams[n] = true
	}
	for _, n := range s.Handlers.EntryParams {
		c.entryParams[n] = true
	}
	return c
}

// source returns the source a qualified name belongs to, if any: the
// name itself or one of its dotted prefixes is a source name.
func (c *compiledSpec) source(qname string) *sourceDef {
	if c.sourceByName == nil {
		return nil
	}
	for end := len(qname); end > 0; end = strings.LastIndexByte(qname[:end], '.') {
		if s := c.sourceByName[qname[:end]]; s != nil {
			return s
		}
		if strings.IndexByte(qname[:end], '.') < 0 {
			break
		}
	}
	return nil
}

func (c *compiledSpec) knownLibraryName(string) bool { return false }

// argIndex parses a registrar's view position: a number or a keyword.
func argIndex(s string) (int, string) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, ""
	}
	return -1, s
}

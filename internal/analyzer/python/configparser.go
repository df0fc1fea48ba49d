package python

import (
	"slices"
	"strings"

	"github.com/secaudit/secaudit/internal/pyfront"
	"github.com/secaudit/secaudit/internal/taint"
)

// A configparser.ConfigParser is modelled as a dict of sections, each a
// dict of options (option names folded to lower case, as the default
// optionxform does), so that an option set from input is told apart from
// its constant neighbours, and a constant configuration read with
// read_string() gives its constants back (the algorithm of a hash, say).

// configParserType is the typ of a ConfigParser value.
const configParserType = "configparser"

// newConfigParser is the value of ConfigParser() (builtinCall).
func newConfigParser() *value {
	return &value{container: true, exact: true, keys: map[string]*value{}, typ: configParserType}
}

// configMethod models the ConfigParser methods on a parser known section
// by section; set stores the parser's new value. It returns nil for the
// methods it leaves to the generic dict model (subscripts, copy).
func (fr *frame) configMethod(e *pyfront.Expr, c callee, args *argVals, set func(*value)) *value {
	cur := c.recv
	arg := func(i int) *value {
		if i < len(args.pos) {
			return args.pos[i]
		}
		return nil
	}
	strArg := func(i int) (string, bool) {
		if a := arg(i); a != nil && a.c != nil && a.c.kind == kStr {
			return a.c.s, true
		}
		return "", false
	}
	// forget replaces the model by one that knows only the taint.
	forget := func(t taint.Taint) {
		set(&value{t: taint.Join(cur.taintOf(), t), container: true, typ: configParserType})
	}
	switch c.method {
	case "add_section":
		if s, ok := strArg(0); ok && cur.exact {
			if _, has := cur.keys["s:"+s]; !has {
				set(withSection(cur, s, &value{container: true, exact: true, keys: map[string]*value{}}))
			}
		}
		return clean
	case "set":
		s, okS := strArg(0)
		o, okO := strArg(1)
		v := arg(2)
		if v == nil {
			return clean
		}
		sec := cur.keys["s:"+s]
		if !okS || !okO || !cur.exact || sec != nil && (!sec.exact || sec.keys == nil) {
			forget(v.taintOf())
			return clean
		}
		if sec == nil {
			sec = &value{container: true, exact: true, keys: map[string]*value{}}
		}
		ns := *sec
		ns.keys = copyKeys(sec.keys)
		ns.keys["s:"+strings.ToLower(o)] = v
		set(withSection(cur, s, &ns))
		return clean
	case "get", "getint", "getfloat", "getboolean":
		if c.method != "get" {
			return clean // a number or a bool, or an error
		}
		out, known := configLookup(cur, args)
		if fb, ok := args.kw["fallback"]; ok && !known {
			out = join(out, fb)
		}
		if vars, ok := args.kw["vars"]; ok {
			out = join(out, vars.flat())
		}
		if out == nil {
			return clean
		}
		return out
	case "read_string", "read_file", "read", "readfp":
		a := arg(0)
		if a == nil {
			return clean
		}
		if c.method == "read_string" && a.c != nil && a.c.kind == kStr && cur.exact {
			set(withINI(cur, a.c.s))
			return clean
		}
		if c.method == "read" {
			// Files of the server's own: their options are not input,
			// whoever chose which file (read() takes names, not data). A
			// project file named by a constant path is read for its
			// constants (a hash algorithm chosen in app.ini).
			if inis, ok := fr.projectFiles(a); ok && cur.exact {
				nv := cur
				for _, ini := range inis {
					nv = withSections(nv, ini)
				}
				set(nv)
				return clean
			}
			forget(taint.Taint{})
			return clean
		}
		forget(a.taintOf())
		return clean
	case "read_dict":
		a := arg(0)
		if a == nil {
			return clean
		}
		if !a.exact || a.keys == nil || !cur.exact {
			forget(a.taintOf())
			return clean
		}
		nv := cur
		for sk, sv := range a.keys {
			if !strings.HasPrefix(sk, "s:") || !sv.exact || sv.keys == nil {
				forget(a.taintOf())
				return clean
			}
			sec := &value{container: true, exact: true, keys: map[string]*value{}}
			if old := nv.keys[sk]; old != nil && old.exact && old.keys != nil {
				sec.keys = copyKeys(old.keys)
			}
			for ok, ov := range sv.keys {
				sec.keys[strings.ToLower(ok)] = ov
			}
			nv = withSection(nv, sk[2:], sec)
		}
		set(nv)
		return clean
	case "has_section", "has_option", "sections", "options", "defaults", "optionxform":
		return clean
	case "remove_option":
		s, okS := strArg(0)
		o, okO := strArg(1)
		if sec := cur.keys["s:"+s]; okS && okO && cur.exact && sec != nil && sec.exact && sec.keys != nil {
			ns := *sec
			ns.keys = copyKeys(sec.keys)
			delete(ns.keys, "s:"+strings.ToLower(o))
			set(withSection(cur, s, &ns))
		}
		return clean
	case "remove_section":
		if s, ok := strArg(0); ok && cur.exact {
			nv := *cur
			nv.keys = copyKeys(cur.keys)
			delete(nv.keys, "s:"+s)
			set(&nv)
		}
		return clean
	case "items":
		if s, ok := strArg(0); ok && cur.exact {
			sec := configSection(cur, s) // (with DEFAULT's options)
			if v := dictView(sec, "items"); v != nil {
				return v
			}
			return &value{t: sec.taintOf(), container: true}
		}
		return &value{t: cur.taintOf(), container: true}
	}
	return nil
}

// withINI is parser p after reading the configuration text.
func withINI(p *value, text string) *value { return withSections(p, parseINI(text)) }

// withSections is parser p after reading sections of constant options.
func withSections(p *value, sections map[string]map[string]string) *value {
	nv := *p
	nv.keys = copyKeys(p.keys)
	for s, opts := range sections {
		sec := nv.keys["s:"+s]
		if sec == nil || !sec.exact || sec.keys == nil {
			sec = &value{container: true, exact: true, keys: map[string]*value{}}
		}
		ns := *sec
		ns.keys = copyKeys(sec.keys)
		for o, v := range opts {
			ns.keys["s:"+o] = constValue(cstr(v))
		}
		nv.keys["s:"+s] = &ns
	}
	return &nv
}

// projectFiles gives the parsed project files that read(names)
// names by constant relative paths (one or a list); false when a name is
// not constant or no project file has it. (A missing file is skipped by
// read() too, but it may exist where the code runs.)
func (fr *frame) projectFiles(names *value) ([]map[string]map[string]string, bool) {
	var list []*value
	switch {
	case names.c != nil:
		list = []*value{names}
	case names.exact && names.keys == nil && len(names.elems) > 0:
		list = names.elems
	default:
		return nil, false
	}
	var out []map[string]map[string]string
	for _, n := range list {
		if n.c == nil || n.c.kind != kStr {
			return nil, false
		}
		ini := fr.a.p.templates.ini(strings.TrimPrefix(n.c.s, "./"))
		if ini == nil {
			return nil, false
		}
		out = append(out, ini)
	}
	return out, true
}

// configSection is the section proxy cp[name]: a dict of its options
// (names folded to lower case, as lookups through the proxy fold them)
// over DEFAULT's; what any option may be when the parser is not known
// section by section.
func configSection(cp *value, name string) *value {
	if !cp.exact {
		return cp.flat()
	}
	out := &value{container: true, exact: true, keys: map[string]*value{}}
	for _, s := range []string{"DEFAULT", name} {
		sec := cp.keys["s:"+s]
		if sec == nil {
			continue
		}
		if !sec.exact || sec.keys == nil {
			return cp.flat()
		}
		// (Two spellings of one option in a section: either may be the
		// one written last.)
		own := map[string]*value{}
		for _, k := range sortedKeys(sec.keys) {
			folded := strings.ToLower(k)
			own[folded] = join(own[folded], sec.keys[k])
		}
		for k, v := range own {
			out.keys[k] = v // the section's own options over DEFAULT's
		}
	}
	return out
}

// sortedKeys lists a map's keys in order.
func sortedKeys(m map[string]*value) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// withSection is parser p with section s replaced by sec.
func withSection(p *value, s string, sec *value) *value {
	nv := *p
	nv.keys = copyKeys(p.keys)
	nv.keys["s:"+s] = sec
	return &nv
}

// configLookup is get(section, option): the option as the section proxy
// has it (its own over DEFAULT's); what any option may be when either
// name is not known. known says the option was found (a fallback is not
// used then); a missing option gives nil (NoOptionError, or the
// fallback).
func configLookup(cur *value, args *argVals) (v *value, known bool) {
	if len(args.pos) < 2 || args.pos[0].c == nil || args.pos[1].c == nil || args.pos[0].c.kind != kStr || args.pos[1].c.kind != kStr || !cur.exact {
		return cur.flat(), false
	}
	sec := configSection(cur, args.pos[0].c.s)
	if !sec.exact {
		return sec, false
	}
	found := sec.keys["s:"+strings.ToLower(args.pos[1].c.s)]
	if found == nil {
		return nil, false
	}
	if found.c != nil && strings.Contains(found.c.s, "%(") {
		// BasicInterpolation: %(other)s brings in other options, of the
		// section and of DEFAULT.
		found = join(found, sec.flat())
	}
	return found, true
}

// parseINI reads the sections and options of a constant configuration
// text as configparser does: "[section]" headers, "name = value" or
// "name: value" lines (names folded to lower case), comments starting
// with # or ;, and indented continuation lines.
func parseINI(text string) map[string]map[string]string {
	out := map[string]map[string]string{}
	var sec map[string]string
	last, lastIndent := "", 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		trimmed := strings.TrimSpace(line)
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		switch {
		case trimmed == "" || trimmed[0] == '#' || trimmed[0] == ';':
			last = ""
			continue
		case last != "" && indent > lastIndent:
			// A line indented deeper than its option continues its value.
			sec[last] += "\n" + trimmed
			continue
		case trimmed[0] == '[' && strings.HasSuffix(trimmed, "]"):
			name := trimmed[1 : len(trimmed)-1]
			if out[name] == nil {
				out[name] = map[string]string{}
			}
			sec, last = out[name], ""
			continue
		}
		if sec == nil {
			continue // MissingSectionHeaderError
		}
		i := strings.IndexAny(trimmed, "=:")
		if i <= 0 {
			last = ""
			continue
		}
		last, lastIndent = strings.ToLower(strings.TrimSpace(trimmed[:i])), indent
		sec[last] = strings.TrimSpace(trimmed[i+1:])
	}
	return out
}

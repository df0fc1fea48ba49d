package templates

import (
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
)

const (
	RuleSafeFilter = "TPL-SAFE-FILTER"
	RuleSRIMissing = "SC-SRI-MISSING"
)

// hit is one finding before it becomes a finding.Finding.
type hit struct {
	rule   string
	offset int // where the tag starts
	msg    string
	conf   finding.Confidence // 0: the rule's
}

// escBlock is an open {% autoescape %} or {% filter %} block.
type escBlock struct {
	kind   string // "autoescape" or "filter"
	off    bool   // output in it is not escaped
	offset int
	tag    string
	hasVar bool // a non-constant, unescaped variable is printed in it
}

// checkTemplate finds |safe on non-constant data and escaping turned off
// around variables. Inside a block with escaping off, variables are not
// reported again: the block's opening tag is.
func checkTemplate(toks []token) []hit {
	consts := constantSets(toks)
	var out []hit
	var stack []*escBlock
	for _, t := range toks {
		switch t.kind {
		case tVar:
			c := parseChain(t.body)
			constant := isConstant(c.base, consts)
			if n := len(stack); n > 0 && stack[n-1].off {
				stack[n-1].hasVar = stack[n-1].hasVar || (!constant && !c.escaped())
				continue
			}
			if c.marksSafe() && !constant {
				out = append(out, safeHit(t, c))
			}
		case tBlock:
			var closed *escBlock
			stack, closed = escapeBlocks(stack, t)
			if closed != nil {
				out = appendBlockHit(out, closed)
			}
		}
	}
	for i := len(stack) - 1; i >= 0; i-- { // unclosed blocks run to the end
		out = appendBlockHit(out, stack[i])
	}
	return out
}

func safeHit(t token, c chain) hit {
	h := hit{rule: RuleSafeFilter, offset: t.start,
		msg: "{{ " + c.base + " }} is marked safe and printed without HTML escaping"}
	if sanitizedName(c.base) {
		h.conf = finding.ConfidenceLow
		h.msg += " (the name suggests it was sanitized; confirm the sanitizer allows no script)"
	}
	return h
}

func appendBlockHit(out []hit, b *escBlock) []hit {
	if !b.off || !b.hasVar {
		return out
	}
	h := hit{rule: RuleSafeFilter, offset: b.offset,
		msg: "{% " + b.tag + " %} turns HTML escaping off around template variables"}
	if b.kind == "filter" {
		// Jinja escapes the variables inside before the filter runs, and
		// Django rejects "filter safe": the intent is reported, with doubt.
		h.conf = finding.ConfidenceLow
	}
	return append(out, h)
}

// escapeBlocks opens and closes autoescape and filter blocks. It returns
// the block a tag closed, if any.
func escapeBlocks(stack []*escBlock, t token) ([]*escBlock, *escBlock) {
	fields := strings.Fields(t.body)
	if len(fields) == 0 {
		return stack, nil
	}
	switch fields[0] {
	case "autoescape":
		off := len(fields) > 1 && (strings.EqualFold(fields[1], "false") || fields[1] == "off")
		return append(stack, &escBlock{kind: "autoescape", off: off, offset: t.start, tag: t.body}), nil
	case "filter":
		c := parseChain("x|" + strings.TrimSpace(strings.TrimPrefix(t.body, "filter")))
		return append(stack, &escBlock{kind: "filter", off: c.marksSafe(), offset: t.start, tag: t.body}), nil
	case "endautoescape", "endfilter":
		kind := strings.TrimPrefix(fields[0], "end")
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].kind == kind {
				return stack[:i], stack[i]
			}
		}
	}
	return stack, nil
}

var (
	setRe      = regexp.MustCompile(`^(?:set|with)\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+)$`)
	withAsRe   = regexp.MustCompile(`^with\s+(.+)\s+as\s+([A-Za-z_][A-Za-z0-9_]*)$`)
	blockSetRe = regexp.MustCompile(`^set\s+([A-Za-z_][A-Za-z0-9_]*)$`)
)

// constantSets finds the variables that every {% set %} / {% with %}
// gives a constant value. Two passes let "set b = a" see a constant a.
func constantSets(toks []token) map[string]bool {
	consts := map[string]bool{}
	for pass := 0; pass < 2; pass++ {
		ok := map[string]bool{}
		note := func(name string, constant bool) {
			if prev, seen := ok[name]; seen {
				constant = constant && prev
			}
			ok[name] = constant
		}
		for i, t := range toks {
			if t.kind != tBlock {
				continue
			}
			if m := setRe.FindStringSubmatch(t.body); m != nil {
				note(m[1], isConstant(parseChain(m[2]).base, consts))
			} else if m := withAsRe.FindStringSubmatch(t.body); m != nil {
				note(m[2], isConstant(parseChain(m[1]).base, consts))
			} else if m := blockSetRe.FindStringSubmatch(t.body); m != nil {
				note(m[1], blockConstant(toks[i+1:], consts))
			}
		}
		consts = ok
	}
	return consts
}

// blockConstant: a {% set x %}...{% endset %} body prints only constants.
func blockConstant(toks []token, consts map[string]bool) bool {
	for _, t := range toks {
		switch {
		case t.kind == tBlock && firstWord(t.body) == "endset":
			return true
		case t.kind == tVar && !isConstant(parseChain(t.body).base, consts):
			return false
		}
	}
	return true
}

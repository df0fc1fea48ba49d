package audit

import (
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
)

// An inline suppression comment, parsed from the finding's line (or, for
// "secaudit: ignore", from a comment-only line just above it).
//
//	# nosec                      Bandit: every rule on this line
//	# nosec B602, PY-CMDI         only these rules (secaudit IDs or Bandit aliases)
//	# nosec PY-CMDI -- reason     gosec-style reason
//	# secaudit: ignore[PY-SQLI] reason
//
// A malformed comment ("# secaudit: ignore" without [RULE-ID]) suppresses
// nothing and is reported: suppression parsing never fails open.
type inline struct {
	all    bool     // bare "# nosec"
	rules  []string // rule IDs or aliases
	reason string
	bad    string // why the comment is malformed
}

var (
	nosecRe    = regexp.MustCompile(`(?:#|//)\s*nosec\b:?([^#]*)`)
	secauditRe = regexp.MustCompile(`(?:#|//)\s*secaudit\s*:\s*ignore\b(.*)$`)
	ignoreArgs = regexp.MustCompile(`^\[\s*([A-Za-z0-9_.\-]+(?:\s*,\s*[A-Za-z0-9_.\-]+)*)\s*\]\s*(.*)$`)
	ruleToken  = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.\-]*$`)
)

// parseInline finds a suppression comment in one line of source.
func parseInline(line string) *inline {
	if m := secauditRe.FindStringSubmatch(line); m != nil {
		args := strings.TrimSpace(m[1])
		am := ignoreArgs.FindStringSubmatch(args)
		if am == nil {
			return &inline{bad: "malformed suppression: want '# secaudit: ignore[RULE-ID] reason'"}
		}
		in := &inline{reason: strings.TrimSpace(am[2])}
		for _, id := range strings.Split(am[1], ",") {
			in.rules = append(in.rules, strings.TrimSpace(id))
		}
		return in
	}
	if m := nosecRe.FindStringSubmatch(line); m != nil {
		rest := m[1]
		in := &inline{}
		if i := strings.Index(rest, "--"); i >= 0 {
			in.reason = strings.TrimSpace(rest[i+2:])
			rest = rest[:i]
		}
		for _, tok := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			if !ruleToken.MatchString(tok) {
				return &inline{bad: "malformed suppression: unexpected " + `"` + tok + `"` + " after nosec; want '# nosec RULE-ID -- reason'"}
			}
			in.rules = append(in.rules, tok)
		}
		in.all = len(in.rules) == 0
		return in
	}
	return nil
}

func (in *inline) covers(f *finding.Finding, r *rule.Rule) bool {
	if in.bad != "" {
		return false
	}
	if in.all {
		return true
	}
	for _, id := range in.rules {
		if strings.EqualFold(id, f.RuleID) {
			return true
		}
		if r != nil {
			for _, a := range r.Aliases {
				if strings.EqualFold(id, a) {
					return true
				}
			}
		}
	}
	return false
}

// isCommentOnly reports whether a line holds nothing but a comment, so that
// a "secaudit: ignore" written above a finding applies to it.
func isCommentOnly(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//")
}

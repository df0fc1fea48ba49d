package python

import (
	"strings"
	"unsafe"
)

// words matches an identifier against a list of words, case-insensitively,
// the way a regexp such as (?i)(passw|token|_id$|^pw$) would, without the
// regexp engine: these lists are tried on nearly every name the analysis
// reads, and the backtracking matcher cost about a twentieth of the run.
// Words are lower-case ASCII; "^w" must start the identifier, "w$" end it.
type words struct {
	anywhere, prefix, suffix, exact []string
}

func newWords(list ...string) words {
	var w words
	for _, s := range list {
		start, end := strings.HasPrefix(s, "^"), strings.HasSuffix(s, "$")
		s = strings.TrimSuffix(strings.TrimPrefix(s, "^"), "$")
		switch {
		case start && end:
			w.exact = append(w.exact, s)
		case start:
			w.prefix = append(w.prefix, s)
		case end:
			w.suffix = append(w.suffix, s)
		default:
			w.anywhere = append(w.anywhere, s)
		}
	}
	return w
}

// MatchString reports whether s contains one of the words (the name keeps
// words interchangeable with the *regexp.Regexp lists it replaced).
func (w words) MatchString(s string) bool {
	// Identifiers are short: fold them once into a buffer on the stack and
	// search with strings.Index (vectorized), not byte by byte per word.
	var buf [64]byte
	if len(s) > len(buf) {
		return w.matchFold(s)
	}
	n := copy(buf[:], s)
	for i := 0; i < n; i++ {
		if c := buf[i]; 'A' <= c && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	lower := unsafe.String(&buf[0], n) // does not outlive buf
	for _, x := range w.anywhere {
		if strings.Contains(lower, x) {
			return true
		}
	}
	for _, x := range w.prefix {
		if strings.HasPrefix(lower, x) {
			return true
		}
	}
	for _, x := range w.suffix {
		if strings.HasSuffix(lower, x) {
			return true
		}
	}
	for _, x := range w.exact {
		if lower == x {
			return true
		}
	}
	return false
}

// matchFold is MatchString for long strings, folding case as it compares.
func (w words) matchFold(s string) bool {
	for _, x := range w.anywhere {
		if indexFold(s, x) >= 0 {
			return true
		}
	}
	for _, x := range w.prefix {
		if len(s) >= len(x) && equalFold(s[:len(x)], x) {
			return true
		}
	}
	for _, x := range w.suffix {
		if len(s) >= len(x) && equalFold(s[len(s)-len(x):], x) {
			return true
		}
	}
	for _, x := range w.exact {
		if equalFold(s, x) {
			return true
		}
	}
	return false
}

// equalFold compares s with the lower-case ASCII word w, folding ASCII
// letters only (identifiers that differ by non-ASCII case are not words).
func equalFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// indexFold is strings.Index for a lower-case ASCII word, ignoring case.
func indexFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if equalFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// matcher is what word lists and regexps have in common.
type matcher interface{ MatchString(string) bool }

package python

import (
	"regexp"
	"strings"
	"testing"
)

// The word lists replaced regexps; the regexps stay here as the oracle, and
// every list must agree with its regexp on names built from its own words
// in every case and position, and on unrelated names.
func TestWordsAgreeWithRegexps(t *testing.T) {
	oracles := []struct {
		name string
		w    words
		re   *regexp.Regexp
	}{
		{"passwordName", passwordName, regexp.MustCompile(`(?i)(passw|pwd|passwd|pass_?phrase|^pw$|^pass$)`)},
		{"secretName", secretName, regexp.MustCompile(`(?i)(passw|pwd|passwd|secret|token|api_?key|apikey|credit_?card|card_?number|cvv|ssn|private_?key|authorization|bearer|x-api-key)`)},
		{"notSecretName", notSecretName, regexp.MustCompile(`(?i)(hash|len|length|policy|reset_url|forgot|expir|_id$|count|field|label|type|name$|hint|strength|changed|required|min|max|attempt)`)},
		{"sensitiveCookie", sensitiveCookie, regexp.MustCompile(`(?i)(sess|token|auth|sid|jwt|remember|login|csrf|xsrf|secret|credential|identity)`)},
		{"mfaNames", mfaNames, regexp.MustCompile(`(?i)(totp|otp|mfa|2fa|two_factor|second_factor|webauthn|verify_code)`)},
	}
	stems := []string{"", "x", "user_", "_", "Get", "db", "value", "pa", "ss", "id", "name", "Name", "_ID", "apikey", "api_Key", "pass", "PW", "phrase"}
	for _, o := range oracles {
		var all []string
		all = append(all, o.w.anywhere...)
		all = append(all, o.w.prefix...)
		all = append(all, o.w.suffix...)
		all = append(all, o.w.exact...)
		all = append(all, stems...)
		// The regexp's own alternatives, so that a word missing from the list fails.
		alts := strings.TrimSuffix(strings.TrimPrefix(o.re.String(), "(?i)("), ")")
		for _, alt := range strings.Split(alts, "|") {
			alt = strings.Trim(alt, "^$")
			all = append(all, strings.ReplaceAll(alt, "_?", "_"), strings.ReplaceAll(alt, "_?", ""))
		}
		for _, word := range all {
			for _, form := range []string{word, strings.ToUpper(word), strings.Title(word)} {
				for _, pre := range stems {
					for _, suf := range stems {
						// Short identifiers are folded into a buffer; long ones
						// (over 64 bytes) are compared as they are.
						for _, s := range []string{pre + form + suf, strings.Repeat("q", 60) + pre + form + suf, pre + form + suf + strings.Repeat("Q", 60)} {
							if got, want := o.w.MatchString(s), o.re.MatchString(s); got != want {
								t.Errorf("%s(%q) = %v, the regexp says %v", o.name, s, got, want)
							}
						}
					}
				}
			}
		}
	}
}

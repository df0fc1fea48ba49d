package secrets

import (
	"math"
	"regexp"
	"strings"
	"unicode"
)

// nameWords splits an identifier or setting key into lower-case words:
// "DB_PASSWORD" -> [db password], "apiKey" -> [api key], "x-auth-token" ->
// [x auth token].
func nameWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && len(cur) > 0 && (unicode.IsLower(cur[len(cur)-1]) ||
			i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(cur[len(cur)-1])):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

// metaWords end names that describe a secret instead of holding one
// (PASSWORD_RESET_TIMEOUT, token_url, password_field, api_key_header).
var metaWords = map[string]bool{
	"url": true, "uri": true, "endpoint": true, "type": true, "name": true, "names": true, "field": true,
	"fields": true, "length": true, "len": true, "min": true, "max": true, "timeout": true, "age": true,
	"expiry": true, "expires": true, "expiration": true, "ttl": true, "lifetime": true, "prefix": true,
	"suffix": true, "header": true, "headers": true, "path": true, "file": true, "filename": true, "dir": true,
	"format": true, "pattern": true, "regex": true, "re": true, "label": true, "help": true, "hint": true,
	"policy": true, "validators": true, "validator": true, "hasher": true, "hashers": true, "reset": true,
	"input": true, "widget": true, "prompt": true, "message": true, "msg": true, "error": true,
	"errors": true, "template": true, "count": true, "limit": true, "size": true, "required": true,
	"enabled": true, "param": true, "parameter": true, "column": true, "attr": true, "attribute": true,
	"class": true, "mode": true, "method": true, "algorithm": true, "algorithms": true, "alg": true, "scheme": true,
	"storage": true, "backend": true, "backends": true, "var": true, "env": true, "setting": true,
	"id": true, "ids": true, "salt": true, "hash": true, "digest": true, "generator": true, "cls": true,
	"view": true, "form": true, "serializer": true, "location": true, "source": true, "sources": true,
	"cookie": true, "session": true, "mismatch": true, "changed": true, "change": true, "confirm": true,
	"confirmation": true, "text": true, "placeholder": true, "display": true, "version": true, "kind": true,
	"encryption": true, "encoding": true, "hashing": true, "check": true, "checker": true, "strength": true,
	"complexity": true, "rotation": true, "validation": true, "manager": true, "store": true, "provider": true,
	"handler": true, "command": true, "cmd": true, "program": true, "helper": true, "rounds": true,
	"iterations": true, "auth": true, "authentication": true, "regexp": true, "chars": true, "charset": true,
	"prompts": true, "protected": true, "only": true, "generator_class": true,
	// digests of a secret, not the secret (password_sha256, token_md5)
	"md5": true, "sha": true, "sha1": true, "sha224": true, "sha256": true, "sha384": true, "sha512": true,
	"checksum": true, "fingerprint": true, "thumbprint": true,
}

// keyQualifiers make a trailing "key" a secret: api_key, secret_key,
// signing_key (not sort_key, cache_key, primary_key).
var keyQualifiers = map[string]bool{
	"api": true, "secret": true, "private": true, "access": true, "signing": true, "sign": true,
	"encryption": true, "encrypt": true, "auth": true, "master": true, "app": true, "client": true,
	"license": true, "hmac": true, "jwt": true, "crypto": true, "fernet": true, "aes": true, "consumer": true,
	"service": true, "subscription": true, "webhook": true, "account": true, "storage": true, "bot": true,
}

// secretName says what kind of secret a variable or key named name holds,
// or "" when the name does not hold one.
func secretName(name string) string {
	w := nameWords(name)
	if len(w) == 0 {
		return ""
	}
	last := w[len(w)-1]
	if metaWords[last] {
		return ""
	}
	if last == "key" || last == "keys" {
		if len(w) < 2 || !keyQualifiers[w[len(w)-2]] {
			return ""
		}
		if w[len(w)-2] == "private" {
			return "private key"
		}
		return "key"
	}
	if last == "apikey" || last == "accesskey" || last == "secretkey" || last == "privatekey" {
		return "key"
	}
	for i, x := range w {
		switch x {
		case "password", "passwd", "passphrase", "pwd", "passwords":
			return "password"
		case "pass":
			// DB_PASS, smtp_pass; not pass_through, pass_filter.
			if i == len(w)-1 {
				return "password"
			}
		case "secret", "secrets":
			return "secret"
		case "token", "tokens":
			if i == len(w)-1 || w[i+1] == "secret" {
				return "token"
			}
		case "credential", "credentials", "creds":
			return "credentials"
		}
	}
	return ""
}

var (
	// References to a secret kept elsewhere.
	refRe = regexp.MustCompile(`\$\{|\$\(|\{\{|\{%|%\(|%[sd]\b|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^<[^>]*>$|^\{[^{}]*\}$|^ENC\[|^vault:|^env:|^secret:|^arn:|^sm://|^op://|^/run/secrets/|^@[A-Za-z_]+@$`)
	// Environment variable names (DB_PASSWORD), dotted module paths.
	envNameRe = regexp.MustCompile(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$`)
	dottedRe  = regexp.MustCompile(`^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+$`)
	// Lower-case words naming a secret, joined by - or _.
	nameOfSecret = regexp.MustCompile(`^[-_a-z]*(?:password|passwd|pwd|secret|token|key|credentials?)[-_a-z]*$`)
)

// placeholderWords are values that stand for a secret without being one.
var placeholderWords = map[string]bool{
	"password": true, "passwd": true, "pass": true, "pwd": true, "secret": true, "token": true, "apikey": true,
	"key": true, "value": true, "string": true, "none": true, "null": true, "nil": true, "undefined": true,
	"todo": true, "tbd": true, "fixme": true, "fake": true, "test": true, "testing": true, "sample": true,
	"example": true, "dummy": true, "mock": true, "placeholder": true, "redacted": true, "hidden": true,
	"masked": true, "notset": true, "unset": true, "empty": true, "default": true, "required": true,
	"optional": true, "true": true, "false": true, "yes": true, "no": true, "on": true, "off": true,
	"foo": true, "bar": true, "foobar": true, "baz": true, "secretkey": true, "accesskey": true,
	"privatekey": true, "clientsecret": true, "authtoken": true, "accesstoken": true, "apitoken": true,
	"mypassword": true, "yourpassword": true, "mysecret": true, "yoursecret": true, "mytoken": true,
	"yourtoken": true, "myapikey": true, "yourapikey": true, "username": true, "user": true,
}

// placeholderParts anywhere in a value mark it as an example.
var placeholderParts = []string{"example", "placeholder", "dummy", "redacted", "replace_me", "replace-me", "replaceme",
	"your_", "your-", "<your", "xxxx", "****", "goes_here", "goes-here", "_here", "-here", "insert", "fixme", "todo"}

// testWords in a value mark it as made up for a test ("test-password",
// "fake_token").
var testWords = map[string]bool{"test": true, "testing": true, "fake": true, "dummy": true, "mock": true,
	"sample": true, "example": true, "placeholder": true, "invalid": true, "wrong": true, "bad": true, "foo": true, "bar": true}

// placeholder reports whether a value assigned to a secret-named target is
// not a real secret: empty, a reference (${VAR}, %(name)s, {{ var }}), an
// example ("<your-key-here>", "xxx"), a test value, prose, a path or URL.
func placeholder(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 4 {
		return true
	}
	if strings.ContainsAny(v, " \t\r\n") {
		return true // prose, a command, a format: secrets have no spaces
	}
	if refRe.MatchString(v) || envNameRe.MatchString(v) || dottedRe.MatchString(v) {
		return true
	}
	l := strings.ToLower(v)
	if strings.Contains(l, "://") {
		return true // a URL: credentials in it are the connection-string check's
	}
	for _, p := range []string{"/", "./", "../", "~/", "file:", "sqlite:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	collapsed := strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == '.' || r == ' ' {
			return -1
		}
		return r
	}, l)
	if placeholderWords[collapsed] {
		return true
	}
	if nameOfSecret.MatchString(l) {
		return true // "_password_reset_token", "set-password": the name of a field or key
	}
	for _, p := range placeholderParts {
		if strings.Contains(l, p) {
			return true
		}
	}
	if strings.Count(v, v[:1]) == len(v) {
		return true // "aaaa", "...."
	}
	if notASecret(v) {
		return true
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if testWords[w] {
			return true
		}
	}
	return false
}

// entropy is the Shannon entropy of s in bits per byte.
func entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	n := float64(len(s))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// strongEnough says whether a value of a non-password secret (token, API
// key) looks generated rather than like a word or an identifier: long
// enough, and either mixing character classes or of high entropy.
func strongEnough(v string) bool {
	if len(v) < 8 {
		return false
	}
	classes := 0
	var lower, upper, digit, other bool
	for _, r := range v {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsDigit(r):
			digit = true
		default:
			other = true
		}
	}
	for _, b := range []bool{lower, upper, digit, other} {
		if b {
			classes++
		}
	}
	return entropy(v) >= 3.0 && classes >= 2
}

// passwordHash matches stored password hashes: Django's
// "<algorithm>$<fields>" (pbkdf2_sha256$600000$salt$hash), passlib and
// crypt(3)'s modular format ($2b$12$..., $argon2id$..., $6$...), and
// Django's unusable password ("!" and 40 random characters). A user fixture
// holds them in its "password" field; they verify a password, they are not
// one.
var passwordHash = regexp.MustCompile(`^(?:(?:pbkdf2_sha256|pbkdf2_sha1|argon2|bcrypt_sha256|bcrypt|scrypt|sha1|md5|unsalted_sha1|unsalted_md5|crypt)\$[^$\s]+\$|\$(?:2[abxy]?|argon2(?:id|i|d)|1|5|6|7|y|gy|sha1|md5|scrypt|pbkdf2(?:-sha(?:1|256|512))?|bcrypt(?:-sha256)?)\$[^\s]+$|![A-Za-z0-9]{40}$)`)

// fileData are base64 openings of image and document formats (PNG, JPEG,
// GIF, PDF, WebP) and data: URIs: embedded files, not secrets.
var fileData = []string{"iVBORw0KGgo", "/9j/", "R0lGODlh", "R0lGODdh", "JVBERi0", "UklGR", "data:"}

// notASecret reports values that look random but are known not to be
// secrets: password hashes and embedded file data.
func notASecret(v string) bool {
	if passwordHash.MatchString(v) {
		return true
	}
	for _, p := range fileData {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

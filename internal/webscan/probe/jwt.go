package probe

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash"
	"net/http"
	"regexp"
	"strings"
	"sync"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/httpx"
	"github.com/secaudit/secaudit/internal/webscan"
)

// JWT tests the identity's JSON Web Token (Authorization: Bearer, a cookie
// or a parameter) on the first endpoint whose answer depends on it (the
// answer with the token is stable and differs from the answer without it):
//   - a token with a broken signature accepted: signatures not verified;
//   - alg "none" (several spellings) with the same claims accepted;
//   - an HMAC secret found offline in a small wordlist: a token forged with
//     it (one extra claim) accepted.
//
// "Accepted" means the answer equals the authenticated one. Each token is
// tested once per scan. At most 3 + 1 + 4 + 1 requests per token.
type JWT struct {
	mu   sync.Mutex
	done map[string]bool
}

func (*JWT) ID() string { return "WEB-JWT" }

var jwtRe = regexp.MustCompile(`^eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$`)

// jwtSecrets: common and default HMAC secrets (framework samples, docs).
var jwtSecrets = []string{"secret", "secret123", "secretkey", "secret-key", "secret_key", "SECRET_KEY", "jwt", "jwt-secret", "jwt_secret",
	"jwtsecret", "your-256-bit-secret", "your-secret-key", "your_secret_key", "yoursecretkey", "supersecret", "super-secret",
	"supersecretkey", "changeme", "change-me", "changeit", "password", "password123", "123456", "12345678", "key", "private",
	"mysecret", "my-secret", "my_secret", "mysecretkey", "s3cr3t", "default", "dev", "development", "test", "testing", "admin",
	"qwerty", "letmein", "hello", "abc123", "token", "app-secret", "appsecret", "flask-secret", "django-insecure", "keyboard cat",
	"shhhhh", "topsecret", "top-secret", "notasecret", "example", "sample", "demo", "api-secret", "access-secret", "auth-secret"}

type jwtLoc struct {
	where, name string // "header" Authorization, "cookie" name, or a param
	prefix      string
	param       *webscan.Param
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func (j *JWT) Run(ctx context.Context, ep *webscan.Endpoint, id *webscan.Identity, env *Env, emit webscan.Emit) {
	t := newTarget(ctx, ep, id, env)
	if t == nil || mayModify(ep) {
		return // GET endpoints only: the test replays the request several times
	}
	tok, loc := "", jwtLoc{}
	if a := t.sess.Headers.Get("Authorization"); a != "" {
		f := strings.Fields(a)
		if len(f) == 2 && jwtRe.MatchString(f[1]) {
			tok, loc = f[1], jwtLoc{where: "header", name: "Authorization", prefix: f[0] + " "}
		}
	}
	if tok == "" {
		for _, c := range t.sess.Jar.Cookies(ep.URL) {
			if jwtRe.MatchString(c.Value) {
				tok, loc = c.Value, jwtLoc{where: "cookie", name: c.Name}
				break
			}
		}
	}
	if tok == "" {
		for i := range t.ep.Params {
			if jwtRe.MatchString(t.ep.Params[i].Value) {
				tok, loc = t.ep.Params[i].Value, jwtLoc{where: "param", name: t.ep.Params[i].Name, param: &t.ep.Params[i]}
				break
			}
		}
	}
	if tok == "" {
		return
	}
	j.mu.Lock()
	if j.done == nil {
		j.done = map[string]bool{}
	}
	if j.done[tok] {
		j.mu.Unlock()
		return
	}
	j.mu.Unlock()
	send := func(v string, drop bool) (*httpx.Response, error) {
		switch loc.where {
		case "header":
			h := http.Header{}
			if !drop {
				h.Set(loc.name, loc.prefix+v)
			}
			saved := t.sess.Headers
			t.sess.Headers = saved.Clone()
			t.sess.Headers.Del(loc.name)
			defer func() { t.sess.Headers = saved }()
			return t.send(mutation{header: h})
		case "cookie":
			if drop {
				return t.send(mutation{dropCookie: loc.name})
			}
			return t.send(mutation{setCookie: &http.Cookie{Name: loc.name, Value: v}})
		default:
			if drop {
				return t.with(loc.param, "")
			}
			return t.with(loc.param, v)
		}
	}
	auth, err := send(tok, false)
	if err != nil {
		return
	}
	auth2, err := send(tok, false)
	if err != nil || !pageOf(auth).same(pageOf(auth2)) {
		return
	}
	anon, err := send("", true)
	if err != nil || pageOf(anon).same(pageOf(auth)) {
		return // this endpoint does not depend on the token: try another one
	}
	j.mu.Lock()
	j.done[tok] = true
	j.mu.Unlock()
	parts := strings.Split(tok, ".")
	var hdr map[string]any
	hb, _ := base64.RawURLEncoding.DecodeString(parts[0])
	_ = json.Unmarshal(hb, &hdr)
	accepted := func(v string) (*httpx.Response, bool) {
		r, err := send(v, false)
		return r, err == nil && pageOf(r).same(pageOf(auth))
	}
	report := func(msg string, r *httpx.Response, facts ...string) {
		res := webscan.Result{RuleID: "WEB-JWT", Message: msg, Method: "GET", URL: ep.URL.String(), Template: ep.Template,
			Parameter: loc.where + ":" + loc.name, Confidence: finding.ConfidenceHigh, Proof: []*httpx.Response{auth, anon, r},
			Facts: append(facts, "the answer equals the one with the real token, and differs from the one without a token")}
		emit(res)
	}
	// 1. Broken signature.
	bad := parts[0] + "." + parts[1] + "." + b64([]byte("secaudit-not-a-signature-000000"))
	if r, ok := accepted(bad); ok {
		report("JWT signature not verified: a token with a forged signature is accepted", r, "sent the same header and claims with a garbage signature")
		return
	}
	// 2. alg none.
	for _, alg := range []string{"none", "None", "NONE", "nOnE"} {
		h := map[string]any{}
		for k, v := range hdr {
			h[k] = v
		}
		h["alg"] = alg
		hj, _ := json.Marshal(h)
		none := b64(hj) + "." + parts[1] + "."
		if r, ok := accepted(none); ok {
			report("JWT with alg \""+alg+"\" accepted (no signature)", r, fmt.Sprintf("sent header %s with the same claims and an empty signature", hj))
			return
		}
	}
	// 3. Weak HMAC secret, found offline.
	alg, _ := hdr["alg"].(string)
	var hf func() hash.Hash
	switch alg {
	case "HS256":
		hf = sha256.New
	case "HS384":
		hf = sha512.New384
	case "HS512":
		hf = sha512.New
	default:
		return
	}
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return
	}
	for _, s := range jwtSecrets {
		m := hmac.New(hf, []byte(s))
		m.Write([]byte(parts[0] + "." + parts[1]))
		if !hmac.Equal(m.Sum(nil), sig) {
			continue
		}
		var claims map[string]any
		cb, _ := base64.RawURLEncoding.DecodeString(parts[1])
		if json.Unmarshal(cb, &claims) != nil {
			return
		}
		claims["secaudit"] = token()
		cj, _ := json.Marshal(claims)
		m = hmac.New(hf, []byte(s))
		m.Write([]byte(parts[0] + "." + b64(cj)))
		forged := parts[0] + "." + b64(cj) + "." + b64(m.Sum(nil))
		if r, ok := accepted(forged); ok {
			report(fmt.Sprintf("JWT signed with a guessable HMAC secret (%q)", s), r,
				fmt.Sprintf("the token's %s signature verifies with the secret %q from a wordlist of %d", alg, s, len(jwtSecrets)),
				"a token forged with it (an extra claim) is accepted")
		}
		return
	}
}

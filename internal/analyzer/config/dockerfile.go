package config

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/control"
	"github.com/secaudit/secaudit/internal/shell"
)

// dInstr is one Dockerfile instruction after joining continuation lines.
type dInstr struct {
	cmd   string // upper case: FROM, RUN ...
	args  string // the rest, continuations joined with spaces; heredoc bodies appended
	line  int
	exec  []string // JSON exec form, when the args are one
	flags map[string]string
	rest  string // args without the leading --flags
}

var escapeRe = regexp.MustCompile(`(?i)^#\s*escape\s*=\s*(\S)`)

var heredocRe = regexp.MustCompile(`<<(-?)["']?([A-Za-z_][A-Za-z0-9_]*)["']?`)

// parseDockerfile splits a Dockerfile into instructions: comments and blank
// lines are dropped (also inside continuations), lines ending in the escape
// character continue, heredoc bodies are attached to their instruction.
func parseDockerfile(src string) []dInstr {
	lines := strings.Split(src, "\n")
	escape := `\`
	var out []dInstr
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if i == 0 || len(out) == 0 {
			// Parser directives come before any instruction.
			if m := escapeRe.FindStringSubmatch(t); m != nil {
				escape = m[1]
			}
		}
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		start := i + 1
		var b strings.Builder
		for {
			cur := strings.TrimRight(lines[i], " \t\r")
			if strings.HasSuffix(cur, escape) && i+1 < len(lines) {
				b.WriteString(strings.TrimSuffix(cur, escape))
				b.WriteByte(' ')
				i++
				for i < len(lines)-1 && isDockerComment(lines[i]) {
					i++
				}
				continue
			}
			b.WriteString(cur)
			break
		}
		full := strings.TrimSpace(b.String())
		cmd, args, _ := strings.Cut(full, " ")
		in := dInstr{cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args), line: start}
		// Heredocs: the body lines up to the delimiter belong to the instruction.
		for _, m := range heredocRe.FindAllStringSubmatch(in.args, -1) {
			var body []string
			for i+1 < len(lines) {
				i++
				l := strings.TrimRight(lines[i], "\r")
				if l == m[2] || m[1] == "-" && strings.TrimLeft(l, "\t") == m[2] {
					break
				}
				body = append(body, l)
			}
			in.args += "\n" + strings.Join(body, "\n")
		}
		in.flags, in.rest = splitFlags(in.args)
		if strings.HasPrefix(in.rest, "[") {
			var ex []string
			if json.Unmarshal([]byte(in.rest), &ex) == nil {
				in.exec = ex
			}
		}
		out = append(out, in)
	}
	return out
}

func isDockerComment(l string) bool {
	t := strings.TrimSpace(l)
	return t == "" || strings.HasPrefix(t, "#")
}

// splitFlags separates leading --name=value flags (FROM --platform, ADD --checksum).
func splitFlags(args string) (map[string]string, string) {
	flags := map[string]string{}
	rest := args
	for strings.HasPrefix(rest, "--") {
		word, after, _ := strings.Cut(rest, " ")
		k, v, _ := strings.Cut(strings.TrimPrefix(word, "--"), "=")
		flags[k] = v
		rest = strings.TrimSpace(after)
	}
	return flags, rest
}

type dStage struct {
	from   dInstr
	image  string
	name   string
	parent int // index of the stage it builds on, or -1
	user   string
	userAt int
}

func analyzeDockerfile(c *fileCtx, data []byte) {
	ins := parseDockerfile(string(data))
	c.res.kind, c.res.label = kindDocker, c.rel
	globalArgs := map[string]string{}
	var stages []*dStage
	for _, in := range ins {
		switch in.cmd {
		case "FROM":
			stages = append(stages, newStage(c, in, stages, globalArgs))
		case "ARG":
			kv := envPairs(in.rest, true)
			if len(stages) == 0 {
				for _, p := range kv {
					globalArgs[p[0]] = p[1]
				}
			}
			checkDockerSecrets(c, in, kv)
		case "ENV":
			checkDockerSecrets(c, in, envPairs(in.rest, false))
		case "USER":
			if len(stages) > 0 {
				s := stages[len(stages)-1]
				s.user, s.userAt = firstWord(in.rest), in.line
			}
		case "RUN":
			checkCurlPipe(c, in)
		case "ADD":
			checkAddURL(c, in)
		}
	}
	if len(stages) > 0 {
		checkFinalUser(c, stages)
	}
}

func newStage(c *fileCtx, in dInstr, stages []*dStage, args map[string]string) *dStage {
	words := strings.Fields(in.rest)
	s := &dStage{from: in, parent: -1}
	if len(words) > 0 {
		s.image = words[0]
	}
	if len(words) >= 3 && strings.EqualFold(words[1], "as") {
		s.name = strings.ToLower(words[2])
	}
	for i, st := range stages {
		if st.name != "" && st.name == strings.ToLower(s.image) {
			s.parent = i
		}
	}
	if s.parent < 0 && s.image != "" && !strings.EqualFold(s.image, "scratch") {
		checkImagePin(c, in, s.image, args)
	}
	return s
}

var argRefRe = regexp.MustCompile(`\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}?`)

// checkImagePin reports FROM images without a tag, or with latest, and no digest.
func checkImagePin(c *fileCtx, in dInstr, image string, args map[string]string) {
	if strings.Contains(image, "$") {
		resolved, unknown := image, false
		resolved = argRefRe.ReplaceAllStringFunc(image, func(ref string) string {
			m := argRefRe.FindStringSubmatch(ref)
			v, ok := args[m[1]]
			if !ok || v == "" {
				unknown = true
			}
			return v
		})
		if unknown {
			return // given at build time: cannot tell
		}
		image = resolved
	}
	if strings.Contains(image, "@sha256:") {
		c.observe("MC-1", control.Positive, in.line, fmt.Sprintf("base image %s is pinned by digest in %s", image, c.rel))
		return
	}
	name := image[strings.LastIndex(image, "/")+1:]
	_, tag, hasTag := strings.Cut(name, ":")
	switch {
	case !hasTag:
		c.report("CFG-DOCKER-UNPINNED-IMAGE", in.line, 1, fmt.Sprintf("FROM %s has no tag (latest) and no digest", image))
	case tag == "latest":
		c.report("CFG-DOCKER-UNPINNED-IMAGE", in.line, 1, fmt.Sprintf("FROM %s uses the latest tag and no digest", image))
	}
}

// checkFinalUser: the final stage's user, inherited through FROM <stage>.
func checkFinalUser(c *fileCtx, stages []*dStage) {
	final := stages[len(stages)-1]
	user := ""
	for s, n := final, 0; s != nil && n < len(stages); n++ {
		if s.user != "" {
			user = s.user
			break
		}
		if s.parent < 0 {
			if strings.Contains(s.image, "nonroot") {
				user = "nonroot"
			}
			break
		}
		s = stages[s.parent]
	}
	name, _, _ := strings.Cut(user, ":")
	switch name {
	case "":
		c.report("CFG-DOCKER-ROOT-USER", final.from.line, 1, "the final stage has no USER instruction, so the container runs as root")
	case "root", "0":
		line := final.from.line
		if final.userAt > 0 {
			line = final.userAt // the USER root instruction itself
		}
		c.report("CFG-DOCKER-ROOT-USER", line, 1, fmt.Sprintf("the final stage sets USER %s", user))
	default:
		c.observe("MC-3", control.Coverage, final.userAt, fmt.Sprintf("container runs as non-root user %s (%s)", user, c.rel))
	}
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return strings.Trim(f[0], `"'`)
	}
	return ""
}

// envPairs parses "K=V K2='V 2'" and the legacy "K V" form (ENV only).
func envPairs(s string, isArg bool) [][2]string {
	words := shell.Words(s)
	if len(words) == 0 {
		return nil
	}
	if !isArg && !strings.Contains(words[0], "=") {
		_, rest, _ := strings.Cut(strings.TrimSpace(s), " ")
		return [][2]string{{words[0], unquote(strings.TrimSpace(rest))}}
	}
	var out [][2]string
	for _, w := range words {
		k, v, _ := strings.Cut(w, "=")
		out = append(out, [2]string{k, v})
	}
	return out
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

func checkDockerSecrets(c *fileCtx, in dInstr, kv [][2]string) {
	for _, p := range kv {
		k, v := p[0], p[1]
		if !secretKeyName(k) || v == "" || strings.Contains(v, "$") || strings.HasPrefix(v, "/run/secrets/") {
			continue
		}
		c.report("CFG-DOCKER-SECRET-IN-ENV", in.line, 1, fmt.Sprintf("%s %s sets a literal value; it is stored in the image", in.cmd, k))
	}
}

// secretKeyName: the variable name holds a secret (as a word part), and is
// not the path of a file holding one (..._FILE).
func secretKeyName(k string) bool {
	parts := strings.FieldsFunc(strings.ToUpper(k), func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') })
	if len(parts) == 0 || parts[len(parts)-1] == "FILE" || parts[len(parts)-1] == "PATH" {
		return false
	}
	for i, p := range parts {
		switch p {
		case "PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "CREDENTIALS", "CREDENTIAL", "PASS", "PWD":
			return true
		case "KEY":
			if i > 0 && (parts[i-1] == "API" || parts[i-1] == "PRIVATE" || parts[i-1] == "ACCESS" || parts[i-1] == "SECRET") {
				return true
			}
		}
	}
	return false
}

func checkAddURL(c *fileCtx, in dInstr) {
	if _, ok := in.flags["checksum"]; ok {
		return
	}
	srcs := in.exec
	if srcs == nil {
		srcs = shell.Words(in.rest)
	}
	if len(srcs) > 1 {
		srcs = srcs[:len(srcs)-1] // the last word is the destination
	}
	for _, s := range srcs {
		if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
			c.report("CFG-DOCKER-ADD-URL", in.line, 1, fmt.Sprintf("ADD downloads %s without --checksum", s))
			return
		}
	}
}

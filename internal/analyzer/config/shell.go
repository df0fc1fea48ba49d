package config

import (
	"fmt"
	"path"
	"strings"
)

// shTok is a shell word or an operator (|, ||, &&, ;, &, newline).
type shTok struct {
	text string
	op   bool
}

// shellTokens splits a POSIX shell command line. Quotes are removed from
// words; $(...) and `...` stay inside their word (with their text) so a
// command substitution can be inspected.
func shellTokens(s string) []shTok {
	var toks []shTok
	var b strings.Builder
	inWord := false
	flush := func() {
		if inWord {
			toks = append(toks, shTok{text: b.String()})
			b.Reset()
			inWord = false
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			if s[i+1] != '\n' {
				b.WriteByte(s[i+1])
				inWord = true
			}
			i++
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				j = len(s) - i - 1
			}
			b.WriteString(s[i+1 : i+1+j])
			inWord = true
			i += j + 1
		case c == '"':
			i++
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				b.WriteByte(s[i])
				i++
			}
			inWord = true
		case c == '$' && i+1 < len(s) && s[i+1] == '(' || c == '`':
			end := matchSubst(s, i)
			b.WriteString(s[i:end])
			inWord = true
			i = end - 1
		case c == ' ' || c == '\t' || c == '\r':
			flush()
		case c == '#' && !inWord:
			for i < len(s) && s[i] != '\n' {
				i++
			}
			i--
		case c == '|' || c == '&' || c == ';' || c == '\n':
			flush()
			op := string(c)
			if i+1 < len(s) && (c == '|' || c == '&') && s[i+1] == c {
				op += string(c)
				i++
			}
			toks = append(toks, shTok{text: op, op: true})
		default:
			b.WriteByte(c)
			inWord = true
		}
	}
	flush()
	return toks
}

// matchSubst returns the index after a $( ... ) or ` ... ` starting at i.
func matchSubst(s string, i int) int {
	if s[i] == '`' {
		if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
			return i + j + 2
		}
		return len(s)
	}
	depth := 0
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return len(s)
}

// shellWords returns only the words (for ENV/ARG/ADD arguments).
func shellWords(s string) []string {
	var out []string
	for _, t := range shellTokens(s) {
		if !t.op {
			out = append(out, t.text)
		}
	}
	return out
}

// pipelines groups commands: each pipeline is a list of commands joined by
// "|"; pipelines are separated by && || ; & and newlines.
func pipelines(toks []shTok) [][][]string {
	var out [][][]string
	var pipe [][]string
	var cmd []string
	endCmd := func() {
		if len(cmd) > 0 {
			pipe = append(pipe, cmd)
			cmd = nil
		}
	}
	for _, t := range toks {
		switch {
		case !t.op:
			cmd = append(cmd, t.text)
		case t.text == "|":
			endCmd()
		default:
			endCmd()
			if len(pipe) > 0 {
				out = append(out, pipe)
				pipe = nil
			}
		}
	}
	endCmd()
	if len(pipe) > 0 {
		out = append(out, pipe)
	}
	return out
}

// commandName skips variable assignments and wrappers (sudo, env, time ...)
// and returns the program's base name with its arguments.
func commandName(cmd []string) (string, []string) {
	for i := 0; i < len(cmd); i++ {
		w := cmd[i]
		if strings.Contains(w, "=") && !strings.HasPrefix(w, "-") && !strings.HasPrefix(w, "=") {
			continue
		}
		switch path.Base(w) {
		case "sudo", "env", "time", "exec", "nice", "nohup", "command":
			for i+1 < len(cmd) && strings.HasPrefix(cmd[i+1], "-") {
				i++
			}
			continue
		}
		return path.Base(w), cmd[i+1:]
	}
	return "", nil
}

var downloaders = map[string]bool{"curl": true, "wget": true, "fetch": true}

var interpreters = map[string]bool{"sh": true, "bash": true, "zsh": true, "dash": true, "ksh": true, "ash": true,
	"fish": true, "python": true, "python2": true, "python3": true, "perl": true, "ruby": true, "node": true, "php": true}

// curlPipe describes a download piped or substituted into an interpreter, or "".
func curlPipe(script string) string {
	for _, pipe := range pipelines(shellTokens(script)) {
		dl := ""
		for _, cmd := range pipe {
			name, args := commandName(cmd)
			if downloaders[name] {
				dl = name
				continue
			}
			if !interpreters[name] && !strings.HasPrefix(name, "python") {
				continue
			}
			if dl != "" {
				return fmt.Sprintf("%s output is piped into %s", dl, name)
			}
			// sh -c "$(curl ...)" and bash <(curl ...)
			for _, a := range args {
				for d := range downloaders {
					if strings.Contains(a, "$("+d+" ") || strings.Contains(a, "`"+d+" ") || strings.HasPrefix(a, "<("+d) {
						return fmt.Sprintf("%s runs the output of %s", name, d)
					}
				}
			}
		}
	}
	return ""
}

func checkCurlPipe(c *fileCtx, in dInstr) {
	script := in.rest
	if in.exec != nil {
		script = strings.Join(in.exec, " ")
		if len(in.exec) >= 3 && interpreters[path.Base(in.exec[0])] && in.exec[1] == "-c" {
			script = in.exec[2]
		}
	}
	if why := curlPipe(script); why != "" {
		c.report("CFG-DOCKER-CURL-PIPE-SH", in.line, 1, "RUN: "+why+" without verifying it")
	}
}

// Package shell reads POSIX shell command lines the way the checks need
// them: words with quotes removed, pipelines, the program each command runs,
// and downloads piped into an interpreter (curl ... | sh). Used for
// Dockerfile RUN instructions, shell scripts and CI job steps.
package shell

import (
	"fmt"
	"path"
	"strings"
)

// Tok is a shell word or an operator (|, ||, &&, ;, &, newline).
type Tok struct {
	Text string
	Op   bool
}

// Tokens splits a POSIX shell command line. Quotes are removed from
// words; $(...) and `...` stay inside their word (with their text) so a
// command substitution can be inspected.
func Tokens(s string) []Tok {
	var toks []Tok
	var b strings.Builder
	inWord := false
	flush := func() {
		if inWord {
			toks = append(toks, Tok{Text: b.String()})
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
			toks = append(toks, Tok{Text: op, Op: true})
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

// Words returns only the words (for ENV/ARG/ADD arguments).
func Words(s string) []string {
	var out []string
	for _, t := range Tokens(s) {
		if !t.Op {
			out = append(out, t.Text)
		}
	}
	return out
}

// Pipelines groups commands: each pipeline is a list of commands joined by
// "|"; Pipelines are separated by && || ; & and newlines.
func Pipelines(toks []Tok) [][][]string {
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
		case !t.Op:
			cmd = append(cmd, t.Text)
		case t.Text == "|":
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

// CommandName skips variable assignments and wrappers (sudo, env, time ...)
// and returns the program's base name with its arguments.
func CommandName(cmd []string) (string, []string) {
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

var Downloaders = map[string]bool{"curl": true, "wget": true, "fetch": true}

var Interpreters = map[string]bool{"sh": true, "bash": true, "zsh": true, "dash": true, "ksh": true, "ash": true,
	"fish": true, "python": true, "python2": true, "python3": true, "perl": true, "ruby": true, "node": true, "php": true}

// CurlPipe describes a download piped or substituted into an interpreter, or "".
func CurlPipe(script string) string {
	for _, pipe := range Pipelines(Tokens(script)) {
		dl := ""
		for _, cmd := range pipe {
			name, args := CommandName(cmd)
			if Downloaders[name] {
				dl = name
				continue
			}
			if !Interpreters[name] && !strings.HasPrefix(name, "python") {
				continue
			}
			if dl != "" {
				return fmt.Sprintf("%s output is piped into %s", dl, name)
			}
			// sh -c "$(curl ...)" and bash <(curl ...)
			for _, a := range args {
				for d := range Downloaders {
					if strings.Contains(a, "$("+d+" ") || strings.Contains(a, "`"+d+" ") || strings.HasPrefix(a, "<("+d) {
						return fmt.Sprintf("%s runs the output of %s", name, d)
					}
				}
			}
		}
	}
	return ""
}

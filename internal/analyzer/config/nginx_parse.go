package config

import (
	"fmt"
	"strings"
)

// directive is one nginx directive: name, arguments and an optional block.
type directive struct {
	name      string
	args      []string
	line, col int
	block     []*directive
	hasBlock  bool
}

type ngToken struct {
	text      string
	quoted    bool
	line, col int
}

// tokenizeNginx splits nginx configuration into words, quoted strings and
// the punctuation { } ;. Comments run from # to the end of the line.
func tokenizeNginx(src string) ([]ngToken, error) {
	var toks []ngToken
	line, col := 1, 1
	i := 0
	advance := func() {
		if src[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i++
	}
	for i < len(src) {
		ch := src[i]
		switch {
		case ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n':
			advance()
		case ch == '#':
			for i < len(src) && src[i] != '\n' {
				advance()
			}
		case ch == '{' || ch == '}' || ch == ';':
			toks = append(toks, ngToken{text: string(ch), line: line, col: col})
			advance()
		case ch == '"' || ch == '\'':
			tl, tc := line, col
			quote := ch
			advance()
			var b strings.Builder
			closed := false
			for i < len(src) {
				c := src[i]
				if c == '\\' && i+1 < len(src) {
					advance()
					b.WriteByte(src[i])
					advance()
					continue
				}
				if c == quote {
					advance()
					closed = true
					break
				}
				b.WriteByte(c)
				advance()
			}
			if !closed {
				return toks, fmt.Errorf("line %d: unterminated string", tl)
			}
			toks = append(toks, ngToken{text: b.String(), quoted: true, line: tl, col: tc})
		default:
			tl, tc := line, col
			start := i
			for i < len(src) {
				c := src[i]
				if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '"' || c == '\'' {
					break
				}
				// ${var} keeps its braces inside a word; a bare { or } ends it.
				if c == '{' && !(i > start && src[i-1] == '$') || c == '}' && !strings.Contains(src[start:i], "${") {
					break
				}
				if c == '\\' && i+1 < len(src) {
					advance()
				}
				advance()
			}
			toks = append(toks, ngToken{text: src[start:i], line: tl, col: tc})
		}
	}
	return toks, nil
}

// parseNginx builds the directive tree. Unbalanced braces and a directive
// missing its ';' are errors: guessing the structure would produce findings
// about blocks that do not exist.
func parseNginx(src string) ([]*directive, error) {
	toks, err := tokenizeNginx(src)
	if err != nil {
		return nil, err
	}
	p := &ngParser{toks: toks}
	ds, err := p.block(0)
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.toks) {
		return nil, fmt.Errorf("line %d: unexpected \"}\"", p.toks[p.pos].line)
	}
	return ds, nil
}

type ngParser struct {
	toks []ngToken
	pos  int
}

func (p *ngParser) block(depth int) ([]*directive, error) {
	if depth > 100 {
		return nil, fmt.Errorf("blocks nested too deeply")
	}
	var out []*directive
	for p.pos < len(p.toks) {
		t := p.toks[p.pos]
		if !t.quoted && t.text == "}" {
			if depth == 0 {
				return nil, fmt.Errorf("line %d: unexpected \"}\"", t.line)
			}
			return out, nil
		}
		if !t.quoted && (t.text == "{" || t.text == ";") {
			return nil, fmt.Errorf("line %d: unexpected %q", t.line, t.text)
		}
		d := &directive{name: t.text, line: t.line, col: t.col}
		p.pos++
		for {
			if p.pos >= len(p.toks) {
				return nil, fmt.Errorf("line %d: directive %q is not terminated by \";\" or a block", d.line, d.name)
			}
			a := p.toks[p.pos]
			p.pos++
			if a.quoted || a.text != ";" && a.text != "{" && a.text != "}" {
				d.args = append(d.args, a.text)
				continue
			}
			if a.text == "}" {
				return nil, fmt.Errorf("line %d: directive %q is not terminated by \";\"", d.line, d.name)
			}
			if a.text == "{" {
				d.hasBlock = true
				body, err := p.block(depth + 1)
				if err != nil {
					return nil, err
				}
				if p.pos >= len(p.toks) {
					return nil, fmt.Errorf("line %d: block of %q is not closed", d.line, d.name)
				}
				p.pos++ // the closing }
				d.block = body
			}
			break
		}
		out = append(out, d)
	}
	if depth > 0 {
		return nil, fmt.Errorf("unexpected end of file: a block is not closed")
	}
	return out, nil
}

package javascript

import (
	"context"
	"strings"
	"testing"
	"time"

	ts "github.com/tree-sitter/go-tree-sitter"
)

func TestPerfParts(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 2<<20; i++ {
		b.WriteString("var a" + itoa(i) + "=document.referrer;if(a" + itoa(i) + "){$(\"#x\").text(a" + itoa(i) + ")}")
	}
	src := []byte(b.String())
	p := ts.NewParser()
	p.SetLanguage(jsLanguage)
	s := time.Now()
	tree := p.Parse(src, nil)
	t.Logf("plain parse %v", time.Since(s))
	s = time.Now()
	n := 0
	c := tree.Walk()
	var walk func()
	walk = func() {
		n++
		if c.GotoFirstChild() {
			for {
				walk()
				if !c.GotoNextSibling() {
					break
				}
			}
			c.GotoParent()
		}
	}
	walk()
	t.Logf("cursor walk %v nodes %d", time.Since(s), n)
	tree.Close()
	s = time.Now()
	r, _ := parse(context.Background(), src)
	t.Logf("parse+convert %v nodes %d", time.Since(s), r.nodes)
}

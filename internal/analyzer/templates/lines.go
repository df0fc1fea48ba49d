package templates

import (
	"sort"
	"strings"
)

// lineIndex maps byte offsets to lines and columns.
type lineIndex struct {
	src    string
	starts []int
}

func newLines(src string) *lineIndex {
	li := &lineIndex{src: src, starts: []int{0}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

// position returns the 1-based line and column of an offset.
func (li *lineIndex) position(off int) (int, int) {
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, off - li.starts[i] + 1
}

// snippet is the trimmed text of a line, capped for minified pages.
func (li *lineIndex) snippet(line int) string {
	if line < 1 || line > len(li.starts) {
		return ""
	}
	end := len(li.src)
	if line < len(li.starts) {
		end = li.starts[line] - 1
	}
	s := strings.TrimSpace(li.src[li.starts[line-1]:end])
	if len(s) > 300 {
		s = strings.ToValidUTF8(s[:300], "")
	}
	return s
}

package finding

import "strings"

// maxSnippet bounds a snippet: a minified or generated line is cut, not
// copied whole into every report.
const maxSnippet = 300

// LineLocation is the location of a 1-based line of a file whose lines the
// analyzer holds, with the line (trimmed, cut at maxSnippet bytes) as the
// snippet. A line below 1 is the file's first line.
func LineLocation(path string, lines []string, line, col int) *Location {
	if line < 1 {
		line = 1
	}
	snippet := ""
	if line <= len(lines) {
		snippet = strings.TrimSpace(lines[line-1])
		if len(snippet) > maxSnippet {
			snippet = strings.ToValidUTF8(snippet[:maxSnippet], "")
		}
	}
	return &Location{Path: path, Line: line, Column: col, Snippet: snippet}
}

package supplychain

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/secaudit/secaudit/internal/report"
)

// dockerfile checks the pip installs of RUN instructions. Downloads piped
// into a shell in a Dockerfile are the configuration analyzer's
// CFG-DOCKER-CURL-PIPE-SH, so they are not reported twice.
func (c *checker) dockerfile() {
	logical, at := logicalLines(c.ff.lines, 1)
	for i, l := range logical {
		t := strings.TrimSpace(l)
		if len(t) < 4 || !strings.EqualFold(t[:3], "RUN") || (t[3] != ' ' && t[3] != '\t') {
			continue
		}
		script := strings.TrimSpace(t[4:])
		for strings.HasPrefix(script, "--") { // RUN --mount=... --network=...
			sp := strings.IndexAny(script, " \t")
			if sp < 0 {
				script = ""
				break
			}
			script = strings.TrimSpace(script[sp:])
		}
		if strings.HasPrefix(script, "[") {
			var exec []string
			if json.Unmarshal([]byte(script), &exec) == nil {
				if len(exec) >= 3 && (exec[1] == "-c") {
					script = exec[2]
				} else {
					script = strings.Join(exec, " ")
				}
			}
		}
		c.commands(at[i], script, false)
	}
}

// script checks shell lines (a script file, or a CI step's run block that
// starts at line first).
func (c *checker) script(first int, lines []string) {
	logical, at := logicalLines(lines, first+1)
	for i, l := range logical {
		c.commands(at[i], l, true)
	}
}

// makefile checks recipe lines (tab-indented), without make's @ - + prefixes.
func (c *checker) makefile() {
	var recipe []string
	for _, l := range c.ff.lines {
		if strings.HasPrefix(l, "\t") {
			recipe = append(recipe, strings.TrimLeft(strings.TrimPrefix(l, "\t"), "@-+"))
		} else {
			recipe = append(recipe, "")
		}
	}
	c.script(0, recipe)
}

// ciFile checks a GitHub Actions workflow or a GitLab CI file: action pins
// and the shell of every step.
func (c *checker) ciFile(data []byte) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		c.ff.errs = append(c.ff.errs, report.ErrorEntry{Analyzer: ID, Path: c.ff.rel, Kind: "parse", Message: "invalid YAML: " + err.Error()})
		return
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return
	}
	root := doc.Content[0]
	if c.ff.kind == kindGitlab {
		for _, job := range pairs(root) {
			for _, key := range []string{"script", "before_script", "after_script"} {
				c.shellNode(get(job.value, key))
			}
		}
		return
	}
	for _, job := range pairs(get(root, "jobs")) {
		c.uses(get(job.value, "uses")) // reusable workflow
		steps := get(job.value, "steps")
		if steps == nil || steps.Kind != yaml.SequenceNode {
			continue
		}
		for _, step := range steps.Content {
			c.uses(get(step, "uses"))
			c.shellNode(get(step, "run"))
		}
	}
}

var fullSHA = regexp.MustCompile(`^[0-9a-f]{40}$`)

// uses checks one "uses:" reference: owner/repo[/path]@ref must name a
// full commit SHA; a tag or branch can be moved by whoever controls the
// action's repository. Local actions (./path) are part of the repository.
func (c *checker) uses(n *yaml.Node) {
	if n == nil || n.Kind != yaml.ScalarNode {
		return
	}
	ref := strings.TrimSpace(n.Value)
	switch {
	case ref == "" || strings.HasPrefix(ref, "./") || strings.HasPrefix(ref, "../"):
		return
	case strings.HasPrefix(ref, "docker://"):
		c.ff.actions++
		if strings.Contains(ref, "@sha256:") {
			c.ff.pinned++
			return
		}
		c.report("SC-ACTION-UNPINNED", n.Line, fmt.Sprintf("%s is a container image by tag, not by digest", ref))
		return
	}
	c.ff.actions++
	at := strings.LastIndexByte(ref, '@')
	if at > 0 && fullSHA.MatchString(ref[at+1:]) {
		c.ff.pinned++
		return
	}
	what := "no version at all"
	if at > 0 {
		what = "the tag or branch " + ref[at+1:]
	}
	c.report("SC-ACTION-UNPINNED", n.Line, fmt.Sprintf("%s is pinned to %s, which its owner can move to other code", ref, what))
}

// shellNode checks a run:/script: value: a string, or a list of strings.
func (c *checker) shellNode(n *yaml.Node) {
	if n == nil {
		return
	}
	switch n.Kind {
	case yaml.SequenceNode:
		for _, item := range n.Content {
			c.shellNode(item)
		}
	case yaml.ScalarNode:
		first := n.Line - 1
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			first = n.Line // the text starts on the line after | or >
		}
		c.script(first, strings.Split(n.Value, "\n"))
	}
}

type pair struct {
	key   string
	value *yaml.Node
}

func pairs(m *yaml.Node) []pair {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	var out []pair
	for i := 0; i+1 < len(m.Content); i += 2 {
		out = append(out, pair{m.Content[i].Value, m.Content[i+1]})
	}
	return out
}

func get(m *yaml.Node, key string) *yaml.Node {
	for _, p := range pairs(m) {
		if p.key == key {
			return p.value
		}
	}
	return nil
}

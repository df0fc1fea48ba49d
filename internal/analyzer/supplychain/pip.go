package supplychain

import (
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/secaudit/secaudit/internal/finding"
	"github.com/secaudit/secaudit/internal/rule"
	"github.com/secaudit/secaudit/internal/shell"
)

// requirement is one requirement of a requirements file.
type requirement struct {
	line   int
	text   string
	hashed bool
}

// pipInstall is one pip install command found in a Dockerfile, script or
// CI step.
type pipInstall struct {
	line          int
	files         []string // -r arguments
	requireHashes bool
}

func allHashed(reqs []requirement) bool {
	for _, r := range reqs {
		if !r.hashed {
			return false
		}
	}
	return true
}

// logicalLines joins lines continued with a trailing backslash and returns
// each joined line with the 1-based number of its first physical line.
func logicalLines(lines []string, first int) (out []string, at []int) {
	var b strings.Builder
	start := -1
	for i, l := range lines {
		l = strings.TrimRight(l, "\r")
		if start < 0 {
			start = first + i
		}
		if strings.HasSuffix(l, "\\") {
			b.WriteString(strings.TrimSuffix(l, "\\"))
			b.WriteByte(' ')
			continue
		}
		b.WriteString(l)
		out, at = append(out, b.String()), append(at, start)
		b.Reset()
		start = -1
	}
	if start >= 0 {
		out, at = append(out, b.String()), append(at, start)
	}
	return out, at
}

// stripComment removes a pip requirements comment: # at the start of the
// line or after whitespace (a # inside a URL fragment is not a comment).
func stripComment(l string) string {
	for i := 0; i < len(l); i++ {
		if l[i] == '#' && (i == 0 || l[i-1] == ' ' || l[i-1] == '\t') {
			return l[:i]
		}
	}
	return l
}

// requirements reads a pip requirements file.
func (c *checker) requirements() {
	logical, at := logicalLines(c.ff.lines, 1)
	for i, l := range logical {
		fields := strings.Fields(stripComment(l))
		if len(fields) == 0 {
			continue
		}
		line := at[i]
		if strings.HasPrefix(fields[0], "-") {
			c.pipOptions(line, fields, true)
			continue
		}
		r := requirement{line: line, text: fields[0]}
		spec := fields[0]
		for j, f := range fields[1:] {
			if strings.HasPrefix(f, "--hash") {
				r.hashed = true
			}
			// "name @ https://..." (PEP 508 direct reference)
			if f == "@" && j+2 < len(fields) {
				spec = fields[j+2]
			}
		}
		c.source(line, spec, false)
		c.ff.reqs = append(c.ff.reqs, r)
	}
}

// pipOptions checks the options of a requirements line or a pip command:
// indexes and links over plain HTTP, trusted hosts, editable VCS checkouts.
func (c *checker) pipOptions(line int, args []string, inFile bool) {
	for i := 0; i < len(args); i++ {
		opt, val := args[i], ""
		if k := strings.IndexByte(opt, '='); k > 0 && strings.HasPrefix(opt, "--") {
			opt, val = opt[:k], opt[k+1:]
		} else if i+1 < len(args) {
			val = args[i+1]
		}
		switch opt {
		case "-i", "--index-url", "--extra-index-url", "-f", "--find-links":
			if strings.HasPrefix(strings.ToLower(val), "http://") {
				c.report("SC-PIP-INSECURE-SOURCE", line, fmt.Sprintf("%s %s: packages are downloaded over plain HTTP", opt, redactURL(val)))
			}
		case "--trusted-host":
			c.report("SC-PIP-INSECURE-SOURCE", line, fmt.Sprintf("--trusted-host %s turns off TLS verification for that package host", val))
		case "-e", "--editable":
			c.source(line, val, true)
		}
	}
}

var commitPin = regexp.MustCompile(`@[0-9a-fA-F]{40}([#&]|$)`)

// source checks where a requirement comes from: a VCS URL must name a
// commit (a tag or branch can be moved), a URL must not be plain HTTP.
func (c *checker) source(line int, spec string, editable bool) {
	lower := strings.ToLower(spec)
	for _, vcs := range []string{"git+", "hg+", "svn+", "bzr+"} {
		if strings.HasPrefix(lower, vcs) {
			if strings.HasPrefix(lower[len(vcs):], "http://") || strings.HasPrefix(lower[len(vcs):], "git://") {
				c.report("SC-PIP-INSECURE-SOURCE", line, fmt.Sprintf("%s is fetched without TLS", redactURL(spec)))
			} else if !commitPin.MatchString(spec) {
				c.report("SC-PIP-INSECURE-SOURCE", line, fmt.Sprintf("%s is not pinned to a commit: whoever can push to it changes what is installed", redactURL(spec)))
			}
			return
		}
	}
	if strings.HasPrefix(lower, "http://") {
		c.report("SC-PIP-INSECURE-SOURCE", line, fmt.Sprintf("%s is downloaded over plain HTTP", redactURL(spec)))
	}
}

// redactURL drops credentials from a URL before it goes into a report.
func redactURL(u string) string {
	if at := strings.Index(u, "@"); at > 0 {
		if s := strings.Index(u, "://"); s > 0 && s < at && !strings.Contains(u[s+3:at], "/") {
			return u[:s+3] + "***" + u[at:]
		}
	}
	return u
}

// commands checks a shell script (one logical line) that starts at line:
// pip installs, their sources, and downloads piped into interpreters.
func (c *checker) commands(line int, script string, curlPipe bool) {
	if curlPipe {
		if why := shell.CurlPipe(script); why != "" {
			c.report("SC-CURL-PIPE-SH", line, why+" without verifying it")
		}
	}
	for _, pipe := range shell.Pipelines(shell.Tokens(script)) {
		for _, cmd := range pipe {
			args := pipInstallArgs(cmd)
			if args == nil {
				continue
			}
			in := pipInstall{line: line}
			for i := 0; i < len(args); i++ {
				a := args[i]
				switch {
				case a == "--require-hashes":
					in.requireHashes = true
				case (a == "-r" || a == "--requirement" || a == "-c" || a == "--constraint") && i+1 < len(args):
					in.files = append(in.files, args[i+1])
					i++
				case strings.HasPrefix(a, "--requirement="):
					in.files = append(in.files, strings.TrimPrefix(a, "--requirement="))
				case strings.HasPrefix(a, "-r") && len(a) > 2 && !strings.HasPrefix(a, "--"):
					in.files = append(in.files, a[2:])
				case !strings.HasPrefix(a, "-") && (i == 0 || !takesValue(args[i-1])):
					c.source(line, a, false)
				}
			}
			c.pipOptions(line, args, false)
			c.ff.installs = append(c.ff.installs, in)
		}
	}
}

func takesValue(opt string) bool {
	switch opt {
	case "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--trusted-host", "-e", "--editable",
		"-t", "--target", "--prefix", "--root", "-c", "--constraint", "--platform", "--python-version", "--only-binary", "--no-binary":
		return true
	}
	return false
}

// pipInstallArgs returns the arguments after "install" when the command is
// pip install (pip, pip3, python -m pip, uv pip), or nil.
func pipInstallArgs(cmd []string) []string {
	name, args := shell.CommandName(cmd)
	switch {
	case strings.HasPrefix(name, "pip"):
	case strings.HasPrefix(name, "python") && len(args) >= 2 && args[0] == "-m" && args[1] == "pip":
		args = args[2:]
	case name == "uv" && len(args) >= 1 && args[0] == "pip":
		args = args[1:]
	default:
		return nil
	}
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		args = args[1:] // global options before the subcommand (--quiet, --no-cache-dir)
	}
	if len(args) == 0 || args[0] != "install" {
		return nil
	}
	return args[1:]
}

// hashPins reports requirements files without --hash pins where that
// matters: the file mixes hashed and unhashed requirements, the project
// pins hashes elsewhere, or a build or CI step installs the file without
// --require-hashes (so nothing verifies what the index serves).
func hashPins(facts []*fileFacts, rules *rule.Set) []finding.Finding {
	usesHashes := false
	type installer struct {
		ff *fileFacts
		in pipInstall
	}
	var installs []installer
	for _, f := range facts {
		for _, r := range f.reqs {
			usesHashes = usesHashes || r.hashed
		}
		for _, in := range f.installs {
			usesHashes = usesHashes || in.requireHashes
			installs = append(installs, installer{f, in})
		}
	}
	var out []finding.Finding
	add := func(f *fileFacts, line int, msg string) {
		x := rules.NewFinding("SC-NO-HASH-PINS", msg)
		x.Location = location(f, line)
		out = append(out, x)
	}
	for _, f := range facts {
		if len(f.reqs) == 0 {
			continue
		}
		hashed := 0
		for _, r := range f.reqs {
			if r.hashed {
				hashed++
			}
		}
		switch {
		case hashed == len(f.reqs):
		case hashed > 0:
			for _, r := range f.reqs {
				if !r.hashed {
					add(f, r.line, fmt.Sprintf("%s has no --hash while the other requirements of this file do: it is installed unverified, or pip refuses the file", r.text))
				}
			}
		case usesHashes:
			add(f, f.reqs[0].line, fmt.Sprintf("%s pins no package by --hash although the project verifies hashes elsewhere", f.rel))
		default:
			for _, i := range installs {
				if !i.in.requireHashes && installsFile(i.ff.rel, i.in.files, f.rel) {
					add(f, f.reqs[0].line, fmt.Sprintf("%s pins no package by --hash and %s:%d installs it without --require-hashes: nothing checks that the index serves the files that were reviewed",
						f.rel, i.ff.rel, i.in.line))
					break
				}
			}
		}
	}
	return out
}

// installsFile reports whether one of the -r arguments of a command in the
// file at from names the requirements file at rel. Build steps run from
// varying directories (WORKDIR, checkout roots), so a path suffix match on
// whole path elements is enough.
func installsFile(from string, args []string, rel string) bool {
	for _, a := range args {
		a = strings.TrimPrefix(path.Clean(a), "./")
		if a == rel || strings.HasSuffix(rel, "/"+a) || strings.HasSuffix(a, "/"+rel) || path.Base(a) == rel {
			return true
		}
		if strings.HasPrefix(a, "/") && path.Base(a) == path.Base(rel) {
			return true
		}
		if d := path.Dir(from); d != "." && path.Join(d, a) == rel {
			return true
		}
	}
	return false
}

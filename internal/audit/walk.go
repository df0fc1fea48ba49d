package audit

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/secaudit/secaudit/internal/report"
)

// DefaultExcludes are directories no audit wants: VCS metadata, caches and
// third-party code installed into the tree.
var DefaultExcludes = []string{".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache"}

// walkResult is what one walk of the target found.
type walkResult struct {
	wanted map[string][]File // analyzer ID -> files
	all    []string
	errs   []report.ErrorEntry
}

// walk visits the tree under root once and hands every file to each analyzer
// that wants it. Unreadable directories, broken or looping symlinks and links
// that leave the tree become error entries; the walk goes on.
func walk(root string, excludes []string, analyzers []Analyzer) (*walkResult, error) {
	res := &walkResult{wanted: map[string][]File{}}
	rootAbs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(rootAbs)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		// A single file: audit it alone, relative to its directory.
		res.add(filepath.Base(rootAbs), rootAbs, info.Size(), analyzers)
		return res, nil
	}
	realRoot, err := filepath.EvalSymlinks(rootAbs)
	if err != nil {
		return nil, err
	}
	skip := newExcluder(excludes)
	err = filepath.WalkDir(rootAbs, func(p string, d fs.DirEntry, err error) error {
		rel := relPath(rootAbs, p)
		if err != nil {
			if p == rootAbs {
				return err
			}
			res.errs = append(res.errs, report.ErrorEntry{Analyzer: "walker", Path: rel, Kind: "unreadable", Message: err.Error()})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p == rootAbs {
			return nil
		}
		if skip.entry(rel) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			res.symlink(realRoot, p, rel, analyzers)
		case d.Type().IsRegular():
			want := wanting(rel, analyzers)
			if want == 0 {
				res.all = append(res.all, rel) // no analyzer reads it: no stat
				return nil
			}
			fi, err := d.Info()
			if err != nil {
				res.errs = append(res.errs, report.ErrorEntry{Analyzer: "walker", Path: rel, Kind: "unreadable", Message: err.Error()})
				return nil
			}
			res.addFor(rel, p, fi.Size(), analyzers, want)
		}
		return nil
	})
	return res, err
}

// symlink follows a link to a file inside the tree; links to directories are
// not followed (no loops, no double counting) and links that leave the tree
// or loop are reported.
func (res *walkResult) symlink(realRoot, p, rel string, analyzers []Analyzer) {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		res.errs = append(res.errs, report.ErrorEntry{Analyzer: "walker", Path: rel, Kind: "symlink", Message: "broken or looping symbolic link: " + err.Error()})
		return
	}
	if target != realRoot && !strings.HasPrefix(target, realRoot+string(filepath.Separator)) {
		res.errs = append(res.errs, report.ErrorEntry{Analyzer: "walker", Path: rel, Kind: "symlink", Message: "symbolic link leaves the audited tree; not followed"})
		return
	}
	fi, err := os.Stat(target)
	if err != nil {
		res.errs = append(res.errs, report.ErrorEntry{Analyzer: "walker", Path: rel, Kind: "symlink", Message: err.Error()})
		return
	}
	if fi.IsDir() {
		res.errs = append(res.errs, report.ErrorEntry{Analyzer: "walker", Path: rel, Kind: "symlink", Message: "symbolic link to a directory inside the tree; not followed (its files are audited at their real path)"})
		return
	}
	if fi.Mode().IsRegular() {
		res.add(rel, target, fi.Size(), analyzers)
	}
}

// wanting is the set of analyzers (by index, at most 64) that want a file.
func wanting(rel string, analyzers []Analyzer) uint64 {
	var set uint64
	for i, a := range analyzers {
		if i < 64 && a.Wants(rel) {
			set |= 1 << i
		}
	}
	return set
}

func (res *walkResult) add(rel, abs string, size int64, analyzers []Analyzer) {
	res.addFor(rel, abs, size, analyzers, wanting(rel, analyzers))
}

// addFor lists a file, and hands it to the analyzers in want.
func (res *walkResult) addFor(rel, abs string, size int64, analyzers []Analyzer, want uint64) {
	res.all = append(res.all, rel)
	for i, a := range analyzers {
		if i < 64 && want&(1<<i) != 0 {
			res.wanted[a.ID()] = append(res.wanted[a.ID()], File{Rel: rel, Abs: abs, Size: size})
		}
	}
}

func relPath(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// excluder decides which walked entries are excluded. The walk visits a
// directory before its entries and skips excluded directories, so a
// pattern for a single path element ("node_modules", "*.min.js") only needs
// to be tried on an entry's own name; the exact names among them are a set.
type excluder struct {
	names    map[string]bool
	elements []string // single-element patterns with wildcards
	paths    []string // patterns with slashes, matched on the whole path
}

func newExcluder(patterns []string) *excluder {
	x := &excluder{names: map[string]bool{}}
	for _, pat := range patterns {
		pat = strings.TrimPrefix(filepath.ToSlash(pat), "./")
		switch {
		case pat == "":
		case strings.Contains(strings.TrimSuffix(pat, "/"), "/"):
			x.paths = append(x.paths, pat)
		case !strings.ContainsAny(pat, `*?[\`):
			x.names[strings.TrimSuffix(pat, "/")] = true
		default:
			x.elements = append(x.elements, strings.TrimSuffix(pat, "/"))
		}
	}
	return x
}

// entry reports whether a walked entry (its parents already passed) is
// excluded.
func (x *excluder) entry(rel string) bool {
	name := rel[strings.LastIndexByte(rel, '/')+1:]
	if x.names[name] {
		return true
	}
	for _, pat := range x.elements {
		if ok, _ := path.Match(pat, name); ok {
			return true
		}
	}
	for _, pat := range x.paths {
		if MatchGlob(pat, rel) {
			return true
		}
	}
	return false
}

// MatchGlob matches a slash-separated relative path against a glob.
// A pattern without a slash matches any single path element ("tests",
// "*.min.js"); a pattern with slashes matches from the root, where "**"
// stands for any number of elements and a trailing "/" or "/**" matches
// everything below a directory.
func MatchGlob(pattern, rel string) bool {
	pattern = strings.TrimPrefix(filepath.ToSlash(pattern), "./")
	if pattern == "" {
		return false
	}
	if !strings.Contains(strings.TrimSuffix(pattern, "/"), "/") {
		pattern = strings.TrimSuffix(pattern, "/")
		for _, el := range strings.Split(rel, "/") {
			if ok, _ := path.Match(pattern, el); ok {
				return true
			}
		}
		return false
	}
	if strings.HasSuffix(pattern, "/") {
		pattern += "**"
	}
	return matchParts(strings.Split(pattern, "/"), strings.Split(rel, "/"))
}

func matchParts(pat, parts []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			if len(pat) == 1 {
				return true
			}
			for i := 0; i <= len(parts); i++ {
				if matchParts(pat[1:], parts[i:]) {
					return true
				}
			}
			return false
		}
		if len(parts) == 0 {
			return false
		}
		if ok, err := path.Match(pat[0], parts[0]); !ok || err != nil {
			return false
		}
		pat, parts = pat[1:], parts[1:]
	}
	// A pattern that names a directory excludes what is below it.
	return true
}

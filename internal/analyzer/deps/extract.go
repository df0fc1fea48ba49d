package deps

import (
	"bytes"
	"context"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/google/osv-scalibr/extractor"
	"github.com/google/osv-scalibr/extractor/filesystem"
	"github.com/google/osv-scalibr/extractor/filesystem/language/javascript/packagelockjson"
	"github.com/google/osv-scalibr/extractor/filesystem/language/javascript/pnpmlock"
	"github.com/google/osv-scalibr/extractor/filesystem/language/javascript/yarnlock"
	"github.com/google/osv-scalibr/extractor/filesystem/language/python/pdmlock"
	"github.com/google/osv-scalibr/extractor/filesystem/language/python/pipfilelock"
	"github.com/google/osv-scalibr/extractor/filesystem/language/python/poetrylock"
	"github.com/google/osv-scalibr/extractor/filesystem/language/python/pyprojecttoml"
	"github.com/google/osv-scalibr/extractor/filesystem/language/python/requirements"
	"github.com/google/osv-scalibr/extractor/filesystem/language/python/uvlock"
	scalibrfs "github.com/google/osv-scalibr/fs"
	scalibrlog "github.com/google/osv-scalibr/log"

	cpb "github.com/google/osv-scalibr/binary/proto/config_go_proto"

	"github.com/secaudit/secaudit/internal/osvdb"
)

// dep is one dependency a manifest or lockfile names.
type dep struct {
	ecosystem string
	name      string
	version   string // the pinned version; "" when unpinned
	// spec is the requirement as written when it is a range (DEP-UNPINNED).
	spec string
	path string // slash-separated, relative to the root
	line int    // 1-based; 0 when unknown
}

// fileKind says which scalibr extractor reads a file.
type fileKind struct {
	name      string
	ecosystem string
	newFn     func(*cpb.PluginConfig) (filesystem.Extractor, error)
}

var (
	kindRequirements = &fileKind{"requirements", osvdb.EcosystemPyPI, requirements.New}
	kindPipfileLock  = &fileKind{"Pipfile.lock", osvdb.EcosystemPyPI, pipfilelock.New}
	kindPoetryLock   = &fileKind{"poetry.lock", osvdb.EcosystemPyPI, poetrylock.New}
	kindPdmLock      = &fileKind{"pdm.lock", osvdb.EcosystemPyPI, pdmlock.New}
	kindUvLock       = &fileKind{"uv.lock", osvdb.EcosystemPyPI, uvlock.New}
	kindPyproject    = &fileKind{"pyproject.toml", osvdb.EcosystemPyPI, pyprojecttoml.New}
	kindPackageLock  = &fileKind{"package-lock.json", osvdb.EcosystemNPM, packagelockjson.New}
	kindYarnLock     = &fileKind{"yarn.lock", osvdb.EcosystemNPM, yarnlock.New}
	kindPnpmLock     = &fileKind{"pnpm-lock.yaml", osvdb.EcosystemNPM, pnpmlock.New}
)

// kindOf selects files by name, as the extractors' FileRequired do;
// lockfiles of installed packages (node_modules) describe what another
// lockfile already pinned.
func kindOf(rel string) *fileKind {
	if strings.Contains("/"+rel+"/", "/node_modules/") {
		return nil
	}
	base := path.Base(rel)
	switch base {
	case "Pipfile.lock":
		return kindPipfileLock
	case "poetry.lock":
		return kindPoetryLock
	case "pdm.lock":
		return kindPdmLock
	case "uv.lock":
		return kindUvLock
	case "pyproject.toml":
		return kindPyproject
	case "package-lock.json", "npm-shrinkwrap.json":
		return kindPackageLock
	case "yarn.lock":
		return kindYarnLock
	case "pnpm-lock.yaml":
		return kindPnpmLock
	}
	if path.Ext(base) == ".txt" && strings.Contains(base, "requirements") {
		return kindRequirements
	}
	return nil
}

var quietScalibr sync.Once

// discardLogger silences scalibr's global logger: problems it would log
// (an include that cannot be opened) are reported by secaudit itself as
// error entries, and nothing may be printed into secaudit's output.
type discardLogger struct{}

func (discardLogger) Errorf(string, ...any) {}
func (discardLogger) Error(...any)          {}
func (discardLogger) Warnf(string, ...any)  {}
func (discardLogger) Warn(...any)           {}
func (discardLogger) Infof(string, ...any)  {}
func (discardLogger) Info(...any)           {}
func (discardLogger) Debugf(string, ...any) {}
func (discardLogger) Debug(...any)          {}

// extract runs the file's scalibr extractor over data (already read, size
// checked) and turns its packages into deps with lockfile lines, read from
// texts (the file's lines and those of its includes; the caller keeps it
// for snippets).
func extract(ctx context.Context, kind *fileKind, root, rel string, data []byte, info fs.FileInfo, texts *textCache) ([]dep, error) {
	quietScalibr.Do(func() { scalibrlog.SetLogger(discardLogger{}) })
	ex, err := kind.newFn(&cpb.PluginConfig{})
	if err != nil {
		return nil, err
	}
	inv, err := ex.Extract(ctx, &filesystem.ScanInput{
		FS:     scalibrfs.DirFS(root),
		Path:   rel,
		Root:   root,
		Info:   info,
		Reader: bytes.NewReader(data),
	})
	if err != nil {
		return nil, err
	}
	var out []dep
	var byName map[string][]int // the lockfile's name lines, indexed when first needed
	for _, p := range inv.Packages {
		switch kind {
		case kindPyproject:
			out = append(out, pyprojectDeps(p, rel, texts.lines(rel))...)
			continue
		case kindRequirements:
			out = append(out, requirementDep(p, rel))
			continue
		}
		d := dep{ecosystem: kind.ecosystem, name: p.Name, version: p.Version, path: rel, line: lineOf(p, rel)}
		if d.line == 0 {
			lines := texts.lines(rel)
			if byName == nil {
				byName = nameLines(lines)
			}
			d.line = findPackageLine(lines, byName[osvdb.NormalizeName(osvdb.EcosystemPyPI, p.Name)], p.Version)
		}
		out = append(out, d)
	}
	return out, nil
}

// lineOf returns the line scalibr recorded for the package in file rel.
func lineOf(p *extractor.Package, rel string) int {
	if d := p.Location.Descriptor; d != nil && d.File != nil && d.File.Path == rel {
		return d.File.LineNumber
	}
	return 0
}

// requirementDep turns one requirements.txt package into a dep: pinned when
// the requirement is "==" or "===" on an exact version, else a range.
// Packages from "-r" includes carry the include's path and line (scalibr
// moves the include's own location into Related).
func requirementDep(p *extractor.Package, rel string) dep {
	d := dep{ecosystem: osvdb.EcosystemPyPI, name: p.Name, path: rel}
	if desc := p.Location.Descriptor; desc != nil && desc.File != nil {
		d.path, d.line = desc.File.Path, desc.File.LineNumber
	}
	if len(p.Location.Related) > 0 && p.Location.Related[0].File != nil {
		d.path, d.line = p.Location.Related[0].File.Path, p.Location.Related[0].File.LineNumber
	}
	md, _ := p.Metadata.(*requirements.Metadata)
	comp, req := "", ""
	if md != nil {
		comp, req = md.VersionComparator, md.Requirement
	}
	if (comp == "==" || comp == "===") && !strings.ContainsAny(p.Version, "*,") && p.Version != "" {
		d.version = p.Version
		return d
	}
	d.spec = rangeOf(req)
	return d
}

var (
	reqOptions = regexp.MustCompile(`\s+--?[a-z].*$`)
	reqName    = regexp.MustCompile(`^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?`)
)

// rangeOf is the version part of a requirement as written ("any version"
// when there is none).
func rangeOf(req string) string {
	req = reqOptions.ReplaceAllString(req, "")
	spec := strings.TrimSpace(reqName.ReplaceAllString(req, ""))
	if i := strings.IndexByte(spec, ';'); i >= 0 {
		spec = strings.TrimSpace(spec[:i])
	}
	if spec == "" {
		return "any version"
	}
	return spec
}

var pep508 = regexp.MustCompile(`^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*\(?([^;()]*)\)?\s*(;.*)?$`)

// pyprojectDeps reads [project] dependencies and optional-dependencies
// (PEP 508 strings): "==" pins are checked against advisories, other
// requirements are ranges.
func pyprojectDeps(p *extractor.Package, rel string, lines []string) []dep {
	md, _ := p.Metadata.(*pyprojecttoml.Metadata)
	if md == nil {
		return nil
	}
	reqs := append([]string(nil), md.Dependencies...)
	for _, group := range md.OptionalDependencies {
		reqs = append(reqs, group...)
	}
	var out []dep
	for _, r := range reqs {
		m := pep508.FindStringSubmatch(r)
		if m == nil {
			continue
		}
		d := dep{ecosystem: osvdb.EcosystemPyPI, name: m[1], path: rel, line: findRequirementLine(lines, r)}
		spec := strings.TrimSpace(m[3])
		if v, ok := strings.CutPrefix(spec, "=="); ok && !strings.ContainsAny(v, "*,<>=~") && strings.TrimSpace(v) != "" {
			d.version = strings.TrimSpace(v)
		} else if v, ok := strings.CutPrefix(spec, "==="); ok && strings.TrimSpace(v) != "" {
			d.version = strings.TrimSpace(v)
		} else if spec == "" {
			d.spec = "any version"
		} else {
			d.spec = spec
		}
		out = append(out, d)
	}
	return out
}

// findRequirementLine finds the line holding a quoted requirement string.
func findRequirementLine(lines []string, req string) int {
	for i, l := range lines {
		if strings.Contains(l, `"`+req+`"`) || strings.Contains(l, `'`+req+`'`) {
			return i + 1
		}
	}
	return 0
}

// nameLines indexes the lines naming a package (`name = "x"`, `"name": "x"`)
// by normalized name, in line order: one pass over a lockfile instead of one
// per package.
func nameLines(lines []string) map[string][]int {
	out := map[string][]int{}
	for i, l := range lines {
		if q := quotedValue(l, "name"); q != "" {
			n := osvdb.NormalizeName(osvdb.EcosystemPyPI, q)
			out[n] = append(out[n], i)
		}
	}
	return out
}

// findPackageLine finds a package's entry in a lockfile whose extractor
// records no line: of the lines naming the package (at, from nameLines), the
// one with its version within a few lines (TOML [[package]] blocks: name =
// "x" then version = "y"), else the first.
func findPackageLine(lines []string, at []int, version string) int {
	first := 0
	for _, i := range at {
		if first == 0 {
			first = i + 1
		}
		for j := i + 1; j < len(lines) && j <= i+4; j++ {
			if v := quotedValue(lines[j], "version"); v != "" {
				if v == version {
					return i + 1
				}
				break
			}
		}
	}
	return first
}

var keyValue = regexp.MustCompile(`^\s*"?([A-Za-z_]+)"?\s*[=:]\s*"([^"]*)"`)

// quotedValue returns the value of `key = "value"` (TOML) or
// `"key": "value"` (JSON) on the line, "" if the line is not that key.
func quotedValue(line, key string) string {
	m := keyValue.FindStringSubmatch(line)
	if m == nil || m[1] != key {
		return ""
	}
	return m[2]
}

// textCache holds the lines of the audited file and of files it includes
// (requirements -r), for lines and snippets, and why an include could not
// be read.
type textCache struct {
	root  string
	mu    sync.Mutex
	files map[string]textFile
}

type textFile struct {
	lines []string
	err   error
}

func newTextCache(root, rel string, data []byte) *textCache {
	return &textCache{root: root, files: map[string]textFile{rel: {lines: splitLines(data)}}}
}

func (c *textCache) lines(rel string) []string {
	l, _ := c.read(rel)
	return l
}

// read returns a file's lines, reading it (below root) on first use.
func (c *textCache) read(rel string) ([]string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.files[rel]; ok {
		return f.lines, f.err
	}
	data, err := readCapped(c.root, rel)
	var f textFile
	if err != nil {
		f.err = err
	} else {
		f.lines = splitLines(data)
	}
	c.files[rel] = f
	return f.lines, f.err
}

func splitLines(data []byte) []string {
	return strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
}

// includeLines lists the "-r FILE" / "--requirement FILE" includes of a
// requirements file, with their lines, so that an include that cannot be
// read is reported (scalibr skips it silently).
func includeLines(lines []string) []struct {
	target string
	line   int
} {
	var out []struct {
		target string
		line   int
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		var rest string
		switch {
		case strings.HasPrefix(l, "--requirement"):
			rest = strings.TrimLeft(strings.TrimPrefix(l, "--requirement"), "= ")
		case strings.HasPrefix(l, "-r"):
			rest = strings.TrimSpace(strings.TrimPrefix(l, "-r"))
		default:
			continue
		}
		if j := strings.Index(rest, " #"); j >= 0 {
			rest = rest[:j]
		}
		if rest = strings.TrimSpace(rest); rest != "" {
			out = append(out, struct {
				target string
				line   int
			}{rest, i + 1})
		}
	}
	return out
}

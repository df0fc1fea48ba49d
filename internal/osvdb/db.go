// Package osvdb is secaudit's local vulnerability advisory database in OSV
// format: it imports osv.dev's per-ecosystem all.zip files (or loose OSV
// JSON/YAML records), downloads them when online, stores them indexed by
// (ecosystem, normalized package name), and matches installed package
// versions against them following the OSV schema's rules.
//
// On disk a database is a directory of sources (one per imported ecosystem
// zip or directory). Each source is two files:
//
//	<source>-<generation>.rec  the records, binary-encoded osvschema protobufs, back to back
//	<source>.idx               gob index: package key -> record spans, plus import statistics
//
// The .idx names the .rec it indexes and is replaced atomically (temp file
// and rename) after the new .rec is complete, so a reader always sees a
// consistent pair, and an interrupted import leaves the old source intact.
package osvdb

import (
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
	"google.golang.org/protobuf/proto"
)

// EnvDB names the environment variable that overrides the database directory.
const EnvDB = "SECAUDIT_DB"

// formatVersion is bumped when the on-disk layout changes; older indexes are
// then reported as needing a new import instead of being misread.
// 2: ecosystems canonical ("pypi" indexed as "PyPI"), npm names lower case.
const formatVersion = 2

// ErrNoDatabase means the directory holds no imported advisories.
var ErrNoDatabase = errors.New("no advisory database: run secaudit db update or secaudit db import PATH")

// DefaultDir is where the database lives unless --db / SECAUDIT_DB say
// otherwise: the user's cache directory, since it can be downloaded again.
func DefaultDir() (string, error) {
	if d := os.Getenv(EnvDB); d != "" {
		return d, nil
	}
	c, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no user cache directory for the advisory database (set %s or --db): %w", EnvDB, err)
	}
	return filepath.Join(c, "secaudit", "osv"), nil
}

// ResolveDir returns the database directory: the explicit one when given,
// else DefaultDir.
func ResolveDir(explicit string) (string, error) {
	if explicit != "" {
		return explicit, nil
	}
	return DefaultDir()
}

// span locates one record in a source's .rec file.
type span struct {
	Off uint64
	Len uint32
}

// sourceIndex is the gob-encoded .idx file.
type sourceIndex struct {
	Format   int
	Source   string
	RecFile  string // base name of the .rec file this index describes
	Imported time.Time
	Stats    SourceStats
	// Keys maps key(ecosystem, normalized name) to the records naming it.
	Keys map[string][]span
}

// SourceStats counts what an import kept and skipped.
type SourceStats struct {
	Records         int // indexed
	Withdrawn       int // skipped: withdrawn
	Invalid         int // skipped: not an OSV record (errors in ImportResult)
	MalformedRanges int // ranges whose events are not versions of their ordering
	Duplicates      int // same ID seen twice in the source; the newest kept
}

func key(ecosystem, normName string) string { return ecosystem + "\x00" + normName }

// DB is an opened advisory database. It is safe for concurrent use.
type DB struct {
	dir     string
	sources []*openSource
}

type openSource struct {
	idx *sourceIndex
	rec *os.File
	// cache holds decoded records by offset: a package's records are decoded
	// once per DB however many lockfiles name it.
	mu    sync.Mutex
	cache map[uint64]*osvschema.Vulnerability
}

// Open opens the database in dir. It returns ErrNoDatabase (wrapped) when
// the directory is missing or holds no source.
func Open(dir string) (*DB, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w (%s does not exist)", ErrNoDatabase, dir)
		}
		return nil, err
	}
	db := &DB{dir: dir}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".idx") {
			continue
		}
		s, err := openSourceFile(dir, e.Name())
		if err != nil {
			db.Close()
			return nil, err
		}
		db.sources = append(db.sources, s)
	}
	if len(db.sources) == 0 {
		return nil, fmt.Errorf("%w (%s holds no imported advisories)", ErrNoDatabase, dir)
	}
	return db, nil
}

func openSourceFile(dir, idxName string) (*openSource, error) {
	idx, err := readIndex(filepath.Join(dir, idxName))
	if err != nil {
		return nil, err
	}
	rec, err := os.Open(filepath.Join(dir, idx.RecFile))
	if err != nil {
		return nil, fmt.Errorf("advisory database %s: %w (import again)", dir, err)
	}
	return &openSource{idx: idx, rec: rec, cache: map[uint64]*osvschema.Vulnerability{}}, nil
}

func readIndex(path string) (*sourceIndex, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var idx sourceIndex
	if err := gob.NewDecoder(f).Decode(&idx); err != nil {
		return nil, fmt.Errorf("advisory index %s is unreadable: %w (import again)", path, err)
	}
	if idx.Format != formatVersion {
		return nil, fmt.Errorf("advisory index %s has format %d, this secaudit reads %d (import again)", path, idx.Format, formatVersion)
	}
	if filepath.Base(idx.RecFile) != idx.RecFile {
		return nil, fmt.Errorf("advisory index %s names a record file outside the database", path)
	}
	return &idx, nil
}

// Close releases the record files.
func (db *DB) Close() error {
	var first error
	for _, s := range db.sources {
		if err := s.rec.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Dir is the database directory.
func (db *DB) Dir() string { return db.dir }

// SourceInfo describes one imported source.
type SourceInfo struct {
	Name     string
	Imported time.Time
	Stats    SourceStats
}

// Sources lists the imported sources by name.
func (db *DB) Sources() []SourceInfo {
	var out []SourceInfo
	for _, s := range db.sources {
		out = append(out, SourceInfo{s.idx.Source, s.idx.Imported, s.idx.Stats})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// lookup returns the records naming the package, each ID once (a record in
// several sources, as osv.dev ships multi-ecosystem records in each
// ecosystem's zip, is kept in its most recently modified form).
func (db *DB) lookup(ecosystem, normName string) ([]*osvschema.Vulnerability, error) {
	k := key(ecosystem, normName)
	var out []*osvschema.Vulnerability
	seen := map[string]int{}
	for _, s := range db.sources {
		for _, sp := range s.idx.Keys[k] {
			rec, err := s.record(sp)
			if err != nil {
				return nil, err
			}
			if i, ok := seen[rec.GetId()]; ok {
				if rec.GetModified().AsTime().After(out[i].GetModified().AsTime()) {
					out[i] = rec
				}
				continue
			}
			seen[rec.GetId()] = len(out)
			out = append(out, rec)
		}
	}
	return out, nil
}

func (s *openSource) record(sp span) (*osvschema.Vulnerability, error) {
	s.mu.Lock()
	rec := s.cache[sp.Off]
	s.mu.Unlock()
	if rec != nil {
		return rec, nil
	}
	buf := make([]byte, sp.Len)
	if _, err := s.rec.ReadAt(buf, int64(sp.Off)); err != nil && !(errors.Is(err, io.EOF) && len(buf) == 0) {
		return nil, fmt.Errorf("advisory database record file %s: %w (import again)", s.idx.RecFile, err)
	}
	rec = &osvschema.Vulnerability{}
	if err := proto.Unmarshal(buf, rec); err != nil {
		return nil, fmt.Errorf("advisory database record file %s is corrupt: %w (import again)", s.idx.RecFile, err)
	}
	s.mu.Lock()
	s.cache[sp.Off] = rec
	s.mu.Unlock()
	return rec, nil
}

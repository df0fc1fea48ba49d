package osvdb

import (
	"archive/zip"
	"bufio"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"gopkg.in/yaml.v3"
)

// Limits that keep a hostile or broken archive from exhausting memory: no
// real OSV record comes near them (the largest osv.dev records are ~1 MiB).
const (
	maxRecordBytes = 16 << 20
	maxRecords     = 2_000_000
)

// maxReportedProblems bounds the per-source problem list in an ImportResult.
const maxReportedProblems = 20

// SourceResult is what importing one source did.
type SourceResult struct {
	Source string // name in the database (the ecosystem for osv.dev zips)
	From   string // the zip file or directory it was read from
	Stats  SourceStats
	// Problems lists the first invalid records and malformed ranges.
	Problems []string
	Err      error // the source could not be read; nothing of it was stored
}

// ImportResult lists the sources an import wrote.
type ImportResult struct {
	Sources []SourceResult
}

// Err joins the sources' errors.
func (r *ImportResult) Err() error {
	var errs []error
	for _, s := range r.Sources {
		if s.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.From, s.Err))
		}
	}
	return errors.Join(errs...)
}

// Import reads advisories from path into the database in dbDir, replacing the
// sources it names and keeping the others. path is one of:
//   - an osv.dev all.zip (the source is named after its directory: PyPI/all.zip is "PyPI"),
//   - any other zip of OSV records (named after the file),
//   - a directory in osv.dev's bucket layout (<ECOSYSTEM>/all.zip), one source per zip,
//   - a directory of OSV JSON/YAML records (one source named after the directory);
//     zips found in it are sources of their own.
//
// A source that cannot be read is reported in its SourceResult and leaves the
// database's earlier copy of it untouched; the returned error joins those.
func Import(dbDir, path string) (*ImportResult, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dbDir, 0o755); err != nil {
		return nil, fmt.Errorf("advisory database directory: %w", err)
	}
	res := &ImportResult{}
	if !st.IsDir() {
		res.Sources = append(res.Sources, importFile(dbDir, path, sourceNameForFile(path)))
		return res, res.Err()
	}
	var loose []string
	var zips []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".zip":
			zips = append(zips, p)
		case ".json", ".yaml", ".yml":
			loose = append(loose, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(zips) == 0 && len(loose) == 0 {
		return nil, fmt.Errorf("%s holds no OSV records (no *.zip, *.json or *.yaml files)", path)
	}
	for _, z := range zips {
		res.Sources = append(res.Sources, importFile(dbDir, z, sourceNameForFile(z)))
	}
	if len(loose) > 0 {
		name := "dir-" + sanitizeSourceName(filepath.Base(filepath.Clean(path)))
		res.Sources = append(res.Sources, importRecords(dbDir, name, path, func(yield func(string, []byte)) error {
			for _, p := range loose {
				// An unreadable file yields nil: an invalid record, not a failed source.
				data, _ := readLimited(p)
				yield(p, data)
			}
			return nil
		}))
	}
	return res, res.Err()
}

func readLimited(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxRecordBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxRecordBytes {
		return nil, fmt.Errorf("larger than %d MiB", maxRecordBytes>>20)
	}
	return data, nil
}

var unsafeSourceChars = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func sanitizeSourceName(s string) string {
	s = unsafeSourceChars.ReplaceAllString(s, "_")
	s = strings.TrimLeft(s, ".")
	if s == "" {
		return "source"
	}
	return s
}

// sourceNameForFile names a zip's source: osv.dev's <ECOSYSTEM>/all.zip is
// the ecosystem, other files are named after themselves.
func sourceNameForFile(p string) string {
	base := filepath.Base(p)
	if strings.EqualFold(base, "all.zip") {
		if dir := filepath.Base(filepath.Dir(p)); dir != "." && dir != string(filepath.Separator) {
			return sanitizeSourceName(dir)
		}
	}
	return sanitizeSourceName(strings.TrimSuffix(base, filepath.Ext(base)))
}

// importFile imports one zip, or one loose record file.
func importFile(dbDir, p, name string) SourceResult {
	ext := strings.ToLower(filepath.Ext(p))
	if ext != ".zip" {
		return importRecords(dbDir, name, p, func(yield func(string, []byte)) error {
			data, err := readLimited(p)
			if err != nil {
				return err
			}
			yield(p, data)
			return nil
		})
	}
	return importRecords(dbDir, name, p, func(yield func(string, []byte)) error {
		zr, err := zip.OpenReader(p)
		if err != nil {
			return fmt.Errorf("not a readable zip: %w", err)
		}
		defer zr.Close()
		n := 0
		for _, f := range zr.File {
			if f.FileInfo().IsDir() {
				continue
			}
			switch strings.ToLower(filepath.Ext(f.Name)) {
			case ".json", ".yaml", ".yml":
			default:
				continue
			}
			if n++; n > maxRecords {
				return fmt.Errorf("more than %d records", maxRecords)
			}
			if f.UncompressedSize64 > maxRecordBytes {
				return fmt.Errorf("%s: record larger than %d MiB", f.Name, maxRecordBytes>>20)
			}
			rc, err := f.Open()
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			data, err := io.ReadAll(io.LimitReader(rc, maxRecordBytes+1))
			rc.Close()
			if err != nil {
				return fmt.Errorf("corrupt zip entry %s: %w", f.Name, err)
			}
			if len(data) > maxRecordBytes {
				return fmt.Errorf("%s: record larger than %d MiB", f.Name, maxRecordBytes>>20)
			}
			yield(f.Name, data)
		}
		return nil
	})
}

// parsed is one record ready to store.
type parsed struct {
	id        string
	modified  time.Time
	withdrawn bool
	bin       []byte
	keys      []string
	malformed []string // descriptions of malformed ranges
	err       error
	name      string // entry name, for messages
}

// importRecords parses the records that each() yields on all cores and
// stores them as the source name.
func importRecords(dbDir, name, from string, each func(yield func(entry string, data []byte)) error) SourceResult {
	res := SourceResult{Source: name, From: from}
	type job struct {
		name string
		data []byte
	}
	jobs := make(chan job, 64)
	var mu sync.Mutex
	var out []parsed
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				p := parseRecord(j.name, j.data)
				mu.Lock()
				out = append(out, p)
				mu.Unlock()
			}
		}()
	}
	readErr := each(func(entry string, data []byte) {
		jobs <- job{entry, data}
	})
	close(jobs)
	wg.Wait()
	if readErr != nil {
		res.Err = readErr
		return res
	}
	problem := func(s string) {
		if len(res.Problems) < maxReportedProblems {
			res.Problems = append(res.Problems, s)
		}
	}
	// Deterministic output: records by ID, the newest of duplicates kept.
	sort.Slice(out, func(a, b int) bool {
		if out[a].id != out[b].id {
			return out[a].id < out[b].id
		}
		return out[a].modified.After(out[b].modified)
	})
	var keep []parsed
	for k, p := range out {
		switch {
		case p.err != nil:
			res.Stats.Invalid++
			problem(fmt.Sprintf("%s: %v", p.name, p.err))
		case k > 0 && out[k-1].err == nil && out[k-1].id == p.id:
			res.Stats.Duplicates++
		case p.withdrawn:
			res.Stats.Withdrawn++
		default:
			res.Stats.MalformedRanges += len(p.malformed)
			for _, m := range p.malformed {
				problem(p.id + ": " + m)
			}
			keep = append(keep, p)
		}
	}
	res.Stats.Records = len(keep)
	if err := writeSource(dbDir, name, keep, res.Stats); err != nil {
		res.Err = err
	}
	return res
}

// parseRecord decodes one OSV record (JSON, or YAML converted to JSON) into
// the osv-schema type and precomputes its index keys.
func parseRecord(name string, data []byte) (p parsed) {
	p.name = name
	defer func() {
		// A decoder bug must not end the import: the record is invalid.
		if r := recover(); r != nil {
			p = parsed{name: name, err: fmt.Errorf("internal error decoding record: %v", r)}
		}
	}()
	if data == nil {
		p.err = errors.New("unreadable")
		return p
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml":
		j, err := yamlToJSON(data)
		if err != nil {
			p.err = err
			return p
		}
		data = j
	}
	rec := &osvschema.Vulnerability{}
	if err := (protojson.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(data, rec); err != nil {
		p.err = fmt.Errorf("not an OSV record: %v", err)
		return p
	}
	if rec.GetId() == "" {
		p.err = errors.New("not an OSV record: no id")
		return p
	}
	p.id = rec.GetId()
	p.modified = rec.GetModified().AsTime()
	p.withdrawn = rec.GetWithdrawn() != nil
	seen := map[string]bool{}
	for _, aff := range rec.GetAffected() {
		pkg := aff.GetPackage()
		if pkg == nil || pkg.GetName() == "" || pkg.GetEcosystem() == "" {
			continue
		}
		eco := CanonicalEcosystem(pkg.GetEcosystem())
		k := key(eco, NormalizeName(eco, pkg.GetName()))
		if !seen[k] {
			seen[k] = true
			p.keys = append(p.keys, k)
		}
		p.malformed = append(p.malformed, checkRanges(pkg, aff.GetRanges())...)
	}
	// The database keeps what matching and findings use. References,
	// credits and the long details are dropped (the advisory ID leads to
	// them); a record without a summary gets the first sentence of its
	// details. Decoding a matched record is then a small fraction of the work.
	if strings.TrimSpace(rec.GetSummary()) == "" {
		rec.Summary = firstLine(rec.GetDetails())
	}
	rec.Details = ""
	rec.References = nil
	rec.Credits = nil
	bin, err := proto.Marshal(rec)
	if err != nil {
		p.err = err
		return p
	}
	p.bin = bin
	return p
}

// checkRanges lists the ranges whose events are not versions of the range's
// ordering; matching skips those ranges.
func checkRanges(pkg *osvschema.Package, ranges []*osvschema.Range) []string {
	var bad []string
	for i, r := range ranges {
		var ord ordering
		switch r.GetType() {
		case osvschema.Range_ECOSYSTEM:
			ord = orderingFor(pkg.GetEcosystem())
		case osvschema.Range_SEMVER:
			ord = semverOrdering{}
		}
		if ord == nil {
			continue
		}
		for _, e := range r.GetEvents() {
			for _, v := range []string{e.GetIntroduced(), e.GetFixed(), e.GetLastAffected(), e.GetLimit()} {
				if v == "" || v == "0" || v == "*" {
					continue
				}
				if _, err := ord.parse(v); err != nil {
					bad = append(bad, fmt.Sprintf("%s range %d of %s: %v", r.GetType(), i+1, pkg.GetName(), err))
				}
			}
		}
	}
	return bad
}

func yamlToJSON(data []byte) ([]byte, error) {
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("not YAML: %v", err)
	}
	j, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("YAML record not representable as JSON: %v", err)
	}
	return j, nil
}

// writeSource writes the .rec file, then atomically replaces the .idx that
// points at it, then removes the source's older .rec files.
func writeSource(dbDir, name string, recs []parsed, stats SourceStats) error {
	recName := fmt.Sprintf("%s-%d.rec", name, time.Now().UnixNano())
	idx := sourceIndex{Format: formatVersion, Source: name, RecFile: recName, Imported: time.Now().UTC(), Stats: stats, Keys: map[string][]span{}}
	if err := writeAtomic(filepath.Join(dbDir, recName), func(w io.Writer) error {
		var off uint64
		for _, r := range recs {
			if _, err := w.Write(r.bin); err != nil {
				return err
			}
			sp := span{Off: off, Len: uint32(len(r.bin))}
			for _, k := range r.keys {
				idx.Keys[k] = append(idx.Keys[k], sp)
			}
			off += uint64(len(r.bin))
		}
		return nil
	}); err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dbDir, name+".idx"), func(w io.Writer) error {
		return gob.NewEncoder(w).Encode(&idx)
	}); err != nil {
		os.Remove(filepath.Join(dbDir, recName))
		return err
	}
	old, _ := filepath.Glob(filepath.Join(dbDir, globEscape(name)+"-*.rec"))
	for _, o := range old {
		if filepath.Base(o) != recName && isGenerationOf(filepath.Base(o), name) {
			os.Remove(o) // open readers keep their handle; the space goes when they close
		}
	}
	return nil
}

// isGenerationOf reports whether file is <name>-<digits>.rec (so that source
// "a" never removes the files of source "a-b").
func isGenerationOf(file, name string) bool {
	rest, ok := strings.CutPrefix(file, name+"-")
	if !ok {
		return false
	}
	digits := strings.TrimSuffix(rest, ".rec")
	if digits == "" {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func globEscape(s string) string {
	r := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`, `\`, `\\`)
	return r.Replace(s)
}

// writeAtomic writes a file through a temporary file in the same directory
// and renames it into place, so no reader ever sees it half written.
func writeAtomic(path string, fill func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if err := fill(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

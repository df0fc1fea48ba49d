package audit

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/secaudit/secaudit/internal/report"
)

// ReadText reads a file an analyzer wants as text: at most max bytes, not
// binary (NUL bytes in the first 8 KiB), valid UTF-8 (invalid bytes are
// replaced and reported). Problems come back as error entries; data is nil
// when the file must be skipped.
func ReadText(analyzer string, f File, max int64) ([]byte, []report.ErrorEntry) {
	fail := func(kind, msg string) ([]byte, []report.ErrorEntry) {
		return nil, []report.ErrorEntry{{Analyzer: analyzer, Path: f.Rel, Kind: kind, Message: msg}}
	}
	// Size and binary content are decided before the file is read up to
	// the limit: a 1 GB dump or a database is not read to be refused.
	if f.Size > max {
		return tooLarge(analyzer, f.Rel, max)
	}
	fh, err := os.Open(f.Abs)
	if err != nil {
		return fail("unreadable", err.Error())
	}
	defer fh.Close()
	// One buffer sized by the walk's size (io.ReadAll grows from 512 bytes,
	// copying each time); its head decides whether the file is binary.
	data := make([]byte, 0, min(f.Size, max)+1)
	n, err := io.ReadFull(fh, data[:min(binaryProbe, cap(data))])
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return fail("unreadable", err.Error())
	}
	data = data[:n]
	if bytes.IndexByte(data, 0) >= 0 {
		return binary(analyzer, f.Rel)
	}
	if data, err = readRest(fh, data, max); err != nil {
		return fail("unreadable", err.Error())
	}
	return CheckText(analyzer, f.Rel, data, max)
}

// readRest reads the rest of a file into data (after what it holds), up to
// limit+1 bytes in all.
func readRest(fh *os.File, data []byte, limit int64) ([]byte, error) {
	for int64(len(data)) <= limit {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew since the walk
		}
		k, err := fh.Read(data[len(data):min(int64(cap(data)), limit+1)])
		data = data[:len(data)+k]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return data, nil
}

// binaryProbe is how much of a file decides that it is binary.
const binaryProbe = 8192

func tooLarge(analyzer, rel string, max int64) ([]byte, []report.ErrorEntry) {
	return nil, []report.ErrorEntry{{Analyzer: analyzer, Path: rel, Kind: "too-large", Message: fmt.Sprintf("larger than %d MiB; not analyzed", max>>20)}}
}

func binary(analyzer, rel string) ([]byte, []report.ErrorEntry) {
	return nil, []report.ErrorEntry{{Analyzer: analyzer, Path: rel, Kind: "binary", Message: "contains NUL bytes; not a text file"}}
}

// CheckText applies ReadText's size, binary and encoding checks to bytes
// already in memory (a script embedded in a template).
func CheckText(analyzer, rel string, data []byte, max int64) ([]byte, []report.ErrorEntry) {
	if int64(len(data)) > max {
		return tooLarge(analyzer, rel, max)
	}
	if bytes.IndexByte(data[:min(len(data), binaryProbe)], 0) >= 0 {
		return binary(analyzer, rel)
	}
	if !utf8.Valid(data) {
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), []report.ErrorEntry{{Analyzer: analyzer, Path: rel, Kind: "encoding", Message: "invalid UTF-8; invalid bytes were replaced before analysis"}}
	}
	return data, nil
}

// ForEachFile runs fn over the input's files on all cores and returns the
// results in file order (a file not reached before ctx ended has the zero
// value). Each finished file ticks the progress bar. The largest files go
// first: started last, one of them would keep a core busy while the others
// wait at the end.
func ForEachFile[T any](ctx context.Context, in *Input, fn func(File) T) ([]T, error) {
	out := make([]T, len(in.Files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = fn(in.Files[i])
				in.Done()
			}
		}()
	}
	order := make([]int, len(in.Files))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(in.Files[b].Size, in.Files[a].Size) })
feed:
	for _, i := range order {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	return out, ctx.Err()
}

package audit

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
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
	fh, err := os.Open(f.Abs)
	if err != nil {
		return fail("unreadable", err.Error())
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, max+1))
	if err != nil {
		return fail("unreadable", err.Error())
	}
	return CheckText(analyzer, f.Rel, data, max)
}

// CheckText applies ReadText's size, binary and encoding checks to bytes
// already in memory (a script embedded in a template).
func CheckText(analyzer, rel string, data []byte, max int64) ([]byte, []report.ErrorEntry) {
	if int64(len(data)) > max {
		return nil, []report.ErrorEntry{{Analyzer: analyzer, Path: rel, Kind: "too-large", Message: fmt.Sprintf("larger than %d MiB; not analyzed", max>>20)}}
	}
	if bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
		return nil, []report.ErrorEntry{{Analyzer: analyzer, Path: rel, Kind: "binary", Message: "contains NUL bytes; not a text file"}}
	}
	if !utf8.Valid(data) {
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), []report.ErrorEntry{{Analyzer: analyzer, Path: rel, Kind: "encoding", Message: "invalid UTF-8; invalid bytes were replaced before analysis"}}
	}
	return data, nil
}

// ForEachFile runs fn over the input's files on all cores and returns the
// results in file order (a file not reached before ctx ended has the zero
// value). Each finished file ticks the progress bar.
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
feed:
	for i := range in.Files {
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

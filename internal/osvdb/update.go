package osvdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultBaseURL is osv.dev's public bucket: <base>/<ECOSYSTEM>/all.zip.
const DefaultBaseURL = "https://osv-vulnerabilities.storage.googleapis.com"

// UpdateEcosystems are the ecosystems secaudit audits.
var UpdateEcosystems = []string{EcosystemPyPI, EcosystemNPM}

// maxDownloadBytes bounds one all.zip download (osv.dev's largest
// ecosystem zips are a few hundred MiB).
const maxDownloadBytes = 4 << 30

// UpdateResult says what happened to one ecosystem.
type UpdateResult struct {
	Ecosystem string
	// NotModified is true when the server answered 304: the copy is current.
	NotModified bool
	Import      *SourceResult // the import of the downloaded zip, when there was one
	Bytes       int64
}

// validators are the conditional-request validators of the last download,
// kept beside the database so the next update can ask "changed since?".
type validators struct {
	URL          string `json:"url"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	Fetched      string `json:"fetched"`
}

func validatorsPath(dbDir, eco string) string {
	return filepath.Join(dbDir, sanitizeSourceName(eco)+".http.json")
}

// Update downloads <baseURL>/<ECOSYSTEM>/all.zip for each ecosystem with a
// conditional request (If-None-Match / If-Modified-Since from the previous
// download), imports what changed, and leaves the database untouched for an
// ecosystem whose download or import fails. client may be nil (a client with
// timeouts is used).
func Update(ctx context.Context, dbDir, baseURL string, ecosystems []string, client *http.Client) ([]UpdateResult, error) {
	if baseURL == "" {
		baseURL = DefaultBaseURL
	}
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Minute}
	}
	if err := os.MkdirAll(dbDir, 0o755); err != nil {
		return nil, fmt.Errorf("advisory database directory: %w", err)
	}
	var results []UpdateResult
	var errs []error
	for _, eco := range ecosystems {
		r, err := updateOne(ctx, dbDir, strings.TrimRight(baseURL, "/"), eco, client)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", eco, err))
			continue
		}
		results = append(results, r)
	}
	return results, errors.Join(errs...)
}

func updateOne(ctx context.Context, dbDir, base, eco string, client *http.Client) (UpdateResult, error) {
	res := UpdateResult{Ecosystem: eco}
	u := base + "/" + url.PathEscape(eco) + "/all.zip"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return res, err
	}
	// Ask conditionally only when the source is still there to keep.
	var prev validators
	if _, err := os.Stat(filepath.Join(dbDir, sanitizeSourceName(eco)+".idx")); err == nil {
		if b, err := os.ReadFile(validatorsPath(dbDir, eco)); err == nil && json.Unmarshal(b, &prev) == nil && prev.URL == u {
			if prev.ETag != "" {
				req.Header.Set("If-None-Match", prev.ETag)
			}
			if prev.LastModified != "" {
				req.Header.Set("If-Modified-Since", prev.LastModified)
			}
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		var dnsErr *net.DNSError
		var opErr *net.OpError
		if errors.As(err, &dnsErr) || errors.As(err, &opErr) {
			return res, fmt.Errorf("cannot reach %s (offline?): %v; the database is unchanged; to work offline, copy an all.zip here and run secaudit db import PATH", u, err)
		}
		return res, fmt.Errorf("download %s: %w", u, err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusNotModified:
		res.NotModified = true
		return res, nil
	case http.StatusOK:
	default:
		return res, fmt.Errorf("download %s: %s", u, resp.Status)
	}
	tmp, err := os.CreateTemp(dbDir, ".download-"+sanitizeSourceName(eco)+"-*.zip")
	if err != nil {
		return res, err
	}
	defer os.Remove(tmp.Name())
	n, err := io.Copy(tmp, io.LimitReader(resp.Body, maxDownloadBytes+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return res, fmt.Errorf("download %s: %w", u, err)
	}
	if n > maxDownloadBytes {
		return res, fmt.Errorf("download %s: larger than %d GiB", u, maxDownloadBytes>>30)
	}
	res.Bytes = n
	// The import writes the source atomically; a broken zip leaves the
	// previous copy in place.
	sr := importFile(dbDir, tmp.Name(), sanitizeSourceName(eco))
	sr.From = u
	res.Import = &sr
	if sr.Err != nil {
		return res, fmt.Errorf("%s: %w", u, sr.Err)
	}
	v := validators{URL: u, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), Fetched: time.Now().UTC().Format(time.RFC3339)}
	b, _ := json.MarshalIndent(v, "", "  ")
	if err := writeAtomic(validatorsPath(dbDir, eco), func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
		return res, err
	}
	return res, nil
}
